#include "calibrationview.h"

#include "calibrationresultsview.h"
#include "calibrationsessiondialog.h"
#include "calibrationworklist.h"
#include "currentuser.h"
#include "models/calibrationsessionmodel.h"
#include "models/sitetimezone.h"
#include "rowtable.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace huddle::ui {

CalibrationView::CalibrationView(QWidget *parent)
    : QaTab(parent)
    , m_sessions(new models::CalibrationSessionModel(this))
    , m_sessionView(makeRowTable(m_sessions, QStringLiteral("calibrationSessions"),
                                 tr("Calibration sessions"), this, models::CalibrationSessionModel::Name))
    , m_new(new QPushButton(tr("&New session…"), this))
    , m_close(new QPushButton(tr("C&lose session…"), this))
    , m_message(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_worklist(new CalibrationWorklist(this))
    , m_results(new CalibrationResultsView(this))
{
    m_new->setObjectName(QStringLiteral("newCalibrationSession"));
    m_close->setObjectName(QStringLiteral("closeCalibrationSession"));
    m_close->setToolTip(
        tr("Close the session: every evaluator's scores become visible and the results appear"));
    m_close->setEnabled(false);
    m_new->setEnabled(false);
    m_message->setWordWrap(true);
    m_message->setText(tr("Evaluators score the same conversations blind; closing the session shows how far "
                          "they agree. Calibration scores never count in QA %."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_worklist);
    m_stack->addWidget(m_results);

    auto *top = new QHBoxLayout;
    top->addWidget(m_message, 1);
    top->addWidget(m_new);
    top->addWidget(m_close);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_sessionView);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({110, 590});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &CalibrationView::newSession);
    connect(m_close, &QPushButton::clicked, this, &CalibrationView::confirmClose);
    connect(m_sessionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_reloading)
            showSelected();
    });
    connect(m_worklist, &CalibrationWorklist::scoresChanged, this,
            [this] { reloadSessions(selectedSessionId()); });
}

void CalibrationView::reload(const storage::Database *database, const models::Scope &scope)
{
    const qint64 selected = database == m_database ? selectedSessionId() : 0;
    m_database = database;
    m_scope = scope;
    m_new->setEnabled(database != nullptr && signedIn().mayAddTo(QStringLiteral("calibration_sessions")));
    if (database)
        m_zone = models::siteTimeZone(*database);
    m_sessions->setTimeZone(m_zone);
    reloadSessions(selected);
}

void CalibrationView::reloadSessions(qint64 selectId)
{
    QList<storage::CalibrationSessionSummary> sessions;
    QString failure;
    if (m_database) {
        auto listed = storage::CalibrationRepository(*m_database).sessions();
        if (listed)
            sessions = listed.value();
        else
            failure = tr("Could not load the sessions: %1").arg(listed.error().toString());
    }
    // One showSelected() at the end, not one per selection change on the way (a report is computed each
    // time).
    m_reloading = true;
    m_sessions->setSessions(sessions);
    const int row = m_sessions->rowOf(selectId);
    if (m_sessions->rowCount() > 0)
        m_sessionView->setCurrentIndex(m_sessions->index(std::max(0, row), 0));
    m_reloading = false;
    showSelected();
    if (!failure.isEmpty())
        m_placeholder->setText(failure); // shown: without sessions the placeholder is
}

qint64 CalibrationView::selectedSessionId() const
{
    const storage::CalibrationSessionSummary *session =
        m_sessions->sessionAt(m_sessionView->currentIndex().row());
    return session ? session->id : 0;
}

void CalibrationView::showSelected()
{
    const storage::CalibrationSessionSummary *session =
        m_sessions->sessionAt(m_sessionView->currentIndex().row());
    m_close->setEnabled(session && session->isOpen() && signedIn().arbitrates());
    if (!m_database || !session) {
        m_worklist->clear();
        m_results->clear();
        m_placeholder->setText(tr("Select a session, or create one with New session…"));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    if (session->isOpen()) {
        m_worklist->showSession(*m_database, *session, currentUserName());
        m_stack->setCurrentWidget(m_worklist);
        return;
    }
    const auto report = storage::CalibrationRepository(*m_database).report(session->id);
    if (!report) {
        m_placeholder->setText(tr("Could not compute the results: %1").arg(report.error().toString()));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    m_results->showReport(report.value(), m_zone);
    m_stack->setCurrentWidget(m_results);
}

void CalibrationView::newSession()
{
    if (!m_database)
        return;
    auto *dialog = new CalibrationSessionDialog(*m_database, m_scope, currentUserName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CalibrationSessionDialog::sessionCreated, this, [this](qint64 sessionId) {
        reloadSessions(sessionId);
        Q_EMIT qaDataChanged();
    });
    dialog->open();
}

void CalibrationView::confirmClose()
{
    const storage::CalibrationSessionSummary *session =
        m_sessions->sessionAt(m_sessionView->currentIndex().row());
    if (!session || !session->isOpen())
        return;
    const qint64 sessionId = session->id;
    QString text =
        tr("Close “%1”? Every evaluator's scores become visible to everyone, the results are computed, "
           "and no more scores can be added.")
            .arg(session->name);
    const int expected = session->conversations * static_cast<int>(session->evaluators.size());
    if (session->scoresPublished < expected)
        text += QStringLiteral("\n\n") +
                tr("Only %1 are in so far.").arg(models::CalibrationSessionModel::progressText(*session));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Close calibration session"), text,
                                QMessageBox::Cancel, this);
    QPushButton *closeButton = box->addButton(tr("Close session"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, closeButton, sessionId](QAbstractButton *clicked) {
        if (clicked == closeButton)
            closeSession(sessionId);
    });
    box->open();
}

void CalibrationView::closeSession(qint64 sessionId)
{
    if (!m_database)
        return;
    const core::Status closed =
        storage::CalibrationRepository(*m_database).close(sessionId, currentUserName());
    if (!closed) {
        QMessageBox::warning(this, tr("Close calibration session"), closed.error().toString());
        return;
    }
    reloadSessions(sessionId);
    Q_EMIT qaDataChanged();
}

} // namespace huddle::ui
