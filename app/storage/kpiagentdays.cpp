// KpiRepository's pass per agent and day: the dashboard's one read of a team's facts.
#include "database.h"
#include "enginestatement.h"
#include "kpirepository.h"
#include "kpisources.h"
#include "sqldialect.h"

namespace huddle::storage {

namespace {

// 'YYYY-MM-DD', the storage format of days, without a QString per row; rows arrive mostly in day order,
// so the last day read is kept and only a new one is parsed.
class DayReader {
public:
    QDate read(const EngineStatement &statement, int column)
    {
        const QByteArray text = statement.columnText(column);
        if (text != m_text) {
            m_text = text;
            m_day = parse(text);
        }
        return m_day;
    }

private:
    static QDate parse(const QByteArray &text)
    {
        if (text.size() != 10 || text[4] != '-' || text[7] != '-')
            return QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
        const auto number = [&text](int from, int count) {
            int value = 0;
            for (int i = from; i < from + count; ++i)
                value = value * 10 + (text[i] - '0');
            return value;
        };
        return QDate(number(0, 4), number(5, 2), number(8, 2));
    }

    QByteArray m_text;
    QDate m_day;
};

// Rows of one statement arrive in key order on SQLite (the survey rows one per response), so consecutive rows
// of the same agent and day are summed here and handed on once. (PostgreSQL may hand them in another order:
// an agent's day then comes in more parts, which add up the same.)
class PartCollector {
public:
    explicit PartCollector(const KpiAgentDayVisitor &visit)
        : m_visit(visit)
    {
    }

    core::KpiTotals &partFor(const EngineStatement &row)
    {
        const qint64 agent = row.columnInt(1);
        const QDate day = m_days.read(row, 0);
        if (m_pending && (day != m_day || agent != m_agent))
            flush();
        m_day = day;
        m_agent = agent;
        m_pending = true;
        return m_part;
    }

    void flush()
    {
        if (m_pending)
            m_visit(m_day, m_agent, m_part);
        m_part = {};
        m_pending = false;
    }

private:
    const KpiAgentDayVisitor &m_visit;
    DayReader m_days;
    QDate m_day;
    qint64 m_agent = 0;
    core::KpiTotals m_part;
    bool m_pending = false;
};

// Keyed by day, then agent: the order of the team and day indexes, so SQLite groups as it reads.
kpisql::StatementShape agentDayShape(const kpisql::Source &source)
{
    return {{source.day, source.agent}, false, true};
}

} // namespace

core::Result<QList<KpiStatement>> KpiRepository::agentDayStatements(const KpiQuery &query) const
{
    const QSqlDatabase db = m_database->connection();
    const auto conversationSales = kpisql::hasConversationSales(db);
    if (!conversationSales)
        return conversationSales.error();
    QList<KpiStatement> result;
    for (const kpisql::Source &source : kpisql::sources(query, conversationSales.value(), dialectOf(db)))
        result.append(kpisql::buildStatement(source, query, agentDayShape(source)));
    return result;
}

core::Status KpiRepository::agentDays(const KpiQuery &query, const KpiAgentDayVisitor &visit) const
{
    const QSqlDatabase db = m_database->connection();
    const auto conversationSales = kpisql::hasConversationSales(db);
    if (!conversationSales)
        return conversationSales.error();
    PartCollector parts(visit);
    for (const kpisql::Source &source : kpisql::sources(query, conversationSales.value(), dialectOf(db))) {
        const KpiStatement statement = kpisql::buildStatement(source, query, agentDayShape(source));
        const core::Status status = kpisql::run(db, statement, [&](const EngineStatement &row) {
            source.fill(kpisql::ValueRow(row, 2), parts.partFor(row), query.definitions);
        });
        parts.flush();
        if (!status)
            return core::Error{QStringLiteral("computing KPIs by agent and day: ") + status.error().message,
                               {}};
    }
    return core::Done{};
}

} // namespace huddle::storage
