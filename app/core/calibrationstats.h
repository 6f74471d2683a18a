#pragma once

#include "krippendorff.h"
#include "qascore.h"

#include <QList>

#include <optional>

// What a closed calibration session says: how far evaluators agree, who is strict or lenient, and which
// conversations split them. Pure; storage/calibrationrepository.cpp feeds it the session's scores.
namespace huddle::core {

struct CalibrationScore {
    int conversation = 0;           // index into the session's conversations
    int evaluator = 0;              // index into the session's evaluators
    std::optional<double> totalPct; // core::qaScorePct of the answers
    QList<CriterionAnswer> answers; // in flatCriteria() order
};

struct CalibrationInput {
    QList<Criterion> criteria; // the session's scorecard, flatCriteria() order
    int conversations = 0;
    int evaluators = 0;
    QList<CalibrationScore> scores; // published calibration evaluations only
};

struct CriterionAgreement {
    int criterion = 0;
    // Share of pairs of evaluators (on the same conversation, both answering, N/A left out) who gave the same
    // answer; empty without a single pair.
    std::optional<double> agreementPct;
    AlphaMetric metric = AlphaMetric::Nominal; // nominal for yes/no, interval for 1–5 scales
    std::optional<double> alpha;
    int pairableConversations = 0;
};

struct EvaluatorDeviation {
    int evaluator = 0;
    // Mean of (evaluator's total − mean total of all evaluators of the same conversation), over conversations
    // scored by at least two; negative = stricter than the group, positive = more lenient.
    std::optional<double> meanDeviation;
    int conversationsScored = 0;
};

struct ConversationSpread {
    int conversation = 0;
    double minPct = 0;
    double maxPct = 0;
    double spread = 0; // max − min
    int scores = 0;
};

enum class AlphaVerdict { Good, Tentative, Recalibrate, Undefined };
// domain.md: α ≥ 0.8 good, 0.667–0.8 tentative, below that recalibrate.
AlphaVerdict verdictOf(std::optional<double> alpha);

struct CalibrationResults {
    std::optional<double> totalAlpha;        // interval α on the totals
    QList<CriterionAgreement> criteria;      // in criterion order
    QList<EvaluatorDeviation> evaluators;    // strictest first; evaluators without a deviation last
    QList<ConversationSpread> conversations; // widest spread first; those with < 2 scores left out
};

CalibrationResults calibrationResults(const CalibrationInput &input);

} // namespace huddle::core
