#pragma once

#include "core/daterange.h"
#include "core/trend.h"

#include <QList>

#include <optional>

namespace huddle::models {

// What every page looks at: a team (or all), optionally one agent, a date range and a trend granularity.
struct Scope {
    core::DateRange range;
    std::optional<qint64> teamId;
    std::optional<qint64> agentId;
    core::Granularity granularity = core::Granularity::Day;
    QList<qint64> compareAgents; // up to four agents drawn side by side on the trend chart

    bool operator==(const Scope &) const = default;
};

} // namespace huddle::models
