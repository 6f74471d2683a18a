#include "money.h"

#include <QStringList>

#include <array>
#include <limits>

namespace huddle::core {

namespace {

// Sixteen integer digits keep cents (× 100) far inside qint64; a bonus amount never comes close.
constexpr int maxIntegerDigits = 16;

quint64 magnitude(qint64 value)
{
    return value < 0 ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
}

// "-12.5" → -1250 in hundredths: an optional '-', digits, optionally '.' and one or two digits. No
// grouping, no exponent, no locale: this is the machine-readable form of plans and exports.
std::optional<qint64> parseHundredths(QStringView text)
{
    const bool negative = text.startsWith(u'-');
    if (negative)
        text = text.mid(1);
    const qsizetype point = text.indexOf(u'.');
    const QStringView whole = point < 0 ? text : text.left(point);
    const QStringView fraction = point < 0 ? QStringView() : text.mid(point + 1);
    if (whole.isEmpty() || whole.size() > maxIntegerDigits || (point >= 0 && fraction.isEmpty()) ||
        fraction.size() > 2)
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : whole) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    for (int i = 0; i < 2; ++i) {
        const QChar c = i < fraction.size() ? fraction[i] : QChar(u'0');
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return negative ? -value : value;
}

// The ten digits of a locale (Arabic-Indic for ar_EG, …), so formatted money reads naturally there.
std::array<QString, 10> localeDigits(const QLocale &locale)
{
    std::array<QString, 10> digits;
    for (int d = 0; d < 10; ++d)
        digits[static_cast<std::size_t>(d)] = locale.toString(qlonglong(d));
    return digits;
}

// How a locale groups integer digits. Derived from QLocale's own output for a few round numbers rather
// than from QLocale::toString(qlonglong) of the amount itself, because Qt 6.4 misapplies the minimum
// grouping of some locales to large numbers (es_ES formats 1234567 as "1234.567").
struct Grouping {
    int primary = 3;       // the rightmost group
    int secondary = 3;     // the groups left of it (2 in India: 12,34,567)
    int minimumDigits = 1; // 2: a four-digit number stays ungrouped (es_ES "1000", but "10.000")
};

Grouping groupingOf(const QLocale &locale)
{
    Grouping grouping;
    const QString separator = locale.groupSeparator();
    if (!locale.toString(qlonglong(1000)).contains(separator))
        grouping.minimumDigits = 2;
    const QStringList parts = locale.toString(qlonglong(100000)).split(separator);
    if (parts.size() == 3)
        grouping.secondary = static_cast<int>(parts[1].size());
    return grouping;
}

QString groupedDigits(quint64 value, const QLocale &locale)
{
    const QString ascii = QString::number(value);
    const Grouping grouping = groupingOf(locale);
    const bool grouped = ascii.size() > grouping.primary + grouping.minimumDigits - 1;
    const auto digits = localeDigits(locale);
    QString text;
    int inGroup = 0;
    int groupSize = grouping.primary;
    for (qsizetype i = ascii.size() - 1; i >= 0; --i) {
        if (grouped && inGroup == groupSize) {
            text.prepend(locale.groupSeparator());
            inGroup = 0;
            groupSize = grouping.secondary;
        }
        text.prepend(digits[static_cast<std::size_t>(ascii[i].unicode() - u'0')]);
        ++inGroup;
    }
    return text;
}

QString amountDigits(quint64 cents, const QLocale &locale)
{
    const auto digits = localeDigits(locale);
    const quint64 fraction = cents % 100;
    return groupedDigits(cents / 100, locale) + locale.decimalPoint() + digits[fraction / 10] +
           digits[fraction % 10];
}

} // namespace

std::optional<Cents> parseCents(QStringView text)
{
    return parseHundredths(text);
}

QString centsText(Cents cents)
{
    const quint64 size = magnitude(cents);
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(size / 100)
        .arg(size % 100, 2, 10, QLatin1Char('0'));
}

std::optional<int> parseBasisPoints(QStringView text)
{
    const auto value = parseHundredths(text);
    if (!value || *value > std::numeric_limits<int>::max() || *value < std::numeric_limits<int>::min())
        return std::nullopt;
    return static_cast<int>(*value);
}

QString basisPointsText(int basisPoints)
{
    const quint64 size = magnitude(basisPoints);
    QString text = QString::number(size / 100);
    if (const quint64 fraction = size % 100; fraction != 0) {
        text += QLatin1Char('.') + QString::number(fraction / 10);
        if (fraction % 10 != 0)
            text += QString::number(fraction % 10);
    }
    return basisPoints < 0 ? QLatin1Char('-') + text : text;
}

// |base| × |bp| ÷ 10000 split as (q × 10000 + r) × bp ÷ 10000 = q × bp + r × bp ÷ 10000, so no product
// exceeds 64 bits for any amount below 10^14 cents; the remainder decides the rounding: half a cent or
// more rounds away from zero (1 bp of 50 cents = 0.005 → 1 cent, of 49 cents → 0).
Cents percentOf(Cents base, int basisPoints)
{
    const quint64 size = magnitude(base);
    const quint64 bp = magnitude(basisPoints);
    const quint64 scaledRemainder = (size % 10000) * bp;
    quint64 result = (size / 10000) * bp + scaledRemainder / 10000;
    if ((scaledRemainder % 10000) * 2 >= 10000)
        ++result;
    const bool negative = (base < 0) != (basisPoints < 0);
    return negative ? -static_cast<Cents>(result) : static_cast<Cents>(result);
}

QLocale MoneyFormat::displayLocale() const
{
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

// A small table rather than a search through QLocale: a currency symbol belongs to a locale, not to a
// code, and searching every locale for one whose currency is `currencyCode` is slow and picks an arbitrary
// country's spelling. These are the currencies of the sites and translations Huddle ships for.
QString MoneyFormat::symbol() const
{
    static const QList<std::pair<QString, QString>> symbols{
        {QStringLiteral("USD"), QStringLiteral("$")},  {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("GBP"), QStringLiteral("£")},  {QStringLiteral("PHP"), QStringLiteral("₱")},
        {QStringLiteral("BRL"), QStringLiteral("R$")}, {QStringLiteral("MXN"), QStringLiteral("$")},
    };
    const QString code = currencyCode.trimmed().toUpper();
    for (const auto &[iso, sign] : symbols)
        if (iso == code)
            return sign;
    return code;
}

// The locale's currency pattern comes from QLocale::toCurrencyString(1) with "¤" (the generic currency
// sign, which no digit string contains) as the symbol; the digits are then put where the "1" was. An
// accounting pattern for negatives ("($1)", en_US in Qt 6.4) is replaced by a leading minus sign, the form
// a bonus sentence reads best with ("-$0.50").
QString MoneyFormat::format(Cents cents) const
{
    const QLocale shown = displayLocale();
    const QString placeholder = QStringLiteral("\u00A4");
    const QString one = shown.toString(qlonglong(1));
    QString pattern = shown.toCurrencyString(qlonglong(cents < 0 ? -1 : 1), placeholder);
    if (cents < 0 && pattern.startsWith(QLatin1Char('(')) && pattern.endsWith(QLatin1Char(')')))
        pattern = shown.negativeSign() + shown.toCurrencyString(qlonglong(1), placeholder);
    const QString digits = amountDigits(magnitude(cents), shown);
    const qsizetype at = pattern.lastIndexOf(one);
    if (at < 0) // not expected from any CLDR pattern; still never lose the amount
        return (cents < 0 ? shown.negativeSign() : QString()) + symbol() + digits;
    return pattern.replace(at, one.size(), digits).replace(placeholder, symbol());
}

} // namespace huddle::core
