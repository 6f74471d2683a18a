#pragma once

#include "core/bonusplan.h"
#include "core/result.h"

#include <QObject>

#include <functional>
#include <optional>

class QUndoStack;

namespace huddle::models {

class BonusBandModel;
class BonusComponentModel;
class BonusGateModel;
class BonusTierRateModel;

// Where a validation message points: "components[2].bands[1]: overlaps …" → component 2, band 1.
struct BonusPlanProblem {
    enum class Part { None, Name, Component, Gate, Cap, ScoreWeights };
    enum class Detail { None, TierRate, Band };
    Part part = Part::None;
    int row = -1; // of the component or gate
    Detail detail = Detail::None;
    int detailRow = -1;

    bool operator==(const BonusPlanProblem &) const = default;
};
// Reads the field path at the start of a BonusPlan::validate message.
BonusPlanProblem bonusPlanProblem(const QString &message);

// A bonus plan being edited: the draft core::BonusPlan, its components, gates, and the tier rates and bands
// of one component as item models, and the plan's own fields (name, cap, score weights). Every change goes
// through the undo stack as one step holding the plan before and after, so undo restores it exactly; the
// tables tell their views the smallest row change. A read-only model (a stored version being looked at)
// refuses every edit.
class BonusPlanEditModel : public QObject {
    Q_OBJECT
public:
    explicit BonusPlanEditModel(QObject *parent = nullptr);
    ~BonusPlanEditModel() override;

    // Starts editing `plan`: clears the undo stack; unsaved from the start unless `saved`.
    void setPlan(const core::BonusPlan &plan, bool saved = true);
    const core::BonusPlan &plan() const { return m_plan; }
    QUndoStack *undoStack() const { return m_undo; }
    bool isModified() const;
    void markSaved();
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // How the tables show money ($80.00, 80,00 €).
    void setMoneyFormat(const core::MoneyFormat &money);
    const core::MoneyFormat &moneyFormat() const { return m_money; }

    BonusComponentModel *components() const { return m_components; }
    BonusGateModel *gates() const { return m_gates; }
    // The tier rates and bands of the current component (empty when there is none).
    BonusTierRateModel *tierRates() const { return m_tierRates; }
    BonusBandModel *bands() const { return m_bands; }
    void setCurrentComponent(int row);
    int currentComponent() const { return m_currentComponent; }

    void setName(const QString &name);
    void setCap(std::optional<core::Cents> cap);
    // On: the plan weighs the KPIs itself, starting from the default KPI plan's weights; off: the team's KPI
    // plan decides (scoreWeights empty).
    void setOwnScoreWeights(bool own);
    void setScoreWeight(core::KpiId kpi, int percent);
    int scoreWeightSum() const;

    core::Status validation() const { return m_plan.validate(); }

    // One undoable step: `edit` changes a copy of the plan (no step when it changes nothing). Typing into one
    // field (same `target`) merges into one step. False when read-only.
    using PlanEdit = std::function<void(core::BonusPlan &)>;
    bool change(const QString &text, const PlanEdit &edit, qint64 target = 0);

Q_SIGNALS:
    void planChanged(); // any change: done, undone, redone or a new plan

private:
    void apply(const core::BonusPlan &plan);
    void syncTables();
    void refreshTables(); // every cell, without a change of rows

    core::BonusPlan m_plan;
    core::MoneyFormat m_money;
    QUndoStack *m_undo;
    BonusComponentModel *m_components;
    BonusGateModel *m_gates;
    BonusTierRateModel *m_tierRates;
    BonusBandModel *m_bands;
    int m_currentComponent = -1;
    bool m_readOnly = false;
};

} // namespace huddle::models
