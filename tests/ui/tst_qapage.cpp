// The QA page end to end, offscreen, on a small demo database: the queue against plain SQL, Enter opening the
// evaluation form and an evaluated conversation leaving the queue, the evaluation list's filters, mistakes by
// impact against MistakeRepository, the empty state, QA settings and the main window's QA actions.
#include "askpeerreviewdialog.h"
#include "conversationspage.h"
#include "currentuser.h"
#include "demowindow.h"
#include "evaluationdialog.h"
#include "evaluationsview.h"
#include "mainwindow.h"
#include "mistakesview.h"
#include "models/conversationtablemodel.h"
#include "models/evaluationlistmodel.h"
#include "models/mistakeinstancemodel.h"
#include "models/mistakemodel.h"
#include "models/peerreviewassignmentmodel.h"
#include "models/qaqueuemodel.h"
#include "peerreviewdialog.h"
#include "peerreviewsview.h"
#include "qaactions.h"
#include "qapage.h"
#include "qasettingsdialog.h"
#include "qatableview.h"
#include "queueview.h"
#include "scopebar.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "storage/mistakerepository.h"
#include "storage/scorecardrepository.h"
#include "support/testmain.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;

namespace {

QString isoDay(QDate day)
{
    return day.toString(Qt::ISODate);
}

// The evaluation forms on screen.
QList<ui::EvaluationDialog *> evaluationDialogs()
{
    QList<ui::EvaluationDialog *> dialogs;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<ui::EvaluationDialog *>(widget); dialog && dialog->isVisible())
            dialogs.append(dialog);
    return dialogs;
}

// The queue is read on a worker thread.
bool waitForQueue(const ui::QueueView *queue)
{
    return QTest::qWaitFor([queue] { return !queue->isLoading(); }, 30000);
}

void closeEvaluationDialogs()
{
    for (ui::EvaluationDialog *dialog : evaluationDialogs())
        dialog->reject(); // deleted on close
    QTRY_VERIFY(evaluationDialogs().isEmpty());
}

} // namespace

class TestQaPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { closeEvaluationDialogs(); }
    void pageShortcutStillWorks();
    void queueListsLowCsatConversationsWaiting();
    void enterOpensTheEvaluationForm();
    void evaluationsFilterByStatusKindAndEvaluator();
    void mistakesSortedByPointsLost();
    void mistakesOfOneAgentListTheirEvaluations();
    void mistakesExplainAnEmptyPeriod();
    void qaSettingsAreSaved();
    void timelineMarkerOpensTheEvaluation();
    void evaluateFromTheConversationsPage();
    void evaluatedConversationLeavesTheQueue();
    void userNameForThisRunIsNotStored();
    void askForAPeerReviewThenWriteOrWithdrawIt();
    void cleanupTestCase() { m_window.reset(); }

private:
    qint64 scalar(const QString &sql) { return testsupport::scalarAt(m_path, sql); }
    QString inRange(const QString &column) const;
    ui::QaPage *showQaTab(ui::QaPage::Tab tab);
    ui::QueueView *showLowCsatQueue();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ui::MainWindow> m_window;
    const core::DateRange m_range{QDate(2026, 4, 17), QDate(2026, 5, 31)}; // the demo's 45 days
};

void TestQaPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("qa.sqlite"));
    QString error;
    m_window = testsupport::openDemoWindow(m_path, 2, 10, 45, m_range.to, &error);
    QVERIFY2(m_window, qPrintable(error));
    QVERIFY2(scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM evaluations WHERE kind = 'qa' AND status = 'published'")) > 5,
             "the demo should hold published QA evaluations");
}

void TestQaPage::init()
{
    m_window->scopeBar()->setTeam(std::nullopt);
    m_window->scopeBar()->setRange(m_range);
    QCOMPARE(m_window->scopeBar()->scope().range, m_range);
}

QString TestQaPage::inRange(const QString &column) const
{
    return QStringLiteral("%1 BETWEEN '%2' AND '%3'").arg(column, isoDay(m_range.from), isoDay(m_range.to));
}

ui::QaPage *TestQaPage::showQaTab(ui::QaPage::Tab tab)
{
    m_window->showPage(ui::MainWindow::QaIndex);
    ui::QaPage *page = m_window->qa();
    page->showTab(tab);
    return page;
}

