#pragma once

#include "bonusmeasure.h"
#include "money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace huddle::core {

// One term of a per-unit sentence: "9 × tier A $8.00".
struct UnitTerm {
    QString tier; // empty: sales without a tier
    qint64 count = 0;
    Cents rate = 0;
};

// The sentences of a bonus report, translated in the context "huddle::core::BonusText". Numbers, percentages
// and money are the MoneyFormat's locale's; dates are ISO yyyy-MM-dd, which no reader can misread and which
// keeps the CSV byte-identical between runs.
class BonusText {
    Q_DECLARE_TR_FUNCTIONS(huddle::core::BonusText)

public:
    explicit BonusText(const MoneyFormat &money);

    QString money(Cents cents) const { return m_money.format(cents); }

    // "CSAT 96.0 % on 25 responses", "2 unexcused absences (2026-10-03, 2026-10-21)", "no QA evaluations".
    // `threshold`: show as many decimals as it takes to tell the value from it.
    QString reading(const MeasureReading &reading, std::optional<double> threshold = {}) const;
    // "below 80 %", "at least 90"; negated: what the value was instead ("below 90" for a failed "≥ 90").
    QString comparison(const BonusCondition &condition, bool negated = false) const;
    // "fewer than 5 responses"
    QString shortfall(const BonusMeasure &measure, int minSample) const;

    QString flat(const BonusCondition &condition, const MeasureReading &reading, Verdict verdict,
                 Cents amount) const;
    QString perUnit(const QList<UnitTerm> &terms, Cents amount) const;
    QString tiered(const BonusComponent &component, const MeasureReading &reading, Verdict verdict,
                   const KpiBandAmount *band, Cents amount) const;
    QString percent(PercentBase base, int basisPoints, Cents baseCents, Cents amount) const;
    // `wanted`: what the gate takes before it is limited to what is left (`running`).
    QString gate(const BonusGate &gate, const MeasureReading &reading, Cents wanted, Cents running,
                 Cents amount) const;
    QString cap(Cents cap, Cents before, Cents amount) const;
    QString adjustment(QDate month, Cents paid, Cents now, Cents amount) const;
    static QString adjustmentLabel();
    static QString capLabel();
    static QString roundingRule();

private:
    QString perfectCsat(const BonusCondition &condition, const MeasureReading &reading, Verdict verdict,
                        Cents amount) const;
    QString unsettled(const BonusMeasure &measure, const MeasureReading &reading, Verdict verdict,
                      int minSample, Cents amount) const;
    QString countReading(const MeasureReading &reading) const;
    QString valueReading(const MeasureReading &reading, std::optional<double> threshold) const;
    QString noData(const BonusMeasure &measure) const;
    QString thresholdText(const BonusMeasure &measure, double value) const;
    QString valueText(const BonusMeasure &measure, double value, std::optional<double> threshold) const;
    QString percentText(int basisPoints) const;
    static QString plural(const char *source, qint64 n);

    MoneyFormat m_money;
    QLocale m_locale;
};

} // namespace huddle::core
