// The sentences of a bonus report: what each line says about its inputs and its money. The engine decides
// the amounts; this file only words them.
#include "bonuswording.h"

#include "plural.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace huddle::core {

namespace {

enum class Sample { Responses, Evaluations, Shifts, Conversations, Weights };

Sample sampleOf(const BonusMeasure &measure)
{
    switch (measure.metric) {
    case BonusMetric::PerfectCsat:
    case BonusMetric::CsatResponses:
        return Sample::Responses;
    case BonusMetric::QaEvaluations:
        return Sample::Evaluations;
    case BonusMetric::NoCallNoShows:
    case BonusMetric::UnexcusedAbsences:
    case BonusMetric::Violations:
    case BonusMetric::LateArrivals:
        return Sample::Shifts;
    case BonusMetric::WeightedScore:
        return Sample::Weights;
    case BonusMetric::Kpi:
        if (measure.kpi == KpiId::Csat || measure.kpi == KpiId::Nps)
            return Sample::Responses;
        if (measure.kpi == KpiId::Qa)
            return Sample::Evaluations;
        if (measure.kpi == KpiId::Attendance)
            return Sample::Shifts;
        break;
    case BonusMetric::SalesCount:
    case BonusMetric::SalesAmount:
    case BonusMetric::Handled:
        break;
    }
    return Sample::Conversations;
}

bool isPercent(const BonusMeasure &measure)
{
    return measure.metric == BonusMetric::Kpi && measure.kpi != KpiId::Aht && measure.kpi != KpiId::Cph &&
           measure.kpi != KpiId::Nps;
}

QString isoDays(const QList<QDate> &days)
{
    QStringList texts;
    for (const QDate &day : days)
        texts << day.toString(Qt::ISODate);
    return texts.join(QStringLiteral(", "));
}

} // namespace

BonusText::BonusText(const MoneyFormat &money)
    : m_money(money)
    , m_locale(money.displayLocale())
{
}

QString BonusText::plural(const char *source, qint64 n)
{
    return translatedPlural("huddle::core::BonusText", source, n);
}

QString BonusText::percentText(int basisPoints) const
{
    const qint64 size = std::abs(static_cast<qint64>(basisPoints));
    QString text = m_locale.toString(size / 100);
    if (const qint64 fraction = size % 100; fraction != 0) {
        text += m_locale.decimalPoint() + m_locale.toString(fraction / 10);
        if (fraction % 10 != 0)
            text += m_locale.toString(fraction % 10);
    }
    return basisPoints < 0 ? m_locale.negativeSign() + text : text;
}

QString BonusText::thresholdText(const BonusMeasure &measure, double value) const
{
    if (measure.metric == BonusMetric::SalesAmount)
        return money(std::llround(value * 100.0));
    const QString number = m_locale.toString(value, 'g', QLocale::FloatingPointShortest);
    if (isPercent(measure))
        return tr("%1 %", "a percentage").arg(number);
    if (measure.metric == BonusMetric::Kpi && measure.kpi == KpiId::Aht)
        return tr("%1 s", "seconds").arg(number);
    return number;
}

// One decimal (AHT whole seconds), or more when that would print the threshold itself for a value that
// is not equal to it ("QA 79.96 %, below 80 %" rather than "QA 80.0 %, below 80 %").
QString BonusText::valueText(const BonusMeasure &measure, double value, std::optional<double> threshold) const
{
    int decimals = measure.metric == BonusMetric::Kpi && measure.kpi == KpiId::Aht ? 0 : 1;
    while (threshold && value != *threshold && decimals < 4 &&
           m_locale.toString(value, 'f', decimals) == m_locale.toString(*threshold, 'f', decimals))
        ++decimals;
    return m_locale.toString(value, 'f', decimals);
}