ui::QueueView *TestQaPage::showLowCsatQueue()
{
    ui::QueueView *queue = showQaTab(ui::QaPage::QueueTab)->queue();
    queue->sourceBox()->setCurrentIndex(
        queue->sourceBox()->findData(static_cast<int>(storage::QueueSource::LowCsat)));
    return waitForQueue(queue) ? queue : nullptr;
}

void TestQaPage::pageShortcutStillWorks()
{
    m_window->showPage(ui::MainWindow::DashboardIndex);
    QApplication::setActiveWindow(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), int(ui::MainWindow::QaIndex));
    QCOMPARE(m_window->qa()->tabs()->count(), 6);
}

// Low CSAT: an answer in the bottom half of its scale, on a handled conversation no QA evaluation covers.
void TestQaPage::queueListsLowCsatConversationsWaiting()
{
    ui::QueueView *queue = showLowCsatQueue();
    QVERIFY(queue);
    const qint64 waiting =
        scalar(QStringLiteral(
                   "SELECT COUNT(*) FROM conversations c WHERE c.answered = 1 AND c.agent_id IS NOT NULL AND "
                   "%1 AND c.csat_score IS NOT NULL AND c.csat_scale_max > c.csat_scale_min AND "
                   "2 * (c.csat_score - c.csat_scale_min) < c.csat_scale_max - c.csat_scale_min AND NOT "
                   "EXISTS (SELECT 1 FROM evaluations e WHERE e.conversation_id = c.id AND e.kind = 'qa')")
                   .arg(inRange(QStringLiteral("c.day"))));
    QVERIFY(waiting > 0);
    QCOMPARE(queue->model()->rowCount(), std::min<int>(waiting, ui::QueueView::Limit));
    QVERIFY(queue->countLabel()->text().contains(QLocale().toString(queue->model()->rowCount())));
    // Every row's CSAT is below 50 % of its scale.
    for (int row = 0; row < queue->model()->rowCount(); ++row)
        QVERIFY(queue->model()
                    ->index(row, models::QaQueueModel::Csat)
                    .data(models::QaQueueModel::SortRole)
                    .toDouble() < 50);
    // The filter narrows the table to one agent's conversations.
    const QString agent = queue->model()->index(0, models::QaQueueModel::Agent).data().toString();
    queue->filterEdit()->setText(agent);
    QVERIFY(queue->view()->proxy()->rowCount() > 0);
    for (int row = 0; row < queue->view()->proxy()->rowCount(); ++row)
        QVERIFY(queue->view()
                    ->proxy()
                    ->index(row, models::QaQueueModel::Agent)
                    .data()
                    .toString()
                    .contains(agent));
    queue->filterEdit()->clear();
    QCOMPARE(queue->view()->proxy()->rowCount(), queue->model()->rowCount());
    // The weekly sample lists at most the sample size per agent per week.
    queue->sourceBox()->setCurrentIndex(
        queue->sourceBox()->findData(static_cast<int>(storage::QueueSource::WeeklySample)));
    QVERIFY(waitForQueue(queue));
    QVERIFY(queue->model()->rowCount() > 0);
    const qint64 agents = scalar(QStringLiteral("SELECT COUNT(*) FROM agents"));
    QVERIFY(queue->model()->rowCount() <=
            agents * 7 * queue->sampleBox()->value()); // at most 7 weeks touched
}

void TestQaPage::enterOpensTheEvaluationForm()
{
    ui::QueueView *queue = showLowCsatQueue();
    QVERIFY(queue);
    QVERIFY(queue->model()->rowCount() > 0);
    queue->view()->setCurrentIndex(queue->view()->proxy()->index(0, 0));
    QVERIFY(evaluationDialogs().isEmpty());
    QTest::keyClick(queue->view(), Qt::Key_Down);
    QCOMPARE(queue->view()->currentIndex().row(), std::min(1, queue->model()->rowCount() - 1));
    QTest::keyClick(queue->view(), Qt::Key_Return);
    QTRY_COMPARE(evaluationDialogs().size(), 1);
    QVERIFY(evaluationDialogs().constFirst()->windowModality() == Qt::WindowModal);
}

