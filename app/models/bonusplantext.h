#pragma once

#include "core/bonusplan.h"

#include <QCoreApplication>
#include <QString>

namespace huddle::models {

// The words of the bonus plan editor: names of measures, comparisons, kinds, bases and gate effects, and the
// one-line summaries its tables show ("Perfect CSAT month (n ≥ 5) → $80.00").
class BonusPlanText {
    Q_DECLARE_TR_FUNCTIONS(BonusPlanText)
public:
    // "Perfect CSAT month", "Weighted KPI score", "CSAT %", "No-call-no-shows", …; the code itself when
    // unknown.
    static QString measureName(const QString &code);
    static QString measureName(const core::BonusMeasure &measure);
    // What the minimum sample of a measure counts: "responses", "shifts", "evaluations", …
    static QString sampleName(const core::BonusMeasure &measure);
    static QString comparisonName(core::Comparison comparison); // "≥ at least", …
    static QString kindName(core::ComponentKind kind);
    static QString baseName(core::PercentBase base);
    static QString effectName(core::GateEffect effect);

    // "Perfect CSAT month (n ≥ 5)", "QA % < 80 (n ≥ 1)", "No-call-no-shows ≥ 1".
    static QString conditionText(const core::BonusCondition &condition);
    // Flat: "Perfect CSAT month (n ≥ 5) → $80.00"; per unit: "Per sale: A $8.00, B $12.00; other $0.00";
    // tiered: "Weighted KPI score: 80–90 → $25.00, ≥ 90 → $50.00"; percent: "2.5 % of the sales amount".
    static QString componentSummary(const core::BonusComponent &component, const core::MoneyFormat &money);
    // "bonus → 0", "− 50 %", "− $20.00".
    static QString gateEffectText(const core::BonusGate &gate, const core::MoneyFormat &money);
    // " (n ≥ 5)", or empty for no minimum.
    static QString sampleText(int minSample);
    // "80–90", "≥ 90".
    static QString bandRange(const core::KpiBandAmount &band);
};

} // namespace huddle::models