QString BonusText::noData(const BonusMeasure &measure) const
{
    if (measure.metric == BonusMetric::WeightedScore)
        return tr("no KPI data for the weighted score");
    switch (measure.kpi) {
    case KpiId::Attendance:
        return tr("no scheduled shifts");
    case KpiId::Csat:
        return tr("no CSAT responses");
    case KpiId::Sales:
        return tr("no conversations handled");
    case KpiId::Qa:
        return tr("no QA evaluations");
    case KpiId::Aht:
        return tr("no handle times");
    case KpiId::Fcr:
        return tr("no resolution data");
    case KpiId::Cph:
        return tr("no on-queue time");
    case KpiId::Nps:
        return tr("no NPS responses");
    }
    return {};
}

QString BonusText::countReading(const MeasureReading &reading) const
{
    const qint64 count = std::llround(reading.value.value_or(0));
    QString text;
    switch (reading.measure.metric) {
    case BonusMetric::NoCallNoShows:
        text = plural(QT_TR_N_NOOP("%n no-call-no-show(s)"), count);
        break;
    case BonusMetric::UnexcusedAbsences:
        text = plural(QT_TR_N_NOOP("%n unexcused absence(s)"), count);
        break;
    case BonusMetric::Violations:
        text = plural(QT_TR_N_NOOP("%n attendance violation(s)"), count);
        break;
    case BonusMetric::LateArrivals:
        text = plural(QT_TR_N_NOOP("%n late arrival(s)"), count);
        break;
    case BonusMetric::SalesCount:
        return plural(QT_TR_N_NOOP("%n sale(s)"), count);
    case BonusMetric::Handled:
        return plural(QT_TR_N_NOOP("%n conversation(s) handled"), count);
    case BonusMetric::CsatResponses:
        return plural(QT_TR_N_NOOP("%n CSAT response(s)"), count);
    case BonusMetric::QaEvaluations:
        return plural(QT_TR_N_NOOP("%n QA evaluation(s)"), count);
    default:
        return {};
    }
    if (reading.days.size() == 1)
        return tr("%1 on %2", "count on a day").arg(text, isoDays(reading.days));
    return reading.days.isEmpty() ? text : tr("%1 (%2)", "count (days)").arg(text, isoDays(reading.days));
}

QString BonusText::valueReading(const MeasureReading &reading, std::optional<double> threshold) const
{
    const BonusMeasure &measure = reading.measure;
    if (!reading.value)
        return noData(measure);
    const QString value = valueText(measure, *reading.value, threshold);
    if (measure.metric == BonusMetric::WeightedScore)
        return reading.n >= 100
                   ? tr("weighted KPI score %1").arg(value)
                   : tr("weighted KPI score %1 (data on %2 % of the weights)").arg(value).arg(reading.n);
    const qint64 n = reading.n;
    switch (measure.kpi) {
    case KpiId::Attendance:
        return plural(QT_TR_N_NOOP("attendance %1 % on %n shift(s)"), n).arg(value);
    case KpiId::Csat:
        return plural(QT_TR_N_NOOP("CSAT %1 % on %n response(s)"), n).arg(value);
    case KpiId::Sales:
        return plural(QT_TR_N_NOOP("sales conversion %1 % on %n conversation(s)"), n).arg(value);
    case KpiId::Qa:
        return plural(QT_TR_N_NOOP("QA %1 % on %n evaluation(s)"), n).arg(value);
    case KpiId::Aht:
        return plural(QT_TR_N_NOOP("AHT %1 s on %n conversation(s)"), n).arg(value);
    case KpiId::Fcr:
        return plural(QT_TR_N_NOOP("FCR %1 % on %n conversation(s)"), n).arg(value);
    case KpiId::Cph:
        return plural(QT_TR_N_NOOP("%1 contacts per hour on %n conversation(s)"), n).arg(value);
    case KpiId::Nps:
        return plural(QT_TR_N_NOOP("NPS %1 on %n response(s)"), n).arg(value);
    }
    return value;
}

