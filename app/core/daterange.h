#pragma once

#include <QDate>

namespace huddle::core {

// An inclusive range of calendar days in the site's time zone; the unit every KPI period is made of.
struct DateRange {
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool contains(QDate day) const { return day >= from && day <= to; }
    qint64 days() const { return isValid() ? from.daysTo(to) + 1 : 0; }
    bool operator==(const DateRange &) const = default;
};

// Monday of the ISO week that contains `day`: weekly trends bucket by it.
inline QDate weekStart(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

// The range of the same length that ends the day before `range` starts: what trend arrows compare with.
inline DateRange previousRange(const DateRange &range)
{
    if (!range.isValid())
        return {};
    return {range.from.addDays(-range.days()), range.from.addDays(-1)};
}

} // namespace huddle::core
