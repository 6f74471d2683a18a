#include "reviewnoterepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace huddle::storage {

ReviewNoteRepository::ReviewNoteRepository(const Database &database)
    : m_database(&database)
{
}

core::Result<QList<ReviewNoteEntry>> ReviewNoteRepository::notes(core::DateRange range,
                                                                 std::optional<qint64> teamId,
                                                                 std::optional<qint64> agentId) const
{
    QString where = QStringLiteral("n.conversation_day BETWEEN ? AND ?");
    QVariantList bindings{dayText(range.from), dayText(range.to)};
    if (teamId) {
        where += QStringLiteral(" AND n.team_id = ?");
        bindings.append(*teamId);
    }
    if (agentId) {
        where += QStringLiteral(" AND n.agent_id = ?");
        bindings.append(*agentId);
    }
    return select(where, bindings);
}

core::Result<QList<ReviewNoteEntry>> ReviewNoteRepository::notesForConversation(qint64 conversationId) const
{
    return select(QStringLiteral("n.conversation_id = ?"), {conversationId});
}

core::Result<QList<ReviewNoteEntry>> ReviewNoteRepository::select(const QString &where,
                                                                  const QVariantList &bindings) const
{
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT n.id, n.day, n.created_at, n.reviewer, c.id, c.external_id, c.day,"
                             " a.display_name, n.body, n.agent_id, n.reviewer_agent_id FROM review_notes n"
                             " JOIN conversations c ON c.id = n.conversation_id"
                             " LEFT JOIN agents a ON a.id = n.agent_id WHERE %1"
                             " ORDER BY n.created_at DESC, n.id DESC")
                  .arg(where));
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading review notes"));
    QList<ReviewNoteEntry> notes;
    while (q.next())
        notes.append({q.value(0).toLongLong(), dayFrom(q.value(1)), instantFrom(q.value(2)),
                      q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                      dayFrom(q.value(6)), q.value(7).toString(), q.value(8).toString(),
                      q.value(9).toLongLong(), q.value(10).toLongLong()});
    return notes;
}

} // namespace huddle::storage
