#include "evaluationsview.h"

#include "currentuser.h"
#include "disputeopendialog.h"
#include "models/disputetext.h"
#include "models/evaluationlistmodel.h"
#include "models/qatext.h"
#include "models/sitetimezone.h"
#include "qadialogs.h"
#include "qatableview.h"
#include "tableexportaction.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

using Column = models::EvaluationListModel::Column;

// The kind filter's entries: empty is "QA and peer reviews" (calibration scores are never listed here).
constexpr int bothKinds = -1;

// Figures written as numbers in exports; the rest as the text shown.
const QHash<int, reports::CellKind> exportedKinds{{Column::Score, reports::CellKind::Percent},
                                                  {Column::Annotations, reports::CellKind::Number}};

} // namespace

EvaluationsView::EvaluationsView(QWidget *parent)
    : QaTab(parent)
    , m_model(new models::EvaluationListModel(this))
    , m_status(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_evaluator(new QComboBox(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_dispute(new QPushButton(tr("&Dispute…"), this))
    , m_delete(new QPushButton(tr("De&lete draft…"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_view(new QaTableView(m_model, models::EvaluationListModel::SortRole, this))
    , m_count(new QLabel(this))
{
    fillFilters();
    m_open->setObjectName(QStringLiteral("openEvaluation"));
    m_open->setToolTip(tr("Open the selected evaluation in the evaluation form (Enter)"));
    m_dispute->setObjectName(QStringLiteral("disputeEvaluation"));
    m_dispute->setToolTip(tr("Contest the selected published QA evaluation, or one of its criteria"));
    m_delete->setObjectName(QStringLiteral("deleteDraft"));
    m_export->setObjectName(QStringLiteral("exportEvaluations"));
    m_export->setToolTip(tr("Save the list as shown as CSV or XLSX"));
    m_view->setObjectName(QStringLiteral("evaluationTable"));
    m_view->setAccessibleName(tr("Evaluations"));
    m_view->proxy()->setFilterKeyColumn(Column::Evaluator);

    layOut();

    connect(m_status, &QComboBox::currentIndexChanged, this, &EvaluationsView::reloadList);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EvaluationsView::reloadList);
    connect(m_evaluator, &QComboBox::currentIndexChanged, this, &EvaluationsView::applyEvaluatorFilter);
    connect(m_view, &QaTableView::rowActivated, this, &EvaluationsView::openSelected);
    connect(m_view, &QaTableView::currentSourceRowChanged, this, &EvaluationsView::updateButtons);
    connect(m_open, &QPushButton::clicked, this, &EvaluationsView::openSelected);
    connect(m_dispute, &QPushButton::clicked, this, &EvaluationsView::disputeSelected);
    connect(m_delete, &QPushButton::clicked, this, &EvaluationsView::deleteSelected);
    connect(m_export, &QPushButton::clicked, this, &EvaluationsView::exportWithDialog);
    updateButtons();
}

void EvaluationsView::fillFilters()
{
    m_status->setObjectName(QStringLiteral("evaluationStatus"));
    m_status->addItem(tr("Any status"), -1);
    for (const core::EvaluationStatus status :
         {core::EvaluationStatus::Draft, core::EvaluationStatus::Published, core::EvaluationStatus::Disputed,
          core::EvaluationStatus::Final})
        m_status->addItem(models::evaluationStatusText(status), static_cast<int>(status));
    m_kind->setObjectName(QStringLiteral("evaluationKind"));
    m_kind->addItem(tr("QA and peer reviews"), bothKinds);
    m_kind->addItem(tr("QA evaluations"), static_cast<int>(core::EvaluationKind::Qa));
    m_kind->addItem(tr("Peer reviews"), static_cast<int>(core::EvaluationKind::Peer));
    m_evaluator->setObjectName(QStringLiteral("evaluationEvaluator"));
    m_evaluator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

void EvaluationsView::layOut()
{
    auto *filters = new QHBoxLayout;
    for (const auto &[text, box] : {std::pair{tr("S&tatus:"), m_status}, std::pair{tr("&Kind:"), m_kind},
                                    std::pair{tr("E&valuator:"), m_evaluator}}) {
        auto *label = new QLabel(text, this);
        label->setBuddy(box);
        filters->addWidget(label);
        filters->addWidget(box);
    }
    filters->addStretch(1);
    for (QPushButton *button : {m_open, m_dispute, m_delete, m_export})
        filters->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
}

void EvaluationsView::reload(const storage::Database *database, const models::Scope &scope)
{
    m_database = database;
    m_scope = scope;
    reloadList();
}

void EvaluationsView::reloadList()
{
    const storage::EvaluationListEntry *current = selected();
    const qint64 selectedId = current ? current->id : 0;
    QList<storage::EvaluationListEntry> evaluations;
    m_failure.clear();
    if (m_database && m_scope.range.isValid()) {
        storage::EvaluationFilter filter;
        filter.range = m_scope.range;
        filter.teamId = m_scope.teamId;
        filter.agentId = m_scope.agentId;
        if (const int kind = m_kind->currentData().toInt(); kind != bothKinds)
            filter.kind = static_cast<core::EvaluationKind>(kind);
        if (const int status = m_status->currentData().toInt(); status >= 0)
            filter.statuses = {static_cast<core::EvaluationStatus>(status)};
        const auto listed = storage::EvaluationRepository(*m_database).list(filter);
        if (listed)
            evaluations = listed.value();
        else
            m_failure = tr("Could not load evaluations: %1").arg(listed.error().toString());
    }
    m_model->setEvaluations(evaluations, m_database ? models::siteTimeZone(*m_database) : QTimeZone::utc());
    fillEvaluators();
    applyEvaluatorFilter();
    m_view->resizeColumnsToContents();
    m_view->selectSourceRowOrFirst(m_model->rowOf(selectedId));
    updateCount();
}

// The evaluators of the listed evaluations; the one picked stays picked while it still has any.
void EvaluationsView::fillEvaluators()
{
    const QString picked = m_evaluator->currentData().toString();
    const QSignalBlocker blocker(m_evaluator);
    m_evaluator->clear();
    m_evaluator->addItem(tr("Anyone"), QString());
    for (const QString &name : m_model->evaluators())
        m_evaluator->addItem(name, name);
    m_evaluator->setCurrentIndex(std::max(0, m_evaluator->findData(picked)));
}

void EvaluationsView::applyEvaluatorFilter()
{
    const QString evaluator = m_evaluator->currentData().toString();
    m_view->proxy()->setFilterRegularExpression(
        evaluator.isEmpty() ? QString() : QStringLiteral("^%1$").arg(QRegularExpression::escape(evaluator)));
    m_view->selectSourceRowOrFirst(m_view->currentSourceRow());
    updateCount();
}

void EvaluationsView::updateCount()
{
    m_count->setText(!m_database ? QString() : !m_failure.isEmpty() ? m_failure : countText());
}

QString EvaluationsView::countText() const
{
    const int shown = m_view->proxy()->rowCount();
    if (m_model->rowCount() == 0)
        return tr("No evaluations of this kind and status in this period.");
    if (shown == m_model->rowCount())
        return tr("%n evaluation(s)", nullptr, shown);
    return tr("%1 of %n evaluation(s), by %2", nullptr, m_model->rowCount())
        .arg(QLocale().toString(shown), m_evaluator->currentText());
}

const storage::EvaluationListEntry *EvaluationsView::selected() const
{
    return m_model->evaluationAt(m_view->currentSourceRow());
}

void EvaluationsView::updateButtons()
{
    const storage::EvaluationListEntry *entry = selected();
    m_open->setEnabled(entry != nullptr);
    const SignedIn who = signedIn();
    m_dispute->setEnabled(entry && entry->kind == core::EvaluationKind::Qa &&
                          entry->status == core::EvaluationStatus::Published &&
                          who.mayAddTo(QStringLiteral("disputes")));
    m_delete->setEnabled(entry && entry->status == core::EvaluationStatus::Draft && who.evaluates());
    m_export->setEnabled(m_database && m_view->proxy()->rowCount() > 0);
}

QWidget *EvaluationsView::openSelected()
{
    const storage::EvaluationListEntry *entry = selected();
    if (!m_database || !entry)
        return nullptr;
    EvaluationRequest request;
    request.evaluationId = entry->id;
    EvaluationDialog *dialog = openEvaluationDialog(*m_database, request, this);
    connect(dialog, &EvaluationDialog::evaluationSaved, this, &EvaluationsView::changed);
    return dialog;
}

QWidget *EvaluationsView::disputeSelected()
{
    const storage::EvaluationListEntry *entry = selected();
    if (!m_database || !entry)
        return nullptr;
    auto *dialog = new DisputeOpenDialog(*m_database, entry->id, currentUserName(), this);
    connect(dialog, &DisputeOpenDialog::disputeOpened, this, &EvaluationsView::changed);
    return showWindowModal(dialog);
}

void EvaluationsView::deleteSelected()
{
    const storage::EvaluationListEntry *entry = selected();
    if (!m_database || !entry || entry->status != core::EvaluationStatus::Draft)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete draft"),
        tr("Delete the draft evaluation of %1's conversation %2 by %3? This cannot be undone; the audit "
           "log keeps a record that it was deleted.")
            .arg(entry->agentName, entry->conversationRef, entry->evaluator),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const core::Status removed =
            storage::EvaluationRepository(*m_database).removeDraft(entry->id, currentUserName());
        !removed) {
        QMessageBox::warning(this, tr("Delete draft"), removed.error().toString());
        return;
    }
    changed();
}

void EvaluationsView::changed()
{
    reloadList();
    Q_EMIT qaDataChanged();
}

core::Status EvaluationsView::exportTo(const QString &path) const
{
    return TableExportAction::exportToFile(*m_view->proxy(), models::EvaluationListModel::ValueRole,
                                           exportedKinds, path);
}

void EvaluationsView::exportWithDialog()
{
    const QLocale locale;
    const QString period = tr("%1 to %2")
                               .arg(locale.toString(m_scope.range.from, QLocale::ShortFormat),
                                    locale.toString(m_scope.range.to, QLocale::ShortFormat));
    TableExportAction::exportWithDialog(this, *m_view->proxy(), models::EvaluationListModel::ValueRole,
                                        exportedKinds, tr("Evaluations %1").arg(period));
}

} // namespace huddle::ui