QString BonusText::reading(const MeasureReading &reading, std::optional<double> threshold) const
{
    switch (reading.measure.metric) {
    case BonusMetric::Kpi:
    case BonusMetric::WeightedScore:
        return valueReading(reading, threshold);
    case BonusMetric::SalesAmount:
        return tr("sales of %1").arg(money(std::llround(reading.value.value_or(0) * 100.0)));
    case BonusMetric::PerfectCsat: {
        // Tenths rounded half up (2 of 3 → 66.7), but a month short of perfect never reads "100.0 %": it is
        // shown as 99.9 at most.
        const qint64 rounded = reading.n > 0 ? (reading.hits * 2000 + reading.n) / (2 * reading.n) : 0;
        const qint64 tenths = reading.hits != reading.n ? std::min<qint64>(rounded, 999) : rounded;
        const QString value = reading.hits == reading.n
                                  ? m_locale.toString(100)
                                  : m_locale.toString(static_cast<double>(tenths) / 10, 'f', 1);
        return reading.n == 0 ? tr("no CSAT responses")
                              : plural(QT_TR_N_NOOP("CSAT %1 % on %n response(s)"), reading.n).arg(value);
    }
    default:
        return countReading(reading);
    }
}

QString BonusText::comparison(const BonusCondition &condition, bool negated) const
{
    const QString value = thresholdText(condition.measure, condition.value);
    Comparison shown = condition.comparison;
    if (negated) {
        static constexpr Comparison opposite[] = {Comparison::Below, Comparison::Above, Comparison::AtLeast,
                                                  Comparison::AtMost};
        shown = opposite[static_cast<int>(condition.comparison)];
    }
    switch (shown) {
    case Comparison::AtLeast:
        return tr("at least %1").arg(value);
    case Comparison::AtMost:
        return tr("at most %1").arg(value);
    case Comparison::Below:
        return tr("below %1").arg(value);
    case Comparison::Above:
        return tr("above %1").arg(value);
    }
    return value;
}

QString BonusText::shortfall(const BonusMeasure &measure, int minSample) const
{
    switch (sampleOf(measure)) {
    case Sample::Responses:
        return plural(QT_TR_N_NOOP("fewer than %n response(s)"), minSample);
    case Sample::Evaluations:
        return plural(QT_TR_N_NOOP("fewer than %n evaluation(s)"), minSample);
    case Sample::Shifts:
        return plural(QT_TR_N_NOOP("fewer than %n scheduled shift(s)"), minSample);
    case Sample::Conversations:
        return plural(QT_TR_N_NOOP("fewer than %n conversation(s)"), minSample);
    case Sample::Weights:
        return tr("data on less than %1 % of the weights").arg(minSample);
    }
    return {};
}

// The sentence of a component that paid nothing because its measure had no data or too small a sample.
QString BonusText::unsettled(const BonusMeasure &measure, const MeasureReading &reading, Verdict verdict,
                             int minSample, Cents amount) const
{
    if (verdict == Verdict::NoData)
        return tr("%1 → %2").arg(this->reading(reading), money(amount));
    return tr("%1: %2 → %3").arg(this->reading(reading), shortfall(measure, minSample), money(amount));
}

QString BonusText::perfectCsat(const BonusCondition &condition, const MeasureReading &reading,
                               Verdict verdict, Cents amount) const
{
    if (verdict == Verdict::NotMet)
        return tr("%1: not 100 % → %2").arg(this->reading(reading), money(amount));
    if (verdict == Verdict::Holds)
        return tr("%1 → %2").arg(this->reading(reading), money(amount));
    return unsettled(condition.measure, reading, verdict, std::max(condition.minSample, 1), amount);
}

QString BonusText::flat(const BonusCondition &condition, const MeasureReading &reading, Verdict verdict,
                        Cents amount) const
{
    if (condition.measure.metric == BonusMetric::PerfectCsat)
        return perfectCsat(condition, reading, verdict, amount);
    const QString facts = this->reading(reading, condition.value);
    switch (verdict) {
    case Verdict::Holds:
        return tr("%1, %2 → %3").arg(facts, comparison(condition), money(amount));
    case Verdict::NotMet:
        return tr("%1: %2 → %3").arg(facts, comparison(condition, true), money(amount));
    case Verdict::TooFewSamples:
    case Verdict::NoData:
        break;
    }
    return unsettled(condition.measure, reading, verdict, condition.minSample, amount);
}

