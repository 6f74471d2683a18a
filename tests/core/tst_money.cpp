// Tests of money in integer cents: exact parsing, the machine-readable text, basis points, the rounding rule
// of percentOf and locale-aware display. Expected strings are written out by hand from the locales' CLDR
// patterns as Qt 6.4 ships them.
#include "core/money.h"
#include "support/testmain.h"

#include <QtTest>

#include <optional>

using namespace huddle::core;

Q_DECLARE_METATYPE(std::optional<qint64>)
Q_DECLARE_METATYPE(std::optional<int>)

class TestMoney : public QObject {
    Q_OBJECT

private slots:
    void parseCents_data();
    void parseCents();
    void centsText_data();
    void centsText();
    void basisPoints_data();
    void basisPoints();
    void percentOf_data();
    void percentOf();
    void symbol_data();
    void symbol();
    void format_data();
    void format();
};

void TestMoney::parseCents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<qint64>>("cents");
    const std::optional<qint64> none;
    QTest::newRow("whole") << "80" << std::optional<qint64>(8000);
    QTest::newRow("one decimal") << "80.5" << std::optional<qint64>(8050);
    QTest::newRow("two decimals") << "80.50" << std::optional<qint64>(8050);
    QTest::newRow("negative") << "-3.25" << std::optional<qint64>(-325);
    QTest::newRow("negative under one") << "-0.05" << std::optional<qint64>(-5);
    QTest::newRow("zero") << "0.00" << std::optional<qint64>(0);
    QTest::newRow("thousands") << "1234.00" << std::optional<qint64>(123400);
    // 0.29 is not exact in binary floating point (0.29 × 100 = 28.999…): parsing must not go through double.
    QTest::newRow("0.29") << "0.29" << std::optional<qint64>(29);
    QTest::newRow("large") << "9999999999.99" << std::optional<qint64>(999999999999);
    QTest::newRow("three decimals") << "80.123" << none;
    QTest::newRow("empty") << "" << none;
    QTest::newRow("only sign") << "-" << none;
    QTest::newRow("trailing point") << "80." << none;
    QTest::newRow("leading point") << ".5" << none;
    QTest::newRow("comma") << "80,50" << none;
    QTest::newRow("grouping") << "1,234.00" << none;
    QTest::newRow("letters") << "8O" << none;
    QTest::newRow("space") << " 80" << none;
    QTest::newRow("exponent") << "8e1" << none;
    QTest::newRow("too many digits") << "12345678901234567" << none;
}

void TestMoney::parseCents()
{
    QFETCH(QString, text);
    QFETCH(std::optional<qint64>, cents);
    QCOMPARE(huddle::core::parseCents(text), cents);
}

void TestMoney::centsText_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("80") << qint64(8000) << "80.00";
    QTest::newRow("minus 50 cents") << qint64(-50) << "-0.50";
    QTest::newRow("five cents") << qint64(5) << "0.05";
    QTest::newRow("zero") << qint64(0) << "0.00";
    QTest::newRow("no grouping") << qint64(123456789) << "1234567.89";
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << "-92233720368547758.08";
}

void TestMoney::centsText()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(huddle::core::centsText(cents), text);
    if (cents != std::numeric_limits<qint64>::min())
        QCOMPARE(huddle::core::parseCents(text), std::optional<qint64>(cents)); // round trip
}

void TestMoney::basisPoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<int>>("basisPoints");
    QTest::addColumn<QString>("written"); // basisPointsText of the parsed value
    QTest::newRow("2.5") << "2.5" << std::optional<int>(250) << "2.5";
    QTest::newRow("2.50") << "2.50" << std::optional<int>(250) << "2.5";
    QTest::newRow("50") << "50" << std::optional<int>(5000) << "50";
    QTest::newRow("0.01") << "0.01" << std::optional<int>(1) << "0.01";
    QTest::newRow("10.05") << "10.05" << std::optional<int>(1005) << "10.05";
    QTest::newRow("100") << "100" << std::optional<int>(10000) << "100";
    QTest::newRow("negative") << "-2.5" << std::optional<int>(-250) << "-2.5";
    QTest::newRow("three decimals") << "2.505" << std::optional<int>() << "";
    QTest::newRow("percent sign") << "2.5%" << std::optional<int>() << "";
    QTest::newRow("beyond int") << "30000000" << std::optional<int>() << "";
}

void TestMoney::basisPoints()
{
    QFETCH(QString, text);
    QFETCH(std::optional<int>, basisPoints);
    QFETCH(QString, written);
    QCOMPARE(parseBasisPoints(text), basisPoints);
    if (basisPoints)
        QCOMPARE(basisPointsText(*basisPoints), written);
}