void TestQaPage::evaluationsFilterByStatusKindAndEvaluator()
{
    ui::EvaluationsView *view = showQaTab(ui::QaPage::EvaluationsTab)->evaluations();
    const auto count = [&](const QString &condition) {
        return scalar(
            QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE kind <> 'calibration' AND %1 AND %2")
                .arg(inRange(QStringLiteral("conversation_day")), condition));
    };
    QCOMPARE(view->view()->proxy()->rowCount(), count(QStringLiteral("1 = 1")));
    view->kindBox()->setCurrentIndex(view->kindBox()->findData(static_cast<int>(core::EvaluationKind::Qa)));
    view->statusBox()->setCurrentIndex(
        view->statusBox()->findData(static_cast<int>(core::EvaluationStatus::Published)));
    const qint64 published = count(QStringLiteral("kind = 'qa' AND status = 'published'"));
    QVERIFY(published > 0);
    QCOMPARE(view->view()->proxy()->rowCount(), published);
    for (int row = 0; row < view->view()->proxy()->rowCount(); ++row) {
        QCOMPARE(view->view()->proxy()->index(row, models::EvaluationListModel::Status).data().toString(),
                 QStringLiteral("Published"));
        QCOMPARE(view->view()->proxy()->index(row, models::EvaluationListModel::Kind).data().toString(),
                 QStringLiteral("QA"));
    }
    QVERIFY(view->evaluatorBox()->count() >= 2); // "Anyone" and the evaluators listed
    view->evaluatorBox()->setCurrentIndex(1);
    const QString evaluator = view->evaluatorBox()->currentText();
    QCOMPARE(
        view->view()->proxy()->rowCount(),
        count(QStringLiteral("kind = 'qa' AND status = 'published' AND evaluator = '%1'").arg(evaluator)));
    QVERIFY(view->countLabel()->text().contains(evaluator));
    // Peer reviews only.
    view->evaluatorBox()->setCurrentIndex(0);
    view->statusBox()->setCurrentIndex(0);
    view->kindBox()->setCurrentIndex(view->kindBox()->findData(static_cast<int>(core::EvaluationKind::Peer)));
    QCOMPARE(view->view()->proxy()->rowCount(), count(QStringLiteral("kind = 'peer'")));
    // The list exports as shown: a header and one line per row.
    const QString csv = m_dir.filePath(QStringLiteral("evaluations.csv"));
    QVERIFY(view->exportTo(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), view->view()->proxy()->rowCount() + 1);
    view->kindBox()->setCurrentIndex(0);
}

void TestQaPage::mistakesSortedByPointsLost()
{
    ui::MistakesView *view = showQaTab(ui::QaPage::MistakesTab)->mistakes();
    view->agentBox()->setCurrentIndex(0); // every agent of the scope
    const auto expected = storage::MistakeRepository(*m_window->database()).mistakesByImpact(m_range, {}, {});
    QVERIFY(expected);
    QVERIFY(!expected.value().isEmpty());
    const QAbstractItemModel *shown = view->mistakeView()->model();
    QCOMPARE(shown->rowCount(), expected.value().size());
    double previous = std::numeric_limits<double>::infinity();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const storage::Mistake &mistake = expected.value()[row];
        QCOMPARE(shown->index(row, models::MistakeModel::Criterion).data().toString(), mistake.criterionName);
        const double lost = shown->index(row, models::MistakeModel::PointsLost)
                                .data(models::MistakeModel::SortRole)
                                .toDouble();
        QCOMPARE(lost, mistake.pointsLost);
        QVERIFY2(lost <= previous, "most points lost first");
        previous = lost;
        QCOMPARE(shown->index(row, models::MistakeModel::Failures).data().toString(),
                 QStringLiteral("%1 of %2")
                     .arg(QLocale().toString(mistake.failures), QLocale().toString(mistake.answered)));
    }
    // The first mistake is selected and its evaluations are listed below it.
    QCOMPARE(view->instances()->rowCount(), expected.value().constFirst().instances.size());
    QCOMPARE(view->instances()->index(0, models::MistakeInstanceModel::Conversation).data().toString(),
             expected.value().constFirst().instances.constFirst().conversationRef);
    // Double-clicking (here: Enter on) an evaluation behind it opens the form.
    view->instanceView()->setCurrentIndex(view->instanceView()->model()->index(0, 0));
    QTest::keyClick(view->instanceView(), Qt::Key_Enter);
    QTRY_COMPARE(evaluationDialogs().size(), 1);
}

