// The evaluation form and the peer review, offscreen, on the QA site of the storage tests (the care card:
// Greeting yes/no ×1, Verified yes/no ×2 auto-fail, Solved 1–5 ×3, Empathy 1–5 ×1). The proof: a
// conversation scored with the keyboard alone and published, its score read back through storage and compared
// with the hand-computed value. Also: publish stays disabled while incomplete, auto-fail shows 0 %, an
// annotation at 01:23 is stored as second 83, a published evaluation opens read-only and changes only with a
// reason, calibration is blind, a peer review's note lands in review_notes.
#include "annotationpanel.h"
#include "conversationpanel.h"
#include "core/defaultscorecards.h"
#include "criterionlistview.h"
#include "criterionpanel.h"
#include "evaluationdialog.h"
#include "keyboardinput.h"
#include "models/evaluationform.h"
#include "models/evaluationformmodel.h"
#include "peerreviewdialog.h"
#include "qafixture.h"
#include "screenshotsite.h"
#include "storage/calibrationrepository.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "storage/transcriptrepository.h"
#include "support/testmain.h"
#include "widgetlookup.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

using namespace huddle;
using keyboardinput::press;
using keyboardinput::type;

using widgetlookup::child;

namespace {

const QString Quinn = QStringLiteral("Quinn");

} // namespace

class TestEvaluationFormUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void scoreWithTheKeyboardOnlyAndPublish();
    void publishIsDisabledWhileIncomplete();
    void autoFailShowsZero();
    void refusedKeysSayWhy();
    void annotationAtATimestampIsStoredAsSeconds();
    void annotationOnALineShowsItsLine();
    void attachingABadTranscriptShowsTheLine();
    void publishedOpensReadOnlyAndEditsWithAReason();
    void closeAsksBeforeDroppingChanges();
    void draftSavedElsewhereIsReloadedNotOverwritten();
    void calibrationIsBlind();
    void peerReviewLandsInReviewNotes();
    void screenshotOfAnEvaluation();

private:
    std::unique_ptr<ui::EvaluationDialog> openNew(const char *conversation);
    qint64 conversation(const char *key) const { return m_qa->site.conversations.value(QLatin1String(key)); }

    QTemporaryDir m_dir;
    std::unique_ptr<qafixture::QaSite> m_qa;
    int m_run = 0;
};

void TestEvaluationFormUi::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HuddleTests"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestEvaluationFormUi::init()
{
    auto qa = qafixture::openQaSite(m_dir.filePath(QStringLiteral("qa%1.db").arg(++m_run)));
    QVERIFY2(qa, qa ? "" : qPrintable(qa.error().toString()));
    m_qa = std::make_unique<qafixture::QaSite>(std::move(qa.value()));
}

void TestEvaluationFormUi::cleanup()
{
    m_qa.reset();
}

std::unique_ptr<ui::EvaluationDialog> TestEvaluationFormUi::openNew(const char *key)
{
    ui::EvaluationRequest request;
    request.conversationId = conversation(key);
    auto dialog = std::make_unique<ui::EvaluationDialog>(*m_qa->database, request, Quinn);
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        return nullptr;
    return dialog;
}