// The rule: base × bp ÷ 10000, rounded half away from zero to the cent.
void TestMoney::percentOf_data()
{
    QTest::addColumn<qint64>("base");
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("50 % of $172") << qint64(17200) << 5000 << qint64(8600);
    QTest::newRow("2.5 % of $1500") << qint64(150000) << 250 << qint64(3750);
    // 1 bp of 50 cents = 50 × 1 ÷ 10000 = 0.005 cent, far below half a cent → 0.
    QTest::newRow("tiny rounds to 0") << qint64(50) << 1 << qint64(0);
    // 1 bp of $50.00 = 5000 ÷ 10000 = 0.5 cent → exactly half → 1 cent (away from zero).
    QTest::newRow("half cent up") << qint64(5000) << 1 << qint64(1);
    // 1 bp of $49.99 = 0.4999 cent → 0.
    QTest::newRow("just under half") << qint64(4999) << 1 << qint64(0);
    // 1 bp of $50.01 = 0.5001 cent → 1.
    QTest::newRow("just over half") << qint64(5001) << 1 << qint64(1);
    // −$50.00 × 1 bp = −0.5 cent → −1 (away from zero, not towards +∞).
    QTest::newRow("negative half") << qint64(-5000) << 1 << qint64(-1);
    QTest::newRow("negative under half") << qint64(-4999) << 1 << qint64(0);
    // 33.33 % of $1.00 = 33.33 cents → 33; of $1.50 = 49.995 → 50.
    QTest::newRow("third of a dollar") << qint64(100) << 3333 << qint64(33);
    QTest::newRow("49.995 up") << qint64(150) << 3333 << qint64(50);
    QTest::newRow("zero") << qint64(0) << 5000 << qint64(0);
    QTest::newRow("100 %") << qint64(123457) << 10000 << qint64(123457);
    // 99.99 % of 999,999,999,999 cents = 999,999,999,999 − 99,999,999.9999 = 999,899,999,999.0001 → …999.
    QTest::newRow("large") << qint64(999999999999) << 9999 << qint64(999899999999);
    // A base this large would overflow a plain 64-bit product (10^15 × 10^4 = 10^19 > 9.2 × 10^18).
    QTest::newRow("no overflow") << qint64(1'000'000'000'000'000) << 10000 << qint64(1'000'000'000'000'000);
}

void TestMoney::percentOf()
{
    QFETCH(qint64, base);
    QFETCH(int, basisPoints);
    QFETCH(qint64, expected);
    QCOMPARE(huddle::core::percentOf(base, basisPoints), expected);
}

void TestMoney::symbol_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("symbol");
    QTest::newRow("USD") << "USD"
                         << "$";
    QTest::newRow("EUR") << "EUR"
                         << "€";
    QTest::newRow("GBP") << "GBP"
                         << "£";
    QTest::newRow("PHP") << "PHP"
                         << "₱";
    QTest::newRow("BRL") << "BRL"
                         << "R$";
    QTest::newRow("MXN") << "MXN"
                         << "$";
    QTest::newRow("lower case") << "eur"
                                << "€";
    QTest::newRow("unknown") << "CHF"
                             << "CHF";
}

void TestMoney::symbol()
{
    QFETCH(QString, code);
    QFETCH(QString, symbol);
    MoneyFormat money;
    money.currencyCode = code;
    QCOMPARE(money.symbol(), symbol);
}

void TestMoney::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    const QString nbsp = QStringLiteral("\u00A0");
    QTest::newRow("en_US") << "en_US"
                           << "USD" << qint64(8000) << "$80.00";
    QTest::newRow("en_US grouped") << "en_US"
                                   << "USD" << qint64(123456789) << "$1,234,567.89";
    // Qt's en_US negative pattern is the accounting "($0.50)"; a sentence reads "-$0.50".
    QTest::newRow("en_US negative") << "en_US"
                                    << "USD" << qint64(-50) << "-$0.50";
    QTest::newRow("en_US zero") << "en_US"
                                << "USD" << qint64(0) << "$0.00";
    QTest::newRow("C is en_US") << "C"
                                << "USD" << qint64(-8600) << "-$86.00";
    QTest::newRow("de_DE") << "de_DE"
                           << "EUR" << qint64(100) << QStringLiteral("1,00%1€").arg(nbsp);
    QTest::newRow("de_DE grouped negative")
        << "de_DE"
        << "EUR" << qint64(-123456789) << QStringLiteral("-1.234.567,89%1€").arg(nbsp);
    // es_ES does not group four-digit numbers (CLDR minimum grouping digits 2) but groups longer ones;
    // Qt 6.4's own QLocale::toString writes 1234567 as "1234.567", which format() must not copy.
    QTest::newRow("es_ES four digits") << "es_ES"
                                       << "EUR" << qint64(123456) << QStringLiteral("1234,56%1€").arg(nbsp);
    QTest::newRow("es_ES seven digits")
        << "es_ES"
        << "EUR" << qint64(123456789) << QStringLiteral("1.234.567,89%1€").arg(nbsp);
    QTest::newRow("fil_PH") << "fil_PH"
                            << "PHP" << qint64(150000) << "₱1,500.00";
    QTest::newRow("fil_PH negative") << "fil_PH"
                                     << "PHP" << qint64(-2) << "-₱0.02";
    QTest::newRow("pt_BR") << "pt_BR"
                           << "BRL" << qint64(100) << QStringLiteral("R$") + nbsp + QStringLiteral("1,00");
    QTest::newRow("pt_BR negative") << "pt_BR"
                                    << "BRL" << qint64(-123400) << QStringLiteral("R$%1-1.234,00").arg(nbsp);
    QTest::newRow("en_US with euro") << "en_US"
                                     << "EUR" << qint64(8000) << "€80.00";
    QTest::newRow("unknown code") << "en_US"
                                  << "CHF" << qint64(8000) << "CHF80.00";
    // India groups by two above the thousands: 12,34,567.
    QTest::newRow("hi_IN") << "hi_IN"
                           << "USD" << qint64(123456789) << "$12,34,567.89";
    // Arabic-Indic digits and separators.
    QTest::newRow("ar_EG") << "ar_EG"
                           << "USD" << qint64(123456)
                           << QStringLiteral("\u0661\u066C\u0662\u0663\u0664\u066B\u0665\u0666%1$").arg(nbsp);
}

void TestMoney::format()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    const MoneyFormat money{QLocale(locale), currency};
    QCOMPARE(money.format(cents), text);
}

HUDDLE_TEST_APPLESS_MAIN("test_money", TestMoney)
#include "tst_money.moc"
