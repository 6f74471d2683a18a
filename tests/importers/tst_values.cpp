// Unit tests of the cell value parsers (app/importers/values.h). Every expected value is worked out by hand
// in the row or its comment; failure rows check the message names what went wrong, since users see it.
#include "importers/values.h"
#include "support/testmain.h"

#include <QtTest>

#include <climits>
#include <cmath>
#include <limits>

using namespace huddle;
using namespace huddle::importers;

namespace {

// Data tables carry enums as ints: QTest columns need a metatype, and an int reads fine in a row.
DateOrder orderOf(int order)
{
    return static_cast<DateOrder>(order);
}
constexpr int Ymd = static_cast<int>(DateOrder::Ymd);
constexpr int Mdy = static_cast<int>(DateOrder::Mdy);
constexpr int Dmy = static_cast<int>(DateOrder::Dmy);
constexpr int Seconds = static_cast<int>(DurationUnit::Seconds);
constexpr int Millis = static_cast<int>(DurationUnit::Milliseconds);
constexpr int Minutes = static_cast<int>(DurationUnit::Minutes);

// Checks that a result is an error whose message holds `word`, with no location (the caller adds that).
template <typename T> void verifyFailure(const core::Result<T> &result, const QString &word)
{
    QVERIFY2(!result.ok(), "accepted a value that should be refused");
    QVERIFY2(result.error().message.contains(word, Qt::CaseInsensitive),
             qPrintable(QStringLiteral("message \"%1\" lacks \"%2\"").arg(result.error().message, word)));
    QVERIFY(result.error().location.isEmpty());
}

// Checks a result against a data row: `expected` when `ok`, otherwise an error whose message holds `word`.
template <typename T>
void verifyResult(const core::Result<T> &result, bool ok, const T &expected, const QString &word)
{
    if (!ok) {
        verifyFailure(result, word);
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value(), expected);
}

} // namespace

class TestValues : public QObject {
    Q_OBJECT

private slots:
    void integer_data();
    void integer();
    void number_data();
    void number();
    void percent_data();
    void percent();
    void money_data();
    void money();
    void boolean_data();
    void boolean();
    void duration_data();
    void duration();
    void date_data();
    void date();
    void timeOfDay_data();
    void timeOfDay();
    void dateTime_data();
    void dateTime();
    void guessDateOrder_data();
    void guessDateOrder();
    void cellViewsAreNotCopied();
};

void TestValues::integer_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<QString>("word");
    const auto good = [](const char *tag, const QByteArray &in, qint64 value) {
        QTest::newRow(tag) << in << true << value << QString();
    };
    const auto bad = [](const char *tag, const QByteArray &in, const char *word) {
        QTest::newRow(tag) << in << false << qint64(0) << QString::fromUtf8(word);
    };
    good("plain", "109", 109);
    good("spreadsheet .0", "109.0", 109);
    good("spreadsheet .00", "109.00", 109);
    good("negative", "-3", -3);
    good("plus", "+4", 4);
    good("zero", "0", 0);
    good("minus zero", "-0", 0);
    good("leading zeros", "007", 7);
    good("spaces", "  42  ", 42);
    good("tab and CR", "\t7\r", 7);
    good("no-break spaces",
         "\xC2\xA0"
         "12\xC2\xA0",
         12);
    good("max", "9223372036854775807", std::numeric_limits<qint64>::max());
    good("min", "-9223372036854775808", std::numeric_limits<qint64>::min());
    good("many leading zeros", "0000000000000000000000000001", 1);
    bad("empty", "", "empty value");
    bad("only spaces", "   ", "empty value");
    bad("fraction", "109.5", "expected a whole number");
    bad("small fraction", "109.01", "whole number");
    bad("dot without digits", "109.", "whole number");
    bad("dot first", ".0", "whole number");
    bad("exponent", "1e3", "whole number");
    bad("word", "abc", "whole number");
    bad("thousands comma", "1,000", "whole number");
    bad("thousands space", "1 000", "whole number");
    bad("sign only", "-", "whole number");
    bad("two signs", "+-3", "whole number");
    bad("hex", "0x10", "whole number");
    bad("max + 1", "9223372036854775808", "too large");
    bad("min - 1", "-9223372036854775809", "too large");
    bad("twenty digits", "99999999999999999999", "too large");
}