void TestQaPage::mistakesOfOneAgentListTheirEvaluations()
{
    const QString published = QStringLiteral("kind = 'qa' AND status IN ('published', 'final') AND %1")
                                  .arg(inRange(QStringLiteral("conversation_day")));
    const qint64 agentId = scalar(
        QStringLiteral(
            "SELECT agent_id FROM evaluations WHERE %1 GROUP BY agent_id ORDER BY COUNT(*) DESC, agent_id "
            "LIMIT 1")
            .arg(published));
    const qint64 evaluations =
        scalar(QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE %1 AND agent_id = %2")
                   .arg(published)
                   .arg(agentId));
    ui::MistakesView *view = showQaTab(ui::QaPage::MistakesTab)->mistakes();
    const int index = view->agentBox()->findData(agentId);
    QVERIFY(index > 0);
    view->agentBox()->setCurrentIndex(index);
    const QString name = view->agentBox()->currentText();
    QVERIFY2(view->summaryLabel()->text().contains(QLocale().toString(evaluations)),
             qPrintable(view->summaryLabel()->text()));
    const auto expected =
        storage::MistakeRepository(*m_window->database()).mistakesByImpact(m_range, {}, agentId);
    QVERIFY(expected);
    QCOMPARE(view->mistakes()->rowCount(), expected.value().size());
    for (int row = 0; row < view->mistakes()->rowCount(); ++row) {
        view->mistakeView()->selectSourceRow(row);
        QCOMPARE(view->instances()->rowCount(), expected.value()[row].instances.size());
        for (int instance = 0; instance < view->instances()->rowCount(); ++instance)
            QCOMPARE(
                view->instances()->index(instance, models::MistakeInstanceModel::Agent).data().toString(),
                name);
    }
}

void TestQaPage::mistakesExplainAnEmptyPeriod()
{
    // The latest day of the demo without a published QA evaluation.
    QDate empty = m_range.to;
    while (scalar(QStringLiteral(
                      "SELECT COUNT(*) FROM evaluations WHERE kind = 'qa' AND status IN ('published', "
                      "'final') AND conversation_day = '%1'")
                      .arg(isoDay(empty))) > 0)
        empty = empty.addDays(-1);
    m_window->scopeBar()->setRange({empty, empty});
    ui::MistakesView *view = showQaTab(ui::QaPage::MistakesTab)->mistakes();
    view->agentBox()->setCurrentIndex(0);
    QCOMPARE(view->mistakes()->rowCount(), 0);
    auto *message = view->findChild<QLabel *>(QStringLiteral("mistakeEmpty"));
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("No published QA evaluations for all agents")),
             qPrintable(message->text()));
}

void TestQaPage::qaSettingsAreSaved()
{
    ui::QueueView *queue = showQaTab(ui::QaPage::QueueTab)->queue();
    auto *dialog = qobject_cast<ui::QaSettingsDialog *>(m_window->qaActions()->openQaSettings());
    QVERIFY(dialog);
    QCOMPARE(dialog->sampleEdit()->value(), 2); // the demo's settings
    QCOMPARE(dialog->windowEdit()->value(), 7);
    QCOMPARE(dialog->decisionEdit()->value(), 5);
    dialog->sampleEdit()->setValue(3);
    dialog->windowEdit()->setValue(10);
    dialog->decisionEdit()->setValue(4);
    dialog->accept();
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    const auto setting = [this](const char *key) {
        return scalar(
            QStringLiteral("SELECT CAST(value AS INTEGER) FROM settings WHERE key = '%1'").arg(key));
    };
    QCOMPARE(setting("qa_sample_per_agent_week"), 3);
    QCOMPARE(setting("dispute_window_days"), 10);
    QCOMPARE(setting("dispute_decision_days"), 4);
    QCOMPARE(queue->sampleBox()->value(), 3); // the page on screen re-read it
    // The queue's own box writes the setting too.
    queue->sourceBox()->setCurrentIndex(0);
    queue->sampleBox()->setValue(2);
    QCOMPARE(setting("qa_sample_per_agent_week"), 2);
    QVERIFY(waitForQueue(queue));
}

void TestQaPage::timelineMarkerOpensTheEvaluation()
{
    core::TimelineEvent event;
    event.kind = core::TimelineEventKind::QaEvaluation;
    event.id =
        scalar(QStringLiteral("SELECT MIN(id) FROM evaluations WHERE kind = 'qa' AND status = 'published'"));
    m_window->openTimelineEvent(event);
    QTRY_COMPARE(evaluationDialogs().size(), 1);
}

