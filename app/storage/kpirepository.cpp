#include "kpirepository.h"

#include "database.h"
#include "enginestatement.h"
#include "kpisources.h"
#include "sqldialect.h"
#include "sqlutil.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace huddle::storage {

namespace {

QString groupKey(const kpisql::Source &source, KpiGrouping grouping, Dialect dialect)
{
    switch (grouping) {
    case KpiGrouping::Agent:
        return source.agent;
    case KpiGrouping::Team:
        return source.team;
    case KpiGrouping::Day:
        return source.day;
    case KpiGrouping::All:
        break;
    }
    return constantGroupKey(dialect, QStringLiteral("'all'"));
}

kpisql::StatementShape totalsShape(const kpisql::Source &source, KpiGrouping grouping, Dialect dialect)
{
    const bool named = grouping == KpiGrouping::Agent || grouping == KpiGrouping::Team;
    return {{groupKey(source, grouping, dialect)}, named, false};
}

void setKey(KpiRow &row, KpiGrouping grouping, const EngineStatement &statement)
{
    switch (grouping) {
    case KpiGrouping::Agent:
        row.agentId = statement.columnInt(0);
        break;
    case KpiGrouping::Team:
        row.teamId = statement.columnInt(0);
        break;
    case KpiGrouping::Day:
        row.day = QDate::fromString(QString::fromLatin1(statement.columnText(0)), Qt::ISODate);
        break;
    case KpiGrouping::All:
        break;
    }
}

core::Result<QHash<qint64, QString>> teamNames(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    QHash<qint64, QString> teams;
    if (!q.exec(QStringLiteral("SELECT id, name FROM teams")))
        return sqlError(q, QStringLiteral("reading teams"));
    while (q.next())
        teams.insert(q.value(0).toLongLong(), q.value(1).toString());
    return teams;
}

core::Status attachNames(const KpiRepository &repository, const QSqlDatabase &db, const KpiQuery &query,
                         QList<KpiRow> &rows)
{
    const auto teams = teamNames(db);
    if (!teams)
        return teams.error();
    if (query.grouping == KpiGrouping::Agent) {
        const auto agents = repository.agents(query.range.to);
        if (!agents)
            return agents.error();
        // Under a team filter every figure is the agent's work in that team, so the row names that team.
        for (KpiRow &row : rows) {
            const KpiAgent agent = agents.value().value(row.agentId);
            row.agentName = agent.name;
            row.teamId = query.teamId.value_or(agent.teamId);
        }
    }
    for (KpiRow &row : rows)
        row.teamName = teams.value().value(row.teamId);
    return core::Done{};
}

} // namespace

KpiRepository::KpiRepository(const Database &database)
    : m_database(&database)
{
}

core::Result<QList<KpiStatement>> KpiRepository::statements(const KpiQuery &query) const
{
    const QSqlDatabase db = m_database->connection();
    const auto conversationSales = kpisql::hasConversationSales(db);
    if (!conversationSales)
        return conversationSales.error();
    const Dialect dialect = dialectOf(db);
    QList<KpiStatement> result;
    for (const kpisql::Source &source : kpisql::sources(query, conversationSales.value(), dialect))
        result.append(kpisql::buildStatement(source, query, totalsShape(source, query.grouping, dialect)));
    return result;
}

core::Result<QList<KpiRow>> KpiRepository::totals(const KpiQuery &query) const
{
    const QSqlDatabase db = m_database->connection();
    const auto conversationSales = kpisql::hasConversationSales(db);
    if (!conversationSales)
        return conversationSales.error();
    const Dialect dialect = dialectOf(db);
    QList<KpiRow> rows;
    QHash<QByteArray, qsizetype> index; // group key → position in rows
    for (const kpisql::Source &source : kpisql::sources(query, conversationSales.value(), dialect)) {
        const KpiStatement statement =
            kpisql::buildStatement(source, query, totalsShape(source, query.grouping, dialect));
        const core::Status status = kpisql::run(db, statement, [&](const EngineStatement &result) {
            const QByteArray key = result.columnText(0);
            auto it = index.find(key);
            if (it == index.end()) {
                KpiRow row;
                setKey(row, query.grouping, result);
                it = index.insert(key, rows.size());
                rows.append(row);
            }
            source.fill(kpisql::ValueRow(result, 1), rows[*it].totals, query.definitions);
        });
        if (!status)
            return core::Error{QStringLiteral("computing KPIs: ") + status.error().message, {}};
    }
    if (const core::Status named = attachNames(*this, db, query, rows); !named)
        return named.error();
    std::sort(rows.begin(), rows.end(), [](const KpiRow &a, const KpiRow &b) {
        return std::tie(a.day, a.teamName, a.agentName, a.agentId) <
               std::tie(b.day, b.teamName, b.agentName, b.agentId);
    });
    return rows;
}

// The team an agent was in on `day`, or their latest before it.
core::Result<QHash<qint64, KpiAgent>> KpiRepository::agents(QDate day) const
{
    const auto teams = teamNames(m_database->connection());
    if (!teams)
        return teams.error();
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.display_name, (SELECT m.team_id FROM team_memberships m WHERE m.agent_id = a.id"
        " AND m.valid_from <= ? ORDER BY m.valid_from DESC LIMIT 1) FROM agents a"));
    q.addBindValue(dayText(day));
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading agents"));
    QHash<qint64, KpiAgent> agents;
    while (q.next()) {
        const qint64 teamId = q.value(2).toLongLong();
        agents.insert(q.value(0).toLongLong(), {q.value(1).toString(), teamId, teams.value().value(teamId)});
    }
    return agents;
}

} // namespace huddle::storage