void TestValues::integer()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    QFETCH(QString, word);
    verifyResult(parseInteger(input), ok, expected, word);
}

void TestValues::number_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("expected");
    QTest::addColumn<QString>("word");
    const auto good = [](const char *tag, const QByteArray &in, bool comma, double value) {
        QTest::newRow(tag) << in << comma << true << value << QString();
    };
    const auto bad = [](const char *tag, const QByteArray &in, bool comma, const char *word) {
        QTest::newRow(tag) << in << comma << false << 0.0 << QString::fromUtf8(word);
    };
    good("decimal", "1.5", false, 1.5);
    good("negative", "-0.25", false, -0.25);
    good("exponent", "1e3", false, 1000.0);
    good("negative exponent", "1E-2", false, 0.01);
    good("plus", "+2", false, 2.0);
    good("no leading digit", ".5", false, 0.5);
    good("no fraction digits", "5.", false, 5.0);
    good("integer", "109", false, 109.0);
    good("spaces", " 3.25 ", false, 3.25);
    good("comma", "1,5", true, 1.5);
    good("comma negative", "-0,25", true, -0.25);
    good("comma exponent", "1,5e2", true, 150.0);
    good("comma integer", "42", true, 42.0);
    good("long comma number", "0,000000000000000000000000000000000000000000000000000000000000000000000125",
         true, 1.25e-70);
    good("underflow is zero", "1e-400", false, 0.0);
    good("big but finite", "1e300", false, 1e300);
    good("exponent leading zeros", "1e000000000000000000000000002", false, 100.0);
    bad("empty", "", false, "empty value");
    bad("comma without decimalComma", "1,5", false, "1.5");
    bad("dot with decimalComma", "1.5", true, "1,5");
    bad("thousands separator", "1,000.5", false, "no thousands separators");
    bad("thousands dot", "1.000,5", true, "no thousands separators");
    bad("inf", "inf", false, "expected a number");
    bad("infinity", "-infinity", false, "expected a number");
    bad("nan", "nan", false, "expected a number");
    bad("hex float", "0x1p3", false, "expected a number");
    bad("bare exponent", "1e", false, "expected a number");
    bad("exponent sign only", "1e+", false, "expected a number");
    bad("no mantissa", "e3", false, "expected a number");
    bad("two dots", "1.2.3", false, "expected a number");
    bad("two signs", "--1", false, "expected a number");
    bad("inner space", "1 5", false, "expected a number");
    bad("dot only", ".", false, "expected a number");
    bad("overflow", "1e400", false, "too large");
    bad("negative overflow", "-1e400", false, "too large");
    bad("huge exponent", "1e99999999999999999999", false, "too large");
}

void TestValues::number()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, decimalComma);
    QFETCH(bool, ok);
    QFETCH(double, expected);
    QFETCH(QString, word);
    const core::Result<double> result = parseNumber(input, decimalComma);
    verifyResult(result, ok, expected, word);
    if (ok && expected == 0.0) // QCOMPARE treats -0 as 0; reports must not show "-0"
        QVERIFY(!std::signbit(result.value()));
}

void TestValues::percent_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("expected");
    QTest::addColumn<QString>("word");
    const auto good = [](const char *tag, const QByteArray &in, bool comma, double value) {
        QTest::newRow(tag) << in << comma << true << value << QString();
    };
    const auto bad = [](const char *tag, const QByteArray &in, bool comma, const char *word) {
        QTest::newRow(tag) << in << comma << false << 0.0 << QString::fromUtf8(word);
    };
    good("sign", "94.01%", false, 94.01);
    good("space before sign", "94.01 %", false, 94.01);
    good("no sign", "94.01", false, 94.01);
    good("comma", "94,01%", true, 94.01);
    good("comma, no-break space", "94,01\xC2\xA0%", true, 94.01);
    good("comma, narrow no-break space", "94,01\xE2\x80\xAF%", true, 94.01);
    good("hundred", "100%", false, 100.0);
    good("negative", "-5%", false, -5.0);
    good("padded", "  7.5 %  ", false, 7.5);
    bad("empty", "", false, "empty value");
    bad("sign only", "%", false, "expected a percentage");
    bad("two signs", "94.01%%", false, "percentage");
    bad("leading sign", "% 5", false, "percentage");
    bad("word", "abc%", false, "percentage");
    bad("comma without decimalComma", "94,01%", false, "94.01%");
    bad("dot with decimalComma", "94.01%", true, "94,01%");
}

