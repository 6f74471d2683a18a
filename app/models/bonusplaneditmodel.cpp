#include "bonusplaneditmodel.h"

#include "bonusbandmodel.h"
#include "bonuscomponentmodel.h"
#include "bonusgatemodel.h"
#include "bonustierratemodel.h"
#include "valuecommand.h"

#include <QRegularExpression>
#include <QUndoStack>

namespace huddle::models {

namespace {

constexpr int planMergeId = 8; // typing into one field of the plan is one undo step

// Undo targets of the plan's own fields; the tables use targets with their tag in the high bits.
enum PlanTarget : qint64 { NameTarget = 1, WeightsTarget };

} // namespace

BonusPlanProblem bonusPlanProblem(const QString &message)
{
    // "components[2].bands[1]: …", "gates[0].condition.measure: …", "score_weights: …", "cap: …"
    static const QRegularExpression path(
        QStringLiteral(R"(^(components|gates)\[(\d+)\](?:\.(\w+)\[(\d+)\])?)"));
    BonusPlanProblem problem;
    if (const QRegularExpressionMatch match = path.match(message); match.hasMatch()) {
        problem.part = match.captured(1) == QLatin1String("components") ? BonusPlanProblem::Part::Component
                                                                        : BonusPlanProblem::Part::Gate;
        problem.row = match.captured(2).toInt();
        const QString detail = match.captured(3);
        if (detail == QLatin1String("bands"))
            problem.detail = BonusPlanProblem::Detail::Band;
        else if (detail.startsWith(QLatin1String("tier")))
            problem.detail = BonusPlanProblem::Detail::TierRate;
        if (problem.detail != BonusPlanProblem::Detail::None)
            problem.detailRow = match.captured(4).toInt();
    } else if (message.startsWith(QLatin1String("score_weights"))) {
        problem.part = BonusPlanProblem::Part::ScoreWeights;
    } else if (message.startsWith(QLatin1String("cap"))) {
        problem.part = BonusPlanProblem::Part::Cap;
    } else if (message.startsWith(QLatin1String("name"))) {
        problem.part = BonusPlanProblem::Part::Name;
    }
    return problem;
}

BonusPlanEditModel::BonusPlanEditModel(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_components(new BonusComponentModel(this))
    , m_gates(new BonusGateModel(this))
    , m_tierRates(new BonusTierRateModel(this))
    , m_bands(new BonusBandModel(this))
{
}

BonusPlanEditModel::~BonusPlanEditModel() = default;

void BonusPlanEditModel::setPlan(const core::BonusPlan &plan, bool saved)
{
    m_undo->clear();
    m_plan = plan;
    m_currentComponent = plan.components.isEmpty() ? -1 : 0;
    syncTables();
    // An imported plan or a new version is unsaved from the start: the clean state is one no edit reaches.
    if (!saved)
        m_undo->resetClean();
    Q_EMIT planChanged();
}

bool BonusPlanEditModel::isModified() const
{
    return !m_undo->isClean();
}

void BonusPlanEditModel::markSaved()
{
    m_undo->setClean();
    Q_EMIT planChanged();
}

void BonusPlanEditModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    refreshTables(); // editable flags change with it
    Q_EMIT planChanged();
}

void BonusPlanEditModel::setMoneyFormat(const core::MoneyFormat &money)
{
    m_money = money;
    refreshTables();
}

void BonusPlanEditModel::refreshTables()
{
    for (BonusPlanTableModel *table :
         std::initializer_list<BonusPlanTableModel *>{m_components, m_gates, m_tierRates, m_bands}) {
        if (table->rowCount() > 0)
            Q_EMIT table->dataChanged(table->index(0, 0),
                                      table->index(table->rowCount() - 1, table->columnCount() - 1));
    }
}

void BonusPlanEditModel::setCurrentComponent(int row)
{
    const int current = row >= 0 && row < m_plan.components.size() ? row : -1;
    if (current == m_currentComponent)
        return;
    m_currentComponent = current;
    m_tierRates->sync(m_plan);
    m_bands->sync(m_plan);
}

bool BonusPlanEditModel::change(const QString &text, const PlanEdit &edit, qint64 target)
{
    if (m_readOnly)
        return false;
    core::BonusPlan next = m_plan;
    edit(next);
    if (next == m_plan)
        return true; // nothing to undo
    m_undo->push(new ValueCommand<core::BonusPlan>(
        text, [this](const core::BonusPlan &plan) { apply(plan); }, m_plan, next, target ? planMergeId : -1,
        target));
    return true;
}

void BonusPlanEditModel::apply(const core::BonusPlan &plan)
{
    m_plan = plan;
    if (m_currentComponent >= m_plan.components.size())
        m_currentComponent = static_cast<int>(m_plan.components.size()) - 1;
    syncTables();
    Q_EMIT planChanged();
}

void BonusPlanEditModel::syncTables()
{
    m_components->sync(m_plan);
    m_gates->sync(m_plan);
    m_tierRates->sync(m_plan);
    m_bands->sync(m_plan);
}

void BonusPlanEditModel::setName(const QString &name)
{
    change(
        tr("Rename the plan"), [&name](core::BonusPlan &plan) { plan.name = name; }, NameTarget);
}

void BonusPlanEditModel::setCap(std::optional<core::Cents> cap)
{
    change(tr("Change the cap"), [cap](core::BonusPlan &plan) { plan.cap = cap; });
}

void BonusPlanEditModel::setOwnScoreWeights(bool own)
{
    change(tr("Change the score weights"), [own](core::BonusPlan &plan) {
        plan.scoreWeights.clear();
        if (own)
            for (const core::KpiId kpi : core::AllKpis)
                plan.scoreWeights.insert(kpi, core::KpiPlan::defaults().entry(kpi).weight);
    });
}

void BonusPlanEditModel::setScoreWeight(core::KpiId kpi, int percent)
{
    if (m_plan.scoreWeights.isEmpty())
        return; // the team's KPI plan decides; switch own weights on first
    change(
        tr("Change the score weights"),
        [kpi, percent](core::BonusPlan &plan) { plan.scoreWeights[kpi] = percent; },
        WeightsTarget + (qint64(kpi) << 8));
}

int BonusPlanEditModel::scoreWeightSum() const
{
    int sum = 0;
    for (const int weight : m_plan.scoreWeights)
        sum += weight;
    return sum;
}

} // namespace huddle::models
