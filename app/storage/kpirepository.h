#pragma once

#include "core/daterange.h"
#include "core/kpidefinitions.h"
#include "core/kpitotals.h"
#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

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

// Sums and counts per group straight from SQL; rates are computed by core::computeKpis, so the dashboard,
// the CLI and the reports share one definition of every KPI.
class KpiRepository {
public:
    explicit KpiRepository(const Database &database);

    core::Result<QList<KpiRow>> totals(const KpiQuery &query) const;

    static QList<KpiStatement> statements(const KpiQuery &query);

private:
    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
};

} // namespace huddle::storage
