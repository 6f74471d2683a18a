// BonusPlan::validate: the first problem of a plan, named by its field path in the JSON form
// ("components[1].bands[2]", "gates[0].condition.measure") so the editor and the importer can point at it.
#include "bonusplan.h"
#include "translation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace huddle::core {

namespace {

using Problem = std::optional<QString>;

// Amounts below 10^12 cents keep every product of the engine (count × rate, percentages) inside qint64.
constexpr Cents maxAmount = 1'000'000'000'000 - 1;

QString indexed(const QString &path, const char *field, qsizetype index)
{
    return QStringLiteral("%1.%2[%3]").arg(path, QLatin1String(field)).arg(index);
}

Problem amountProblem(Cents cents, const QString &field)
{
    if (cents < 0)
        return tr("%1: must not be negative, got %2").arg(field, centsText(cents));
    if (cents > maxAmount)
        return tr("%1: %2 is more than %3").arg(field, centsText(cents), centsText(maxAmount));
    return std::nullopt;
}

Problem basisPointsProblem(int basisPoints, const QString &field)
{
    if (basisPoints < 0 || basisPoints > 10000)
        return tr("%1: %2 % is outside 0–100 %").arg(field, basisPointsText(basisPoints));
    return std::nullopt;
}

bool knownMeasure(const BonusMeasure &measure)
{
    const int metric = static_cast<int>(measure.metric);
    const int kpi = static_cast<int>(measure.kpi);
    return metric >= 0 && metric <= static_cast<int>(BonusMetric::PerfectCsat) &&
           (measure.metric != BonusMetric::Kpi || (kpi >= 0 && kpi < KpiCount));
}

Problem measureProblem(const BonusMeasure &measure, const QString &field)
{
    if (!knownMeasure(measure))
        return tr("%1: unknown measure \"%2\"").arg(field, bonusMeasureCode(measure));
    return std::nullopt;
}

Problem sampleProblem(int minSample, const QString &field)
{
    if (minSample < 0)
        return tr("%1: must not be negative, got %2").arg(field).arg(minSample);
    return std::nullopt;
}

Problem conditionProblem(const BonusCondition &condition, const QString &path)
{
    if (auto problem = measureProblem(condition.measure, path + QStringLiteral(".measure")))
        return problem;
    const int comparison = static_cast<int>(condition.comparison);
    if (comparison < 0 || comparison > static_cast<int>(Comparison::Above))
        return tr("%1.comparison: unknown comparison").arg(path);
    if (!std::isfinite(condition.value))
        return tr("%1.value: not a number").arg(path);
    return sampleProblem(condition.minSample, path + QStringLiteral(".min_sample"));
}

Problem idProblem(const QString &id, const QString &path, QSet<QString> &seen)
{
    static const QRegularExpression wellFormed(QStringLiteral("^[a-z0-9_]+$"));
    if (!wellFormed.match(id).hasMatch())
        return tr("%1.id: \"%2\" must be lower-case letters, digits and _").arg(path, id);
    // "cap" is the id of the cap line in a report, so a component of that name would be ambiguous.
    if (id == QLatin1String("cap") || seen.contains(id))
        return tr("%1.id: \"%2\" is already used").arg(path, id);
    seen.insert(id);
    return std::nullopt;
}

// The id is well-formed and unused (recorded in `seen`), the label present.
Problem identityProblem(const QString &id, const QString &label, const QString &path, QSet<QString> &seen)
{
    if (auto problem = idProblem(id, path, seen))
        return problem;
    if (label.trimmed().isEmpty())
        return tr("%1.label: missing").arg(path);
    return std::nullopt;
}

Problem tierRatesProblem(const BonusComponent &component, const QString &path)
{
    QSet<QString> tiers;
    for (qsizetype i = 0; i < component.tierRates.size(); ++i) {
        const QString field = indexed(path, "tier_rates", i);
        const QString tier = component.tierRates[i].tier.trimmed();
        if (tier.isEmpty())
            return tr("%1.tier: missing").arg(field);
        if (tiers.contains(tier))
            return tr("%1.tier: tier \"%2\" appears twice").arg(field, tier);
        tiers.insert(tier);
        if (auto problem = amountProblem(component.tierRates[i].cents, field + QStringLiteral(".amount")))
            return problem;
    }
    return amountProblem(component.otherTierCents, path + QStringLiteral(".other_tier_amount"));
}

QString bandText(const KpiBandAmount &band)
{
    return band.to ? QStringLiteral("%1–%2").arg(planNumberText(band.from), planNumberText(*band.to))
                   : tr("%1 and up").arg(planNumberText(band.from));
}

bool overlap(const KpiBandAmount &a, const KpiBandAmount &b)
{
    const double aTo = a.to.value_or(HUGE_VAL);
    const double bTo = b.to.value_or(HUGE_VAL);
    return a.from < bTo && b.from < aTo;
}

Problem bandsProblem(const BonusComponent &component, const QString &path)
{
    if (component.measure.metric == BonusMetric::PerfectCsat)
        return tr("%1.measure: perfect_csat is yes or no; bands need a number").arg(path);
    if (component.bands.isEmpty())
        return tr("%1.bands: a tiered component needs at least one band").arg(path);
    for (qsizetype i = 0; i < component.bands.size(); ++i) {
        const KpiBandAmount &band = component.bands[i];
        const QString field = indexed(path, "bands", i);
        if (!std::isfinite(band.from) || (band.to && !std::isfinite(*band.to)))
            return tr("%1: from and to must be numbers").arg(field);
        if (band.to && *band.to <= band.from)
            return tr("%1: from %2 must be below to %3")
                .arg(field, planNumberText(band.from), planNumberText(*band.to));
        for (qsizetype j = 0; j < i; ++j)
            if (overlap(band, component.bands[j]))
                return tr("%1: overlaps bands[%2] (%3)").arg(field).arg(j).arg(bandText(component.bands[j]));
        if (auto problem = amountProblem(band.cents, field + QStringLiteral(".amount")))
            return problem;
    }
    return std::nullopt;
}

Problem kindProblem(const BonusComponent &component, const QString &path)
{
    switch (component.kind) {
    case ComponentKind::Flat:
        if (auto problem = conditionProblem(component.condition, path + QStringLiteral(".condition")))
            return problem;
        return amountProblem(component.amount, path + QStringLiteral(".amount"));
    case ComponentKind::PerUnit:
        return tierRatesProblem(component, path);
    case ComponentKind::Tiered:
        if (auto problem = measureProblem(component.measure, path + QStringLiteral(".measure")))
            return problem;
        if (auto problem = sampleProblem(component.measureMinSample, path + QStringLiteral(".min_sample")))
            return problem;
        return bandsProblem(component, path);
    case ComponentKind::Percent:
        if (component.base != PercentBase::SalesAmount && component.base != PercentBase::Subtotal)
            return tr("%1.base: unknown base").arg(path);
        return basisPointsProblem(component.basisPoints, path + QStringLiteral(".percent"));
    }
    return tr("%1.kind: unknown kind").arg(path);
}

Problem gateEffectProblem(const BonusGate &gate, const QString &path)
{
    switch (gate.effect) {
    case GateEffect::Zero:
        return std::nullopt;
    case GateEffect::ReducePercent:
        return basisPointsProblem(gate.basisPoints, path + QStringLiteral(".percent"));
    case GateEffect::ReduceAmount:
        return amountProblem(gate.amount, path + QStringLiteral(".amount"));
    }
    return tr("%1.effect: unknown effect").arg(path);
}

Problem weightsProblem(const QMap<KpiId, int> &weights)
{
    if (weights.isEmpty())
        return std::nullopt;
    int sum = 0;
    for (auto it = weights.begin(); it != weights.end(); ++it) {
        if (it.value() < 0 || it.value() > 100)
            return tr("score_weights.%1: weight %2 is outside 0–100").arg(kpiCode(it.key())).arg(it.value());
        sum += it.value();
    }
    if (sum != 100)
        return tr("score_weights: weights sum to %1, not 100").arg(sum);
    return std::nullopt;
}

Problem planProblem(const BonusPlan &plan)
{
    QSet<QString> ids;
    for (qsizetype i = 0; i < plan.components.size(); ++i) {
        const BonusComponent &component = plan.components[i];
        const QString path = QStringLiteral("components[%1]").arg(i);
        if (auto problem = identityProblem(component.id, component.label, path, ids))
            return problem;
        if (auto problem = kindProblem(component, path))
            return problem;
    }
    for (qsizetype i = 0; i < plan.gates.size(); ++i) {
        const BonusGate &gate = plan.gates[i];
        const QString path = QStringLiteral("gates[%1]").arg(i);
        if (auto problem = identityProblem(gate.id, gate.label, path, ids))
            return problem;
        if (auto problem = conditionProblem(gate.condition, path + QStringLiteral(".condition")))
            return problem;
        if (auto problem = gateEffectProblem(gate, path))
            return problem;
    }
    if (plan.cap)
        if (auto problem = amountProblem(*plan.cap, QStringLiteral("cap")))
            return problem;
    return weightsProblem(plan.scoreWeights);
}

} // namespace

Status BonusPlan::validate() const
{
    if (const Problem problem = planProblem(*this))
        return Error{*problem, {}};
    return Done{};
}

} // namespace huddle::core