void TestEvaluationFormUi::scoreWithTheKeyboardOnlyAndPublish()
{
    auto dialog = openNew("c2");
    QVERIFY(dialog);
    auto *criteria = dialog->findChild<ui::CriterionListView *>();
    QCOMPARE(QApplication::focusWidget(), criteria); // ready for keys from the start
    QCOMPARE(criteria->currentCriterion(), 0);
    QSignalSpy saved(dialog.get(), &ui::EvaluationDialog::evaluationSaved);

    press(Qt::Key_Y);      // Greeting: yes
    press(Qt::Key_Return); // → Verified, the next unanswered
    press(Qt::Key_Y);
    press(Qt::Key_J); // → Solved
    press(Qt::Key_2);
    press(Qt::Key_Z, Qt::ControlModifier); // undo the 2 …
    press(Qt::Key_4);                      // … it is a 4
    press(Qt::Key_C);                      // comment on Solved
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog.get(), "criterionComment"));
    type(QStringLiteral("Fixed the bill, no follow-up offered"));
    press(Qt::Key_Return); // back to the list
    QCOMPARE(QApplication::focusWidget(), criteria);
    press(Qt::Key_Down); // → Empathy
    press(Qt::Key_A);    // N/A
    QCOMPARE(child<QLabel>(dialog.get(), "scoreProgress")->text(), QStringLiteral("All 4 answered"));
    QVERIFY(child<QPushButton>(dialog.get(), "publishEvaluation")->isEnabled());
    press(Qt::Key_Return, Qt::ControlModifier); // publish

    QCOMPARE(saved.count(), 1);
    const qint64 id = dialog->evaluationId();
    QVERIFY(id > 0);
    // By hand: Greeting 1×1 + Verified 2×1 + Solved 3×(4−1) = 12 of 1 + 2 + 3×4 = 15 (Empathy N/A) → 80 %.
    const auto stored = storage::EvaluationRepository(*m_qa->database).load(id, Quinn);
    QVERIFY(stored);
    QCOMPARE(stored->status, core::EvaluationStatus::Published);
    QVERIFY(stored->scorePct);
    QCOMPARE(*stored->scorePct, 80.0);
    QCOMPARE(qafixture::scalar(*m_qa->database,
                               QStringLiteral("SELECT score_pct FROM evaluations WHERE id = ?"), {id})
                 .toDouble(),
             80.0);
    QCOMPARE(stored->draft.answerComments.value(2), QStringLiteral("Fixed the bill, no follow-up offered"));
    QVERIFY(stored->draft.answers[3].notApplicable);
    QCOMPARE(child<QLabel>(dialog.get(), "liveScore")->text(), QStringLiteral("80.0 %"));
    QVERIFY(!child<QPushButton>(dialog.get(), "publishEvaluation")->isVisible()); // read-only now
    press(Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
}

void TestEvaluationFormUi::publishIsDisabledWhileIncomplete()
{
    auto dialog = openNew("c2");
    QVERIFY(dialog);
    press(Qt::Key_Y);
    auto *publish = child<QPushButton>(dialog.get(), "publishEvaluation");
    QVERIFY(!publish->isEnabled());
    QCOMPARE(publish->toolTip(), QStringLiteral("3 criteria not answered yet."));
    QCOMPARE(child<QLabel>(dialog.get(), "scoreProgress")->text(), QStringLiteral("1 of 4 answered"));
    const int before = qafixture::count(*m_qa->database, QStringLiteral("SELECT COUNT(*) FROM evaluations"));
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(qafixture::count(*m_qa->database, QStringLiteral("SELECT COUNT(*) FROM evaluations")), before);
    QVERIFY(
        child<QLabel>(dialog.get(), "evaluationMessage")->text().contains(QStringLiteral("not answered")));
    press(Qt::Key_S, Qt::ControlModifier); // a draft may be incomplete
    QVERIFY(dialog->evaluationId() > 0);
    QCOMPARE(qafixture::scalar(*m_qa->database, QStringLiteral("SELECT status FROM evaluations WHERE id = ?"),
                               {dialog->evaluationId()})
                 .toString(),
             QStringLiteral("draft"));
}

void TestEvaluationFormUi::autoFailShowsZero()
{
    auto dialog = openNew("c2");
    QVERIFY(dialog);
    auto *score = child<QLabel>(dialog.get(), "liveScore");
    press(Qt::Key_Y);
    QCOMPARE(score->text(), QStringLiteral("100.0 %"));
    press(Qt::Key_Down);
    press(Qt::Key_N); // Verified is auto-fail
    QCOMPARE(score->text(), QStringLiteral("0 % — auto-fail: Verified"));
    QVERIFY(score->toolTip().contains(QStringLiteral("N/A answers are left out of the denominator")));
    press(Qt::Key_Y);
    QCOMPARE(score->text(), QStringLiteral("100.0 %"));
}

