#pragma once

#include "core/money.h"

#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

// What a person types into a money, percent or number field of an editor, and the text such a field shows.
// Editors show amounts without grouping and in the locale's decimal separator ("80.00", "80,00"); what is
// typed is read exactly into integer cents or basis points (core::parseCents, core::parseBasisPoints).
namespace huddle::models {

// "80", "80.5", "$80.00", "1,500.00", "80,50" or "1.500,00" (where the locale groups with '.'): the last '.'
// or ',' is the decimal separator unless three digits follow it and it is the locale's group separator;
// any earlier one must be a group separator followed by three digits. Spaces and currency symbols are
// ignored. Empty for anything else, and for more than two decimals: money is never silently rounded.
std::optional<core::Cents> parseMoneyInput(QStringView text, const QLocale &locale = {});
// 8000 → "80.00" (or "80,00"): what a money field shows while it is edited.
QString moneyInputText(core::Cents cents, const QLocale &locale = {});

// "50", "2.5", "2,5 %" → basis points (5000, 250); empty for more than two decimals or not a number.
std::optional<int> parsePercentInput(QStringView text, const QLocale &locale = {});
QString percentInputText(int basisPoints, const QLocale &locale = {});

// A plain number in the locale's or the C locale's notation ("80", "92.5", "92,5"); empty when blank or not
// a number.
std::optional<double> parseNumberInput(QStringView text, const QLocale &locale = {});
QString numberInputText(double value, const QLocale &locale = {});

} // namespace huddle::models