void TestValues::percent()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, decimalComma);
    QFETCH(bool, ok);
    QFETCH(double, expected);
    QFETCH(QString, word);
    verifyResult(parsePercent(input, decimalComma), ok, expected, word);
}

void TestValues::money_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<QString>("word");
    const auto good = [](const char *tag, const QByteArray &in, bool comma, qint64 cents) {
        QTest::newRow(tag) << in << comma << true << cents << QString();
    };
    const auto bad = [](const char *tag, const QByteArray &in, bool comma, const char *word) {
        QTest::newRow(tag) << in << comma << false << qint64(0) << QString::fromUtf8(word);
    };
    good("plain", "12.50", false, 1250);
    good("dollar", "$12.50", false, 1250);
    good("whole", "-3", false, -300);
    good("one decimal", "1234.5", false, 123450);
    good("comma", "12,50", true, 1250);
    good("euro before",
         "\xE2\x82\xAC"
         "12,50",
         true, 1250);
    good("euro after", "12,50 \xE2\x82\xAC", true, 1250);
    good("pound",
         "\xC2\xA3"
         "7",
         false, 700);
    good("minus dollar", "-$12.50", false, -1250);
    good("dollar minus", "$-12.50", false, -1250);
    good("dollar space minus", "$ -12.50", false, -1250);
    good("plus dollar", "+$1", false, 100);
    good("no leading digit", ".5", false, 50);
    good("half cent up", "0.005", false, 1);
    good("half cent away from zero", "-0.005", false, -1);
    good("under half cent", "0.0049999", false, 0);
    good("eighth", "0.125", false, 13);
    good("negative eighth", "-0.125", false, -13);
    good("carry into units", "1.999", false, 200);
    good("long fraction", "2.12999999999999999999999", false, 213);
    good("max", "10000000000000.00", false, 1'000'000'000'000'000);
    good("padded", " 12.50 ", false, 1250);
    bad("empty", "", false, "empty value");
    bad("over max", "10000000000000.01", false, "too large");
    bad("over max by rounding", "10000000000000.005", false, "too large");
    bad("twenty digits", "99999999999999999999", false, "too large");
    bad("dot with decimalComma", "12.50", true, "12,50");
    bad("thousands separator", "1,234.50", false, "12.50");
    bad("symbol only", "$", false, "amount");
    bad("two symbols", "$$1", false, "amount");
    bad("symbol both sides", "$12.50$", false, "amount");
    bad("exponent", "1e3", false, "amount");
    bad("currency code", "USD 12", false, "amount");
    bad("two signs", "--1", false, "amount");
}

void TestValues::money()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, decimalComma);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    QFETCH(QString, word);
    verifyResult(parseMoneyCents(input, decimalComma), ok, expected, word);
}

void TestValues::boolean_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("expected");
    QTest::addColumn<QString>("word");
    for (const char *yes :
         {"Y", "y", "yes", "YES", "Yes", "true", "TRUE", "True", "t", "T", "1", "1.0", "1.00", " y "})
        QTest::addRow("%s", yes) << QByteArray(yes) << true << true << QString();
    for (const char *no : {"N", "n", "no", "NO", "false", "FALSE", "f", "F", "0", "0.0"})
        QTest::addRow("%s", no) << QByteArray(no) << true << false << QString();
    QTest::newRow("empty") << QByteArray("") << false << false << QStringLiteral("empty value");
    for (const char *neither : {"2", "yess", "maybe", "on", "1.5", "0.1", "1.", "10", "-1", "+1", "y e s"})
        QTest::addRow("%s", neither) << QByteArray(neither) << false << false
                                     << QStringLiteral("expected yes/no");
}

void TestValues::boolean()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, ok);
    QFETCH(bool, expected);
    QFETCH(QString, word);
    verifyResult(parseBool(input), ok, expected, word);
}

