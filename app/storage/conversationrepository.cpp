#include "conversationrepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QSqlQuery>

#include <algorithm>

namespace huddle::storage {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT c.id, c.source, c.external_id, c.started_at, c.day, c.channel, c.queue, a.display_name, t.name,"
    " c.customer_id, c.answered, c.wait_s, c.talk_s, c.hold_s, c.acw_s, c.handle_s, c.handle_basis, "
    "c.resolved,"
    " c.csat_score, c.csat_scale_min, c.csat_scale_max, c.nps_score, c.transcript_ref, c.fcr_inferred, %1"
    " FROM conversations c LEFT JOIN agents a ON a.id = c.agent_id LEFT JOIN teams t ON t.id = c.team_id");

// Sort keys never NULL: a NULL in a row-value comparison would silently drop rows from the next page.
QString sortExpression(ConversationSort sort)
{
    switch (sort) {
    case ConversationSort::StartedAt:
        return QStringLiteral("c.started_at");
    case ConversationSort::ExternalId:
        return QStringLiteral("c.external_id");
    case ConversationSort::Agent:
        return QStringLiteral("COALESCE(a.display_name, '')");
    case ConversationSort::Channel:
        return QStringLiteral("c.channel");
    case ConversationSort::Queue:
        return QStringLiteral("COALESCE(c.queue, '')");
    case ConversationSort::Wait:
        return QStringLiteral("COALESCE(c.wait_s, -1)");
    case ConversationSort::Handle:
        return QStringLiteral("COALESCE(c.handle_s, -1)");
    case ConversationSort::Resolved:
        return QStringLiteral("COALESCE(c.resolved, c.fcr_inferred, -1)");
    case ConversationSort::Csat:
        return QStringLiteral("COALESCE(c.csat_score, -1)");
    }
    return QStringLiteral("c.id");
}

// Kept in step with the sums of kpisources.cpp: the drill-down count must equal the n of the figure.
QString subsetCondition(ConversationSubset subset)
{
    switch (subset) {
    case ConversationSubset::All:
        break;
    case ConversationSubset::Handled:
        return QStringLiteral("c.answered = 1");
    case ConversationSubset::HandleTimes:
        return QStringLiteral("c.answered = 1 AND c.handle_s IS NOT NULL");
    case ConversationSubset::Waits:
        return QStringLiteral("c.answered = 1 AND c.wait_s IS NOT NULL");
    case ConversationSubset::FcrDecided:
        return QStringLiteral("c.answered = 1 AND COALESCE(c.resolved, c.fcr_inferred) IS NOT NULL");
    case ConversationSubset::CsatResponses:
        return QStringLiteral("c.csat_score IS NOT NULL");
    case ConversationSubset::NpsResponses:
        return QStringLiteral("c.nps_score IS NOT NULL");
    case ConversationSubset::Sales:
        return QStringLiteral(
            "(c.sale_count > 0 OR EXISTS (SELECT 1 FROM sales sa WHERE sa.conversation_id = c.id))");
    case ConversationSubset::Abandoned:
        return QStringLiteral("c.answered = 0");
    }
    return {};
}

void appendFilter(const ConversationFilter &filter, QStringList &where, QVariantList &bindings)
{
    if (const QString subset = subsetCondition(filter.subset); !subset.isEmpty())
        where.append(subset);
    if (filter.range.isValid()) {
        where.append(QStringLiteral("c.day BETWEEN ? AND ?"));
        bindings << dayText(filter.range.from) << dayText(filter.range.to);
    }
    if (filter.teamId) {
        where.append(QStringLiteral("c.team_id = ?"));
        bindings << *filter.teamId;
    }
    if (filter.agentId) {
        where.append(QStringLiteral("c.agent_id = ?"));
        bindings << *filter.agentId;
    }
    if (!filter.search.isEmpty()) {
        // SQLite's LIKE ignores the case of ASCII letters, PostgreSQL's does not: both sides lowered, the
        // search means the same on both (https://sqlite.org/lang_expr.html#like).
        where.append(QStringLiteral("(LOWER(c.external_id) LIKE LOWER(?) ESCAPE '\\' OR LOWER(c.customer_id)"
                                    " LIKE LOWER(?) ESCAPE '\\')"));
        QString pattern = filter.search;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        bindings << pattern << pattern;
    }
}

