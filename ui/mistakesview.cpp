#include "mistakesview.h"

#include "models/mistakeinstancemodel.h"
#include "models/mistakemodel.h"
#include "qadialogs.h"
#include "qatableview.h"
#include "storage/directoryrepository.h"
#include "storage/evaluationrepository.h"
#include "storage/mistakerepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {
constexpr qint64 wholeScope = -1; // the agent box's first entry: every agent of the scope's team
}

MistakesView::MistakesView(QWidget *parent)
    : QaTab(parent)
    , m_mistakes(new models::MistakeModel(this))
    , m_instances(new models::MistakeInstanceModel(this))
    , m_agent(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_mistakeView(new QaTableView(m_mistakes, models::MistakeModel::SortRole, this))
    , m_instancesTitle(new QLabel(this))
    , m_instanceView(new QaTableView(m_instances, models::MistakeInstanceModel::SortRole, this))
{
    m_agent->setObjectName(QStringLiteral("mistakeAgent"));
    m_agent->setAccessibleName(tr("Agent"));
    m_agent->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summary->setObjectName(QStringLiteral("mistakeSummary"));
    m_summary->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("mistakeEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_mistakeView->setObjectName(QStringLiteral("mistakeTable"));
    m_mistakeView->setAccessibleName(tr("Mistakes by impact"));
    m_instanceView->setObjectName(QStringLiteral("mistakeEvaluations"));
    m_instanceView->setAccessibleName(tr("Evaluations behind the selected mistake"));
    m_instanceView->setToolTip(tr("Double-click or press Enter to open the evaluation"));

    auto *agentLabel = new QLabel(tr("&Agent:"), this);
    agentLabel->setBuddy(m_agent);
    auto *top = new QHBoxLayout;
    top->addWidget(agentLabel);
    top->addWidget(m_agent);
    top->addWidget(m_summary, 1);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_instancesTitle);
    lowerLayout->addWidget(m_instanceView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_mistakeView);
    splitter->addWidget(lower);
    splitter->setSizes({380, 260});
    splitter->setChildrenCollapsible(false);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_agent, &QComboBox::currentIndexChanged, this, &MistakesView::reloadMistakes);
    connect(m_mistakeView, &QaTableView::currentSourceRowChanged, this, &MistakesView::showInstances);
    connect(m_instanceView, &QaTableView::rowActivated, this, &MistakesView::openSelectedInstance);
}

void MistakesView::reload(const storage::Database *database, const models::Scope &scope)
{
    // A new scope agent or team replaces the agent picked here; a new period keeps the pick.
    const bool followScope =
        database != m_database || scope.agentId != m_scope.agentId || scope.teamId != m_scope.teamId;
    m_database = database;
    m_scope = scope;
    fillAgents(followScope);
    reloadMistakes();
}

void MistakesView::fillAgents(bool followScope)
{
    const QVariant picked = followScope ? QVariant() : m_agent->currentData();
    const QSignalBlocker blocker(m_agent);
    m_agent->clear();
    if (!m_database || !m_scope.range.isValid())
        return;
    m_agent->addItem(m_scope.teamId ? tr("Whole team") : tr("All agents"), wholeScope);
    const storage::DirectoryRepository directory(*m_database);
    const auto agents = directory.agents(m_scope.teamId, m_scope.range.to);
    for (const storage::AgentEntry &agent : agents ? agents.value() : QList<storage::AgentEntry>{})
        m_agent->addItem(agent.name, agent.id);
    // The scope's agent may have left the team before the period's last day: list them all the same.
    if (m_scope.agentId && m_agent->findData(*m_scope.agentId) < 0)
        if (const auto everyone = directory.agents(std::nullopt, m_scope.range.to))
            for (const storage::AgentEntry &agent : everyone.value())
                if (agent.id == *m_scope.agentId)
                    m_agent->addItem(agent.name, agent.id);
    const QVariant wanted = picked.isValid() ? picked : QVariant(m_scope.agentId.value_or(wholeScope));
    m_agent->setCurrentIndex(std::max(0, m_agent->findData(wanted)));
}

std::optional<qint64> MistakesView::pickedAgent() const
{
    const qint64 id = m_agent->currentData().toLongLong();
    return id == wholeScope || m_agent->currentIndex() < 0 ? std::nullopt : std::optional<qint64>(id);
}