void TestValues::duration_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("unit");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("word");
    const auto good = [](const char *tag, const QByteArray &in, int unit, bool comma, int seconds) {
        QTest::newRow(tag) << in << unit << comma << true << seconds << QString();
    };
    const auto bad = [](const char *tag, const QByteArray &in, int unit, bool comma, const char *word) {
        QTest::newRow(tag) << in << unit << comma << false << 0 << QString::fromUtf8(word);
    };
    // Plain seconds, rounded half up.
    good("seconds", "109", Seconds, false, 109);
    good("seconds .0", "109.0", Seconds, false, 109);
    good("half rounds up", "143.5", Seconds, false, 144);
    good("under half rounds down", "143.49", Seconds, false, 143);
    good("comma half", "143,5", Seconds, true, 144);
    good("zero", "0", Seconds, false, 0);
    good("minus zero", "-0", Seconds, false, 0);
    good("INT_MAX", "2147483647", Seconds, false, INT_MAX);
    // Clock forms, whatever the unit.
    good("M:SS", "1:35", Seconds, false, 95);
    good("MM:SS", "01:35", Seconds, false, 95);
    good("H:MM:SS", "0:01:35", Seconds, false, 95);
    good("HH:MM:SS", "00:02:23", Millis, false, 143);
    good("minutes past 59", "95:00", Seconds, false, 5700);
    good("hours past 24", "100:00:00", Minutes, false, 360000);
    good("59 seconds", "0:00:59", Seconds, false, 59);
    good("59 minutes", "0:59:00", Seconds, false, 3540);
    good("unpadded", "1:5", Seconds, false, 65);
    good("fraction under half", "0:02:23.250", Seconds, false, 143);
    good("fraction half", "0:02:23.500", Seconds, false, 144);
    good("fraction comma", "0:02:23,7", Seconds, false, 144);
    good("M:SS fraction", "1:35.5", Seconds, false, 96);
    good("padded", "  0:01:35 ", Seconds, false, 95);
    good("clock INT_MAX", "596523:14:07", Seconds, false, INT_MAX); // 596523·3600 + 14·60 + 7
    // Spreadsheet epochs: the time of day is the duration; 1900-01-01 is day 0, each later day 24 h.
    good("pandas epoch", "1900-01-01 00:02:23", Seconds, false, 143);
    good("LibreOffice epoch", "1899-12-30 00:02:23", Seconds, false, 143);
    good("1899-12-31", "1899-12-31 00:02:23", Seconds, false, 143);
    good("epoch with T", "1900-01-01T00:02:23", Seconds, false, 143);
    good("epoch next day", "1900-01-02 01:00:00", Seconds, false, 90000);
    good("epoch in February", "1900-02-01 00:00:00", Seconds, false, 31 * 86400);
    good("epoch fraction", "1900-01-01 00:02:23.6", Seconds, false, 144);
    good("epoch without seconds", "1900-01-01 00:02", Seconds, false, 120);
    // Milliseconds, rounded half up to seconds.
    good("ms half", "1500", Millis, false, 2);
    good("ms under half", "1499", Millis, false, 1);
    good("ms fraction never rounds", "1499.9", Millis, false, 1);
    good("ms 500", "500", Millis, false, 1);
    good("ms 499", "499", Millis, false, 0);
    good("ms call", "143250", Millis, false, 143);
    good("ms INT_MAX", "2147483647499", Millis, false, INT_MAX);
    // Minutes, fractions to the nearest second.
    good("minutes", "2", Minutes, false, 120);
    good("minutes half", "2.5", Minutes, false, 150);
    good("60.6 s", "1.01", Minutes, false, 61);
    good("0.498 s", "0.0083", Minutes, false, 0);
    good("0.5004 s", "0.00834", Minutes, false, 1);
    good("7.5 s", "0.125", Minutes, false, 8);
    good("minutes comma", "1,5", Minutes, true, 90);
    good("minutes long fraction", "0.0083333333333333333333333", Minutes, false, 0); // 0.4999… s
    good("minutes near INT_MAX", "35791394", Minutes, false, 2147483640);
    bad("empty", "", Seconds, false, "empty value");
    bad("negative", "-5", Seconds, false, "duration is negative");
    bad("negative clock", "-0:01:35", Seconds, false, "negative");
    bad("word", "abc", Seconds, false, "expected a duration");
    bad("negative word", "-abc", Seconds, false, "expected a duration");
    bad("60 seconds", "1:60", Seconds, false, "expected a duration");
    bad("60 minutes", "0:60:00", Seconds, false, "expected a duration");
    bad("60 seconds of H:MM:SS", "1:35:60", Seconds, false, "expected a duration");
    bad("three-digit seconds", "1:035", Seconds, false, "expected a duration");
    bad("empty part", "1::35", Seconds, false, "expected a duration");
    bad("trailing colon", "1:35:", Seconds, false, "expected a duration");
    bad("no leading part", ":35", Seconds, false, "expected a duration");
    bad("four parts", "1:2:3:4", Seconds, false, "expected a duration");
    bad("fraction on leading part", "1.5:00", Seconds, false, "expected a duration");
    bad("fraction without digits", "0:02:23.", Seconds, false, "expected a duration");
    bad("comma without decimalComma", "143,5", Seconds, false, "expected a duration");
    bad("dot with decimalComma", "143.5", Seconds, true, "expected a duration");
    bad("exponent", "1e3", Seconds, false, "expected a duration");
    bad("space inside", "- 5", Seconds, false, "expected a duration");
    bad("timestamp is no duration", "2021-01-31 00:02:23", Seconds, false, "expected a duration");
    bad("epoch without time", "1900-01-01", Seconds, false, "expected a duration");
    bad("epoch 24:00", "1900-01-01 24:00:00", Seconds, false, "expected a duration");
    bad("epoch invalid day", "1900-02-29 00:00:00", Seconds, false, "expected a duration");
    bad("epoch trailing text", "1900-01-01 00:02:23 x", Seconds, false, "expected a duration");
    bad("INT_MAX + 1", "2147483648", Seconds, false, "too long");
    bad("clock INT_MAX + 1", "596523:14:08", Seconds, false, "too long");
    bad("twenty digits", "99999999999999999999", Seconds, false, "too long");
    bad("twenty-digit hours", "99999999999999999999:00:00", Seconds, false, "too long");
    bad("ms INT_MAX + 1", "2147483647500", Millis, false, "too long");
    bad("minutes INT_MAX + 1", "35791395", Minutes, false, "too long");
}