void TestEvaluationFormUi::refusedKeysSayWhy()
{
    auto dialog = openNew("c2");
    QVERIFY(dialog);
    auto *criteria = dialog->findChild<ui::CriterionListView *>();
    press(Qt::Key_A); // Greeting takes no N/A
    QCOMPARE(child<QLabel>(dialog.get(), "evaluationMessage")->text(),
             QStringLiteral("“Greeting” takes Y or N (N/A is not allowed)."));
    press(Qt::Key_K); // already at the top
    QCOMPARE(criteria->currentCriterion(), 0);
    press(Qt::Key_Return); // Enter on an unanswered one goes to the next unanswered
    QCOMPARE(criteria->currentCriterion(), 1);
    press(Qt::Key_J);
    press(Qt::Key_Y); // Solved is a 1–5 scale
    QCOMPARE(child<QLabel>(dialog.get(), "evaluationMessage")->text(),
             QStringLiteral("“Solved” takes 1 to 5, or A for N/A."));
    press(Qt::Key_K);
    press(Qt::Key_3); // Verified is a yes/no
    QCOMPARE(child<QLabel>(dialog.get(), "evaluationMessage")->text(),
             QStringLiteral("“Verified” takes Y or N (N/A is not allowed)."));
    QCOMPARE(child<QLabel>(dialog.get(), "scoreProgress")->text(), QStringLiteral("0 of 4 answered"));
}

void TestEvaluationFormUi::annotationAtATimestampIsStoredAsSeconds()
{
    auto dialog = openNew("c2");
    QVERIFY(dialog);
    auto *panel = dialog->findChild<ui::AnnotationPanel *>();
    QVERIFY(panel->timeAnchor()->isChecked()); // no transcript: only a moment of the call
    panel->timeEdit()->setFocus();
    type(QStringLiteral("1:75"));
    panel->noteEdit()->setFocus();
    type(QStringLiteral("Long silence"));
    press(Qt::Key_Return);
    QVERIFY2(panel->problem().contains(QStringLiteral("mm:ss")), qPrintable(panel->problem()));
    QCOMPARE(panel->list()->model()->rowCount(), 0);
    panel->timeEdit()->selectAll();
    type(QStringLiteral("01:23"));
    panel->criterionBox()->setCurrentIndex(panel->criterionBox()->findText(QStringLiteral("Empathy")));
    panel->noteEdit()->setFocus();
    press(Qt::Key_Return);
    QCOMPARE(panel->list()->model()->rowCount(), 1);
    QCOMPARE(panel->list()->model()->index(0, 0).data().toString(), QStringLiteral("01:23"));
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(dialog->evaluationId() > 0);
    const auto &db = *m_qa->database;
    const QString where = QStringLiteral(" FROM annotations WHERE evaluation_id = ?");
    QCOMPARE(qafixture::scalar(db, QStringLiteral("SELECT anchor_kind") + where, {dialog->evaluationId()})
                 .toString(),
             QStringLiteral("second"));
    QCOMPARE(qafixture::scalar(db, QStringLiteral("SELECT anchor_value") + where, {dialog->evaluationId()})
                 .toInt(),
             83);
    QCOMPARE(
        qafixture::scalar(db, QStringLiteral("SELECT body") + where, {dialog->evaluationId()}).toString(),
        QStringLiteral("Long silence"));
}

