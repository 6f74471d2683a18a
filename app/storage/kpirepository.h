#pragma once

#include "core/daterange.h"
#include "core/kpidefinitions.h"
#include "core/kpitotals.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

#include <functional>
#include <optional>

namespace huddle::storage {

class Database;

enum class KpiGrouping { Agent, Team, Day, All };

struct KpiQuery {
    core::DateRange range;
    std::optional<qint64> teamId;
    std::optional<qint64> agentId;
    KpiGrouping grouping = KpiGrouping::Agent;
    core::KpiDefinitions definitions;
    QList<qint64> agentIds = {}; // when not empty: only these agents
};

// One group's additive KPI building blocks. Which key fields are set depends on the grouping; for
// agent rows the team is the one the agent belonged to on the last day of the range.
struct KpiRow {
    qint64 agentId = 0;
    QString agentName;
    qint64 teamId = 0;
    QString teamName;
    QDate day;
    core::KpiTotals totals;
};

// An aggregate statement with its bound values, exposed so the benchmark can time the bare SQL.
struct KpiStatement {
    QString sql;
    QVariantList bindings;
};

// Who an agent of a KPI row is: name, and the team they were in on the day asked for (or their latest team
// before it).
struct KpiAgent {
    QString name;
    qint64 teamId = 0;
    QString teamName;
};

// Receives one part of an agent's day: the sums of one kind of fact (conversations, surveys, sales, …),
// so an agent's day can arrive in several parts that add up. Agent 0: conversations nobody handled.
using KpiAgentDayVisitor = std::function<void(QDate day, qint64 agentId, const core::KpiTotals &part)>;

// Sums and counts per group straight from SQL; rates are computed by core::computeKpis, so the dashboard,
// the CLI and the reports share one definition of every KPI. On SQLite, rows are read on the native handle: a
// team's year by agent and day is tens of thousands of them, and QVariants per value would cost more than
// the sums; on PostgreSQL through QSqlQuery (EngineStatement).
class KpiRepository {
public:
    explicit KpiRepository(const Database &database);

    core::Result<QList<KpiRow>> totals(const KpiQuery &query) const;

    // The building blocks per agent and day, read with one statement per kind of fact and handed to
    // `visit` as they come; the grouping of `query` is not used. For pages that need several views of the
    // same facts — the dashboard's trend by day, its scorecard by agent and the previous period beside it
    // — so that each fact is read once.
    core::Status agentDays(const KpiQuery &query, const KpiAgentDayVisitor &visit) const;

    // Every agent's name and team on `day`, for naming the agents agentDays() reports.
    core::Result<QHash<qint64, KpiAgent>> agents(QDate day) const;

    // The statements totals() and agentDays() run.
    core::Result<QList<KpiStatement>> statements(const KpiQuery &query) const;
    core::Result<QList<KpiStatement>> agentDayStatements(const KpiQuery &query) const;

private:
    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
};

} // namespace huddle::storage