QString MistakesView::pickedAgentName() const
{
    if (m_agent->currentIndex() > 0)
        return m_agent->currentText();
    return m_scope.teamId ? tr("the team") : tr("all agents");
}

void MistakesView::reloadMistakes()
{
    QList<storage::Mistake> mistakes;
    QString failure;
    if (m_database && m_scope.range.isValid()) {
        const auto found = storage::MistakeRepository(*m_database)
                               .mistakesByImpact(m_scope.range, m_scope.teamId, pickedAgent());
        if (found)
            mistakes = found.value();
        else
            failure = tr("Could not load mistakes: %1").arg(found.error().toString());
    }
    m_mistakes->setMistakes(mistakes);
    m_mistakeView->resizeColumnsToContents();
    m_mistakeView->selectSourceRowOrFirst(0);
    if (!failure.isEmpty()) {
        m_summary->setText(failure);
        return;
    }
    describe(m_database ? countEvaluations() : std::nullopt);
}

std::optional<int> MistakesView::countEvaluations() const
{
    storage::EvaluationFilter filter;
    filter.range = m_scope.range;
    filter.teamId = m_scope.teamId;
    filter.agentId = pickedAgent();
    filter.kind = core::EvaluationKind::Qa;
    filter.statuses = {core::EvaluationStatus::Published, core::EvaluationStatus::Final};
    const auto listed = storage::EvaluationRepository(*m_database).list(filter);
    return listed ? std::optional<int>(static_cast<int>(listed.value().size())) : std::nullopt;
}

void MistakesView::describe(const std::optional<int> &evaluations)
{
    const QString who = pickedAgentName();
    const bool none = m_mistakes->rowCount() == 0;
    m_stack->setCurrentIndex(none ? 1 : 0);
    if (!m_database) {
        m_summary->clear();
        m_empty->clear();
        return;
    }
    const QString period = periodText();
    if (evaluations == 0)
        m_empty->setText(
            tr("No published QA evaluations for %1 in this period (%2).\nEvaluate conversations from the "
               "Queue tab; their failed criteria appear here once published.")
                .arg(who, period));
    else if (none)
        m_empty->setText(tr("No failed criteria: %1 passed every criterion of %n published QA "
                            "evaluation(s) in this period (%2).",
                            nullptr, evaluations.value_or(0))
                             .arg(who, period));
    const QString basis = evaluations ? tr("%n published QA evaluation(s)", nullptr, *evaluations)
                                      : tr("published QA evaluations");
    m_summary->setText(none ? QString()
                            : tr("%1, %2: failed criteria of %3, the most QA points lost first — fix "
                                 "these in this order.")
                                  .arg(who, period, basis));
}

QString MistakesView::periodText() const
{
    const QLocale locale;
    return tr("%1 to %2")
        .arg(locale.toString(m_scope.range.from, QLocale::ShortFormat),
             locale.toString(m_scope.range.to, QLocale::ShortFormat));
}

void MistakesView::showInstances()
{
    const storage::Mistake *mistake = m_mistakes->mistakeAt(m_mistakeView->currentSourceRow());
    m_instances->setInstances(mistake ? mistake->instances : QList<storage::MistakeInstance>{});
    m_instancesTitle->setText(
        mistake ? tr("<b>Evaluations behind “%1”</b> — %n failure(s); double-click one to open it", nullptr,
                     mistake->failures)
                      .arg(mistake->criterionName.toHtmlEscaped())
                : QString());
    m_instanceView->resizeColumnsToContents();
    m_instanceView->selectSourceRowOrFirst(0);
}

QWidget *MistakesView::openSelectedInstance()
{
    const storage::MistakeInstance *instance = m_instances->instanceAt(m_instanceView->currentSourceRow());
    if (!m_database || !instance)
        return nullptr;
    EvaluationRequest request;
    request.evaluationId = instance->evaluationId;
    EvaluationDialog *dialog = openEvaluationDialog(*m_database, request, this);
    connect(dialog, &EvaluationDialog::evaluationSaved, this, [this] {
        reloadMistakes();
        Q_EMIT qaDataChanged();
    });
    return dialog;
}

} // namespace huddle::ui