void TestQaPage::evaluateFromTheConversationsPage()
{
    m_window->showPage(ui::MainWindow::ConversationsIndex);
    ui::ConversationsPage *page = m_window->conversations();
    QVERIFY(testsupport::waitForLoad(page));
    QAction *evaluate = m_window->qaActions()->evaluateAction();
    // An abandoned conversation has nobody to evaluate; a handled one has.
    int handled = -1;
    int abandoned = -1;
    for (int row = 0; row < page->model()->rowCount() && (handled < 0 || abandoned < 0); ++row)
        (page->model()->rowAt(row)->answered ? handled : abandoned) = row;
    QVERIFY(handled >= 0 && abandoned >= 0);
    page->view()->selectRow(abandoned);
    QVERIFY(!evaluate->isEnabled());
    page->view()->selectRow(handled);
    QVERIFY(evaluate->isEnabled());
    QCOMPARE(page->selectedHandledConversation(), page->model()->rowAt(handled)->id);
    evaluate->trigger();
    QTRY_COMPARE(evaluationDialogs().size(), 1);
    // Elsewhere there is no selected conversation to evaluate.
    closeEvaluationDialogs();
    m_window->showPage(ui::MainWindow::DashboardIndex);
    QVERIFY(!evaluate->isEnabled());
}

// Saving any QA evaluation of a queued conversation takes it off the queue, and the page announces the change
// (the dashboard reloads its QA figures).
void TestQaPage::evaluatedConversationLeavesTheQueue()
{
    ui::QueueView *queue = showLowCsatQueue();
    QVERIFY(queue);
    const int before = queue->model()->rowCount();
    QVERIFY(before > 0);
    queue->view()->setCurrentIndex(queue->view()->proxy()->index(0, 0));
    const qint64 conversationId = queue->model()->entryAt(queue->view()->currentSourceRow())->conversationId;
    QTest::keyClick(queue->view(), Qt::Key_Return);
    QTRY_COMPARE(evaluationDialogs().size(), 1);
    // What the form would do on publishing, through the repository: every criterion at full marks.
    const storage::Database &db = *m_window->database();
    const auto scorecards = storage::ScorecardRepository(db).list(false);
    QVERIFY(scorecards);
    const auto qa = std::find_if(scorecards.value().cbegin(), scorecards.value().cend(),
                                 [](const auto &s) { return s.purpose == core::ScorecardPurpose::Qa; });
    QVERIFY(qa != scorecards.value().cend());
    const auto version = storage::ScorecardRepository(db).version(qa->latestVersionId);
    QVERIFY(version);
    storage::EvaluationDraft draft;
    draft.conversationId = conversationId;
    draft.scorecardVersionId = qa->latestVersionId;
    draft.evaluator = QStringLiteral("Tess");
    for (const core::Criterion &criterion : version.value().definition.flatCriteria()) {
        draft.answers.append({false, criterion.kind == core::CriterionKind::YesNo ? 1 : 5});
        draft.answerComments.append(QString());
    }
    const auto published = storage::EvaluationRepository(db).publish(draft, QStringLiteral("Tess"));
    QVERIFY2(published, qPrintable(published ? QString() : published.error().toString()));
    QSignalSpy changed(m_window->qa(), &ui::QaPage::qaDataChanged);
    Q_EMIT evaluationDialogs().constFirst()->evaluationSaved(published.value());
    QCOMPARE(changed.count(), 1);
    QVERIFY(queue->isLoading()); // read again, on a worker thread
    QVERIFY(waitForQueue(queue));
    QCOMPARE(queue->model()->rowOf(conversationId), -1);
    QCOMPARE(queue->model()->rowCount(), before - 1);
    QVERIFY(queue->view()->currentIndex().isValid() || queue->model()->rowCount() == 0); // on the next one
}

// `huddle --user NAME` works as NAME without storing it; Settings → Your name… stores the name and ends the
// override.
void TestQaPage::userNameForThisRunIsNotStored()
{
    ui::setCurrentUserName(QStringLiteral("Stored Name"));
    ui::overrideCurrentUserName(QStringLiteral("  Run Name "));
    QCOMPARE(ui::currentUserName(), QStringLiteral("Run Name"));
    QCOMPARE(QSettings().value(QStringLiteral("user/name")).toString(), QStringLiteral("Stored Name"));
    auto *dialog = qobject_cast<QInputDialog *>(m_window->qaActions()->chooseUserName());
    QVERIFY(dialog);
    QCOMPARE(dialog->textValue(), QStringLiteral("Run Name"));
    dialog->setTextValue(QStringLiteral("Chosen Name"));
    dialog->accept();
    QCOMPARE(ui::currentUserName(), QStringLiteral("Chosen Name"));
    QCOMPARE(QSettings().value(QStringLiteral("user/name")).toString(), QStringLiteral("Chosen Name"));
    ui::setCurrentUserName({});
}

