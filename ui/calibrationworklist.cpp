#include "calibrationworklist.h"

#include "models/calibrationsessionmodel.h"
#include "qadialogs.h"
#include "rowtable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace huddle::ui {

CalibrationWorklist::CalibrationWorklist(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::CalibrationWorklistModel(this))
    , m_summary(new QLabel(this))
    , m_view(makeRowTable(m_model, QStringLiteral("calibrationWorklist"), tr("Your calibration worklist"),
                          this, models::CalibrationWorklistModel::YourScore))
    , m_score(new QPushButton(tr("&Score…"), this))
{
    m_summary->setWordWrap(true);
    m_score->setToolTip(tr("Score the selected conversation blind (Enter)"));
    m_score->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_score);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    // Enter on a row activates it: keyboard-only scoring.
    connect(m_view, &QAbstractItemView::activated, this, &CalibrationWorklist::scoreCurrent);
    connect(m_score, &QPushButton::clicked, this, &CalibrationWorklist::scoreCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_score->setEnabled(m_model->rowCount() > 0); });
}

void CalibrationWorklist::showSession(const storage::Database &database,
                                      const storage::CalibrationSessionSummary &session,
                                      const QString &viewer)
{
    const bool sameSession = m_database == &database && m_session.id == session.id && m_viewer == viewer;
    m_database = &database;
    m_session = session;
    m_viewer = viewer;
    if (!sameSession)
        m_view->setCurrentIndex({});
    reloadItems();
}

void CalibrationWorklist::clear()
{
    m_database = nullptr;
    m_session = {};
    m_model->setItems({});
    m_summary->clear();
}

void CalibrationWorklist::reloadItems()
{
    const int row = std::max(0, m_view->currentIndex().row());
    m_model->setItems({});
    if (!m_database)
        return;
    const storage::CalibrationRepository calibration(*m_database);
    if (auto fresh = calibration.session(m_session.id))
        m_session = fresh.value(); // the progress count moves as anybody publishes
    if (m_session.evaluators.contains(m_viewer)) {
        const auto items = calibration.worklist(m_session.id, m_viewer);
        if (!items) {
            m_summary->setText(tr("Could not load your worklist: %1").arg(items.error().toString()));
            return;
        }
        m_model->setItems(items.value());
        if (m_model->rowCount() > 0)
            m_view->selectRow(std::min(row, m_model->rowCount() - 1));
    }
    updateSummary();
}

void CalibrationWorklist::updateSummary()
{
    const QString all =
        tr("All evaluators together: %1.").arg(models::CalibrationSessionModel::progressText(m_session));
    if (!m_session.evaluators.contains(m_viewer)) {
        m_summary->setText(
            tr("You (%1) are not an evaluator of “%2”; its evaluators are %3. %4")
                .arg(m_viewer, m_session.name, QLocale().createSeparatedList(m_session.evaluators), all));
        return;
    }
    m_summary->setText(
        tr("Your scores in “%1”: %2 of %3 conversations published. %4 Others' scores stay hidden "
           "until the session is closed.")
            .arg(m_session.name, QLocale().toString(m_model->publishedCount()),
                 QLocale().toString(m_model->rowCount()), all));
}

QString CalibrationWorklist::summaryText() const
{
    return m_summary->text();
}

void CalibrationWorklist::scoreCurrent()
{
    const storage::CalibrationWorkItem *item = m_model->itemAt(m_view->currentIndex().row());
    if (!m_database || !item)
        return;
    EvaluationRequest request;
    if (item->ownEvaluationId != 0) {
        request.evaluationId = item->ownEvaluationId;
    } else {
        request.conversationId = item->conversationId;
        request.scorecardVersionId = m_session.scorecardVersionId;
        request.kind = core::EvaluationKind::Calibration;
        request.calibrationSessionId = m_session.id;
    }
    // The viewer is the current user: the form scores as them.
    EvaluationDialog *dialog = openEvaluationDialog(*m_database, request, this);
    connect(dialog, &EvaluationDialog::evaluationSaved, this, [this] {
        reloadItems();
        Q_EMIT scoresChanged();
    });
}

} // namespace huddle::ui
