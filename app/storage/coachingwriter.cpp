#include "coachingwriter.h"
#include "translation.h"

#include "boundquery.h"
#include "coachingrows.h"
#include "database.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <functional>

namespace huddle::storage {

namespace {

// The columns of a session row a save replaces, in the order of sessionColumns.
const QStringList sessionColumns{
    QStringLiteral("agent_id"),         QStringLiteral("coach"),         QStringLiteral("day"),
    QStringLiteral("focus_kpis"),       QStringLiteral("notes"),         QStringLiteral("acknowledged"),
    QStringLiteral("acknowledged_day"), QStringLiteral("follow_up_day"), QStringLiteral("updated_at")};

QVariantList sessionValues(const CoachingSession &s, const QDateTime &now)
{
    // `acknowledged` is the level-1 flag; kept in step with the day for readers of the old column.
    return {s.agentId,
            notNullText(s.coach),
            dayText(s.day),
            nullableText(focusCodes(s.focus)),
            notNullText(s.notes),
            s.acknowledged() ? 1 : 0,
            nullableDay(s.acknowledgedDay),
            nullableDay(s.followUp),
            instantText(now)};
}

// position, kind, title, detail, kpi, conversation_id, action_id, notes, discussed
QVariantList agendaValues(const CoachingAgendaItem &item, int position)
{
    return {position,
            core::agendaKindCode(item.kind),
            notNullText(item.title),
            notNullText(item.detail),
            nullableText(item.kpi),
            nullableId(item.conversationId),
            nullableId(item.actionId),
            notNullText(item.notes),
            item.discussed ? 1 : 0};
}

// position, body, owner, due_day, done, done_day
QVariantList actionValues(const CoachingAction &action, int position)
{
    return {position,
            notNullText(action.body),
            nullableText(action.owner),
            nullableDay(action.due),
            action.done ? 1 : 0,
            action.done ? nullableDay(action.doneDay) : QVariant()};
}

// How one kind of a session's rows is written; the ids of the stored rows name them in messages.
template <typename Item> struct ListWrite {
    std::function<core::Result<qint64>(const Item &, int position)> insert;
    std::function<core::Status(const Item &, int position)> update;
    std::function<core::Status(qint64 id)> remove;
    QString foreignId; // %1 the item's id, %2 the session's: an id not among the stored rows
};

template <typename Item>
core::Status checkIds(qint64 sessionId, const QList<Item> &items, const QHash<qint64, int> &storedAt,
                      const QString &foreignId)
{
    QSet<qint64> seen;
    for (const Item &item : items) {
        if (item.id == 0)
            continue;
        if (!storedAt.contains(item.id) || seen.contains(item.id))
            return core::Error{foreignId.arg(item.id).arg(sessionId), {}};
        seen.insert(item.id);
    }
    return core::Done{};
}

// Deletes first, then updates and inserts in list order, so positions come out as the list's indexes.
template <typename Item>
core::Result<ListChanges> writeList(qint64 sessionId, const QList<Item> &items, const QList<Item> &stored,
                                    const ListWrite<Item> &write)
{
    QHash<qint64, int> storedAt;
    for (int i = 0; i < stored.size(); ++i)
        storedAt.insert(stored[i].id, i);
    if (auto valid = checkIds(sessionId, items, storedAt, write.foreignId); !valid)
        return valid.error();
    QSet<qint64> kept;
    for (const Item &item : items)
        kept.insert(item.id);
    ListChanges changes;
    for (const Item &old : stored) {
        if (kept.contains(old.id))
            continue;
        if (auto done = write.remove(old.id); !done)
            return done.error();
        changes.removed.append(old.id);
    }
    for (int i = 0; i < items.size(); ++i) {
        const Item &item = items[i];
        if (item.id == 0) {
            const auto id = write.insert(item, i);
            if (!id)
                return id.error();
            changes.added.append(id.value());
            continue;
        }
        const int at = storedAt.value(item.id);
        if (at == i && stored[at] == item)
            continue;
        if (auto done = write.update(item, i); !done)
            return done.error();
        changes.changed.append(item.id);
    }
    return changes;
}

} // namespace

CoachingWriter::CoachingWriter(const Database &database, const QDateTime &now)
    : m_database(database)
    , m_now(now)
{
}

core::Status CoachingWriter::run(const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q(m_database.connection());
    return runBound(q, sql, values, what);
}

core::Result<qint64> CoachingWriter::insert(const QString &sql, const QVariantList &values,
                                            const QString &what)
{
    QSqlQuery q(m_database.connection());
    return insertBound(q, sql, values, what);
}

core::Result<qint64> CoachingWriter::insertSession(const CoachingSession &session)
{
    QVariantList values = sessionValues(session, m_now);
    values << core::sessionStatusCode(session.status) << instantText(m_now);
    return insert(QStringLiteral("INSERT INTO coaching_sessions (%1, status, created_at) VALUES (%2)"
                                 " RETURNING id")
                      .arg(sessionColumns.join(QStringLiteral(", ")),
                           QStringList(values.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
                  values, QStringLiteral("storing a coaching session"));
}

core::Status CoachingWriter::updateSession(const CoachingSession &stored, const CoachingSession &session)
{
    const QVariantList before = sessionValues(stored, m_now);
    const QVariantList after = sessionValues(session, m_now);
    QStringList columns;
    QVariantList values;
    for (qsizetype i = 0; i < sessionColumns.size(); ++i) {
        // updated_at (the last column) is the same in both lists and always written.
        if (after[i] != before[i] || i == sessionColumns.size() - 1) {
            columns.append(sessionColumns[i]);
            values.append(after[i]);
        }
    }
    values << session.id;
    return run(QStringLiteral("UPDATE coaching_sessions SET %1 = ? WHERE id = ?")
                   .arg(columns.join(QStringLiteral(" = ?, "))),
               values, QStringLiteral("saving coaching session %1").arg(session.id));
}

core::Status CoachingWriter::updateStatus(qint64 sessionId, core::SessionStatus status)
{
    return run(QStringLiteral("UPDATE coaching_sessions SET status = ?, updated_at = ? WHERE id = ?"),
               {core::sessionStatusCode(status), instantText(m_now), sessionId},
               QStringLiteral("changing the status of coaching session %1").arg(sessionId));
}

core::Status CoachingWriter::touch(qint64 sessionId)
{
    return run(QStringLiteral("UPDATE coaching_sessions SET updated_at = ? WHERE id = ?"),
               {instantText(m_now), sessionId},
               QStringLiteral("stamping coaching session %1").arg(sessionId));
}

core::Status CoachingWriter::deleteSession(qint64 sessionId)
{
    // Agenda items, action items and homework go with it (ON DELETE CASCADE); agenda items of later
    // sessions that pointed at its action items keep their frozen title (ON DELETE SET NULL).
    return run(QStringLiteral("DELETE FROM coaching_sessions WHERE id = ?"), {sessionId},
               QStringLiteral("deleting coaching session %1").arg(sessionId));
}

core::Status CoachingWriter::checkLinks(const CoachingAgendaItem &item, int position)
{
    // Checked in the write rather than left to the foreign keys, which still guard against a row deleted
    // meanwhile: their refusal names neither the item nor the row, and each engine words it its own way
    // (SQLite "FOREIGN KEY constraint failed", PostgreSQL "violates foreign key constraint").
    const struct {
        qint64 id;
        QString sql;
        QString missing; // %1 the item's place on the agenda, %2 the id
    } links[] = {
        {item.conversationId, QStringLiteral("SELECT 1 FROM conversations WHERE id = ?"),
         tr("agenda item %1 refers to conversation %2, which is not stored")},
        {item.actionId, QStringLiteral("SELECT 1 FROM coaching_actions WHERE id = ?"),
         tr("agenda item %1 refers to action item %2, which is not stored")},
    };
    for (const auto &link : links) {
        if (link.id <= 0)
            continue;
        QSqlQuery q(m_database.connection());
        if (auto done =
                runBound(q, link.sql, {link.id},
                         QStringLiteral("looking up what agenda item %1 refers to").arg(position + 1));
            !done)
            return done;
        if (!q.next())
            return core::Error{link.missing.arg(position + 1).arg(link.id), {}};
    }
    return core::Done{};
}

core::Result<ListChanges> CoachingWriter::writeAgenda(qint64 sessionId,
                                                      const QList<CoachingAgendaItem> &items,
                                                      const QList<CoachingAgendaItem> &stored)
{
    const QString what = QStringLiteral("writing the agenda of coaching session %1").arg(sessionId);
    ListWrite<CoachingAgendaItem> write;
    write.insert = [&](const CoachingAgendaItem &item, int position) -> core::Result<qint64> {
        if (auto linked = checkLinks(item, position); !linked)
            return linked.error();
        return insert(QStringLiteral("INSERT INTO coaching_agenda_items (session_id, position, kind, title,"
                                     " detail, kpi, conversation_id, action_id, notes, discussed)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                      QVariantList{sessionId} + agendaValues(item, position), what);
    };
    write.update = [&](const CoachingAgendaItem &item, int position) {
        if (auto linked = checkLinks(item, position); !linked)
            return linked;
        return run(QStringLiteral("UPDATE coaching_agenda_items SET position = ?, kind = ?, title = ?,"
                                  " detail = ?, kpi = ?, conversation_id = ?, action_id = ?, notes = ?,"
                                  " discussed = ? WHERE id = ? AND session_id = ?"),
                   agendaValues(item, position) + QVariantList{item.id, sessionId}, what);
    };
    write.remove = [&](qint64 id) {
        return run(QStringLiteral("DELETE FROM coaching_agenda_items WHERE id = ? AND session_id = ?"),
                   {id, sessionId}, what);
    };
    write.foreignId = tr("agenda item %1 is not on the agenda of coaching session %2 (or is listed twice)");
    return writeList(sessionId, items, stored, write);
}

core::Result<ListChanges> CoachingWriter::writeActions(qint64 sessionId, const QList<CoachingAction> &actions,
                                                       const QList<CoachingAction> &stored)
{
    const QString what = QStringLiteral("writing the action items of coaching session %1").arg(sessionId);
    ListWrite<CoachingAction> write;
    write.insert = [&](const CoachingAction &action, int position) {
        return insert(
            QStringLiteral("INSERT INTO coaching_actions (session_id, position, body, owner, due_day,"
                           " done, done_day) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            QVariantList{sessionId} + actionValues(action, position), what);
    };
    write.update = [&](const CoachingAction &action, int position) {
        return run(
            QStringLiteral("UPDATE coaching_actions SET position = ?, body = ?, owner = ?, due_day = ?,"
                           " done = ?, done_day = ? WHERE id = ? AND session_id = ?"),
            actionValues(action, position) + QVariantList{action.id, sessionId}, what);
    };
    write.remove = [&](qint64 id) {
        return run(QStringLiteral("DELETE FROM coaching_actions WHERE id = ? AND session_id = ?"),
                   {id, sessionId}, what);
    };
    write.foreignId = tr("action item %1 was not agreed in coaching session %2 (or is listed twice)");
    return writeList(sessionId, actions, stored, write);
}

core::Status CoachingWriter::replaceHomework(qint64 sessionId, const QList<qint64> &phraseIds)
{
    const QString what = QStringLiteral("writing the homework of coaching session %1").arg(sessionId);
    if (auto done =
            run(QStringLiteral("DELETE FROM coaching_homework WHERE session_id = ?"), {sessionId}, what);
        !done)
        return done;
    for (qint64 phraseId : homeworkSet(phraseIds))
        if (auto done =
                run(QStringLiteral("INSERT INTO coaching_homework (session_id, phrase_id) VALUES (?, ?)"),
                    {sessionId, phraseId}, what);
            !done)
            return done;
    return core::Done{};
}

core::Status CoachingWriter::setActionDone(qint64 actionId, bool done, QDate day)
{
    return run(QStringLiteral("UPDATE coaching_actions SET done = ?, done_day = ? WHERE id = ?"),
               {done ? 1 : 0, done ? nullableDay(day) : QVariant(), actionId},
               QStringLiteral("marking action item %1").arg(actionId));
}

} // namespace huddle::storage