void TestValues::duration()
{
    QFETCH(QByteArray, input);
    QFETCH(int, unit);
    QFETCH(bool, decimalComma);
    QFETCH(bool, ok);
    QFETCH(int, expected);
    QFETCH(QString, word);
    verifyResult(parseDurationSeconds(input, static_cast<DurationUnit>(unit), decimalComma), ok, expected,
                 word);
}

void TestValues::date_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<QString>("word");
    const auto good = [](const char *tag, const QByteArray &in, int order, QDate date) {
        QTest::newRow(tag) << in << order << true << date << QString();
    };
    const auto bad = [](const char *tag, const QByteArray &in, int order, const char *word) {
        QTest::newRow(tag) << in << order << false << QDate() << QString::fromUtf8(word);
    };
    const QDate jan31(2021, 1, 31);
    good("ISO", "2021-01-31", Ymd, jan31);
    good("ISO read month-first", "2021-01-31", Mdy, jan31);
    good("ISO read day-first", "2021-01-31", Dmy, jan31);
    good("year-first slashes", "2021/01/31", Dmy, jan31);
    good("year-first dots", "2021.01.31", Mdy, jan31);
    good("unpadded ISO", "2021-1-5", Ymd, QDate(2021, 1, 5));
    good("month/day/year", "1/31/2021", Mdy, jan31);
    good("day/month/year", "31/01/2021", Dmy, jan31);
    good("day.month.year", "31.01.2021", Dmy, jan31);
    good("day-month-year", "31-01-2021", Dmy, jan31);
    good("two-digit year", "1/31/21", Mdy, jan31);
    good("two-digit year 99", "31/1/99", Dmy, QDate(2099, 1, 31));
    good("two-digit year 00", "1/1/00", Dmy, QDate(2000, 1, 1));
    good("two-digit year first", "21-01-31", Ymd, jan31);
    good("12 as month", "12/12/2021", Mdy, QDate(2021, 12, 12));
    good("13 as day, month-first", "12/13/2021", Mdy, QDate(2021, 12, 13));
    good("13 as day, day-first", "13/12/2021", Dmy, QDate(2021, 12, 13));
    good("time ignored", "2021-01-31 09:00:00", Ymd, jan31);
    good("ISO time ignored", "2021-01-31T09:12:58Z", Ymd, jan31);
    good("12-hour time ignored", "1/31/2021 9:12 PM", Mdy, jan31);
    good("padded", "  2021-01-31  ", Ymd, jan31);
    good("leap year", "2020-02-29", Ymd, QDate(2020, 2, 29));
    good("leap year 2000", "29/02/2000", Dmy, QDate(2000, 2, 29));
    good("leap year two-digit", "2/29/24", Mdy, QDate(2024, 2, 29));
    good("April 30", "2021-04-30", Ymd, QDate(2021, 4, 30));
    good("year 1", "0001-01-01", Ymd, QDate(1, 1, 1));
    bad("empty", "", Ymd, "empty value");
    bad("31 February", "31/02/2021", Dmy, "31/02/2021 is not a date");
    bad("29 February, no leap year", "2021-02-29", Ymd, "28 days");
    bad("29 February 1900", "1900-02-29", Ymd, "28 days");
    bad("31 April", "2021-04-31", Ymd, "30 days");
    bad("month 13, month-first", "13/12/2021", Mdy, "no month 13");
    bad("month 13 ISO", "2021-13-01", Ymd, "no month 13");
    bad("month 0", "2021-00-10", Ymd, "no month 0");
    bad("day 0", "2021-01-00", Ymd, "no day 0");
    bad("year 0", "0000-01-01", Ymd, "no year 0");
    bad("month-first date read day-first", "1/31/2021", Dmy, "1/31/2021 is not a date: there is no month 31");
    bad("two parts", "2021-01", Ymd, "expected a date");
    bad("four parts", "2021-01-31-01", Ymd, "expected a date");
    bad("mixed separators", "2021-01/31", Ymd, "expected a date");
    bad("three-digit year", "1/31/202", Mdy, "expected a date");
    bad("three-digit month", "123/1/2021", Mdy, "expected a date");
    bad("five-digit year", "1/31/20211", Mdy, "expected a date");
    bad("trailing letter", "2021-01-31x", Ymd, "expected a date");
    bad("trailing word", "2021-01-31 foo", Ymd, "expected a date");
    bad("T without time", "2021-01-31T", Ymd, "expected a date");
    bad("day-first read year-first", "31/01/2021", Ymd, "year-month-day");
    bad("word, month-first", "abc", Mdy, "1/31/2021 (month/day/year)");
    bad("word, day-first", "abc", Dmy, "31/01/2021 (day/month/year)");
    bad("double separator", "2021--01-31", Ymd, "expected a date");
}