std::optional<bool> optionalBool(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt() != 0;
}

ConversationRow readRow(const QSqlQuery &q)
{
    ConversationRow r;
    r.id = q.value(0).toLongLong();
    r.source = q.value(1).toString();
    r.externalId = q.value(2).toString();
    r.startedAt = instantFrom(q.value(3));
    r.day = dayFrom(q.value(4));
    r.channel = q.value(5).toString();
    r.queue = q.value(6).toString();
    r.agentName = q.value(7).toString();
    r.teamName = q.value(8).toString();
    r.customerId = q.value(9).toString();
    r.answered = q.value(10).toInt() != 0;
    r.waitSeconds = optionalInt(q.value(11));
    r.talkSeconds = optionalInt(q.value(12));
    r.holdSeconds = optionalInt(q.value(13));
    r.acwSeconds = optionalInt(q.value(14));
    r.handleSeconds = optionalInt(q.value(15));
    r.handleBasis = q.value(16).toString();
    r.resolved = optionalBool(q.value(17));
    r.csatScore = optionalInt(q.value(18));
    if (r.csatScore)
        r.csatScale = core::CsatScale{q.value(19).toInt(), q.value(20).toInt()};
    r.npsScore = optionalInt(q.value(21));
    r.transcriptRef = q.value(22).toString();
    r.resolvedInferred = optionalBool(q.value(23));
    return r;
}

} // namespace

ConversationRepository::ConversationRepository(const Database &database)
    : m_database(&database)
{
}

core::Result<ConversationPage> ConversationRepository::page(const ConversationFilter &filter,
                                                            ConversationSort sort, Qt::SortOrder order,
                                                            const std::optional<PageCursor> &after,
                                                            int limit) const
{
    limit = std::max(1, limit); // a page holds at least one row, so the cursor always has a row to point at
    const QString key = sortExpression(sort);
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QStringList where;
    QVariantList bindings;
    appendFilter(filter, where, bindings);
    if (after) {
        where.append(QStringLiteral("(%1, c.id) %2 (?, ?)")
                         .arg(key, order == Qt::AscendingOrder ? QStringLiteral(">") : QStringLiteral("<")));
        bindings << after->sortValue << after->id;
    }
    QString sql = selectColumns.arg(key);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY %1 %2, c.id %2 LIMIT %3").arg(key, direction).arg(limit + 1);

    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading conversations"));
    ConversationPage page;
    QVariant lastKey;
    while (q.next()) {
        if (page.rows.size() == limit) {
            page.next = PageCursor{lastKey, page.rows.constLast().id};
            break;
        }
        page.rows.append(readRow(q));
        lastKey = q.value(24);
    }
    return page;
}

core::Result<qint64> ConversationRepository::count(const ConversationFilter &filter) const
{
    QStringList where;
    QVariantList bindings;
    appendFilter(filter, where, bindings);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM conversations c");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    QSqlQuery q(m_database->connection());
    q.prepare(sql);
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return sqlError(q, QStringLiteral("counting conversations"));
    return q.value(0).toLongLong();
}

core::Result<ConversationRow> ConversationRepository::byId(qint64 id) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(selectColumns.arg(QStringLiteral("c.id")) + QStringLiteral(" WHERE c.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading conversation %1").arg(id));
    if (!q.next())
        return core::Error{QStringLiteral("conversation %1 does not exist").arg(id), {}};
    return readRow(q);
}

} // namespace huddle::storage
