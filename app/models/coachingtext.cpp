#include "coachingtext.h"

#include "kpiformat.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace huddle::models {

namespace {

const QString NoValue = QStringLiteral("—");
const QChar MinusSign(0x2212); // a real minus: a hyphen reads as a dash in tables

enum class Unit { Percent, Seconds, OneDecimal, Integer };

Unit unitOf(core::KpiId kpi)
{
    switch (kpi) {
    case core::KpiId::Aht:
        return Unit::Seconds;
    case core::KpiId::Cph:
        return Unit::OneDecimal;
    case core::KpiId::Nps:
        return Unit::Integer;
    default:
        return Unit::Percent;
    }
}

// m:ss, or h:mm:ss past an hour, of a non-negative number of seconds.
QString clockText(double seconds, const QLocale &locale)
{
    const qint64 total = std::llround(seconds);
    const qint64 hours = total / 3600;
    const QString minutes =
        locale.toString((total % 3600) / 60).rightJustified(hours > 0 ? 2 : 1, locale.zeroDigit().at(0));
    const QString secs = locale.toString(total % 60).rightJustified(2, locale.zeroDigit().at(0));
    const QString text = minutes + QLatin1Char(':') + secs;
    return hours > 0 ? locale.toString(hours) + QLatin1Char(':') + text : text;
}

// The magnitude of a value in the KPI's unit, without sign or unit suffix.
QString magnitudeText(core::KpiId kpi, double magnitude, const QLocale &locale)
{
    switch (unitOf(kpi)) {
    case Unit::Seconds:
        return clockText(magnitude, locale);
    case Unit::Integer:
        return locale.toString(std::llround(magnitude));
    case Unit::Percent:
    case Unit::OneDecimal:
        return locale.toString(magnitude, 'f', 1);
    }
    return {};
}

// Rounded to what is shown, so a change that displays as zero carries no sign.
double displayed(core::KpiId kpi, double value)
{
    switch (unitOf(kpi)) {
    case Unit::Seconds:
    case Unit::Integer:
        return std::round(value);
    case Unit::Percent:
    case Unit::OneDecimal:
        return std::round(value * 10) / 10;
    }
    return value;
}

// "2/5" on a numeric scale, "good"/"bad" on Zendesk's 0–1. The scale code ends with its maximum
// ("1-5", "0-10"); an unreadable code shows the bare score.
QString csatScoreText(int score, const QString &scale, const QLocale &locale)
{
    const QStringList bounds = scale.split(QRegularExpression(QStringLiteral("[^0-9]+")), Qt::SkipEmptyParts);
    if (bounds.size() == 2 && bounds[0] == QLatin1String("0") && bounds[1] == QLatin1String("1"))
        return score > 0 ? CoachingText::tr("good") : CoachingText::tr("bad");
    if (bounds.isEmpty())
        return locale.toString(score);
    return CoachingText::tr("%1/%2").arg(locale.toString(score), locale.toString(bounds.last().toInt()));
}

QString dayText(QDate day, const QLocale &locale)
{
    return locale.toString(day, QLocale::ShortFormat);
}

QString targetText(core::KpiId kpi, double target, const QLocale &locale)
{
    if (unitOf(kpi) == Unit::Percent)
        return locale.toString(target, 'f', QLocale::FloatingPointShortest) + QStringLiteral(" %");
    if (unitOf(kpi) == Unit::OneDecimal)
        return locale.toString(target, 'f', QLocale::FloatingPointShortest);
    return CoachingText::value(kpi, target, locale);
}

QString kpiTitle(const core::AgendaKpi &kpi, const QLocale &locale)
{
    const core::KpiId id = kpi.assessment.kpi;
    const QString reading = CoachingText::reading(id, kpi.assessment.reading, locale);
    const QString target = targetText(id, kpi.target, locale);
    if (kpi.assessment.band == core::Band::FarBelow)
        return CoachingText::tr("%1 far below target: %2, target %3")
            .arg(CoachingText::kpiShortName(id), reading, target);
    return CoachingText::tr("%1 below target: %2, target %3")
        .arg(CoachingText::kpiShortName(id), reading, target);
}

QString actionTitle(const core::AgendaOpenAction &action, const QLocale &locale)
{
    if (!action.due.isValid())
        return CoachingText::tr("Open action: %1 (%2, no due date)").arg(action.body, action.owner);
    return CoachingText::tr("Open action: %1 (%2, due %3)")
        .arg(action.body, action.owner, dayText(action.due, locale));
}

} // namespace

