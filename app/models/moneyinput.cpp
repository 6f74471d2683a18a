#include "moneyinput.h"

#include <algorithm>

namespace huddle::models {

namespace {

bool isSeparator(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char(',');
}

// A group separator at `at` is followed by exactly three digits, then another separator or the end.
bool groupsThreeDigits(const QString &text, qsizetype at)
{
    qsizetype digits = 0;
    for (qsizetype i = at + 1; i < text.size() && !isSeparator(text[i]); ++i) {
        if (!text[i].isDigit())
            return false;
        ++digits;
    }
    return digits == 3;
}

QString withLocaleDecimal(QString text, const QLocale &locale)
{
    return text.replace(QLatin1Char('.'), locale.decimalPoint());
}

} // namespace

std::optional<core::Cents> parseMoneyInput(QStringView text, const QLocale &locale)
{
    QString kept;
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Symbol_Currency)
            continue;
        kept += c == QChar(0x2212) ? QChar(QLatin1Char('-')) : c; // the minus sign some locales show
    }
    const qsizetype last = std::max(kept.lastIndexOf(QLatin1Char('.')), kept.lastIndexOf(QLatin1Char(',')));
    const bool lastGroups =
        last >= 0 && kept.size() - last - 1 == 3 && QStringView(kept).mid(last, 1) == locale.groupSeparator();
    QString canonical;
    for (qsizetype i = 0; i < kept.size(); ++i) {
        if (!isSeparator(kept[i])) {
            canonical += kept[i];
        } else if (i == last && !lastGroups) {
            canonical += QLatin1Char('.');
        } else if (!groupsThreeDigits(kept, i)) {
            return std::nullopt;
        }
    }
    return core::parseCents(canonical);
}

QString moneyInputText(core::Cents cents, const QLocale &locale)
{
    return withLocaleDecimal(core::centsText(cents), locale);
}

std::optional<int> parsePercentInput(QStringView text, const QLocale &locale)
{
    QString kept = text.toString().remove(QLatin1Char('%')).trimmed();
    kept.replace(locale.decimalPoint(), QStringLiteral("."));
    kept.replace(QLatin1Char(','), QLatin1Char('.'));
    return core::parseBasisPoints(kept);
}

QString percentInputText(int basisPoints, const QLocale &locale)
{
    return withLocaleDecimal(core::basisPointsText(basisPoints), locale);
}

std::optional<double> parseNumberInput(QStringView text, const QLocale &locale)
{
    const QString trimmed = text.trimmed().toString();
    bool ok = false;
    double value = locale.toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(QString(trimmed).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
    return ok ? std::optional(value) : std::nullopt;
}

QString numberInputText(double value, const QLocale &locale)
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return plain.toString(value, 'g', 12);
}

} // namespace huddle::models