void TestEvaluationFormUi::annotationOnALineShowsItsLine()
{
    QVERIFY(storage::TranscriptRepository(*m_qa->database)
                .replace(conversation("c5"),
                         {{1, 0, QStringLiteral("agent"), QStringLiteral("Hello, Ben here")},
                          {2, 40, QStringLiteral("customer"), QStringLiteral("My bill is wrong")},
                          {3, 83, QStringLiteral("agent"), QStringLiteral("Hm.")},
                          {4, 95, QStringLiteral("agent"), QStringLiteral("Let me fix it")}}));
    auto dialog = openNew("c5");
    QVERIFY(dialog);
    auto *conversationPanel = dialog->findChild<ui::ConversationPanel *>();
    auto *panel = dialog->findChild<ui::AnnotationPanel *>();
    QTableView *transcript = conversationPanel->transcriptView();
    QCOMPARE(transcript->model()->rowCount(), 4);
    QCOMPARE(transcript->model()->index(2, 1).data().toString(), QStringLiteral("01:23"));
    transcript->setCurrentIndex(transcript->model()->index(1, 0));
    QVERIFY(panel->lineAnchor()->isChecked());
    QCOMPARE(panel->lineAnchor()->text(), QStringLiteral("&Line 2"));
    panel->noteEdit()->setFocus();
    type(QStringLiteral("Customer repeats the problem"));
    press(Qt::Key_Return);
    panel->timeEdit()->setFocus();
    type(QStringLiteral("01:30"));
    panel->noteEdit()->setFocus();
    type(QStringLiteral("Dead air"));
    press(Qt::Key_Return);
    QCOMPARE(panel->list()->model()->rowCount(), 2);

    transcript->setCurrentIndex(transcript->model()->index(3, 0));
    const QPoint first = panel->list()->visualRect(panel->list()->model()->index(0, 0)).center();
    QTest::mouseClick(panel->list()->viewport(), Qt::LeftButton, {}, first);
    QTest::mouseDClick(panel->list()->viewport(), Qt::LeftButton, {}, first);
    QCOMPARE(conversationPanel->selectedLine(), 2);
    panel->list()->setFocus(); // and from the keyboard: Enter on an annotation
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QCOMPARE(conversationPanel->selectedLine(), 3); // 01:30 falls in line 3 (from 01:23)
}

void TestEvaluationFormUi::attachingABadTranscriptShowsTheLine()
{
    auto dialog = openNew("c6");
    QVERIFY(dialog);
    auto *panel = dialog->findChild<ui::ConversationPanel *>();
    QVERIFY(child<QLabel>(dialog.get(), "noTranscript")->isVisible());
    const QString bad = m_dir.filePath(QStringLiteral("bad.txt"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[00:02] Agent: Hello\nthis line has no speaker\n");
    file.close();
    QVERIFY(!panel->attachTranscriptFile(bad));
    QVERIFY2(panel->attachError().startsWith(QStringLiteral("bad.txt:2:1: ")),
             qPrintable(panel->attachError()));
    QVERIFY(child<QLabel>(dialog.get(), "attachError")->isVisible());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[00:02] Agent: Hello\n[00:05] Customer: Hi\n");
    file.close();
    QVERIFY(panel->attachTranscriptFile(bad));
    QVERIFY(!child<QLabel>(dialog.get(), "attachError")->isVisible());
    QCOMPARE(panel->transcriptView()->model()->rowCount(), 2);
    QVERIFY(panel->transcriptView()->isVisible());
}

void TestEvaluationFormUi::publishedOpensReadOnlyAndEditsWithAReason()
{
    auto published =
        storage::EvaluationRepository(*m_qa->database)
            .publish(qafixture::careDraft(*m_qa, "c7", {{false, 1}, {false, 1}, {false, 3}, {false, 5}}),
                     Quinn);
    QVERIFY(published);
    ui::EvaluationRequest request;
    request.evaluationId = published.value();
    ui::EvaluationDialog dialog(*m_qa->database, request, QStringLiteral("Coach Kim"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *score = child<QLabel>(&dialog, "liveScore");
    // 1 + 2 + 3×2 + 1×4 = 13 of 19
    QCOMPARE(score->text(), QStringLiteral("68.4 %"));
    press(Qt::Key_N);
    QCOMPARE(child<QLabel>(&dialog, "evaluationMessage")->text(),
             QStringLiteral("This evaluation is read-only."));
    QCOMPARE(score->text(), QStringLiteral("68.4 %"));
    auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs->isTabVisible(1)); // the score history
    auto *edit = child<QPushButton>(&dialog, "editEvaluation");
    QVERIFY(edit->isVisible() && edit->isEnabled());

    keyboardinput::answerNextModal([](QWidget *modal) {
        auto *input = qobject_cast<QInputDialog *>(modal);
        QVERIFY(input);
        input->setTextValue(QStringLiteral("Solved on second listen"));
        input->accept();
    });
    press(Qt::Key_E, Qt::AltModifier); // Edit…
    QTRY_VERIFY(!edit->isVisible());
    dialog.activateWindow(); // the input dialog is gone; a window manager would do this
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    press(Qt::Key_J);
    press(Qt::Key_J);
    press(Qt::Key_5);                                   // Solved 3 → 5
    QCOMPARE(score->text(), QStringLiteral("100.0 %")); // 1 + 2 + 3×4 + 1×4 = 19 of 19
    press(Qt::Key_Return, Qt::ControlModifier);
    const auto stored = storage::EvaluationRepository(*m_qa->database).load(published.value(), Quinn);
    QVERIFY(stored && stored->scorePct);
    QCOMPARE(*stored->scorePct, 100.0);
    const auto history = storage::EvaluationRepository(*m_qa->database).history(published.value());
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->constLast().reason, QStringLiteral("Solved on second listen"));
    QCOMPARE(history->constLast().actor, QStringLiteral("Coach Kim"));
    QCOMPARE(dialog.findChild<QTableView *>(QStringLiteral("scoreHistory"))->model()->rowCount(), 2);
    QVERIFY(edit->isVisible()); // read-only again
}

void TestEvaluationFormUi::closeAsksBeforeDroppingChanges()
{
    auto dialog = openNew("c2");
    QVERIFY(dialog);
    press(Qt::Key_Y);
    keyboardinput::answerNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
    });
    press(Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(dialog->isVisible());
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    keyboardinput::answerNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        box->button(QMessageBox::Save)->click();
    });
    press(Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(dialog->evaluationId() > 0); // saved as a draft on the way out
}

