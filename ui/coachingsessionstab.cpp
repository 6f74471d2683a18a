#include "coachingsessionstab.h"

#include "currentuser.h"
#include "models/coachingsessionmodel.h"
#include "models/coachingtext.h"
#include "qatableview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace huddle::ui {

CoachingSessionsTab::CoachingSessionsTab(CoachingPage *page)
    : CoachingTab(page)
    , m_model(new models::CoachingSessionModel(this))
    , m_statusFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_plan(new QPushButton(tr("&Plan session…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_view(new QaTableView(m_model, models::CoachingSessionModel::SortRole, this))
    , m_count(new QLabel(this))
{
    m_statusFilter->setObjectName(QStringLiteral("sessionStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Session status"));
    m_statusFilter->addItem(tr("All sessions"), -1);
    for (core::SessionStatus status :
         {core::SessionStatus::Planned, core::SessionStatus::Held, core::SessionStatus::Closed})
        m_statusFilter->addItem(models::CoachingText::statusName(status), static_cast<int>(status));
    m_search->setObjectName(QStringLiteral("sessionSearch"));
    m_search->setPlaceholderText(tr("Search by agent"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search sessions by agent"));
    m_view->proxy()->setFilterKeyColumn(models::CoachingSessionModel::Agent);
    m_view->setObjectName(QStringLiteral("sessionTable"));
    m_view->setAccessibleName(tr("Coaching sessions"));
    fitColumns(m_view, models::CoachingSessionModel::Focus);
    m_plan->setObjectName(QStringLiteral("planSession"));
    m_plan->setToolTip(tr("Plan a session with an agenda proposed from the data (Ctrl+Shift+N)"));
    m_open->setObjectName(QStringLiteral("openSession"));
    m_open->setToolTip(tr("Open the selected session (Enter)"));
    m_delete->setObjectName(QStringLiteral("deleteSession"));
    m_delete->setToolTip(tr("Delete the selected session; only planned sessions can be deleted"));
    m_count->setObjectName(QStringLiteral("sessionCount"));
    m_count->setWordWrap(true);
    layOut();

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        if (database())
            reload();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_view->proxy()->setFilterFixedString(text.trimmed());
        m_view->selectSourceRowOrFirst(m_view->currentSourceRow());
        updateCount();
    });
    connect(m_view, &QaTableView::rowActivated, this, &CoachingSessionsTab::openSelected);
    connect(m_view, &QaTableView::currentSourceRowChanged, this, &CoachingSessionsTab::updateButtons);
    connect(m_plan, &QPushButton::clicked, this, &CoachingSessionsTab::planSession);
    connect(m_open, &QPushButton::clicked, this, &CoachingSessionsTab::openSelected);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(); });
    // On the whole page: planning is the first thing a team leader does there, whatever tab is up.
    auto *plan = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), page);
    plan->setWhatsThis(tr("Plan a coaching session"));
    connect(plan, &QShortcut::activated, this, [this] {
        this->page()->showTab(CoachingPage::SessionsTab);
        planSession();
    });
    updateButtons();
}

void CoachingSessionsTab::layOut()
{
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusFilter);
    auto *top = new QHBoxLayout;
    top->addWidget(statusLabel);
    top->addWidget(m_statusFilter);
    top->addWidget(m_search, 1);
    top->addWidget(m_plan);
    top->addWidget(m_open);
    top->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
}

storage::CoachingFilter CoachingSessionsTab::filter() const
{
    storage::CoachingFilter filter;
    filter.range = scope().range;
    filter.teamId = scope().teamId;
    filter.agentId = scope().agentId;
    if (const int status = m_statusFilter->currentData().toInt(); status >= 0)
        filter.status = static_cast<core::SessionStatus>(status);
    return filter;
}