// The first visible top-level dialog of type T, or null.
template <typename T> T *shownDialog()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<T *>(widget); dialog && dialog->isVisible())
            return dialog;
    return nullptr;
}

// Q&A → Ask for a Peer Review… on a conversation puts it on the Peer Reviews tab as to do; Review… opens the
// peer review as the colleague asked, who cannot be changed; Withdraw takes it back.
void TestQaPage::askForAPeerReviewThenWriteOrWithdrawIt()
{
    m_window->showPage(ui::MainWindow::ConversationsIndex);
    ui::ConversationsPage *page = m_window->conversations();
    QVERIFY(testsupport::waitForLoad(page));
    int handled = -1;
    for (int row = 0; row < page->model()->rowCount() && handled < 0; ++row)
        handled = page->model()->rowAt(row)->answered ? row : -1;
    QVERIFY(handled >= 0);
    page->view()->selectRow(handled);
    const qint64 conversationId = page->model()->rowAt(handled)->id;
    const qint64 before = scalar(QStringLiteral("SELECT COUNT(*) FROM peer_review_assignments"));
    QAction *ask = m_window->qaActions()->askForPeerReviewAction();
    QVERIFY(ask->isEnabled());
    ask->trigger();
    QTRY_VERIFY(shownDialog<ui::AskPeerReviewDialog>());
    auto *dialog = shownDialog<ui::AskPeerReviewDialog>();
    auto *reviewer = dialog->findChild<QComboBox *>(QStringLiteral("askReviewer"));
    QVERIFY(reviewer && reviewer->count() > 0);
    QVERIFY(reviewer->findText(page->model()->rowAt(handled)->agentName) < 0); // not whoever handled it
    const qint64 reviewerId = reviewer->currentData().toLongLong();
    dialog->findChild<QPushButton *>(QStringLiteral("askPeerReview"))->click();
    QTRY_VERIFY(!shownDialog<ui::AskPeerReviewDialog>());
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM peer_review_assignments WHERE conversation_id = %1 AND"
                              " reviewer_agent_id = %2")
                   .arg(conversationId)
                   .arg(reviewerId)),
        1);

    // Listed with the demo's requests still to do; asked last, it has waited least: the last row.
    const qint64 toDo = scalar(QStringLiteral(
        "SELECT COUNT(*) FROM peer_review_assignments p WHERE NOT EXISTS (SELECT 1 FROM review_notes n WHERE"
        " n.conversation_id = p.conversation_id AND n.reviewer_agent_id = p.reviewer_agent_id AND"
        " n.evaluation_id IS NOT NULL)"));
    const qint64 askedId = scalar(QStringLiteral("SELECT MAX(id) FROM peer_review_assignments"));
    ui::PeerReviewsView *view = showQaTab(ui::QaPage::PeerReviewsTab)->peerReviews();
    auto *list = view->findChild<QTableView *>(QStringLiteral("peerReviewList"));
    QTRY_COMPARE(list->model()->rowCount(), int(toDo));
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("peerReviewCount"))->text(),
             QStringLiteral("%1 to do").arg(toDo));
    const QModelIndex last = list->model()->index(int(toDo) - 1, 0);
    QCOMPARE(last.data(models::PeerReviewAssignmentModel::AssignmentIdRole).toLongLong(), askedId);
    list->setCurrentIndex(last);
    auto *review = view->findChild<QPushButton *>(QStringLiteral("reviewAssigned"));
    auto *withdraw = view->findChild<QPushButton *>(QStringLiteral("withdrawAssigned"));
    QVERIFY(review->isEnabled() && withdraw->isEnabled());
    review->click();
    QTRY_VERIFY(shownDialog<ui::PeerReviewDialog>());
    auto *form = shownDialog<ui::PeerReviewDialog>();
    auto *fixed = form->findChild<QComboBox *>(QStringLiteral("peerReviewer"));
    QCOMPARE(fixed->currentData().toLongLong(), reviewerId);
    QVERIFY(!fixed->isEnabled());
    form->reject();
    QTRY_VERIFY(!shownDialog<ui::PeerReviewDialog>());

    withdraw->click();
    QTRY_COMPARE(list->model()->rowCount(), int(toDo) - 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM peer_review_assignments")), before);
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM peer_review_assignments WHERE id = %1").arg(askedId)), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'peer_review_assignment'")),
             2);
}

HUDDLE_TEST_MAIN("test_ui_qapage", TestQaPage)
#include "tst_qapage.moc"
