#include "coachingsite.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace huddle;
using core::AgendaKind;
using storage::CoachingAgendaItem;

namespace coachingsite {

core::Result<QList<qint64>> addPhrases(const storage::Database &database, int count)
{
    QList<qint64> ids;
    for (int n = 1; n <= count; ++n) {
        QSqlQuery q(database.connection());
        q.prepare(QStringLiteral("INSERT INTO phrases (longer, shorter, created_at) VALUES (?, ?, ?)"));
        q.addBindValue(QStringLiteral("Longer %1").arg(n));
        q.addBindValue(QStringLiteral("Shorter %1").arg(n));
        q.addBindValue(Now.toString(Qt::ISODate));
        if (!q.exec())
            return core::Error{q.lastError().text(), {}};
        ids.append(q.lastInsertId().toLongLong());
    }
    return ids;
}

storage::CoachingSession plannedSession(qint64 agentId, QDate day, const QList<core::KpiId> &focus,
                                        QDate followUp)
{
    storage::CoachingSession s;
    s.agentId = agentId;
    s.coach = QStringLiteral("Coach Kim");
    s.day = day;
    s.focus = focus;
    s.followUp = followUp;
    return s;
}

storage::CoachingAction action(const QString &body, QDate due, const QString &owner)
{
    storage::CoachingAction a;
    a.body = body;
    a.owner = owner;
    a.due = due;
    return a;
}

storage::CoachingSession fullSession(const fixture::SmallSite &site, const QList<qint64> &phrases)
{
    storage::CoachingSession s =
        plannedSession(site.ana, fixture::D2, {core::KpiId::Csat, core::KpiId::Aht}, QDate(2024, 3, 10));
    s.notes = QStringLiteral("Agreed to recap next steps before closing.");
    s.acknowledgedDay = fixture::D3;

    CoachingAgendaItem kpi;
    kpi.kind = AgendaKind::Kpi;
    kpi.title = QStringLiteral("CSAT 60 % (target 80 %)");
    kpi.detail = QStringLiteral("5 responses");
    kpi.kpi = QStringLiteral("csat");
    CoachingAgendaItem call;
    call.kind = AgendaKind::Conversation;
    call.title = QStringLiteral("EXT-c1 rated 2/5");
    call.conversationId = site.conversations.value(QStringLiteral("c1"));
    CoachingAgendaItem custom;
    custom.kind = AgendaKind::Custom;
    custom.title = QStringLiteral("Headset");
    custom.notes = QStringLiteral("Order a new one");
    custom.discussed = true;
    s.agenda = {kpi, call, custom};

    storage::CoachingAction listen =
        action(QStringLiteral("Listen back to c2"), {}, QStringLiteral("Coach Kim"));
    listen.done = true;
    listen.doneDay = fixture::D3;
    s.actions = {action(QStringLiteral("Recap next steps"), fixture::D4, QStringLiteral("agent")), listen};
    s.homework = phrases;
    return s;
}

} // namespace coachingsite