void TestValues::date()
{
    QFETCH(QByteArray, input);
    QFETCH(int, order);
    QFETCH(bool, ok);
    QFETCH(QDate, expected);
    QFETCH(QString, word);
    verifyResult(parseDate(input, orderOf(order)), ok, expected, word);
}

void TestValues::timeOfDay_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QTime>("expected");
    QTest::addColumn<QString>("word");
    const auto good = [](const char *tag, const QByteArray &in, QTime time) {
        QTest::newRow(tag) << in << true << time << QString();
    };
    const auto bad = [](const char *tag, const QByteArray &in, const char *word) {
        QTest::newRow(tag) << in << false << QTime() << QString::fromUtf8(word);
    };
    good("H:MM:SS", "9:12:58", QTime(9, 12, 58));
    good("HH:MM", "09:12", QTime(9, 12));
    good("fraction dropped", "9:12:58.250", QTime(9, 12, 58));
    good("fraction .999 dropped", "9:12:58.999", QTime(9, 12, 58));
    good("PM", "9:12 PM", QTime(21, 12));
    good("PM without space", "9:12PM", QTime(21, 12));
    good("12:05 am is after midnight", "12:05:00 am", QTime(0, 5));
    good("12 PM is noon", "12:00 PM", QTime(12, 0));
    good("12 AM is midnight", "12:00 AM", QTime(0, 0));
    good("last second PM", "11:59:59 PM", QTime(23, 59, 59));
    good("1 am", "1:00 am", QTime(1, 0));
    good("midnight", "00:00", QTime(0, 0));
    good("last second", "23:59:59", QTime(23, 59, 59));
    good("spreadsheet form", "1900-01-01 09:12:58", QTime(9, 12, 58));
    good("LibreOffice form", "1899-12-30 09:12:58", QTime(9, 12, 58));
    good("ISO date-time", "2021-01-31T09:12:58", QTime(9, 12, 58));
    good("padded", " 9:12 ", QTime(9, 12));
    bad("empty", "", "empty value");
    bad("24:00", "24:00", "24:00 is not a time of day");
    bad("60 minutes", "23:60", "not a time of day");
    bad("60 seconds", "23:59:60", "not a time of day");
    bad("13 PM", "13:00 PM", "13:00 PM is not a time of day");
    bad("0 AM", "0:30 AM", "not a time of day");
    bad("hour only", "9", "expected a time of day");
    bad("no minutes", "9:", "expected a time of day");
    bad("no seconds", "9:12:", "expected a time of day");
    bad("word", "abc", "expected a time of day");
    bad("wrong meridiem", "9:12 XM", "expected a time of day");
    bad("three-digit hour", "123:00", "expected a time of day");
    bad("dot separator", "9.12", "expected a time of day");
    bad("date only", "1900-01-01", "expected a time of day");
    bad("offset", "9:12:58Z", "expected a time of day");
}

