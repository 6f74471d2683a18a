#pragma once

#include "core/kpiplan.h"
#include "core/result.h"
#include "core/timelineevent.h"
#include "models/scope.h"
#include "storage/conversationrepository.h"

#include <QString>

#include <optional>

namespace huddle::storage {
class Database;
}

namespace huddle::ui {

// "Show me the conversations behind this figure": the filter that lists exactly the rows a figure's n
// counts, and words for the banner above them.
struct DrillDown {
    storage::ConversationFilter filter;
    QString description;           // "CSAT responses — Ana Reyes, 4 May 2026 – 10 May 2026"
    std::optional<qint64> n;       // the n shown where the drill-down started, for the banner
    qint64 selectConversation = 0; // select this row once listed (a QA marker's conversation)
};

QString subsetName(storage::ConversationSubset subset);

// The drill-down for `kpi`'s figure over `range` for one agent or, with agentId empty, the scope's team.
std::optional<DrillDown> drillDownFor(const models::Scope &scope, core::DateRange range,
                                      std::optional<qint64> agentId, const QString &who, core::KpiId kpi,
                                      std::optional<qint64> n);
DrillDown drillDownFor(const models::Scope &scope, core::DateRange range, std::optional<qint64> agentId,
                       const QString &who, storage::ConversationSubset subset, std::optional<qint64> n);

// The conversation a QA evaluation scored or a review note is about, alone and selected.
core::Result<DrillDown> drillDownTo(const storage::Database &database, const core::TimelineEvent &event);

} // namespace huddle::ui
