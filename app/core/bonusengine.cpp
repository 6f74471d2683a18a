// The bonus engine: one agent's month under a plan, as lines that always sum to the total. Components first
// (each pays ≥ 0, a line even when it pays nothing), then the gates in plan order on the running total, then
// the cap. Integer cents throughout; the only rounding is percentOf's (money.h).
#include "bonusengine.h"

#include "bonusmeasure.h"
#include "bonuswording.h"
#include "month.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <cmath>

namespace huddle::core {

namespace {

QJsonArray isoDays(const QList<QDate> &days)
{
    QJsonArray array;
    for (const QDate &day : days)
        array.append(day.toString(Qt::ISODate));
    return array;
}

// The facts of a reading, machine-readable: {"measure": "qa", "value": 72.5, "n": 4}.
QJsonObject readingJson(const MeasureReading &reading)
{
    QJsonObject object{{QStringLiteral("measure"), bonusMeasureCode(reading.measure)}};
    if (reading.measure.metric == BonusMetric::PerfectCsat) {
        object.insert(QStringLiteral("responses"), reading.n);
        object.insert(QStringLiteral("satisfied"), reading.hits);
        return object;
    }
    if (reading.measure.metric == BonusMetric::SalesAmount)
        object.insert(QStringLiteral("value"), centsText(std::llround(reading.value.value_or(0) * 100.0)));
    else if (reading.value)
        object.insert(QStringLiteral("value"), *reading.value);
    object.insert(QStringLiteral("n"), reading.n);
    if (!reading.days.isEmpty())
        object.insert(QStringLiteral("days"), isoDays(reading.days));
    return object;
}

QJsonObject conditionJson(const BonusCondition &condition, const MeasureReading &reading)
{
    QJsonObject object = readingJson(reading);
    if (condition.measure.metric != BonusMetric::PerfectCsat) {
        object.insert(QStringLiteral("comparison"), comparisonCode(condition.comparison));
        object.insert(QStringLiteral("threshold"), condition.value);
    }
    object.insert(QStringLiteral("min_sample"), condition.minSample);
    return object;
}

BonusLine startLine(BonusLineKind kind, const QString &id, const QString &label)
{
    BonusLine line;
    line.kind = kind;
    line.id = id;
    line.label = label;
    return line;
}

void flat(const BonusComponent &c, const BonusFacts &facts, const BonusText &text, BonusLine &line)
{
    const MeasureReading reading = facts.read(c.condition.measure);
    const Verdict verdict = judge(c.condition, reading);
    line.amount = verdict == Verdict::Holds ? c.amount : 0;
    line.explanation = text.flat(c.condition, reading, verdict, line.amount);
    line.inputs = conditionJson(c.condition, reading);
    line.evidence = evidenceOf(c.condition.measure);
}

Cents tierRate(const BonusComponent &c, const QString &tier)
{
    const QString wanted = tier.trimmed();
    for (const TierRate &rate : c.tierRates)
        if (rate.tier.trimmed() == wanted)
            return rate.cents;
    return c.otherTierCents;
}

void perUnit(const BonusComponent &c, const BonusFacts &facts, const BonusText &text, BonusLine &line)
{
    const BonusInputs &inputs = facts.inputs();
    QList<SalesTierTally> tallies = inputs.salesByTier;
    // Sales the totals count but no tier list names are untiered (BonusInputs says they should sum up).
    if (tallies.isEmpty() && inputs.totals.salesCount > 0)
        tallies.append({QString(), inputs.totals.salesCount, inputs.totals.salesCents});
    QList<UnitTerm> terms;
    QJsonArray tiers;
    qint64 sales = 0;
    for (const SalesTierTally &tally : std::as_const(tallies)) {
        if (tally.count == 0)
            continue;
        const Cents rate = tierRate(c, tally.tier);
        terms.append({tally.tier.trimmed(), tally.count, rate});
        line.amount += tally.count * rate;
        sales += tally.count;
        tiers.append(QJsonObject{{QStringLiteral("tier"), tally.tier.trimmed()},
                                 {QStringLiteral("count"), tally.count},
                                 {QStringLiteral("rate"), centsText(rate)},
                                 {QStringLiteral("amount"), centsText(tally.count * rate)}});
    }
    line.explanation = text.perUnit(terms, line.amount);
    line.inputs = {{QStringLiteral("sales"), sales}, {QStringLiteral("tiers"), tiers}};
    line.evidence = BonusEvidence::Sales;
}

void tiered(const BonusComponent &c, const BonusFacts &facts, const BonusText &text, BonusLine &line)
{
    const MeasureReading reading = facts.read(c.measure);
    Verdict verdict = Verdict::NotMet;
    const KpiBandAmount *band = nullptr;
    if (!reading.value)
        verdict = Verdict::NoData;
    else if (reading.n < c.measureMinSample)
        verdict = Verdict::TooFewSamples;
    else
        for (const KpiBandAmount &candidate : c.bands)
            if (inBand(candidate, *reading.value)) {
                band = &candidate;
                verdict = Verdict::Holds;
                break;
            }
    line.amount = band ? band->cents : 0;
    line.explanation = text.tiered(c, reading, verdict, band, line.amount);
    line.inputs = readingJson(reading);
    line.inputs.insert(QStringLiteral("min_sample"), c.measureMinSample);
    if (band) {
        line.inputs.insert(QStringLiteral("band_from"), band->from);
        line.inputs.insert(QStringLiteral("band_to"), band->to ? QJsonValue(*band->to) : QJsonValue());
    }
    line.evidence = evidenceOf(c.measure);
}

void percent(const BonusComponent &c, const BonusFacts &facts, Cents subtotal, const BonusText &text,
             BonusLine &line)
{
    const bool ofSales = c.base == PercentBase::SalesAmount;
    const Cents base = ofSales ? facts.inputs().totals.salesCents : subtotal;
    // A component never subtracts: negative sales (refunds) earn nothing rather than a negative amount.
    line.amount = std::max<Cents>(0, percentOf(base, c.basisPoints));
    line.explanation = text.percent(c.base, c.basisPoints, base, line.amount);
    line.inputs = {{QStringLiteral("base"), percentBaseCode(c.base)},
                   {QStringLiteral("base_amount"), centsText(base)},
                   {QStringLiteral("percent"), basisPointsText(c.basisPoints)}};
    line.evidence = ofSales ? BonusEvidence::Sales : BonusEvidence::None;
}

// `subtotal`: what the components before this one paid, the base of a percentage of the subtotal.
BonusLine componentLine(const BonusComponent &c, const BonusFacts &facts, Cents subtotal,
                        const BonusText &text)
{
    BonusLine line = startLine(BonusLineKind::Component, c.id, c.label);
    switch (c.kind) {
    case ComponentKind::Flat:
        flat(c, facts, text, line);
        break;
    case ComponentKind::PerUnit:
        perUnit(c, facts, text, line);
        break;
    case ComponentKind::Tiered:
        tiered(c, facts, text, line);
        break;
    case ComponentKind::Percent:
        percent(c, facts, subtotal, text, line);
        break;
    }
    return line;
}

// What a gate that holds would take, before it is limited to the running total.
Cents gateWants(const BonusGate &gate, Cents subtotal, Cents running)
{
    switch (gate.effect) {
    case GateEffect::Zero:
        return running;
    case GateEffect::ReducePercent:
        return percentOf(subtotal, gate.basisPoints);
    case GateEffect::ReduceAmount:
        return gate.amount;
    }
    return 0;
}

std::optional<BonusLine> gateLine(const BonusGate &gate, const BonusFacts &facts, Cents subtotal,
                                  Cents running, const BonusText &text)
{
    const MeasureReading reading = facts.read(gate.condition.measure);
    if (judge(gate.condition, reading) != Verdict::Holds)
        return std::nullopt;
    BonusLine line = startLine(BonusLineKind::Gate, gate.id, gate.label);
    const Cents wanted = gateWants(gate, subtotal, running);
    // No gate takes the bonus below zero.
    line.amount = -std::clamp<Cents>(wanted, 0, std::max<Cents>(running, 0));
    line.explanation = text.gate(gate, reading, wanted, running, line.amount);
    line.inputs = conditionJson(gate.condition, reading);
    line.inputs.insert(QStringLiteral("effect"), gateEffectCode(gate.effect));
    line.inputs.insert(QStringLiteral("before"), centsText(running));
    if (gate.effect == GateEffect::ReducePercent)
        line.inputs.insert(QStringLiteral("percent"), basisPointsText(gate.basisPoints));
    if (gate.effect == GateEffect::ReduceAmount)
        line.inputs.insert(QStringLiteral("reduce_by"), centsText(gate.amount));
    line.evidence = evidenceOf(gate.condition.measure);
    return line;
}

BonusLine capLine(Cents cap, Cents running, const BonusText &text)
{
    BonusLine line = startLine(BonusLineKind::Cap, QStringLiteral("cap"), BonusText::capLabel());
    line.amount = cap - running;
    line.explanation = text.cap(cap, running, line.amount);
    line.inputs = {{QStringLiteral("cap"), centsText(cap)}, {QStringLiteral("before"), centsText(running)}};
    return line;
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromCode(const std::array<const char *, N> &codes, QStringView code)
{
    for (std::size_t i = 0; i < N; ++i)
        if (code == QLatin1String(codes[i]))
            return static_cast<Enum>(i);
    return std::nullopt;
}

constexpr std::array<const char *, 4> lineKindCodes{"component", "gate", "cap", "adjustment"};
constexpr std::array<const char *, 6> evidenceCodes{"none", "csat", "sales", "attendance", "qa", "kpi"};

} // namespace

QString bonusLineKindCode(BonusLineKind kind)
{
    return QString::fromLatin1(lineKindCodes[static_cast<std::size_t>(kind)]);
}

std::optional<BonusLineKind> bonusLineKindFromCode(QStringView code)
{
    return fromCode<BonusLineKind>(lineKindCodes, code);
}

QString bonusEvidenceCode(BonusEvidence evidence)
{
    return QString::fromLatin1(evidenceCodes[static_cast<std::size_t>(evidence)]);
}

std::optional<BonusEvidence> bonusEvidenceFromCode(QStringView code)
{
    return fromCode<BonusEvidence>(evidenceCodes, code);
}

AgentBonus computeAgentBonus(const BonusPlan &plan, const BonusInputs &inputs, const MoneyFormat &money)
{
    const BonusFacts facts(plan, inputs);
    const BonusText text(money);
    AgentBonus bonus;
    for (const BonusComponent &component : plan.components) {
        bonus.lines.append(componentLine(component, facts, bonus.subtotal, text));
        bonus.subtotal += bonus.lines.back().amount;
    }
    Cents running = bonus.subtotal;
    for (const BonusGate &gate : plan.gates) {
        auto line = gateLine(gate, facts, bonus.subtotal, running, text);
        if (!line)
            continue;
        running += line->amount;
        bonus.lines.append(*line);
        if (gate.effect == GateEffect::Zero) // nothing is left for the gates after it
            break;
    }
    if (plan.cap && running > *plan.cap) {
        bonus.lines.append(capLine(*plan.cap, running, text));
        running = *plan.cap;
    }
    bonus.total = running;
    return bonus;
}

BonusLine adjustmentLine(QDate month, Cents paidCents, Cents nowCents, const MoneyFormat &money)
{
    BonusLine line = startLine(BonusLineKind::Adjustment, QStringLiteral("adjustment:") + monthCode(month),
                               BonusText::adjustmentLabel());
    line.amount = nowCents - paidCents;
    line.explanation = BonusText(money).adjustment(monthStart(month), paidCents, nowCents, line.amount);
    line.inputs = {{QStringLiteral("month"), monthCode(month)},
                   {QStringLiteral("paid"), centsText(paidCents)},
                   {QStringLiteral("now"), centsText(nowCents)}};
    return line;
}

QString bonusRoundingRule()
{
    return BonusText::roundingRule();
}

} // namespace huddle::core