void TestValues::timeOfDay()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, ok);
    QFETCH(QTime, expected);
    QFETCH(QString, word);
    verifyResult(parseTimeOfDay(input), ok, expected, word);
}

void TestValues::dateTime_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<bool>("hasOffset");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("word");
    const auto good = [](const char *tag, const QByteArray &in, int order, QDate date, QTime time) {
        QTest::newRow(tag) << in << order << true << date << time << false << 0 << QString();
    };
    const auto offset = [](const char *tag, const QByteArray &in, QDate date, QTime time, int seconds) {
        QTest::newRow(tag) << in << Ymd << true << date << time << true << seconds << QString();
    };
    const auto bad = [](const char *tag, const QByteArray &in, int order, const char *word) {
        QTest::newRow(tag) << in << order << false << QDate() << QTime() << false << 0
                           << QString::fromUtf8(word);
    };
    const QDate jan31(2021, 1, 31);
    const QTime t091258(9, 12, 58);
    offset("Z", "2021-01-31T09:12:58Z", jan31, t091258, 0);
    offset("+02:00", "2021-01-31 09:12:58+02:00", jan31, t091258, 7200);
    offset("space -0500", "2021-01-31 09:12:58 -0500", jan31, t091258, -18000);
    offset("UTC", "2021-01-31 09:12:58 UTC", jan31, t091258, 0);
    offset("GMT", "2021-01-31 09:12:58 GMT", jan31, t091258, 0);
    offset("-05", "2021-01-31 09:12:58-05", jan31, t091258, -18000);
    offset("+0530", "2021-01-31 09:12:58 +0530", jan31, t091258, 19800);
    offset("UTC+01:00", "2021-01-31 09:12:58 UTC+01:00", jan31, t091258, 3600);
    offset("+14:00", "2021-01-31 09:12:58+14:00", jan31, t091258, 14 * 3600);
    offset("fraction and Z", "2021-01-31T09:12:58.123Z", jan31, t091258, 0);
    offset("PM and offset", "2021-01-31 9:12 pm -05:00", jan31, QTime(21, 12), -18000);
    good("no offset", "2021-01-31 09:12:58", Ymd, jan31, t091258);
    good("month-first 12-hour", "1/31/2021 9:12 PM", Mdy, jan31, QTime(21, 12));
    good("day-first", "31-01-2021 09:12", Dmy, jan31, QTime(9, 12));
    good("date only", "2021-01-31", Ymd, jan31, QTime(0, 0));
    good("lowercase t", "2021-01-31t09:12:58", Ymd, jan31, t091258);
    good("leap day", "29/02/2024 23:59:59", Dmy, QDate(2024, 2, 29), QTime(23, 59, 59));
    bad("empty", "", Ymd, "empty value");
    bad("hour 25", "2021-01-31 25:00", Ymd, "25:00 is not a time of day");
    bad("30 February", "2021-02-30 09:00", Ymd, "28 days");
    bad("month-first read day-first", "1/31/2021 9:12 PM", Dmy, "no month 31");
    bad("word", "junk", Mdy, "month/day/year");
    bad("word for time", "2021-01-31 nine", Ymd, "expected a date and time");
    bad("T without time", "2021-01-31T", Ymd, "expected a date and time");
    bad("offset too large", "2021-01-31 09:12:58 +15:00", Ymd, "UTC offset");
    bad("offset minutes 60", "2021-01-31 09:12:58+02:60", Ymd, "UTC offset");
    bad("zone name", "2021-01-31 09:12:58 EST", Ymd, "UTC offset");
    bad("sign only", "2021-01-31 09:12:58 +", Ymd, "UTC offset");
    bad("one minute digit", "2021-01-31 09:12:58 +02:0", Ymd, "UTC offset");
    bad("three offset digits", "2021-01-31 09:12:58 +020", Ymd, "UTC offset");
    bad("text after Z", "2021-01-31 09:12:58Z extra", Ymd, "UTC offset");
}

