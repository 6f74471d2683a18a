#include "evaluationrepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace huddle::storage {

EvaluationRepository::EvaluationRepository(const Database &database)
    : m_database(&database)
{
}

core::Result<std::optional<qint64>> EvaluationRepository::conversationOf(qint64 evaluationId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT conversation_id FROM evaluations WHERE id = ?"));
    q.addBindValue(evaluationId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading evaluation %1").arg(evaluationId));
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

} // namespace huddle::storage