QString CoachingText::statusName(core::SessionStatus status)
{
    switch (status) {
    case core::SessionStatus::Planned:
        return tr("Planned");
    case core::SessionStatus::Held:
        return tr("Held");
    case core::SessionStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString CoachingText::kindName(core::AgendaKind kind)
{
    switch (kind) {
    case core::AgendaKind::Kpi:
        return tr("KPI");
    case core::AgendaKind::Attendance:
        return tr("Attendance");
    case core::AgendaKind::Mistake:
        return tr("Mistake");
    case core::AgendaKind::Conversation:
        return tr("Conversation");
    case core::AgendaKind::PeerNote:
        return tr("Peer note");
    case core::AgendaKind::Action:
        return tr("Open action");
    case core::AgendaKind::Custom:
        return tr("Custom");
    }
    return {};
}

QString CoachingText::verdictName(core::EffectVerdict verdict)
{
    switch (verdict) {
    case core::EffectVerdict::NotEnoughData:
        return tr("Not enough data");
    case core::EffectVerdict::Running:
        return tr("Measuring");
    case core::EffectVerdict::Improved:
        return tr("Improved");
    case core::EffectVerdict::Unchanged:
        return tr("Unchanged");
    case core::EffectVerdict::Worsened:
        return tr("Worsened");
    }
    return {};
}

QString CoachingText::effectVerdict(const core::FocusEffect &effect, const core::EffectWindows &windows,
                                    const core::KpiDefinitions &definitions, const QLocale &locale)
{
    if (effect.verdict == core::EffectVerdict::Running) // the before window has the full length N
        return tr("Measuring: %1 of %n day(s)", nullptr, static_cast<int>(windows.before.days()))
            .arg(locale.toString(windows.afterDaysElapsed));
    if (effect.verdict != core::EffectVerdict::NotEnoughData)
        return verdictName(effect.verdict);
    // Which side lacks observations, so the coach knows whether waiting helps.
    const bool smallBefore = isSmallSample(effect.before.n, definitions);
    const bool smallAfter = isSmallSample(effect.after.n, definitions);
    if (smallBefore && smallAfter)
        return tr("Not enough data (n %1 before, %2 after)")
            .arg(locale.toString(effect.before.n), locale.toString(effect.after.n));
    if (smallBefore)
        return tr("Not enough data (n %1 before)").arg(locale.toString(effect.before.n));
    if (smallAfter)
        return tr("Not enough data (n %1 after)").arg(locale.toString(effect.after.n));
    return verdictName(effect.verdict);
}

QString CoachingText::bandName(core::Band band)
{
    switch (band) {
    case core::Band::None:
        return tr("No data");
    case core::Band::FarBelow:
        return tr("Far below");
    case core::Band::Below:
        return tr("Below");
    case core::Band::Met:
        return tr("Met");
    case core::Band::Exceeded:
        return tr("Exceeded");
    }
    return {};
}

QString CoachingText::kpiShortName(core::KpiId kpi)
{
    switch (kpi) {
    case core::KpiId::Attendance:
        return tr("Attendance");
    case core::KpiId::Csat:
        return tr("CSAT");
    case core::KpiId::Sales:
        return tr("Sales conversion");
    case core::KpiId::Qa:
        return tr("QA");
    case core::KpiId::Aht:
        return tr("AHT");
    case core::KpiId::Fcr:
        return tr("FCR");
    case core::KpiId::Cph:
        return tr("CpH");
    case core::KpiId::Nps:
        return tr("NPS");
    }
    return {};
}

QString CoachingText::focusList(const QList<core::KpiId> &focus)
{
    QStringList names;
    for (const core::KpiId kpi : focus)
        names.append(kpiShortName(kpi));
    return names.join(tr(", "));
}

QString CoachingText::value(core::KpiId kpi, const std::optional<double> &value, const QLocale &locale)
{
    if (!value)
        return NoValue;
    const QString sign = displayed(kpi, *value) < 0 ? QString(MinusSign) : QString();
    const QString text = sign + magnitudeText(kpi, std::abs(*value), locale);
    return unitOf(kpi) == Unit::Percent ? text + QStringLiteral(" %") : text;
}

QString CoachingText::reading(core::KpiId kpi, const core::KpiReading &reading, const QLocale &locale)
{
    if (!reading.value)
        return NoValue;
    return tr("%1 (n %2)").arg(value(kpi, reading.value, locale), locale.toString(reading.n));
}

QString CoachingText::change(core::KpiId kpi, double change, const QLocale &locale)
{
    const double shown = displayed(kpi, change);
    const QString sign = shown > 0 ? QStringLiteral("+") : shown < 0 ? QString(MinusSign) : QString();
    const QString text = sign + magnitudeText(kpi, std::abs(change), locale);
    return unitOf(kpi) == Unit::Percent ? tr("%1 pts").arg(text) : text;
}

QString CoachingText::itemTitle(const core::ProposedItem &item, const QLocale &locale)
{
    switch (item.kind) {
    case core::AgendaKind::Kpi:
        if (item.kpi)
            return kpiTitle(*item.kpi, locale);
        break;
    case core::AgendaKind::Attendance:
        if (item.attendance)
            return tr("Attendance: %1 (%n violation(s))", nullptr, item.attendance->violations)
                .arg(item.attendance->stage);
        break;
    case core::AgendaKind::Mistake:
        if (item.mistake)
            return tr("Mistake: %1 — %n failure(s), %2 points lost", nullptr, item.mistake->failures)
                .arg(item.mistake->criterionName, locale.toString(item.mistake->pointsLost, 'f', 1));
        break;
    case core::AgendaKind::Conversation:
        if (item.conversation)
            return tr("Low CSAT: conversation %1 on %2 (%3)")
                .arg(item.conversation->reference, dayText(item.conversation->day, locale),
                     csatScoreText(item.conversation->csatScore, item.conversation->csatScale, locale));
        break;
    case core::AgendaKind::PeerNote:
        if (item.peerNote)
            return tr("Peer note by %1 on %2")
                .arg(item.peerNote->reviewer, dayText(item.peerNote->day, locale));
        break;
    case core::AgendaKind::Action:
        if (item.action)
            return actionTitle(*item.action, locale);
        break;
    case core::AgendaKind::Custom:
        break;
    }
    return kindName(item.kind);
}

QString CoachingText::itemDetail(const core::ProposedItem &item, const QLocale &locale)
{
    switch (item.kind) {
    case core::AgendaKind::Kpi:
        if (item.kpi)
            return tr("Weight %1 · band %2")
                .arg(locale.toString(item.kpi->assessment.weight), bandName(item.kpi->assessment.band));
        break;
    case core::AgendaKind::Attendance:
        return tr("Unexcused absences and no-call-no-shows inside the warning ladder's window");
    case core::AgendaKind::Mistake:
        if (item.mistake)
            return item.mistake->scorecardName;
        break;
    case core::AgendaKind::Conversation:
        return tr("Listen to it together: what would have changed the customer's answer?");
    case core::AgendaKind::PeerNote:
        if (item.peerNote)
            return item.peerNote->text;
        break;
    case core::AgendaKind::Action:
        if (item.action)
            return tr("Agreed on %1").arg(dayText(item.action->sessionDay, locale));
        break;
    case core::AgendaKind::Custom:
        break;
    }
    return {};
}

QString CoachingText::stageText(const core::LadderStage &stage, const core::AttendanceLadder &ladder)
{
    if (stage.violations == 0)
        return tr("No violations in the last %n day(s)", nullptr, ladder.windowDays);
    const QString counted = tr("%n violation(s)", nullptr, stage.violations);
    const QString window = tr("in the last %n day(s)", nullptr, ladder.windowDays);
    if (!stage.step)
        return tr("%1 %2").arg(counted, window);
    return tr("%1 %2 — %3").arg(counted, window, stage.step->label);
}

} // namespace huddle::models
