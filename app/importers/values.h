#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QTime>

#include <optional>

// Parsers for the cell values contact-centre exports and spreadsheets produce. Every parser takes the raw
// UTF-8 cell (leading and trailing spaces are ignored), never allocates on success, and on failure returns
// an Error whose message says what was expected ("expected a duration such as 95, 1:35 or 0:01:35") — the
// caller adds file, line and column. An empty cell is an error here; callers decide what empty means.
namespace huddle::importers {

enum class DateOrder { Ymd, Mdy, Dmy };
enum class DurationUnit { Seconds, Milliseconds, Minutes };

// Integers: "109", "109.0", "-3", "+4"; a fractional part other than zeros is refused.
core::Result<qint64> parseInteger(QByteArrayView text);
// Decimal numbers: "1.5", "-0.25", "1e3"; with decimalComma "1,5". No thousands separators.
core::Result<double> parseNumber(QByteArrayView text, bool decimalComma);
// Percentages: "94.01%", "94.01 %", "94.01" (with decimalComma "94,01%") → 94.01.
core::Result<double> parsePercent(QByteArrayView text, bool decimalComma);
// Money: "12.50", "$12.50", "-3", "1234.5" (with decimalComma "12,50") → cents, rounded half away from zero.
core::Result<qint64> parseMoneyCents(QByteArrayView text, bool decimalComma);
// Yes/no: Y/N, yes/no, true/false, 1/0, t/f (any case; also "1.0"/"0.0").
core::Result<bool> parseBool(QByteArrayView text);

// Durations to whole seconds (rounded half up), never negative: a plain number in `unit` ("109",
// "109.0", "143.5", with decimalComma "143,5"), "M:SS", "MM:SS", "H:MM:SS", "HH:MM:SS(.fff)", hours
// beyond 24 allowed, and spreadsheet times "1900-01-01 00:02:23" / "1899-12-30 00:02:23" / "1899-12-31 …"
// (a duration stored as a time of day on the spreadsheet epoch).
core::Result<int> parseDurationSeconds(QByteArrayView text, DurationUnit unit, bool decimalComma);

// Dates: ISO "2021-01-31" (and "2021/01/31", always year first when the first part has 4 digits);
// otherwise three numbers separated by '/', '-' or '.' read in `order` with a 4-digit or 2-digit year
// (2-digit → 2000–2099). A time part after a space or 'T' is ignored by parseDate.
core::Result<QDate> parseDate(QByteArrayView text, DateOrder order);

// Times of day: "9:12:58", "09:12", "9:12:58.250" (fraction dropped), "9:12 PM", "12:05:00 am", and the
// spreadsheet form "1900-01-01 09:12:58" (date part ignored).
core::Result<QTime> parseTimeOfDay(QByteArrayView text);

// A date with an optional time and an optional UTC offset: "2021-01-31T09:12:58Z",
// "2021-01-31 09:12:58+02:00", "2021-01-31 09:12:58 -0500", "2021-01-31 09:12:58 UTC", "1/31/2021 9:12 PM",
// "31-01-2021 09:12". Without a time, time is 00:00:00.
struct DateTimeParts {
    QDate date;
    QTime time;
    std::optional<int> utcOffsetSeconds; // set when the text carries an offset (Z or UTC → 0)
};
core::Result<DateTimeParts> parseDateTime(QByteArrayView text, DateOrder order);

// Which order the dates in a column are written in, from sample cells: a first part above 12 proves
// day-first, a second part above 12 proves month-first, a 4-digit first part is year-first. Returns
// nullopt when the samples are ambiguous (every part ≤ 12) or contradict each other; cells that are not
// dates are ignored.
std::optional<DateOrder> guessDateOrder(const QList<QByteArrayView> &samples);

} // namespace huddle::importers
