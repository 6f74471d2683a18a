#include "qatext.h"

#include "translation.h"

#include <QLocale>

namespace huddle::models {

QString channelText(core::Channel channel)
{
    switch (channel) {
    case core::Channel::Call:
        return tr("Call");
    case core::Channel::Chat:
        return tr("Chat");
    case core::Channel::Email:
        return tr("E-mail");
    case core::Channel::Ticket:
        break;
    }
    return tr("Ticket");
}

QString evaluationKindText(core::EvaluationKind kind)
{
    switch (kind) {
    case core::EvaluationKind::Qa:
        return tr("QA");
    case core::EvaluationKind::Peer:
        return tr("Peer review");
    case core::EvaluationKind::Calibration:
        break;
    }
    return tr("Calibration");
}

QString scorecardVersionText(const QString &name, int version)
{
    return tr("%1 v%2").arg(name, QLocale().toString(version));
}

QString formatPoints(double points)
{
    return QLocale().toString(points, 'f', 1);
}

QString formatDay(const QDate &day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : QString();
}

QString formatInstant(const QDateTime &at, const QTimeZone &zone)
{
    return at.isValid() ? QLocale().toString(at.toTimeZone(zone), QLocale::ShortFormat) : QString();
}

qint64 instantSortKey(const QDateTime &at)
{
    return at.isValid() ? at.toMSecsSinceEpoch() : -1;
}

} // namespace huddle::models
