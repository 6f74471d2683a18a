#pragma once

#include "core/kpidefinitions.h"
#include "core/kpivalues.h"

#include <QString>

// How KPI values read on screen: locale-aware numbers, n beside every rate, the definition in force in
// tooltips (domain.md: "the definition in force is shown in the UI").
namespace huddle::models {

QString formatPercent(const std::optional<double> &value, int decimals = 1);
QString formatRateWithN(const core::Rate &rate);
QString formatDuration(const std::optional<double> &seconds); // m:ss, or h:mm:ss past an hour
QString formatMoney(qint64 cents);
// "yes", "no", "yes (no repeat contact)", "no (repeat contact)" or empty: a conversation's FCR outcome.
QString formatResolved(const std::optional<bool> &exported, const std::optional<bool> &inferred);
QString rateTooltip(const QString &definition, const core::Rate &rate);
bool isSmallSample(qint64 n, const core::KpiDefinitions &definitions = {});

QString csatDefinition();
QString ahtDefinition(core::HandleBasis basis);
// " (talk only)", " (partly talk only)" or nothing: what an AHT figure must say about itself.
QString ahtBasisSuffix(core::HandleBasis basis);
QString fcrDefinition();
QString attendanceDefinition();
QString qaDefinition();

} // namespace huddle::models
