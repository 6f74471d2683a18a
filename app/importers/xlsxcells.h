#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

// Pure helpers of XlsxReader that turn SpreadsheetML cell values into the text a CSV export would show:
// A1 references, number-format classification and serial-date conversion. No I/O, so they are tested
// directly (tests/importers/tst_xlsxreader.cpp).
namespace huddle::importers::xlsx {

// A worksheet has at most 16,384 columns, A to XFD (ECMA-376 Part 1 §18.3.1.4, ST_CellRef, and Excel's
// limits), and at most 1,048,576 rows.
constexpr int MaxColumns = 16384;
constexpr qint64 MaxRows = 1048576;

// The 0-based column of an A1 reference ("C5" → 2, "XFD1" → 16383): its leading letters, any case. nullopt
// when it does not start with a letter, names a column beyond XFD, or the letters are followed by anything
// but digits.
std::optional<int> columnOfReference(QStringView reference);
// "A" for 0, "XFD" for 16383: for messages.
QString columnName(int column);

// How a number cell is shown, from its number format.
enum class NumberStyle : quint8 {
    Number,   // as the number itself
    Date,     // a date without a time of day
    DateTime, // a date with a time of day
    Time,     // a time of day or a duration, without a date
};

// The built-in formats of ECMA-376 Part 1 §18.8.30 (numFmt): 14–17 dates, 18–21 times, 22 date and time,
// 45–47 times and durations; every other id is a number unless the styles part defines it.
NumberStyle builtinNumberStyle(int numFmtId);
// Classifies a format code: d, y, h, s, m (and the elapsed-time tokens [h], [m], [s]) outside quoted
// literals, escaped characters and other bracketed sections make it a date/time format; "m" is minutes
// when the code also has hours or seconds and months otherwise, and "AM/PM" is not a month.
NumberStyle numberStyleOfFormatCode(QStringView formatCode);

// The two date systems of SpreadsheetML (ECMA-376 Part 1 §18.17.4.1): serial 1 is 1900-01-01, or serial 0
// is 1904-01-01 (workbookPr date1904).
enum class DateSystem : quint8 { Excel1900, Excel1904 };

// Appends `serial` as `style` shows it: "YYYY-MM-DD" (Date, whole days), "YYYY-MM-DD HH:MM:SS" (DateTime,
// or Date with a time of day), "H:MM:SS" (Time; the total hours, so durations of a day or more survive),
// rounded to the nearest second. Returns false, appending nothing, for Number and for values that have
// no date (negative, not finite, after 9999-12-31): the caller keeps the number.
//
// In the 1900 system Excel counts a 1900-02-29 that never existed (serial 60, kept for Lotus 1-2-3
// compatibility): serials 1–59 are 1899-12-31 + serial, 61 onwards 1899-12-30 + serial, and 60 appends
// "1900-02-29" as Excel shows it, so the value parsers refuse it as the invalid date it is rather than
// silently moving it to a neighbouring day. Serial 0 is 1899-12-31 (Excel's "1900-01-00"), the day the
// value parsers treat as the epoch of a duration stored as a time of day.
bool appendSerial(double serial, NumberStyle style, DateSystem system, QByteArray &out);

// Decodes the "_xHHHH_" escapes Excel writes for characters XML cannot carry, such as "_x000D_" for a
// carriage return and "_x005F_" for a literal underscore (ST_Xstring, ECMA-376 Part 1 §22.9.2.19).
// Returns `text` itself (shared, not copied) when it has none.
QString unescapeXstring(const QString &text);

// Appends `text` as UTF-8 (unpaired surrogates become U+FFFD) without a temporary array.
void appendUtf8(QStringView text, QByteArray &out);

} // namespace huddle::importers::xlsx