void TestValues::dateTime()
{
    QFETCH(QByteArray, input);
    QFETCH(int, order);
    QFETCH(bool, ok);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(bool, hasOffset);
    QFETCH(int, offset);
    QFETCH(QString, word);
    const core::Result<DateTimeParts> result = parseDateTime(input, orderOf(order));
    if (!ok) {
        verifyFailure(result, word);
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->date, date);
    QCOMPARE(result->time, time);
    QCOMPARE(result->utcOffsetSeconds.has_value(), hasOffset);
    if (hasOffset)
        QCOMPARE(*result->utcOffsetSeconds, offset);
}

void TestValues::guessDateOrder_data()
{
    QTest::addColumn<QByteArrayList>("samples");
    QTest::addColumn<bool>("decided");
    QTest::addColumn<int>("order");
    const auto decided = [](const char *tag, const QByteArrayList &samples, int order) {
        QTest::newRow(tag) << samples << true << order;
    };
    const auto undecided = [](const char *tag, const QByteArrayList &samples) {
        QTest::newRow(tag) << samples << false << -1;
    };
    decided("first part 31", {"31/01/2021", "01/02/2021"}, Dmy);
    decided("second part 31", {"01/31/2021", "02/01/2021"}, Mdy);
    decided("ISO", {"2021-01-31", "2021-02-01"}, Ymd);
    decided("first part 13", {"12/12/2021", "13/12/2021"}, Dmy);
    decided("second part 13", {"12/12/2021", "12/13/2021 09:00"}, Mdy);
    decided("non-dates ignored", {"", "n/a", "abc", "13/01/2021", "1:35"}, Dmy);
    decided("ISO beside day-first", {"2021-01-31", "13/01/2021"}, Dmy);
    decided("two-digit years", {"31.01.21"}, Dmy);
    decided("12-hour times", {"1/31/21 9:12 PM", "2/1/21 10:00 AM"}, Mdy);
    decided("ISO date-times", {"2021-01-31T09:12:58Z"}, Ymd);
    undecided("every part 12 or less", {"01/02/2021", "03/04/2021", "12/12/2021"});
    undecided("contradiction", {"31/01/2021", "01/31/2021"});
    undecided("contradiction at 13", {"1/13/2021", "13/1/2021"});
    undecided("ISO beside ambiguous", {"2021-01-31", "01/02/2021"});
    undecided("no samples", {});
    undecided("no dates", {"n/a", "", "1.5", "9:12"});
    undecided("both parts above 12", {"13/13/2021"});
    undecided("day 32", {"32/01/2021"});
    undecided("day 0", {"00/13/2021"});
    undecided("three-digit year", {"13/01/202"});
}

void TestValues::guessDateOrder()
{
    QFETCH(QByteArrayList, samples);
    QFETCH(bool, decided);
    QFETCH(int, order);
    QList<QByteArrayView> views;
    for (const QByteArray &sample : samples)
        views.append(sample);
    const std::optional<DateOrder> guess = importers::guessDateOrder(views);
    QCOMPARE(guess.has_value(), decided);
    if (decided)
        QCOMPARE(static_cast<int>(*guess), order);
}

// The parsers take views into the reader's buffer; a cell in the middle of a row parses without the
// bytes around it leaking in.
void TestValues::cellViewsAreNotCopied()
{
    const QByteArray row("12,0:02:23,2021-01-31,x");
    const QByteArrayView view(row);
    QCOMPARE(parseInteger(view.sliced(0, 2)).value(), qint64(12));
    QCOMPARE(parseDurationSeconds(view.sliced(3, 7), DurationUnit::Seconds, false).value(), 143);
    QCOMPARE(parseDate(view.sliced(11, 10), DateOrder::Ymd).value(), QDate(2021, 1, 31));
    QCOMPARE(parseNumber(view.sliced(11, 4), true).value(), 2021.0);
    QVERIFY(!parseInteger(QByteArrayView()).ok());
}

HUDDLE_TEST_GUILESS_MAIN("test_values", TestValues)
#include "tst_values.moc"
