#pragma once

#include "daterange.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace huddle::core {

// Bonus months are calendar months of site-time-zone days, named "YYYY-MM"; in code a month is the QDate of
// its first day.
inline QDate monthStart(QDate day)
{
    return day.isValid() ? QDate(day.year(), day.month(), 1) : QDate();
}

inline DateRange monthRange(QDate month)
{
    const QDate first = monthStart(month);
    return {first, first.addMonths(1).addDays(-1)};
}

inline QString monthCode(QDate month)
{
    return monthStart(month).toString(QStringLiteral("yyyy-MM"));
}

// "2026-10" → 2026-10-01; empty for anything else ("2026-13", "2026-1", "October").
inline std::optional<QDate> monthFromCode(QStringView code)
{
    if (code.size() != 7 || code[4] != u'-')
        return std::nullopt;
    const QDate day =
        QDate::fromString(code.toString() + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

} // namespace huddle::core
