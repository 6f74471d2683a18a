// Cell value parsers. They run for every cell of imports with millions of rows, so they scan the UTF-8
// bytes by hand through std::string_view and touch no QString, regular expression or QLocale until a cell
// fails and a message has to be written. Integer arithmetic is exact and bounded before it can overflow:
// a cell is user input, and "99999999999999999999" must be refused, not wrapped.
#include "values.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <charconv>
#include <climits>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace huddle::importers {

namespace {

using std::uint64_t;

// ---- Messages: marked for lupdate here, translated only when a cell fails.

constexpr const char *kContext = "huddle::importers::Values";

constexpr const char *kEmpty = QT_TRANSLATE_NOOP("huddle::importers::Values", "empty value");
constexpr const char *kTooLarge = QT_TRANSLATE_NOOP("huddle::importers::Values", "number too large");
constexpr const char *kExpectedInteger =
    QT_TRANSLATE_NOOP("huddle::importers::Values", "expected a whole number, e.g. 109");
constexpr const char *kExpectedNumber = QT_TRANSLATE_NOOP(
    "huddle::importers::Values", "expected a number such as 1.5 or -0.25 (no thousands separators)");
constexpr const char *kExpectedNumberComma =
    QT_TRANSLATE_NOOP("huddle::importers::Values",
                      "expected a number such as 1,5 or -0,25 (decimal comma, no thousands separators)");
constexpr const char *kExpectedPercent =
    QT_TRANSLATE_NOOP("huddle::importers::Values", "expected a percentage such as 94.01% or 94.01");
constexpr const char *kExpectedPercentComma =
    QT_TRANSLATE_NOOP("huddle::importers::Values", "expected a percentage such as 94,01% or 94,01");
constexpr const char *kExpectedMoney =
    QT_TRANSLATE_NOOP("huddle::importers::Values", "expected an amount such as 12.50, -3 or $12.50");
constexpr const char *kExpectedMoneyComma =
    QT_TRANSLATE_NOOP("huddle::importers::Values", "expected an amount such as 12,50, -3 or 12,50 €");
constexpr const char *kExpectedBool =
    QT_TRANSLATE_NOOP("huddle::importers::Values", "expected yes/no (Y/N, true/false, 1/0)");
constexpr const char *kExpectedDuration =
    QT_TRANSLATE_NOOP("huddle::importers::Values", "expected a duration such as 95, 1:35 or 0:01:35");
constexpr const char *kNegativeDuration =
    QT_TRANSLATE_NOOP("huddle::importers::Values", "duration is negative");
constexpr const char *kDurationTooLong = QT_TRANSLATE_NOOP("huddle::importers::Values", "duration too long");
constexpr const char *kExpectedDateYmd =
    QT_TRANSLATE_NOOP("huddle::importers::Values", "expected a date such as 2021-01-31 (year-month-day)");
constexpr const char *kExpectedDateMdy = QT_TRANSLATE_NOOP(
    "huddle::importers::Values", "expected a date such as 2021-01-31 or 1/31/2021 (month/day/year)");
constexpr const char *kExpectedDateDmy = QT_TRANSLATE_NOOP(
    "huddle::importers::Values", "expected a date such as 2021-01-31 or 31/01/2021 (day/month/year)");
constexpr const char *kNoYearZero =
    QT_TRANSLATE_NOOP("huddle::importers::Values", "%1 is not a date: there is no year 0");
constexpr const char *kNoSuchMonth =
    QT_TRANSLATE_NOOP("huddle::importers::Values", "%1 is not a date: there is no month %2");
constexpr const char *kNoDayZero =
    QT_TRANSLATE_NOOP("huddle::importers::Values", "%1 is not a date: there is no day 0");
constexpr const char *kMonthTooShort =
    QT_TRANSLATE_NOOP("huddle::importers::Values", "%1 is not a date: %2 %3 has %4 days");
constexpr const char *kExpectedTime = QT_TRANSLATE_NOOP(
    "huddle::importers::Values", "expected a time of day such as 9:12:58, 09:12 or 9:12 PM");
constexpr const char *kNotATime = QT_TRANSLATE_NOOP("huddle::importers::Values", "%1 is not a time of day");
constexpr const char *kExpectedDateTime =
    QT_TRANSLATE_NOOP("huddle::importers::Values",
                      "expected a date and time such as 2021-01-31 09:12:58 or 2021-01-31T09:12:58Z");
constexpr const char *kExpectedOffset = QT_TRANSLATE_NOOP(
    "huddle::importers::Values", "expected a UTC offset such as Z, +02:00 or -0500 after the time");

QString translatedMessage(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

core::Error fail(const char *message)
{
    return core::Error{translatedMessage(message), QString()};
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

const char *expectedDate(DateOrder order)
{
    switch (order) {
    case DateOrder::Mdy:
        return kExpectedDateMdy;
    case DateOrder::Dmy:
        return kExpectedDateDmy;
    case DateOrder::Ymd:
        break;
    }
    return kExpectedDateYmd;
}

// ---- Characters

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

constexpr char toLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

constexpr bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

// Spreadsheets pad cells with no-break spaces as often as with plain ones, and French number formats put a
// narrow no-break space before '%', so both UTF-8 forms count as spaces.
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
constexpr std::string_view kNarrowNoBreakSpace = "\xE2\x80\xAF";

// The lead bytes of the two wide spaces, checked first so that ordinary cells never reach a comparison.
constexpr bool mayStartWideSpace(char c)
{
    return c == '\xC2' || c == '\xE2';
}

size_t spaceLengthAtStart(std::string_view s)
{
    if (s.empty())
        return 0;
    if (isAsciiSpace(s.front()))
        return 1;
    if (!mayStartWideSpace(s.front()))
        return 0;
    for (const std::string_view wide : {kNoBreakSpace, kNarrowNoBreakSpace}) {
        if (s.starts_with(wide))
            return wide.size();
    }
    return 0;
}

// Both wide spaces end in a continuation byte (0x80–0xBF), which no ASCII cell ends with.
size_t spaceLengthAtEnd(std::string_view s)
{
    if (s.empty())
        return 0;
    if (isAsciiSpace(s.back()))
        return 1;
    if (static_cast<unsigned char>(s.back()) < 0x80)
        return 0;
    for (const std::string_view wide : {kNoBreakSpace, kNarrowNoBreakSpace}) {
        if (s.ends_with(wide))
            return wide.size();
    }
    return 0;
}

std::string_view trimmedEnd(std::string_view s)
{
    while (const size_t n = spaceLengthAtEnd(s))
        s.remove_suffix(n);
    return s;
}

std::string_view trimmed(QByteArrayView text)
{
    std::string_view s(text.data(), static_cast<size_t>(text.size()));
    while (const size_t n = spaceLengthAtStart(s))
        s.remove_prefix(n);
    return trimmedEnd(s);
}

constexpr uint64_t pow10(int exponent)
{
    uint64_t result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

// ---- Scanning

// A run of digits. `value` is exact unless `overflow`, which a caller must check before using it.
struct Digits {
    uint64_t value = 0;
    size_t count = 0;
    bool overflow = false;
};

// The digits after a decimal separator, as numerator / 10^kept. Only the first 17 are kept: enough for
// every rounding done here, and 120 × numerator (minutes → half seconds) still fits 64 bits.
struct Fraction {
    static constexpr int kMaxKept = 17;
    uint64_t numerator = 0;
    int kept = 0;
    size_t count = 0;

    uint64_t denominator() const { return pow10(kept); }
    // The first `n` digits as one number, zero-padded: firstDigits(3) of ".5" is 500.
    uint64_t firstDigits(int n) const
    {
        return kept >= n ? numerator / pow10(kept - n) : numerator * pow10(n - kept);
    }
};

class Scanner {
public:
    explicit Scanner(std::string_view text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos == m_text.size(); }
    size_t pos() const { return m_pos; }
    void rewind(size_t pos) { m_pos = pos; }
    std::string_view consumed() const { return m_text.substr(0, m_pos); }
    std::string_view consumedSince(size_t start) const { return m_text.substr(start, m_pos - start); }
    bool nextIsDigit() const { return !atEnd() && isDigit(m_text[m_pos]); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; } // '\0' at the end: never a separator

    bool take(char c)
    {
        if (atEnd() || m_text[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }

    bool takeBytes(std::string_view bytes)
    {
        if (!m_text.substr(m_pos).starts_with(bytes))
            return false;
        m_pos += bytes.size();
        return true;
    }

    // `lowerWord` in any case: "PM", "pm", "Pm".
    bool takeWordIgnoringCase(std::string_view lowerWord)
    {
        if (m_text.size() - m_pos < lowerWord.size())
            return false;
        for (size_t i = 0; i < lowerWord.size(); ++i) {
            if (toLower(m_text[m_pos + i]) != lowerWord[i])
                return false;
        }
        m_pos += lowerWord.size();
        return true;
    }

    size_t skipSpaces()
    {
        const size_t start = m_pos;
        while (const size_t n = spaceLengthAtStart(m_text.substr(m_pos)))
            m_pos += n;
        return m_pos - start;
    }

    Digits takeDigits()
    {
        Digits digits;
        for (; nextIsDigit(); ++m_pos, ++digits.count) {
            const unsigned digit = static_cast<unsigned>(m_text[m_pos] - '0');
            if (digits.overflow || digits.value > (UINT64_MAX - digit) / 10)
                digits.overflow = true;
            else
                digits.value = digits.value * 10 + digit;
        }
        return digits;
    }

    Fraction takeFraction()
    {
        Fraction fraction;
        for (; nextIsDigit(); ++m_pos, ++fraction.count) {
            if (fraction.kept < Fraction::kMaxKept) {
                fraction.numerator = fraction.numerator * 10 + static_cast<unsigned>(m_text[m_pos] - '0');
                ++fraction.kept;
            }
        }
        return fraction;
    }

private:
    std::string_view m_text;
    size_t m_pos = 0;
};

bool takeSign(Scanner &in, bool &negative)
{
    if (in.take('-')) {
        negative = true;
        return true;
    }
    return in.take('+');
}

// ---- Decimal numbers

// Checks the shape of a decimal number — strtod's, minus what Huddle refuses: inf, nan, hex and the other
// decimal separator (a thousands separator in disguise) — and estimates its decimal exponent, the power of
// ten of its leading digit, so that an out-of-range conversion can be told apart as huge or tiny.
struct NumberShape {
    bool valid = false;
    qint64 magnitude = 0;
};

NumberShape numberShape(std::string_view s, char separator)
{
    Scanner in(s);
    bool negative = false;
    takeSign(in, negative);
    const size_t wholeStart = in.pos();
    const Digits whole = in.takeDigits();
    const std::string_view wholeText = in.consumedSince(wholeStart);
    const size_t leadingZeros = std::min(wholeText.find_first_not_of('0'), wholeText.size());
    qint64 magnitude = static_cast<qint64>(wholeText.size() - leadingZeros) - 1;
    size_t digitCount = whole.count;
    if (in.take(separator)) {
        const size_t fractionStart = in.pos();
        digitCount += in.takeFraction().count;
        const std::string_view fractionText = in.consumedSince(fractionStart);
        if (leadingZeros == wholeText.size())
            magnitude =
                -static_cast<qint64>(std::min(fractionText.find_first_not_of('0'), fractionText.size())) - 1;
    }
    if (digitCount == 0)
        return {};
    if (in.take('e') || in.take('E')) {
        bool negativeExponent = false;
        takeSign(in, negativeExponent);
        const Digits exponent = in.takeDigits();
        if (exponent.count == 0)
            return {};
        // Saturated: past a billion the only question left is which side of the range the number falls.
        const qint64 capped =
            exponent.overflow ? 1'000'000'000 : std::min<qint64>(exponent.value, 1'000'000'000);
        magnitude += negativeExponent ? -capped : capped;
    }
    if (!in.atEnd())
        return {};
    return {true, magnitude};
}

// std::from_chars reads only '.', so a decimal-comma number is copied with the separator swapped: on the
// stack for any sane cell, on the heap only for absurdly long ones.
std::from_chars_result fromCharsWithComma(std::string_view s, double &value)
{
    std::array<char, 64> buffer;
    std::string heap;
    char *copy = buffer.data();
    if (s.size() > buffer.size()) {
        heap.resize(s.size());
        copy = heap.data();
    }
    for (size_t i = 0; i < s.size(); ++i)
        copy[i] = s[i] == ',' ? '.' : s[i];
    std::from_chars_result result = std::from_chars(copy, copy + s.size(), value);
    result.ptr = s.data() + (result.ptr - copy);
    return result;
}

core::Result<double> numberIn(std::string_view s, bool decimalComma, const char *expected)
{
    const NumberShape shape = numberShape(s, decimalComma ? ',' : '.');
    if (!shape.valid)
        return fail(expected);
    if (s.front() == '+') // from_chars takes no plus sign
        s.remove_prefix(1);
    double value = 0;
    const std::from_chars_result result =
        decimalComma ? fromCharsWithComma(s, value) : std::from_chars(s.data(), s.data() + s.size(), value);
    if (result.ec == std::errc::result_out_of_range) {
        if (shape.magnitude >= 0)
            return fail(kTooLarge);
        return 0.0; // smaller than the smallest double: zero for every purpose here
    }
    if (result.ec != std::errc() || result.ptr != s.data() + s.size())
        return fail(expected);
    if (value == 0) // no "-0" in reports
        value = 0;
    return value;
}

// ---- Money and flags

// "$", "€" and "£" in UTF-8: the symbols sales exports put before an amount (or, in euro locales, after).
bool takeCurrency(Scanner &in)
{
    return in.take('$') || in.takeBytes("\xE2\x82\xAC") || in.takeBytes("\xC2\xA3");
}

constexpr uint64_t kMaxCents = 1'000'000'000'000'000;

std::optional<bool> flagWord(std::string_view s)
{
    for (const std::string_view word : {"y", "yes", "true", "t"}) {
        Scanner in(s);
        if (in.takeWordIgnoringCase(word) && in.atEnd())
            return true;
    }
    for (const std::string_view word : {"n", "no", "false", "f"}) {
        Scanner in(s);
        if (in.takeWordIgnoringCase(word) && in.atEnd())
            return false;
    }
    return std::nullopt;
}

// "1" and "0", also as "1.0"/"0.0": flags that went through a spreadsheet's number format.
std::optional<bool> flagNumber(std::string_view s)
{
    Scanner in(s);
    const bool one = in.take('1');
    if (!one && !in.take('0'))
        return std::nullopt;
    if (in.take('.')) {
        const Fraction zeros = in.takeFraction();
        if (zeros.count == 0 || zeros.numerator != 0)
            return std::nullopt;
    }
    return in.atEnd() ? std::optional<bool>(one) : std::nullopt;
}

// ---- Clock times

struct Clock {
    unsigned hour = 0;
    unsigned minute = 0;
    unsigned second = 0;
    bool fractionRoundsUp = false; // the seconds carried a fraction of half or more
};

// One or two digits: "9" or "09" (exports rarely, but sometimes, leave minutes and seconds unpadded).
std::optional<unsigned> takeClockPart(Scanner &in)
{
    const Digits digits = in.takeDigits();
    if (digits.count < 1 || digits.count > 2)
        return std::nullopt;
    return static_cast<unsigned>(digits.value);
}

// "H:MM", "H:MM:SS", "H:MM:SS.fff" (or ",fff", as ISO 8601 allows). Ranges are the caller's to check.
std::optional<Clock> takeClock(Scanner &in)
{
    const std::optional<unsigned> hour = takeClockPart(in);
    if (!hour || !in.take(':'))
        return std::nullopt;
    const std::optional<unsigned> minute = takeClockPart(in);
    if (!minute)
        return std::nullopt;
    Clock clock{*hour, *minute, 0, false};
    if (!in.take(':'))
        return clock;
    const std::optional<unsigned> second = takeClockPart(in);
    if (!second)
        return std::nullopt;
    clock.second = *second;
    if (in.take('.') || in.take(',')) {
        const Fraction fraction = in.takeFraction();
        if (fraction.count == 0)
            return std::nullopt;
        clock.fractionRoundsUp = fraction.firstDigits(1) >= 5;
    }
    return clock;
}

enum class Meridiem { None, Am, Pm };

// An optional AM/PM after a time, with or without a space before it.
Meridiem takeMeridiem(Scanner &in)
{
    const size_t start = in.pos();
    in.skipSpaces();
    if (in.takeWordIgnoringCase("am"))
        return Meridiem::Am;
    if (in.takeWordIgnoringCase("pm"))
        return Meridiem::Pm;
    in.rewind(start);
    return Meridiem::None;
}

// 12 AM is midnight and 12 PM noon; "0:30 AM" and "13:00 PM" are not 12-hour times.
std::optional<unsigned> hourOfDay(unsigned hour, Meridiem meridiem)
{
    if (meridiem == Meridiem::None)
        return hour <= 23 ? std::optional<unsigned>(hour) : std::nullopt;
    if (hour < 1 || hour > 12)
        return std::nullopt;
    return hour % 12 + (meridiem == Meridiem::Pm ? 12 : 0);
}

// A clock time with an optional AM/PM, checked against the 24-hour day; the seconds' fraction is dropped.
core::Result<QTime> takeTimeOfDay(Scanner &in, const char *expected)
{
    const size_t start = in.pos();
    const std::optional<Clock> clock = takeClock(in);
    if (!clock)
        return fail(expected);
    const std::optional<unsigned> hour = hourOfDay(clock->hour, takeMeridiem(in));
    if (!hour || clock->minute > 59 || clock->second > 59)
        return core::Error{translatedMessage(kNotATime).arg(fromUtf8(in.consumedSince(start))), QString()};
    return QTime(static_cast<int>(*hour), static_cast<int>(clock->minute), static_cast<int>(clock->second));
}

// Between a date and its time: 'T' (ISO 8601) or spaces.
bool takeDateTimeSeparator(Scanner &in)
{
    return in.take('T') || in.take('t') || in.skipSpaces() > 0;
}

// "Z", "UTC", "GMT" (also followed by an offset, as in "UTC+02:00"), "+02:00", "+0200", "-05". Real
// offsets lie within ±14:00; anything beyond is a misread field, not a time zone.
std::optional<int> takeUtcOffset(Scanner &in)
{
    if (in.take('Z') || in.take('z'))
        return 0;
    const bool named = in.takeWordIgnoringCase("utc") || in.takeWordIgnoringCase("gmt");
    if (named && in.atEnd())
        return 0;
    bool negative = false;
    if (!takeSign(in, negative))
        return std::nullopt;
    const Digits digits = in.takeDigits();
    uint64_t hours = digits.value;
    uint64_t minutes = 0;
    if (digits.count == 4) {
        hours = digits.value / 100;
        minutes = digits.value % 100;
    } else if (digits.count == 1 || digits.count == 2) {
        if (in.take(':')) {
            const Digits minuteDigits = in.takeDigits();
            if (minuteDigits.count != 2)
                return std::nullopt;
            minutes = minuteDigits.value;
        }
    } else {
        return std::nullopt;
    }
    const uint64_t seconds = hours * 3600 + minutes * 60;
    if (minutes > 59 || seconds > 14 * 3600)
        return std::nullopt;
    return negative ? -static_cast<int>(seconds) : static_cast<int>(seconds);
}

// ---- Dates

// Three numbers with one separator repeated between them: "2021-01-31", "1/31/2021", "31.01.21".
struct DateFields {
    std::array<unsigned, 3> value{};
    std::array<size_t, 3> digits{};
};

std::optional<DateFields> takeDateFields(Scanner &in)
{
    DateFields fields;
    char separator = 0;
    for (size_t i = 0; i < 3; ++i) {
        if (i == 1) {
            separator = in.peek();
            if ((separator != '-' && separator != '/' && separator != '.') || !in.take(separator))
                return std::nullopt;
        } else if (i == 2 && !in.take(separator)) {
            return std::nullopt;
        }
        const Digits digits = in.takeDigits();
        if (digits.count < 1 || digits.count > 4)
            return std::nullopt;
        fields.value[i] = static_cast<unsigned>(digits.value);
        fields.digits[i] = digits.count;
    }
    return fields;
}

// What may follow a date that parseDate reads on its own: nothing, or a time after 'T' or spaces.
bool restIsTimeOrNothing(Scanner in)
{
    return in.atEnd() || (takeDateTimeSeparator(in) && in.nextIsDigit());
}

// Starts like "2021-": a year-first date, the only form spreadsheet epochs are written in.
bool startsWithYear(std::string_view s)
{
    return s.size() > 4 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3]) && s[4] == '-';
}

struct CalendarFields {
    unsigned year = 0;
    unsigned month = 0;
    unsigned day = 0;
};

// Which field is which: a 4-digit first field is always the year (ISO); otherwise `order` decides. The
// year has 4 digits or 2 (→ 20yy), month and day 1 or 2.
std::optional<CalendarFields> assignFields(const DateFields &fields, DateOrder order)
{
    if (fields.digits[0] == 4)
        order = DateOrder::Ymd;
    const auto [year, month, day] = order == DateOrder::Ymd   ? std::array<size_t, 3>{0, 1, 2}
                                    : order == DateOrder::Mdy ? std::array<size_t, 3>{2, 0, 1}
                                                              : std::array<size_t, 3>{2, 1, 0};
    if ((fields.digits[year] != 2 && fields.digits[year] != 4) || fields.digits[month] > 2 ||
        fields.digits[day] > 2)
        return std::nullopt;
    const unsigned yearValue = fields.value[year] + (fields.digits[year] == 2 ? 2000 : 0);
    return CalendarFields{yearValue, fields.value[month], fields.value[day]};
}

unsigned daysInMonth(unsigned year, unsigned month)
{
    static constexpr std::array<unsigned, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

// The date, or why `written` names no day of the calendar ("31/02/2021 is not a date: February 2021 has
// 28 days").
core::Result<QDate> calendarDate(const CalendarFields &f, std::string_view written)
{
    if (f.month < 1 || f.month > 12)
        return core::Error{translatedMessage(kNoSuchMonth).arg(fromUtf8(written)).arg(f.month), QString()};
    if (f.year == 0) // Qt's proleptic Gregorian calendar, like the user's, goes from 1 BC to AD 1
        return core::Error{translatedMessage(kNoYearZero).arg(fromUtf8(written)), QString()};
    if (f.day == 0)
        return core::Error{translatedMessage(kNoDayZero).arg(fromUtf8(written)), QString()};
    const unsigned length = daysInMonth(f.year, f.month);
    if (f.day > length) {
        const QString month = QLocale().standaloneMonthName(static_cast<int>(f.month));
        return core::Error{
            translatedMessage(kMonthTooShort).arg(fromUtf8(written), month).arg(f.year).arg(length),
            QString()};
    }
    return QDate(static_cast<int>(f.year), static_cast<int>(f.month), static_cast<int>(f.day));
}

core::Result<QDate> takeDate(Scanner &in, DateOrder order)
{
    const std::optional<DateFields> fields = takeDateFields(in);
    if (!fields)
        return fail(expectedDate(order));
    const std::optional<CalendarFields> calendar = assignFields(*fields, order);
    if (!calendar)
        return fail(expectedDate(order));
    return calendarDate(*calendar, in.consumed());
}

// ---- Durations

constexpr uint64_t kMaxSeconds = INT_MAX;

core::Result<int> secondsResult(uint64_t seconds)
{
    if (seconds > kMaxSeconds)
        return fail(kDurationTooLong);
    return static_cast<int>(seconds);
}

// Spreadsheets store a duration as a time of day on their epoch, and exporters print it as such. Pandas
// and openpyxl write a 2:23 call as "1900-01-01 00:02:23", LibreOffice as "1899-12-30 …", some tools as
// "1899-12-31 …": all three are day 0. Durations of a day or more run on from 1900-01-01 (day 1 is
// 1900-01-02), so only 1900 dates and the two epoch days are durations; any other date is a timestamp.
std::optional<int> spreadsheetDay(const CalendarFields &f)
{
    if (f.year == 1899 && f.month == 12 && (f.day == 30 || f.day == 31))
        return 0;
    if (f.year != 1900 || f.month < 1 || f.month > 12 || f.day < 1 || f.day > daysInMonth(f.year, f.month))
        return std::nullopt;
    const QDate date(static_cast<int>(f.year), static_cast<int>(f.month), static_cast<int>(f.day));
    return static_cast<int>(QDate(1900, 1, 1).daysTo(date));
}

core::Result<int> spreadsheetDuration(std::string_view s)
{
    Scanner in(s);
    const std::optional<DateFields> fields = takeDateFields(in);
    if (!fields || !takeDateTimeSeparator(in))
        return fail(kExpectedDuration);
    const std::optional<CalendarFields> calendar = assignFields(*fields, DateOrder::Ymd);
    const std::optional<int> day = calendar ? spreadsheetDay(*calendar) : std::nullopt;
    const std::optional<Clock> clock = takeClock(in);
    if (!day || !clock || !in.atEnd() || clock->hour > 23 || clock->minute > 59 || clock->second > 59)
        return fail(kExpectedDuration);
    return secondsResult(static_cast<uint64_t>(*day) * 86400 + clock->hour * 3600 + clock->minute * 60 +
                         clock->second + (clock->fractionRoundsUp ? 1 : 0));
}

// "M:SS" or "H:MM:SS", the last part optionally with a fraction. Only the leading part may exceed 59:
// exports print a 95-minute call as "95:00" as often as "1:35:00", and agent states run past 24 hours.
core::Result<int> clockDuration(std::string_view s)
{
    Scanner in(s);
    const Digits lead = in.takeDigits();
    std::array<unsigned, 2> parts{};
    size_t partCount = 0;
    while (partCount < parts.size() && in.take(':')) {
        const std::optional<unsigned> part = takeClockPart(in);
        if (!part || *part > 59)
            return fail(kExpectedDuration);
        parts[partCount++] = *part;
    }
    bool roundUp = false;
    if (partCount > 0 && (in.take('.') || in.take(','))) {
        const Fraction fraction = in.takeFraction();
        if (fraction.count == 0)
            return fail(kExpectedDuration);
        roundUp = fraction.firstDigits(1) >= 5;
    }
    if (lead.count == 0 || partCount == 0 || !in.atEnd())
        return fail(kExpectedDuration);
    if (lead.overflow || lead.value > kMaxSeconds) // bounded, so the products below fit 64 bits
        return fail(kDurationTooLong);
    const uint64_t seconds =
        partCount == 1 ? lead.value * 60 + parts[0] : lead.value * 3600 + parts[0] * 60 + parts[1];
    return secondsResult(seconds + (roundUp ? 1 : 0));
}

// A plain number in `unit`, converted with integer arithmetic so that rounding is exact: 143.5 s → 144,
// 1500 ms → 2, 1.01 min (60.6 s) → 61.
core::Result<int> numericDuration(std::string_view s, DurationUnit unit, bool decimalComma)
{
    Scanner in(s);
    const Digits whole = in.takeDigits();
    Fraction fraction;
    if (in.take(decimalComma ? ',' : '.'))
        fraction = in.takeFraction();
    if (whole.count + fraction.count == 0 || !in.atEnd())
        return fail(kExpectedDuration);
    // Bounded (the largest millisecond count that still rounds to INT_MAX seconds) so scaling fits 64 bits.
    if (whole.overflow || whole.value > kMaxSeconds * 1000 + 499)
        return fail(kDurationTooLong);
    switch (unit) {
    case DurationUnit::Seconds:
        return secondsResult(whole.value + (fraction.firstDigits(1) >= 5 ? 1 : 0));
    case DurationUnit::Milliseconds:
        // Half a second is 500 ms exactly, so a fraction of a millisecond never decides the rounding.
        return secondsResult((whole.value + 500) / 1000);
    case DurationUnit::Minutes: {
        // fraction × 60 seconds, rounded half up: ⌊(120·n + d) / 2d⌋ for the fraction n/d.
        const uint64_t denominator = fraction.denominator();
        const uint64_t fractionSeconds = (120 * fraction.numerator + denominator) / (2 * denominator);
        return secondsResult(whole.value * 60 + fractionSeconds);
    }
    }
    return fail(kExpectedDuration);
}

core::Result<int> durationMagnitude(std::string_view s, DurationUnit unit, bool decimalComma)
{
    if (startsWithYear(s))
        return spreadsheetDuration(s);
    if (s.find(':') != std::string_view::npos)
        return clockDuration(s);
    return numericDuration(s, unit, decimalComma);
}

// ---- Guessing the date order

enum class DateEvidence { NotADate, YearFirst, DayFirst, MonthFirst, Ambiguous };

DateEvidence evidenceOf(QByteArrayView sample)
{
    Scanner in(trimmed(sample));
    const std::optional<DateFields> fields = takeDateFields(in);
    if (!fields || !restIsTimeOrNothing(in))
        return DateEvidence::NotADate;
    const auto &[value, digits] = *fields;
    if (digits[0] == 4)
        return digits[1] <= 2 && digits[2] <= 2 ? DateEvidence::YearFirst : DateEvidence::NotADate;
    if (digits[0] > 2 || digits[1] > 2 || (digits[2] != 2 && digits[2] != 4))
        return DateEvidence::NotADate;
    if (value[0] == 0 || value[1] == 0 || value[0] > 31 || value[1] > 31 || (value[0] > 12 && value[1] > 12))
        return DateEvidence::NotADate;
    if (value[0] > 12)
        return DateEvidence::DayFirst;
    if (value[1] > 12)
        return DateEvidence::MonthFirst;
    return DateEvidence::Ambiguous;
}

} // namespace

core::Result<qint64> parseInteger(QByteArrayView text)
{
    const std::string_view s = trimmed(text);
    if (s.empty())
        return fail(kEmpty);
    Scanner in(s);
    bool negative = false;
    takeSign(in, negative);
    const Digits whole = in.takeDigits();
    if (whole.count == 0)
        return fail(kExpectedInteger);
    // Spreadsheets turn whole numbers into "109.0"; any other fraction is not a count.
    if (in.take('.')) {
        const Fraction fraction = in.takeFraction();
        if (fraction.count == 0 || fraction.numerator != 0)
            return fail(kExpectedInteger);
    }
    if (!in.atEnd())
        return fail(kExpectedInteger);
    const uint64_t limit = negative ? uint64_t(1) << 63 : (uint64_t(1) << 63) - 1;
    if (whole.overflow || whole.value > limit)
        return fail(kTooLarge);
    // Negated as unsigned: -2^63 has no positive counterpart in qint64. The conversion is modular (C++20).
    return static_cast<qint64>(negative ? 0 - whole.value : whole.value);
}

core::Result<double> parseNumber(QByteArrayView text, bool decimalComma)
{
    const std::string_view s = trimmed(text);
    if (s.empty())
        return fail(kEmpty);
    return numberIn(s, decimalComma, decimalComma ? kExpectedNumberComma : kExpectedNumber);
}

core::Result<double> parsePercent(QByteArrayView text, bool decimalComma)
{
    std::string_view s = trimmed(text);
    if (s.empty())
        return fail(kEmpty);
    if (s.ends_with('%'))
        s = trimmedEnd(s.substr(0, s.size() - 1));
    return numberIn(s, decimalComma, decimalComma ? kExpectedPercentComma : kExpectedPercent);
}

core::Result<qint64> parseMoneyCents(QByteArrayView text, bool decimalComma)
{
    const std::string_view s = trimmed(text);
    if (s.empty())
        return fail(kEmpty);
    const char *expected = decimalComma ? kExpectedMoneyComma : kExpectedMoney;
    Scanner in(s);
    // Sign and symbol come in either order ("-$12.50", "$-12.50"); the symbol may also trail ("12,50 €").
    bool negative = false;
    bool symbol = false;
    if (takeSign(in, negative)) {
        symbol = takeCurrency(in);
    } else if (takeCurrency(in)) {
        symbol = true;
        in.skipSpaces();
        takeSign(in, negative);
    }
    const Digits whole = in.takeDigits();
    Fraction fraction;
    if (in.take(decimalComma ? ',' : '.'))
        fraction = in.takeFraction();
    if (whole.count + fraction.count == 0)
        return fail(expected);
    if (!symbol) {
        in.skipSpaces();
        takeCurrency(in);
    }
    if (!in.atEnd())
        return fail(expected);
    if (whole.overflow || whole.value > kMaxCents / 100)
        return fail(kTooLarge);
    // Rounded half away from zero on the magnitude: the third decimal decides, later ones cannot.
    const uint64_t thousandths = fraction.firstDigits(3);
    const uint64_t cents = whole.value * 100 + thousandths / 10 + (thousandths % 10 >= 5 ? 1 : 0);
    if (cents > kMaxCents)
        return fail(kTooLarge);
    return negative ? -static_cast<qint64>(cents) : static_cast<qint64>(cents);
}

core::Result<bool> parseBool(QByteArrayView text)
{
    const std::string_view s = trimmed(text);
    if (s.empty())
        return fail(kEmpty);
    if (const std::optional<bool> word = flagWord(s))
        return *word;
    if (const std::optional<bool> number = flagNumber(s))
        return *number;
    return fail(kExpectedBool);
}

core::Result<int> parseDurationSeconds(QByteArrayView text, DurationUnit unit, bool decimalComma)
{
    std::string_view s = trimmed(text);
    if (s.empty())
        return fail(kEmpty);
    // The magnitude is parsed first so that "-abc" is called malformed rather than negative; "-0" is zero.
    const bool negative = s.front() == '-';
    if (negative)
        s.remove_prefix(1);
    core::Result<int> seconds = durationMagnitude(s, unit, decimalComma);
    if (negative && seconds.ok() && seconds.value() > 0)
        return fail(kNegativeDuration);
    return seconds;
}

core::Result<QDate> parseDate(QByteArrayView text, DateOrder order)
{
    const std::string_view s = trimmed(text);
    if (s.empty())
        return fail(kEmpty);
    Scanner in(s);
    core::Result<QDate> date = takeDate(in, order);
    if (date.ok() && !restIsTimeOrNothing(in))
        return fail(expectedDate(order));
    return date;
}

core::Result<QTime> parseTimeOfDay(QByteArrayView text)
{
    const std::string_view s = trimmed(text);
    if (s.empty())
        return fail(kEmpty);
    Scanner in(s);
    // Spreadsheets store a time of day as a date-time on their epoch day: the date says nothing.
    if (startsWithYear(s) && !(takeDateFields(in) && takeDateTimeSeparator(in)))
        return fail(kExpectedTime);
    core::Result<QTime> time = takeTimeOfDay(in, kExpectedTime);
    if (time.ok() && !in.atEnd())
        return fail(kExpectedTime);
    return time;
}

core::Result<DateTimeParts> parseDateTime(QByteArrayView text, DateOrder order)
{
    const std::string_view s = trimmed(text);
    if (s.empty())
        return fail(kEmpty);
    Scanner in(s);
    const core::Result<QDate> date = takeDate(in, order);
    if (!date.ok())
        return date.error();
    DateTimeParts parts{date.value(), QTime(0, 0), std::nullopt};
    if (in.atEnd())
        return parts;
    if (!takeDateTimeSeparator(in))
        return fail(kExpectedDateTime);
    const core::Result<QTime> time = takeTimeOfDay(in, kExpectedDateTime);
    if (!time.ok())
        return time.error();
    parts.time = time.value();
    if (in.atEnd())
        return parts;
    in.skipSpaces();
    parts.utcOffsetSeconds = takeUtcOffset(in);
    if (!parts.utcOffsetSeconds || !in.atEnd())
        return fail(kExpectedOffset);
    return parts;
}

// Day-first and month-first proofs decide; both at once contradict. Year-first dates are read the same in
// every order, so they only decide a column that has nothing else: "2021-01-31" beside "31/01/2021" is a
// day-first column, beside "01/02/2021" an undecided one.
std::optional<DateOrder> guessDateOrder(const QList<QByteArrayView> &samples)
{
    bool yearFirst = false;
    bool dayFirst = false;
    bool monthFirst = false;
    bool ambiguous = false;
    for (const QByteArrayView sample : samples) {
        switch (evidenceOf(sample)) {
        case DateEvidence::YearFirst:
            yearFirst = true;
            break;
        case DateEvidence::DayFirst:
            dayFirst = true;
            break;
        case DateEvidence::MonthFirst:
            monthFirst = true;
            break;
        case DateEvidence::Ambiguous:
            ambiguous = true;
            break;
        case DateEvidence::NotADate:
            break;
        }
    }
    if (dayFirst != monthFirst)
        return dayFirst ? DateOrder::Dmy : DateOrder::Mdy;
    if (dayFirst || ambiguous || !yearFirst)
        return std::nullopt;
    return DateOrder::Ymd;
}

} // namespace huddle::importers
