#pragma once

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QLocale>
#include <QString>

// Cell helpers the coaching lists share, so a date or an overdue row reads the same in every one of them.
namespace huddle::models {

// The user's short date format; empty for no date.
inline QString shortDate(QDate day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : QString();
}

// Overdue rows are written in the same red as overdue disputes.
inline QBrush overdueForeground()
{
    return QBrush(QColor(0xb3, 0x26, 0x1e));
}

// Figures resting on fewer observations than the small-sample threshold are greyed, as on the dashboard.
inline QBrush smallSampleForeground()
{
    return QBrush(QColor(0x80, 0x80, 0x80));
}

} // namespace huddle::models
