#include "disputesview.h"

#include "currentuser.h"
#include "disputedecisiondialog.h"
#include "models/disputelistmodel.h"
#include "models/disputetext.h"
#include "models/scorehistorymodel.h"
#include "models/sitetimezone.h"
#include "qadialogs.h"
#include "rowtable.h"
#include "storage/evaluationrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

} // namespace

DisputesView::DisputesView(QWidget *parent)
    : QaTab(parent)
    , m_disputes(new models::DisputeListModel(this))
    , m_history(new models::ScoreHistoryModel(this))
    , m_filter(new QComboBox(this))
    , m_decide(new QPushButton(tr("&Decide…"), this))
    , m_openEvaluation(new QPushButton(tr("&Open evaluation"), this))
    , m_count(new QLabel(this))
    , m_view(makeRowTable(m_disputes, QStringLiteral("disputeList"), tr("Disputes"), this,
                          models::DisputeListModel::Score))
    , m_detail(new QLabel(this))
    , m_historyView(makeRowTable(m_history, QStringLiteral("scoreHistory"), tr("Score history"), this,
                                 models::ScoreHistoryModel::Reason))
{
    m_filter->setObjectName(QStringLiteral("disputeFilter"));
    m_filter->setAccessibleName(tr("Show"));
    // All by default: open ones come first anyway, and the decided ones below show how disputes went.
    m_filter->addItem(tr("All disputes"), false);
    m_filter->addItem(tr("Open disputes only"), true);
    m_decide->setObjectName(QStringLiteral("decideDispute"));
    m_decide->setToolTip(tr("Accept, partially accept or reject the selected dispute, as arbitrator"));
    m_openEvaluation->setObjectName(QStringLiteral("openDisputedEvaluation"));
    m_detail->setObjectName(QStringLiteral("disputeDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layOut();

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { reloadDisputes(selectedDispute() ? selectedDispute()->id : 0); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_reloading)
            showSelected();
    });
    connect(m_view, &QAbstractItemView::activated, this, &DisputesView::decideSelected);
    connect(m_decide, &QPushButton::clicked, this, &DisputesView::decideSelected);
    connect(m_openEvaluation, &QPushButton::clicked, this, &DisputesView::openSelectedEvaluation);
    showSelected();
}

// The list on top, the selected dispute's reasons and score history below.
void DisputesView::layOut()
{
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_filter);
    top->addWidget(m_count, 1);
    top->addWidget(m_decide);
    top->addWidget(m_openEvaluation);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_detail);
    lowerLayout->addWidget(new QLabel(tr("<b>Score history</b> — QA averages use the latest score"), lower));
    lowerLayout->addWidget(m_historyView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(lower);
    splitter->setSizes({380, 260});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

void DisputesView::reload(const storage::Database *database, const models::Scope &)
{
    const qint64 selected = database == m_database && selectedDispute() ? selectedDispute()->id : 0;
    m_database = database;
    if (database)
        m_zone = models::siteTimeZone(*database);
    m_disputes->setTimeZone(m_zone);
    m_history->setTimeZone(m_zone);
    reloadDisputes(selected);
}

// Disputes are the arbitrator's queue across the site: they are listed whatever the console's scope, so
// none goes past its deadline unseen.
void DisputesView::reloadDisputes(qint64 selectId)
{
    QList<storage::DisputeEntry> disputes;
    QString failure;
    if (m_database) {
        const auto listed = storage::DisputeRepository(*m_database).list(m_filter->currentData().toBool());
        if (listed)
            disputes = listed.value();
        else
            failure = tr("Could not load disputes: %1").arg(listed.error().toString());
    }
    m_reloading = true; // one showSelected() at the end, not one per selection change on the way
    m_disputes->setDisputes(disputes, QDateTime::currentDateTimeUtc());
    if (m_disputes->rowCount() > 0)
        m_view->setCurrentIndex(m_disputes->index(std::max(0, m_disputes->rowOf(selectId)), 0));
    m_reloading = false;
    const int overdue = m_disputes->overdueCount();
    const QString listed = QLocale().toString(m_disputes->rowCount());
    if (!m_database)
        m_count->clear();
    else if (!failure.isEmpty())
        m_count->setText(failure);
    else
        m_count->setText(overdue > 0 ? tr("%1 listed, %2 overdue").arg(listed, QLocale().toString(overdue))
                                     : tr("%1 listed").arg(listed));
    showSelected();
}

const storage::DisputeEntry *DisputesView::selectedDispute() const
{
    return m_disputes->disputeAt(m_view->currentIndex().row());
}

void DisputesView::showSelected()
{
    const storage::DisputeEntry *dispute = selectedDispute();
    m_decide->setEnabled(dispute && !dispute->outcome && signedIn().arbitrates());
    m_openEvaluation->setEnabled(dispute != nullptr);
    m_history->setHistory({});
    if (!dispute || !m_database) {
        m_detail->setText(m_database ? tr("Select a dispute to read its reason and score history.")
                                     : QString());
        return;
    }
    describe(*dispute);
    const auto history = storage::EvaluationRepository(*m_database).history(dispute->evaluationId);
    if (history)
        m_history->setHistory(history.value());
    else
        m_detail->setText(m_detail->text() + QStringLiteral("\n") + history.error().toString());
}

void DisputesView::describe(const storage::DisputeEntry &dispute)
{
    QString text = tr("%1's evaluation by %2 — raised by %3 on %4: “%5”")
                       .arg(dispute.agentName, dispute.evaluator, dispute.raisedBy,
                            models::formatSiteTime(dispute.raisedAt, m_zone), dispute.reason);
    if (dispute.outcome)
        text += QStringLiteral("\n") + tr("%1 by %2 on %3: “%4”")
                                           .arg(models::outcomeText(*dispute.outcome), dispute.arbitrator,
                                                models::formatSiteTime(dispute.decidedAt, m_zone),
                                                dispute.decisionReason);
    m_detail->setText(text);
}

void DisputesView::decideSelected()
{
    const storage::DisputeEntry *dispute = selectedDispute();
    if (!m_database || !dispute || !m_decide->isEnabled())
        return;
    auto *dialog = new DisputeDecisionDialog(*m_database, *dispute, currentUserName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DisputeDecisionDialog::decided, this, [this](qint64 disputeId) {
        reloadDisputes(disputeId);
        Q_EMIT qaDataChanged();
    });
    dialog->open();
}

void DisputesView::openSelectedEvaluation()
{
    const storage::DisputeEntry *dispute = selectedDispute();
    if (!m_database || !dispute)
        return;
    EvaluationRequest request;
    request.evaluationId = dispute->evaluationId;
    openEvaluationDialog(*m_database, request, this);
}

} // namespace huddle::ui
