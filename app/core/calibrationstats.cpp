// Calibration results (domain.md, "Calibration agreement"): Krippendorff's α on totals (interval) and per
// criterion (nominal for yes/no, interval for 1–5), pairwise agreement, each evaluator's mean deviation from
// the group and the conversations that split the evaluators most.
#include "calibrationstats.h"

#include <algorithm>

namespace huddle::core {

namespace {

// One conversation's cell per evaluator; a later score of the same pair replaces an earlier one.
using Grid = QList<QList<const CalibrationScore *>>;

Grid gridOf(const CalibrationInput &input)
{
    Grid grid(std::max(input.conversations, 0),
              QList<const CalibrationScore *>(std::max(input.evaluators, 0)));
    for (const CalibrationScore &score : input.scores)
        if (score.conversation >= 0 && score.conversation < input.conversations && score.evaluator >= 0 &&
            score.evaluator < input.evaluators)
            grid[score.conversation][score.evaluator] = &score;
    return grid;
}

ReliabilityData totalsData(const Grid &grid)
{
    ReliabilityData data;
    for (const auto &row : grid) {
        QList<std::optional<double>> unit;
        for (const CalibrationScore *score : row)
            unit.append(score ? score->totalPct : std::nullopt);
        data.append(unit);
    }
    return data;
}

// The criterion's answers as reliability data: raw points per evaluator, N/A and missing answers empty.
ReliabilityData criterionData(const Grid &grid, qsizetype criterion)
{
    ReliabilityData data;
    for (const auto &row : grid) {
        QList<std::optional<double>> unit;
        for (const CalibrationScore *score : row) {
            const bool answered =
                score && criterion < score->answers.size() && !score->answers[criterion].notApplicable;
            unit.append(answered ? std::optional<double>(score->answers[criterion].points) : std::nullopt);
        }
        data.append(unit);
    }
    return data;
}

CriterionAgreement agreementOf(const ReliabilityData &data, int criterion, AlphaMetric metric)
{
    CriterionAgreement agreement;
    agreement.criterion = criterion;
    agreement.metric = metric;
    agreement.alpha = krippendorffAlpha(data, metric);
    int pairs = 0;
    int agreeing = 0;
    for (const auto &unit : data) {
        QList<double> values;
        for (const auto &value : unit)
            if (value)
                values.append(*value);
        if (values.size() >= 2)
            ++agreement.pairableConversations;
        for (qsizetype i = 0; i < values.size(); ++i)
            for (qsizetype j = i + 1; j < values.size(); ++j) {
                ++pairs;
                agreeing += values[i] == values[j] ? 1 : 0;
            }
    }
    if (pairs > 0)
        agreement.agreementPct = 100.0 * agreeing / pairs;
    return agreement;
}

QList<EvaluatorDeviation> deviationsOf(const ReliabilityData &totals, int evaluators)
{
    QList<EvaluatorDeviation> result(std::max(evaluators, 0));
    QList<double> sums(result.size(), 0.0);
    QList<int> counted(result.size(), 0);
    for (qsizetype e = 0; e < result.size(); ++e)
        result[e].evaluator = static_cast<int>(e);
    for (const auto &unit : totals) {
        double sum = 0;
        int scores = 0;
        for (qsizetype e = 0; e < unit.size(); ++e)
            if (unit[e]) {
                sum += *unit[e];
                ++scores;
                ++result[e].conversationsScored;
            }
        if (scores < 2)
            continue;
        const double mean = sum / scores;
        for (qsizetype e = 0; e < unit.size(); ++e)
            if (unit[e]) {
                sums[e] += *unit[e] - mean;
                ++counted[e];
            }
    }
    for (qsizetype e = 0; e < result.size(); ++e)
        if (counted[e] > 0)
            result[e].meanDeviation = sums[e] / counted[e];
    // Strictest (most negative) first; evaluators without a deviation last; ties in evaluator order.
    std::stable_sort(result.begin(), result.end(),
                     [](const EvaluatorDeviation &a, const EvaluatorDeviation &b) {
                         if (a.meanDeviation && b.meanDeviation)
                             return *a.meanDeviation < *b.meanDeviation;
                         return a.meanDeviation.has_value() && !b.meanDeviation.has_value();
                     });
    return result;
}

QList<ConversationSpread> spreadsOf(const ReliabilityData &totals)
{
    QList<ConversationSpread> result;
    for (qsizetype c = 0; c < totals.size(); ++c) {
        ConversationSpread spread;
        spread.conversation = static_cast<int>(c);
        for (const auto &value : totals[c]) {
            if (!value)
                continue;
            spread.minPct = spread.scores == 0 ? *value : std::min(spread.minPct, *value);
            spread.maxPct = spread.scores == 0 ? *value : std::max(spread.maxPct, *value);
            ++spread.scores;
        }
        if (spread.scores < 2)
            continue;
        spread.spread = spread.maxPct - spread.minPct;
        result.append(spread);
    }
    std::stable_sort(
        result.begin(), result.end(),
        [](const ConversationSpread &a, const ConversationSpread &b) { return a.spread > b.spread; });
    return result;
}

} // namespace

AlphaVerdict verdictOf(std::optional<double> alpha)
{
    if (!alpha)
        return AlphaVerdict::Undefined;
    if (*alpha >= 0.8)
        return AlphaVerdict::Good;
    if (*alpha >= 0.667)
        return AlphaVerdict::Tentative;
    return AlphaVerdict::Recalibrate;
}

CalibrationResults calibrationResults(const CalibrationInput &input)
{
    const Grid grid = gridOf(input);
    const ReliabilityData totals = totalsData(grid);
    CalibrationResults results;
    results.totalAlpha = krippendorffAlpha(totals, AlphaMetric::Interval);
    for (qsizetype c = 0; c < input.criteria.size(); ++c) {
        const AlphaMetric metric =
            input.criteria[c].kind == CriterionKind::YesNo ? AlphaMetric::Nominal : AlphaMetric::Interval;
        results.criteria.append(agreementOf(criterionData(grid, c), static_cast<int>(c), metric));
    }
    results.evaluators = deviationsOf(totals, input.evaluators);
    results.conversations = spreadsOf(totals);
    return results;
}

} // namespace huddle::core