QString BonusText::perUnit(const QList<UnitTerm> &terms, Cents amount) const
{
    qint64 sales = 0;
    QStringList parts;
    for (const UnitTerm &term : terms) {
        sales += term.count;
        const QString count = QString::number(term.count); // as %n writes counts
        parts << (term.tier.isEmpty() ? tr("%1 × no tier %2").arg(count, money(term.rate))
                                      : tr("%1 × tier %2 %3").arg(count, term.tier, money(term.rate)));
    }
    if (sales == 0)
        return tr("no sales → %1").arg(money(amount));
    return plural(QT_TR_N_NOOP("%n sale(s): %1 = %2"), sales)
        .arg(parts.join(QStringLiteral(" + ")), money(amount));
}

QString BonusText::tiered(const BonusComponent &component, const MeasureReading &reading, Verdict verdict,
                          const KpiBandAmount *band, Cents amount) const
{
    if (verdict == Verdict::NoData || verdict == Verdict::TooFewSamples)
        return unsettled(component.measure, reading, verdict, component.measureMinSample, amount);
    if (!band)
        return tr("%1: in no band → %2").arg(this->reading(reading), money(amount));
    const QString from = thresholdText(component.measure, band->from);
    const QString range =
        band->to ? tr("%1 to under %2", "a band").arg(from, thresholdText(component.measure, *band->to))
                 : tr("%1 and up", "a band").arg(from);
    return tr("%1, band %2 → %3").arg(this->reading(reading, band->from), range, money(amount));
}

QString BonusText::percent(PercentBase base, int basisPoints, Cents baseCents, Cents amount) const
{
    if (base == PercentBase::SalesAmount)
        return tr("%1 % of sales %2 → %3").arg(percentText(basisPoints), money(baseCents), money(amount));
    return tr("%1 % of the components above, %2 → %3")
        .arg(percentText(basisPoints), money(baseCents), money(amount));
}

QString BonusText::gate(const BonusGate &gate, const MeasureReading &reading, Cents wanted, Cents running,
                        Cents amount) const
{
    const BonusCondition &condition = gate.condition;
    // Counts speak for themselves ("1 no-call-no-show on 2026-10-14"); rates say what they fell short of.
    const QString facts =
        isCount(condition.measure)
            ? this->reading(reading)
            : tr("%1, %2").arg(this->reading(reading, condition.value), comparison(condition));
    const bool limited = wanted > running;
    switch (gate.effect) {
    case GateEffect::Zero:
        return tr("%1 → bonus %2").arg(facts, money(0));
    case GateEffect::ReducePercent:
        if (limited)
            return tr("%1 → %2 % = %3, only %4 left = %5")
                .arg(facts, percentText(-gate.basisPoints), money(-wanted), money(running), money(amount));
        return tr("%1 → %2 % = %3").arg(facts, percentText(-gate.basisPoints), money(amount));
    case GateEffect::ReduceAmount:
        if (limited)
            return tr("%1 → %2, only %3 left = %4").arg(facts, money(-wanted), money(running), money(amount));
        return tr("%1 → %2").arg(facts, money(amount));
    }
    return facts;
}

QString BonusText::cap(Cents cap, Cents before, Cents amount) const
{
    return tr("%1 is over the cap of %2 per agent → %3").arg(money(before), money(cap), money(amount));
}

QString BonusText::adjustment(QDate month, Cents paid, Cents now, Cents amount) const
{
    const QString name =
        tr("%1 %2", "month year").arg(m_locale.standaloneMonthName(month.month())).arg(month.year());
    return tr("Adjustment for %1: the data changed after the lock (paid %2, now %3) → %4")
        .arg(name, money(paid), money(now), money(amount));
}

QString BonusText::adjustmentLabel()
{
    return tr("Adjustment");
}

QString BonusText::capLabel()
{
    return tr("Cap per agent");
}

QString BonusText::roundingRule()
{
    return tr(
        "Amounts are whole cents, computed without floating point. Percentages are taken in integer "
        "arithmetic and rounded half away from zero to the cent (half a cent or more rounds up). "
        "Components are added in plan order; the gates then apply in plan order (a gate that zeroes the "
        "bonus ends them, and no gate takes the bonus below zero); the cap per agent applies last.");
}

} // namespace huddle::core
