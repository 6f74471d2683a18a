#include "peerreviewsview.h"

#include "currentuser.h"
#include "models/peerreviewassignmentmodel.h"
#include "models/sitetimezone.h"
#include "peerreviewdialog.h"
#include "qadialogs.h"
#include "rowtable.h"
#include "storage/peerreviewassignments.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace huddle::ui {

PeerReviewsView::PeerReviewsView(QWidget *parent)
    : QaTab(parent)
    , m_assignments(new models::PeerReviewAssignmentModel(this))
    , m_filter(new QComboBox(this))
    , m_review(new QPushButton(tr("&Review…"), this))
    , m_withdraw(new QPushButton(tr("&Withdraw"), this))
    , m_count(new QLabel(this))
    , m_view(makeRowTable(m_assignments, QStringLiteral("peerReviewList"), tr("Peer reviews asked"), this,
                          models::PeerReviewAssignmentModel::Conversation))
{
    m_filter->setObjectName(QStringLiteral("peerReviewFilter"));
    m_filter->setAccessibleName(tr("Show"));
    m_filter->addItem(tr("To do"), true);
    m_filter->addItem(tr("To do and done"), false);
    m_review->setObjectName(QStringLiteral("reviewAssigned"));
    m_review->setToolTip(tr("Write the selected peer review, as the colleague it was asked of"));
    m_withdraw->setObjectName(QStringLiteral("withdrawAssigned"));
    m_withdraw->setToolTip(tr("Take back the selected review; a done one stays as the record"));
    m_count->setObjectName(QStringLiteral("peerReviewCount"));
    layOut();

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { reloadAssignments(selectedAssignment() ? selectedAssignment()->id : 0); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PeerReviewsView::updateButtons);
    connect(m_view, &QAbstractItemView::activated, this, &PeerReviewsView::reviewSelected);
    connect(m_review, &QPushButton::clicked, this, &PeerReviewsView::reviewSelected);
    connect(m_withdraw, &QPushButton::clicked, this, &PeerReviewsView::withdrawSelected);
    updateButtons();
}

void PeerReviewsView::layOut()
{
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_filter);
    top->addWidget(m_count, 1);
    top->addWidget(m_review);
    top->addWidget(m_withdraw);
    auto *hint = new QLabel(tr("Ask for a review from the Conversations page: select a conversation, then "
                               "QA → Ask for a Peer Review…"),
                            this);
    hint->setStyleSheet(QStringLiteral("color: palette(mid)"));
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);
}

void PeerReviewsView::reload(const storage::Database *database, const models::Scope &)
{
    const qint64 selected = database == m_database && selectedAssignment() ? selectedAssignment()->id : 0;
    m_database = database;
    m_assignments->setTimeZone(database ? models::siteTimeZone(*database) : QTimeZone::utc());
    reloadAssignments(selected);
}

// Like disputes, the list is the site's whatever the console's scope: a review owed is never out of sight.
// An agent signed in sees the ones asked of them (the server also shows them who reviews their own work).
void PeerReviewsView::reloadAssignments(qint64 selectId)
{
    QList<storage::PeerReviewAssignment> rows;
    QString failure;
    if (m_database) {
        const auto listed = storage::PeerReviewAssignments(*m_database)
                                .list(signedIn().agent, m_filter->currentData().toBool());
        if (listed)
            rows = listed.value();
        else
            failure = tr("Could not load the peer reviews: %1").arg(listed.error().toString());
    }
    m_assignments->setAssignments(rows);
    if (m_assignments->rowCount() > 0)
        m_view->setCurrentIndex(m_assignments->index(std::max(0, m_assignments->rowOf(selectId)), 0));
    if (!m_database)
        m_count->clear();
    else if (!failure.isEmpty())
        m_count->setText(failure);
    else
        m_count->setText(tr("%1 to do").arg(QLocale().toString(m_assignments->toDoCount())));
    updateButtons();
}

const storage::PeerReviewAssignment *PeerReviewsView::selectedAssignment() const
{
    return m_assignments->assignmentAt(m_view->currentIndex().row());
}

void PeerReviewsView::updateButtons()
{
    const storage::PeerReviewAssignment *assignment = selectedAssignment();
    const SignedIn who = signedIn();
    const bool toDo = m_database && assignment && !assignment->done();
    m_review->setEnabled(toDo && who.mayAddTo(QStringLiteral("review_notes")) &&
                         who.mayReviewAs(assignment->reviewerAgentId));
    m_withdraw->setEnabled(toDo && who.mayAddTo(QStringLiteral("peer_review_assignments")));
}

void PeerReviewsView::reviewSelected()
{
    const storage::PeerReviewAssignment *assignment = selectedAssignment();
    if (!m_review->isEnabled() || !assignment)
        return;
    const qint64 id = assignment->id;
    auto *dialog = new PeerReviewDialog(*m_database, assignment->conversationId, currentUserName(), this);
    dialog->fixReviewer(assignment->reviewerAgentId);
    connect(dialog, &PeerReviewDialog::reviewPublished, this, [this, id] {
        reloadAssignments(id);
        Q_EMIT qaDataChanged();
    });
    showWindowModal(dialog);
}

void PeerReviewsView::withdrawSelected()
{
    const storage::PeerReviewAssignment *assignment = selectedAssignment();
    if (!m_withdraw->isEnabled() || !assignment)
        return;
    const auto withdrawn =
        storage::PeerReviewAssignments(*m_database).withdraw(assignment->id, currentUserName());
    if (!withdrawn) {
        m_count->setText(withdrawn.error().toString());
        return;
    }
    reloadAssignments(0);
    Q_EMIT qaDataChanged();
}

} // namespace huddle::ui
