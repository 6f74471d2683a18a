#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace huddle::core {

// Money is integer cents (architecture.md): no floating point anywhere between the data and the report.
using Cents = qint64;

// "80", "80.5", "80.50", "-3.25", "1234.00" (a '.' decimal point, no grouping) into cents, exactly. Empty
// when the text is not such a number or has more than two decimals: a plan never silently rounds money.
std::optional<Cents> parseCents(QStringView text);
// The machine-readable amount: 8000 → "80.00", -50 → "-0.50". What CSV, JSON and XLSX values use.
QString centsText(Cents cents);

// Percentages of money are whole basis points (1 % = 100 bp), so "2.5 %" stays exact.
// "2.5" → 250, "50" → 5000, "0.01" → 1; empty for more than two decimals or not a number.
std::optional<int> parseBasisPoints(QStringView text);
// 250 → "2.5", 5000 → "50", 1 → "0.01".
QString basisPointsText(int basisPoints);
// base × basisPoints ÷ 10000, rounded half away from zero to the cent, in integer arithmetic: the one
// rounding rule of the bonus engine (stated in every report).
Cents percentOf(Cents base, int basisPoints);

// How money is shown to a person: the locale's digits, separators and currency pattern with the site's
// currency symbol ("$80.00", "80,00 €", "-$0.50"), built from integer cents without floating point. A C
// locale (no currency pattern of its own) is shown as American English.
struct MoneyFormat {
    QLocale locale;
    QString currencyCode = QStringLiteral("USD"); // ISO 4217, the setting "currency"
    QString symbol() const;                       // "$", "€", … from the code; the code itself if unknown
    QString format(Cents cents) const;
    // The locale the digits, dates and percentages of a bonus sentence use: `locale`, or American English
    // for the C locale.
    QLocale displayLocale() const;
};

} // namespace huddle::core
