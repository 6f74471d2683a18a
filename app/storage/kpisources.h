#pragma once

// Internal to storage: where each kind of fact behind the KPIs lives, the SQL that sums it and how a result
// row adds to core::KpiTotals. KpiRepository's grouped totals and its per-agent-and-day pass both build
// their statements from these, so a KPI's n is counted by one set of conditions wherever it is shown.
#include "dialect.h"
#include "kpirepository.h"

#include <QStringList>

#include <functional>

namespace huddle::storage {

class EngineStatement;

namespace kpisql {

// One result row read by position, counted from the first value column after the grouping keys.
class ValueRow {
public:
    ValueRow(const EngineStatement &cursor, int firstValue);
    qint64 integer(int i) const;
    double real(int i) const;
    bool isNull(int i) const;

private:
    const EngineStatement &m_cursor;
    int m_first;
};

using RowFiller = void (*)(const ValueRow &, core::KpiTotals &, const core::KpiDefinitions &);

struct Source {
    QString from;        // without a team filter
    QString fromForTeam; // with one, when starting from the team's members reads less; empty: `from`
    QString teamJoin;    // the join condition of `fromForTeam`
    QString agent;
    QString team;
    QString day;
    QString aggregates; // grouped: sums and counts
    QString rowValues;  // the same columns for single rows, read ungrouped; empty: always grouped
    QString extraWhere;
    QString extraGroup; // further grouping columns, after the key
    RowFiller fill = nullptr;
};

// Every source a query reads. Sums stated on conversations (sale columns of a call log) only when the
// database has any: reading them costs a table lookup per conversation of the range. In the SQL of `dialect`.
QList<Source> sources(const KpiQuery &query, bool conversationSales, Dialect dialect);

// Whether any conversation carries its own sale columns (read from their partial index, so instant).
core::Result<bool> hasConversationSales(const QSqlDatabase &db);

struct StatementShape {
    QStringList keys;         // leading columns, also the grouping
    bool keysNotNull = false; // leave out rows without a key (no agent, no team)
    bool singleRows = false;  // read sources that allow it row by row instead of grouped
};

KpiStatement buildStatement(const Source &source, const KpiQuery &query, const StatementShape &shape);

// Prepares and steps one statement on `db` (either engine, see EngineStatement); `row` is called for every
// result row.
core::Status run(const QSqlDatabase &db, const KpiStatement &statement,
                 const std::function<void(const EngineStatement &)> &row);

} // namespace kpisql
} // namespace huddle::storage
