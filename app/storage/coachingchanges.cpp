#include "coachingchanges.h"
#include "translation.h"

#include "sqlutil.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace huddle::storage {

namespace {

QJsonValue dayValue(QDate day)
{
    return day.isValid() ? QJsonValue(dayText(day)) : QJsonValue();
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

QJsonArray focusArray(const QList<core::KpiId> &focus)
{
    QJsonArray array;
    for (core::KpiId kpi : focus)
        array.append(core::kpiCode(kpi));
    return array;
}

QJsonObject change(const QJsonValue &before, const QJsonValue &after)
{
    return {{QStringLiteral("before"), before}, {QStringLiteral("after"), after}};
}

// Adds {"before", "after"} under `key` when the values differ.
void addChange(QJsonObject &detail, const QString &key, const QJsonValue &before, const QJsonValue &after)
{
    if (before != after)
        detail.insert(key, change(before, after));
}

QJsonObject listDetail(const ListChanges &changes)
{
    QJsonObject detail;
    if (!changes.added.isEmpty())
        detail.insert(QStringLiteral("added"), idArray(changes.added));
    if (!changes.changed.isEmpty())
        detail.insert(QStringLiteral("changed"), idArray(changes.changed));
    if (!changes.removed.isEmpty())
        detail.insert(QStringLiteral("removed"), idArray(changes.removed));
    return detail;
}

// The action items' agreements in order, ids included: adding, removing or reordering them changes it.
bool sameAgreements(const QList<CoachingAction> &stored, const QList<CoachingAction> &given)
{
    if (stored.size() != given.size())
        return false;
    for (int i = 0; i < stored.size(); ++i)
        if (stored[i].id != given[i].id || !sameAgreement(stored[i], given[i]))
            return false;
    return true;
}

} // namespace

QList<qint64> homeworkSet(const QList<qint64> &phraseIds)
{
    QList<qint64> set = phraseIds;
    std::sort(set.begin(), set.end());
    set.erase(std::unique(set.begin(), set.end()), set.end());
    return set;
}

bool sessionFieldsDiffer(const CoachingSession &stored, const CoachingSession &given)
{
    return stored.agentId != given.agentId || stored.coach != given.coach || stored.day != given.day ||
           stored.focus != given.focus || stored.notes != given.notes ||
           stored.acknowledgedDay != given.acknowledgedDay || stored.followUp != given.followUp;
}

bool sameAgreement(const CoachingAction &stored, const CoachingAction &given)
{
    return stored.body == given.body && stored.owner == given.owner && stored.due == given.due;
}

QStringList frozenChanges(const CoachingSession &stored, const CoachingSession &given)
{
    QStringList names;
    if (stored.agentId != given.agentId)
        names.append(tr("the agent"));
    if (stored.coach != given.coach)
        names.append(tr("the coach"));
    if (stored.day != given.day)
        names.append(tr("the day"));
    if (stored.focus != given.focus)
        names.append(tr("the focus KPIs"));
    if (stored.notes != given.notes)
        names.append(tr("the notes"));
    if (stored.agenda != given.agenda)
        names.append(tr("the agenda"));
    if (!sameAgreements(stored.actions, given.actions))
        names.append(tr("the action items (only their done state can change)"));
    if (homeworkSet(stored.homework) != homeworkSet(given.homework))
        names.append(tr("the homework"));
    return names;
}

QJsonObject saveDetail(const CoachingSession &stored, const CoachingSession &given, const ListChanges &agenda,
                       const ListChanges &actions)
{
    QJsonObject detail;
    addChange(detail, QStringLiteral("agent"), stored.agentId, given.agentId);
    addChange(detail, QStringLiteral("coach"), stored.coach, given.coach);
    addChange(detail, QStringLiteral("day"), dayValue(stored.day), dayValue(given.day));
    addChange(detail, QStringLiteral("focus"), focusArray(stored.focus), focusArray(given.focus));
    addChange(detail, QStringLiteral("acknowledgedDay"), dayValue(stored.acknowledgedDay),
              dayValue(given.acknowledgedDay));
    addChange(detail, QStringLiteral("followUp"), dayValue(stored.followUp), dayValue(given.followUp));
    if (stored.notes != given.notes)
        detail.insert(QStringLiteral("notes"), QStringLiteral("changed"));
    if (!agenda.isEmpty())
        detail.insert(QStringLiteral("agenda"), listDetail(agenda));
    if (!actions.isEmpty())
        detail.insert(QStringLiteral("actions"), listDetail(actions));
    addChange(detail, QStringLiteral("homework"), idArray(homeworkSet(stored.homework)),
              idArray(homeworkSet(given.homework)));
    return detail;
}

QJsonObject sessionDetail(const CoachingSession &session)
{
    return {{QStringLiteral("agent"), session.agentId},
            {QStringLiteral("day"), dayValue(session.day)},
            {QStringLiteral("focus"), focusArray(session.focus)},
            {QStringLiteral("status"), core::sessionStatusCode(session.status)}};
}

} // namespace huddle::storage