void CoachingSessionsTab::reload()
{
    if (const storage::CoachingSessionSummary *selected = selectedSession(); selected && !m_selectAfterLoad)
        m_selectAfterLoad = selected->id;
    const storage::CoachingFilter requested = filter();
    load<QList<storage::CoachingSessionSummary>>(
        [requested](const storage::Database &db) {
            return storage::CoachingRepository(db).sessions(requested);
        },
        [this](const core::Result<QList<storage::CoachingSessionSummary>> &sessions) { display(sessions); });
}

void CoachingSessionsTab::release()
{
    m_model->setSessions({});
    m_failure.clear();
    m_selectAfterLoad = 0;
    updateButtons();
    updateCount();
}

void CoachingSessionsTab::display(const core::Result<QList<storage::CoachingSessionSummary>> &sessions)
{
    m_model->setSessions(sessions ? sessions.value() : QList<storage::CoachingSessionSummary>{});
    m_failure = sessions ? QString() : tr("Could not load the sessions: %1").arg(sessions.error().toString());
    m_view->selectSourceRowOrFirst(m_model->rowOf(m_selectAfterLoad));
    m_selectAfterLoad = 0;
    updateButtons();
    updateCount();
}

QString CoachingSessionsTab::title() const
{
    return tr("Sessions");
}

const storage::CoachingSessionSummary *CoachingSessionsTab::selectedSession() const
{
    return m_model->sessionAt(m_view->currentSourceRow());
}

void CoachingSessionsTab::selectSession(qint64 sessionId)
{
    m_view->selectSourceRow(m_model->rowOf(sessionId));
}

// The agent the scope bar shows, if one: planning usually follows looking at their figures.
void CoachingSessionsTab::planSession()
{
    if (!roleAllows(QStringLiteral("coaching_sessions")))
        return;
    page()->planSession(scope().agentId.value_or(0),
                        [this](qint64 sessionId) { m_selectAfterLoad = sessionId; });
}

void CoachingSessionsTab::openSelected()
{
    if (const storage::CoachingSessionSummary *session = selectedSession())
        page()->openSession(session->id);
}

bool CoachingSessionsTab::deleteSelected(bool ask)
{
    const storage::CoachingSessionSummary *selected = selectedSession();
    if (!database() || !selected || selected->status != core::SessionStatus::Planned)
        return false;
    const qint64 sessionId = selected->id; // the list may reload while the question is up
    const QString what =
        tr("the session with %1 planned for %2")
            .arg(selected->agentName, QLocale().toString(selected->day, QLocale::ShortFormat));
    if (ask && QMessageBox::question(this, tr("Delete session"),
                                     tr("Delete %1, with its agenda? This cannot be undone.").arg(what)) !=
                   QMessageBox::Yes)
        return false;
    const core::Status removed = storage::CoachingRepository(*database())
                                     .remove(sessionId, currentUserName(), QDateTime::currentDateTimeUtc());
    if (!removed) {
        m_failure = tr("Could not delete %1: %2").arg(what, removed.error().toString());
        updateCount();
        return false;
    }
    reload();
    Q_EMIT coachingDataChanged();
    return true;
}

void CoachingSessionsTab::updateButtons()
{
    const storage::CoachingSessionSummary *session = selectedSession();
    const bool writes = roleAllows(QStringLiteral("coaching_sessions"));
    m_plan->setEnabled(writes);
    m_open->setEnabled(session != nullptr);
    m_delete->setEnabled(session && session->status == core::SessionStatus::Planned && writes);
}

void CoachingSessionsTab::updateCount()
{
    if (!m_failure.isEmpty()) {
        m_count->setText(m_failure);
        return;
    }
    const QLocale locale;
    const int shown = m_view->proxy()->rowCount();
    const int listed = m_model->rowCount();
    m_count->setText(shown == listed
                         ? tr("%1 sessions").arg(locale.toString(listed))
                         : tr("%1 of %2 sessions").arg(locale.toString(shown), locale.toString(listed)));
}

} // namespace huddle::ui