// A colleague saves the same draft from their own connection while it is open here. Saving here is refused
// with their name and a Reload button; reloading drops the unsaved answer here for the stored one, and the
// next save goes through.
void TestEvaluationFormUi::draftSavedElsewhereIsReloadedNotOverwritten()
{
    auto dialog = openNew("c2");
    QVERIFY(dialog);
    press(Qt::Key_Y);                      // Greeting: yes
    press(Qt::Key_S, Qt::ControlModifier); // save the draft
    const qint64 id = dialog->evaluationId();
    QVERIFY(id > 0);
    auto *message = child<QLabel>(dialog.get(), "evaluationMessage");
    auto *reload = child<QPushButton>(dialog.get(), "reloadEvaluation");
    QCOMPARE(message->text(), QStringLiteral("Draft saved."));
    QVERIFY(!reload->isVisible());

    auto other = storage::Database::open(m_qa->database->path(), storage::OpenMode::MustExist);
    QVERIFY(other);
    storage::EvaluationRepository theirs(*other.value());
    storage::EvaluationDraft copy = theirs.load(id, Quinn)->draft;
    copy.answers[1] = {false, 1}; // Verified: yes
    QVERIFY(theirs.saveDraft(copy));

    press(Qt::Key_Down); // → Verified
    press(Qt::Key_N);    // no
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(message->text().contains(QStringLiteral("changed by Quinn")), qPrintable(message->text()));
    QVERIFY(reload->isVisible());
    QCOMPARE(theirs.load(id, Quinn)->draft.answers[1].points, 1); // theirs stays

    keyboardinput::answerNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    reload->click();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(!reload->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Reloaded: this is the evaluation as it is stored now."));
    const auto shown = dialog->findChild<models::EvaluationForm *>()->criteria()->answers();
    QCOMPARE(shown[0].points, 1);
    QCOMPARE(shown[1].points, 1);

    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(message->text(), QStringLiteral("Draft saved."));
}

void TestEvaluationFormUi::calibrationIsBlind()
{
    const qint64 c9 = conversation("c9");
    const auto session = storage::CalibrationRepository(*m_qa->database)
                             .create({QStringLiteral("Week 9"),
                                      m_qa->care.versionId,
                                      {c9},
                                      {Quinn, QStringLiteral("Kim")},
                                      QStringLiteral("Lead"),
                                      {}});
    QVERIFY2(session, session ? "" : qPrintable(session.error().toString()));
    ui::EvaluationRequest request;
    request.conversationId = c9;
    request.scorecardVersionId = m_qa->care.versionId;
    request.kind = core::EvaluationKind::Calibration;
    request.calibrationSessionId = session.value();
    ui::EvaluationDialog dialog(*m_qa->database, request, Quinn);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(dialog.windowTitle().startsWith(QStringLiteral("Calibration (blind)")));
    QVERIFY(!child<QComboBox>(&dialog, "scorecardChoice")->isEnabled());
    QVERIFY(!dialog.findChild<QTabWidget *>()->isTabVisible(1));
    for (int key :
         {Qt::Key_Y, Qt::Key_Return, Qt::Key_Y, Qt::Key_Return, Qt::Key_5, Qt::Key_Return, Qt::Key_5})
        press(key);
    press(Qt::Key_Return, Qt::ControlModifier);
    const auto stored = storage::EvaluationRepository(*m_qa->database).load(dialog.evaluationId(), Quinn);
    QVERIFY(stored);
    QCOMPARE(stored->draft.kind, core::EvaluationKind::Calibration);
    QVERIFY(!dialog.findChild<QTabWidget *>()->isTabVisible(1)); // no history while blind
    // Kim may not open Quinn's blind score.
    ui::EvaluationRequest other;
    other.evaluationId = dialog.evaluationId();
    ui::EvaluationDialog kims(*m_qa->database, other, QStringLiteral("Kim"));
    QCOMPARE(child<QLabel>(&kims, "liveScore")->text(), QStringLiteral("–"));
    QVERIFY(!child<QLabel>(&kims, "evaluationMessage")->text().isEmpty());
}

void TestEvaluationFormUi::peerReviewLandsInReviewNotes()
{
    const qint64 c1 = conversation("c1"); // handled by Ana
    ui::PeerReviewDialog dialog(*m_qa->database, c1, QStringLiteral("Lead"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *reviewer = child<QComboBox>(&dialog, "peerReviewer");
    QVERIFY(reviewer->findText(QStringLiteral("Ana")) < 0); // not her own conversation
    reviewer->setCurrentIndex(reviewer->findText(QStringLiteral("Ben")));
    auto *publish = child<QPushButton>(&dialog, "publishPeerReview");
    QVERIFY(!publish->isEnabled());
    auto *criteria = dialog.findChild<ui::CriterionListView *>();
    criteria->setFocus();
    press(Qt::Key_Y);      // Helpful
    press(Qt::Key_Return); // → Clear
    press(Qt::Key_4);
    QVERIFY(!publish->isEnabled()); // the note is required
    child<QPlainTextEdit>(&dialog, "peerNote")->setFocus();
    type(QStringLiteral("Kept calm and explained the plan well"));
    QVERIFY(publish->isEnabled());
    QSignalSpy published(&dialog, &ui::PeerReviewDialog::reviewPublished);
    QTest::mouseClick(publish, Qt::LeftButton);
    QCOMPARE(published.count(), 1);
    const qint64 id = published.constFirst().constFirst().toLongLong();
    const auto &db = *m_qa->database;
    QCOMPARE(
        qafixture::scalar(db, QStringLiteral("SELECT body FROM review_notes WHERE evaluation_id = ?"), {id})
            .toString(),
        QStringLiteral("Kept calm and explained the plan well"));
    QCOMPARE(qafixture::scalar(
                 db, QStringLiteral("SELECT reviewer FROM review_notes WHERE evaluation_id = ?"), {id})
                 .toString(),
             QStringLiteral("Ben"));
    // Helpful 1 of 1, Clear 4 → 3 of 4: 4 of 5 = 80 %
    QCOMPARE(qafixture::scalar(db, QStringLiteral("SELECT score_pct FROM evaluations WHERE id = ?"), {id})
                 .toDouble(),
             80.0);
    QCOMPARE(
        qafixture::scalar(db, QStringLiteral("SELECT kind FROM evaluations WHERE id = ?"), {id}).toString(),
        QStringLiteral("peer"));
}

void TestEvaluationFormUi::screenshotOfAnEvaluation()
{
    const QString folder = qEnvironmentVariable("HUDDLE_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("HUDDLE_SCREENSHOT_DIR is not set");
    auto site = screenshotsite::open(m_dir.filePath(QStringLiteral("demo.db")));
    QVERIFY2(site, site ? "" : qPrintable(site.error().toString()));
    ui::EvaluationRequest request;
    request.conversationId = site->conversationId;
    ui::EvaluationDialog dialog(*site->database, request, QStringLiteral("Quinn Coach"));
    dialog.resize(1366, 768);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *panel = dialog.findChild<ui::AnnotationPanel *>();
    auto *transcript = dialog.findChild<ui::ConversationPanel *>()->transcriptView();
    // The first seven criteria scored: yes/no ones Y, Y, N, …; scales 4, 3, 4, …
    const QList<core::Criterion> criteria = core::defaultVoiceScorecard().flatCriteria();
    const QList<int> yesNoKeys{Qt::Key_Y, Qt::Key_Y, Qt::Key_N, Qt::Key_Y};
    const QList<int> scaleKeys{Qt::Key_4, Qt::Key_3, Qt::Key_4, Qt::Key_5};
    int yesNo = 0;
    int scales = 0;
    for (int i = 0; i < 7; ++i) {
        const bool isYesNo = criteria[i].kind == core::CriterionKind::YesNo;
        press(isYesNo ? yesNoKeys.value(yesNo++ % 4) : scaleKeys.value(scales++ % 4));
        if (isYesNo && yesNo == 3) { // the "no": say why
            press(Qt::Key_C);
            type(QStringLiteral("Quoted the old price; the customer had to ask twice"));
            press(Qt::Key_Return);
        }
        press(Qt::Key_Return);
    }
    const auto annotate = [&](int row, const QString &note, const QString &criterion) {
        transcript->setCurrentIndex(transcript->model()->index(row, 0));
        panel->criterionBox()->setCurrentIndex(panel->criterionBox()->findText(criterion));
        panel->noteEdit()->setText(note);
        QVERIFY(panel->addFromFields());
    };
    const QStringList names = site->criterionNames;
    annotate(2, QStringLiteral("Verified name and account before anything else"), names.value(1));
    annotate(5, QStringLiteral("Talks over the customer here"), names.value(2));
    panel->timeEdit()->setText(QStringLiteral("02:10"));
    panel->timeAnchor()->setChecked(true);
    panel->criterionBox()->setCurrentIndex(panel->criterionBox()->findText(names.value(3)));
    panel->noteEdit()->setText(QStringLiteral("20 s of silence while searching the account"));
    QVERIFY(panel->addFromFields());
    transcript->setCurrentIndex(transcript->model()->index(5, 0));
    dialog.findChild<ui::CriterionListView *>()->setFocus();
    QTest::qWait(50);
    QVERIFY(dialog.grab().save(QDir(folder).filePath(QStringLiteral("evaluation.png"))));
    dialog.findChild<ui::CriterionPanel *>()->view()->clearFocus();
    keyboardinput::answerNextModal([](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(QMessageBox::Discard)->click();
    });
    dialog.reject();
}

HUDDLE_TEST_MAIN("test_ui_evaluationform", TestEvaluationFormUi)
#include "tst_evaluationform.moc"
