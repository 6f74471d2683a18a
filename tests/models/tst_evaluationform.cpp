// The evaluation form without widgets: EvaluationFormModel's live score checked by hand on the care card
// (weights, N/A, auto-fail, partial answers), its undo stack and QAbstractItemModelTester; EvaluationForm's
// scorecard choice, draft → publish → edit round trips and annotations read back through storage.
#include "core/transcripttext.h"
#include "models/annotationmodel.h"
#include "models/evaluationform.h"
#include "models/evaluationformmodel.h"
#include "models/transcriptmodel.h"
#include "qafixture.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "storage/scorecardrepository.h"
#include "storage/transcriptrepository.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace huddle;
using core::CriterionAnswer;
using models::EvaluationFormModel;

namespace {

using Answers = QList<std::optional<CriterionAnswer>>;

constexpr int Greeting = 0; // yes/no ×1
constexpr int Verified = 1; // yes/no ×2, auto-fail
constexpr int Solved = 2;   // 1–5 ×3, N/A allowed
constexpr int Empathy = 3;  // 1–5 ×1, N/A allowed

std::optional<CriterionAnswer> yes()
{
    return CriterionAnswer{false, 1};
}
std::optional<CriterionAnswer> no()
{
    return CriterionAnswer{false, 0};
}
std::optional<CriterionAnswer> na()
{
    return CriterionAnswer{true, 0};
}
std::optional<CriterionAnswer> scale(int points)
{
    return CriterionAnswer{false, points};
}

void answerAll(EvaluationFormModel &model, const Answers &answers)
{
    for (int i = 0; i < answers.size(); ++i)
        QVERIFY(model.setAnswer(i, answers[i]));
}

storage::ScorecardSummary summary(qint64 id, core::ScorecardPurpose purpose,
                                  std::optional<core::Channel> channel, bool retired = false)
{
    storage::ScorecardSummary s;
    s.scorecardId = id;
    s.latestVersionId = id * 10;
    s.purpose = purpose;
    s.channel = channel;
    s.retired = retired;
    return s;
}

} // namespace

Q_DECLARE_METATYPE(Answers)

class TestEvaluationForm : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelPassesTheTester();
    void liveScoreByHand_data();
    void liveScoreByHand();
    void refusesAnswersTheCriterionDoesNotTake();
    void undoAndRedoAnswersAndComments();
    void nextUnansweredWrapsRound();
    void readOnlyRefusesChanges();
    void defaultScorecardPrefersTheChannel();
    void newFormPicksTheCallScorecard();
    void draftPublishAndEditRoundTrip();
    void annotationsAreCheckedAndStored();
    void transcriptAttachReportsTheLine();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<qafixture::QaSite> m_qa;
    int m_run = 0;
};

void TestEvaluationForm::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestEvaluationForm::init()
{
    auto qa = qafixture::openQaSite(m_dir.filePath(QStringLiteral("qa%1.db").arg(++m_run)));
    QVERIFY2(qa, qa ? "" : qPrintable(qa.error().toString()));
    m_qa = std::make_unique<qafixture::QaSite>(std::move(qa.value()));
}

void TestEvaluationForm::cleanup()
{
    m_qa.reset();
}

void TestEvaluationForm::modelPassesTheTester()
{
    EvaluationFormModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setForm(qafixture::careCard());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(1, 0)), 2);
    QCOMPARE(model.criterionIndex(Solved).data().toString(), QStringLiteral("Solved"));
    QCOMPARE(model.flatIndex(model.index(1, 0, model.index(1, 0))), Empathy);
    QCOMPARE(model.criterionIndex(Verified, EvaluationFormModel::Critical).data().toString(),
             QStringLiteral("auto-fail"));
    QVERIFY(model.setData(model.criterionIndex(Solved, EvaluationFormModel::Answer), 4));
    QCOMPARE(model.criterionIndex(Solved, EvaluationFormModel::Answer).data().toString(),
             QStringLiteral("4 / 5"));
    QCOMPARE(model.index(1, EvaluationFormModel::Answer).data().toString(), QStringLiteral("1 of 2"));
    QVERIFY(model.setData(model.criterionIndex(Empathy, EvaluationFormModel::Answer),
                          EvaluationFormModel::NotApplicable));
    QCOMPARE(model.criterionIndex(Empathy, EvaluationFormModel::Answer).data().toString(),
             QStringLiteral("N/A"));
    QVERIFY(
        model.setData(model.criterionIndex(Greeting, EvaluationFormModel::Comment), QStringLiteral("Warm")));
    model.undoStack()->undo();
    model.undoStack()->undo();
    model.setReadOnly(true);
    model.setForm(qafixture::peerCard());
    QCOMPARE(model.criterionCount(), 2);
}

void TestEvaluationForm::liveScoreByHand_data()
{
    QTest::addColumn<Answers>("answers");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("pct");
    QTest::addColumn<int>("answered");
    // Possible with nothing N/A: 1 + 2 + 3×4 + 1×4 = 19. A 1–5 answer earns points − 1.
    QTest::newRow("perfect") << Answers{yes(), yes(), scale(5), scale(5)} << "100.0 %" << 100.0 << 4;
    // 1 + 2 + 3×3 + 1×2 = 14 of 19
    QTest::newRow("weights") << Answers{yes(), yes(), scale(4), scale(3)} << "73.7 %" << 100.0 * 14 / 19 << 4;
    // Solved N/A leaves the denominator: 0 + 2 + 1×4 = 6 of 1 + 2 + 4 = 7
    QTest::newRow("n/a") << Answers{no(), yes(), na(), scale(5)} << "85.7 %" << 100.0 * 6 / 7 << 4;
    QTest::newRow("auto-fail") << Answers{yes(), no(), scale(5), scale(5)} << "0 % — auto-fail: Verified"
                               << 0.0 << 4;
    // Only the answered ones count while scoring: 1 + 3×2 = 7 of 1 + 12 = 13
    QTest::newRow("partial") << Answers{yes(), {}, scale(3), {}} << "53.8 %" << 100.0 * 7 / 13 << 2;
    QTest::newRow("partial auto-fail")
        << Answers{{}, no(), {}, {}} << "0 % — auto-fail: Verified" << 0.0 << 1;
}

void TestEvaluationForm::liveScoreByHand()
{
    QFETCH(Answers, answers);
    QFETCH(QString, text);
    QFETCH(double, pct);
    QFETCH(int, answered);
    EvaluationFormModel model;
    model.setForm(qafixture::careCard());
    QSignalSpy changed(&model, &EvaluationFormModel::scoreChanged);
    answerAll(model, answers);
    const models::LiveScore score = model.score();
    QVERIFY(score.pct);
    QVERIFY(qAbs(*score.pct - pct) < 1e-9);
    QCOMPARE(models::liveScoreText(score), text);
    QCOMPARE(score.answered, answered);
    QCOMPARE(model.isComplete(), answered == 4);
    QCOMPARE(models::liveProgressText(score), answered == 4
                                                  ? QStringLiteral("All 4 answered")
                                                  : QStringLiteral("%1 of 4 answered").arg(answered));
    QCOMPARE(changed.count(), static_cast<int>(std::count_if(answers.cbegin(), answers.cend(),
                                                             [](const auto &a) { return bool(a); })));
    QVERIFY(models::liveScoreToolTip(score).contains(
        QStringLiteral("N/A answers are left out of the denominator")));
}

void TestEvaluationForm::refusesAnswersTheCriterionDoesNotTake()
{
    EvaluationFormModel model;
    model.setForm(qafixture::careCard());
    QVERIFY(!model.setAnswer(Greeting, na()));     // N/A not allowed
    QVERIFY(!model.setAnswer(Greeting, scale(3))); // a yes/no takes 0 or 1
    QVERIFY(!model.setAnswer(Solved, scale(6)));
    QVERIFY(!model.setAnswer(Solved, scale(0)));
    QVERIFY(model.setAnswer(Solved, na()));
    QCOMPARE(model.undoStack()->count(), 1);
    QVERIFY(!model.answer(Greeting));
}

void TestEvaluationForm::undoAndRedoAnswersAndComments()
{
    EvaluationFormModel model;
    model.setForm(qafixture::careCard());
    QVERIFY(model.setAnswer(Greeting, yes()));
    QVERIFY(model.setAnswer(Greeting, no()));
    for (const QString &typed : {QStringLiteral("N"), QStringLiteral("No"), QStringLiteral("No name")})
        QVERIFY(model.setComment(Greeting, typed));
    QCOMPARE(model.undoStack()->count(), 3); // the typing is one step
    model.undoStack()->undo();
    QCOMPARE(model.comment(Greeting), QString());
    model.undoStack()->undo();
    QCOMPARE(model.answer(Greeting)->points, 1);
    model.undoStack()->undo();
    QVERIFY(!model.answer(Greeting));
    model.undoStack()->redo();
    model.undoStack()->redo();
    model.undoStack()->redo();
    QCOMPARE(model.answer(Greeting)->points, 0);
    QCOMPARE(model.comment(Greeting), QStringLiteral("No name"));
    QCOMPARE(model.comments().value(Greeting), QStringLiteral("No name"));
    QCOMPARE(model.answers().value(Verified).points, -1); // unanswered in storage's terms
}

void TestEvaluationForm::nextUnansweredWrapsRound()
{
    EvaluationFormModel model;
    model.setForm(qafixture::careCard());
    QCOMPARE(model.nextUnanswered(-1), Greeting);
    QVERIFY(model.setAnswer(Greeting, yes()));
    QVERIFY(model.setAnswer(Empathy, scale(2)));
    QCOMPARE(model.nextUnanswered(Greeting), Verified);
    QCOMPARE(model.nextUnanswered(Empathy), Verified); // wraps round
    QCOMPARE(model.nextUnanswered(Verified), Solved);
    QVERIFY(model.setAnswer(Verified, yes()));
    QVERIFY(model.setAnswer(Solved, scale(5)));
    QCOMPARE(model.nextUnanswered(Solved), -1);
}

void TestEvaluationForm::readOnlyRefusesChanges()
{
    EvaluationFormModel model;
    model.setForm(qafixture::careCard(), {{false, 1}, {false, 1}, {false, 5}, {true, 0}}, {});
    QCOMPARE(models::liveScoreText(model.score()), QStringLiteral("100.0 %"));
    model.setReadOnly(true);
    QVERIFY(!model.setAnswer(Greeting, no()));
    QVERIFY(!model.setComment(Greeting, QStringLiteral("x")));
    QVERIFY(!(model.flags(model.criterionIndex(Greeting, EvaluationFormModel::Answer)) & Qt::ItemIsEditable));
    QCOMPARE(model.answer(Greeting)->points, 1);
}

void TestEvaluationForm::defaultScorecardPrefersTheChannel()
{
    using core::Channel;
    using core::ScorecardPurpose;
    const QList<storage::ScorecardSummary> cards{summary(1, ScorecardPurpose::Qa, Channel::Call),
                                                 summary(2, ScorecardPurpose::Qa, Channel::Chat),
                                                 summary(3, ScorecardPurpose::Qa, Channel::Call),
                                                 summary(4, ScorecardPurpose::Qa, Channel::Call, true),
                                                 summary(5, ScorecardPurpose::Peer, Channel::Call),
                                                 summary(6, ScorecardPurpose::Qa, std::nullopt)};
    QCOMPARE(models::defaultScorecard(cards, ScorecardPurpose::Qa, Channel::Call), 30); // newest, not retired
    QCOMPARE(models::defaultScorecard(cards, ScorecardPurpose::Qa, Channel::Chat), 20);
    QCOMPARE(models::defaultScorecard(cards, ScorecardPurpose::Qa, Channel::Email), 60); // newest of any
    QCOMPARE(models::defaultScorecard(cards, ScorecardPurpose::Peer, Channel::Chat), 50);
    QCOMPARE(models::defaultScorecard({}, ScorecardPurpose::Qa, Channel::Call), 0);
}

void TestEvaluationForm::newFormPicksTheCallScorecard()
{
    models::EvaluationForm form(*m_qa->database, QStringLiteral("Quinn"));
    QVERIFY(form.openNew(m_qa->site.conversations.value(QStringLiteral("c1")), 0, core::EvaluationKind::Qa));
    QCOMPARE(form.scorecard().versionId,
             m_qa->care.versionId); // the calls card, not the any-channel test card
    QCOMPARE(form.conversation().externalId, QStringLiteral("EXT-c1"));
    QVERIFY(form.conversationHasSale()); // c1 carries Ana's protection plan
    QVERIFY(form.scorecardOptions().size() >= 2);
    QVERIFY(form.canChangeScorecard());
    QVERIFY(form.criteria()->setAnswer(Greeting, yes()));
    QVERIFY(!form.canChangeScorecard()); // answers belong to the criteria they were given for
    QCOMPARE(form.publishBlocker(), QStringLiteral("3 criteria not answered yet."));
    qint64 other = 0;
    for (const models::ScorecardOption &option : form.scorecardOptions())
        if (option.versionId != m_qa->care.versionId)
            other = option.versionId;
    QVERIFY(other != 0);
    QVERIFY(!form.changeScorecard(other));
    QVERIFY(form.criteria()->setAnswer(Greeting, std::nullopt));
    QVERIFY(form.changeScorecard(other));
    QCOMPARE(form.scorecard().versionId, other);
    QVERIFY(form.changeScorecard(m_qa->care.versionId));

    models::EvaluationForm c2(*m_qa->database, QStringLiteral("Quinn"));
    QVERIFY(c2.openNew(m_qa->site.conversations.value(QStringLiteral("c2")), 0, core::EvaluationKind::Qa));
    QVERIFY(!c2.conversationHasSale());
}

void TestEvaluationForm::draftPublishAndEditRoundTrip()
{
    models::EvaluationForm form(*m_qa->database, QStringLiteral("Quinn"));
    QSignalSpy saved(&form, &models::EvaluationForm::saved);
    QVERIFY(form.openNew(m_qa->site.conversations.value(QStringLiteral("c2")), m_qa->care.versionId,
                         core::EvaluationKind::Qa));
    QVERIFY(form.criteria()->setAnswer(Greeting, yes()));
    QVERIFY(form.criteria()->setComment(Greeting, QStringLiteral("Said her name")));
    QVERIFY(form.isModified());
    QVERIFY(!form.publish()); // incomplete
    QVERIFY(form.saveDraft());
    QVERIFY(!form.isModified());
    const qint64 id = form.evaluationId();
    QVERIFY(id > 0);

    models::EvaluationForm reopened(*m_qa->database, QStringLiteral("Quinn"));
    QVERIFY(reopened.openStored(id));
    QVERIFY(reopened.isEditable());
    QCOMPARE(reopened.criteria()->answer(Greeting)->points, 1);
    QVERIFY(!reopened.criteria()->answer(Verified));
    QCOMPARE(reopened.criteria()->comment(Greeting), QStringLiteral("Said her name"));
    answerAll(*reopened.criteria(), {yes(), yes(), scale(4), na()});
    QVERIFY(reopened.publishBlocker().isEmpty());
    const auto published = reopened.publish();
    QVERIFY2(published, published ? "" : qPrintable(published.error().toString()));
    QCOMPARE(reopened.status(), core::EvaluationStatus::Published);
    QVERIFY(!reopened.isEditable());
    // 1 + 2 + 3×3 = 12 of 1 + 2 + 12 = 15 (Empathy N/A)
    auto stored = storage::EvaluationRepository(*m_qa->database).load(id, QStringLiteral("Quinn"));
    QVERIFY(stored && stored->scorePct);
    QCOMPARE(*stored->scorePct, 80.0);

    QVERIFY(reopened.editBlocker().isEmpty());
    reopened.beginEdit(QStringLiteral("Listened again: solved fully"));
    QVERIFY(reopened.isEditingPublished());
    QVERIFY(!reopened.saveDraft());
    QVERIFY(reopened.criteria()->setAnswer(Solved, scale(5)));
    QVERIFY(reopened.publish());
    QVERIFY(!reopened.isEditable());
    stored = storage::EvaluationRepository(*m_qa->database).load(id, QStringLiteral("Quinn"));
    QCOMPARE(*stored->scorePct, 100.0); // 15 of 15
    QCOMPARE(reopened.history().size(), 2);
    QCOMPARE(reopened.history().constLast().reason, QStringLiteral("Listened again: solved fully"));
    QCOMPARE(saved.count(), 1); // the first form saved its draft; the second one's signals are its own
}

void TestEvaluationForm::annotationsAreCheckedAndStored()
{
    const qint64 c5 = m_qa->site.conversations.value(QStringLiteral("c5"));
    QVERIFY(storage::TranscriptRepository(*m_qa->database)
                .replace(c5, {{1, 0, QStringLiteral("agent"), QStringLiteral("Hello")},
                              {2, 75, QStringLiteral("customer"), QStringLiteral("My bill")},
                              {3, 90, QStringLiteral("agent"), QStringLiteral("Let me see")}}));
    models::EvaluationForm form(*m_qa->database, QStringLiteral("Quinn"));
    QVERIFY(form.openNew(c5, m_qa->care.versionId, core::EvaluationKind::Qa));
    QCOMPARE(form.transcript()->rowCount(), 3);
    QCOMPARE(form.transcript()->rowAtSecond(83), 1); // line 2 is being spoken at 01:23
    const auto at = core::parseCallTimestamp(QStringLiteral("01:23"));
    QVERIFY(at);
    QVERIFY(!form.addAnnotation({0, Empathy, core::AnchorKind::Second, *at, QStringLiteral("  ")}));
    QVERIFY(!form.addAnnotation({0, -1, core::AnchorKind::Line, 4, QStringLiteral("No such line")}));
    QVERIFY(form.addAnnotation({0, Empathy, core::AnchorKind::Second, *at, QStringLiteral("Sighed")}));
    QVERIFY(form.addAnnotation({0, -1, core::AnchorKind::Line, 3, QStringLiteral("Good hold")}));
    QCOMPARE(form.annotations()->index(0, models::AnnotationModel::Where).data().toString(),
             QStringLiteral("01:23"));
    QCOMPARE(form.annotations()->index(0, models::AnnotationModel::Criterion).data().toString(),
             QStringLiteral("Empathy"));
    QCOMPARE(form.annotations()->index(1, models::AnnotationModel::Where).data().toString(),
             QStringLiteral("Line 3"));
    QVERIFY(!form.canChangeScorecard()); // an annotation is tied to a criterion
    QVERIFY(form.saveDraft());
    QCOMPARE(
        qafixture::scalar(*m_qa->database,
                          QStringLiteral("SELECT anchor_value FROM annotations WHERE evaluation_id = ? AND"
                                         " anchor_kind = 'second'"),
                          {form.evaluationId()})
            .toInt(),
        83);
    auto stored =
        storage::EvaluationRepository(*m_qa->database).load(form.evaluationId(), QStringLiteral("Quinn"));
    QCOMPARE(stored->draft.annotations.size(), 2);
    QCOMPARE(stored->draft.annotations[0].criterionIndex, Empathy);
}

void TestEvaluationForm::transcriptAttachReportsTheLine()
{
    const qint64 c6 = m_qa->site.conversations.value(QStringLiteral("c6"));
    models::EvaluationForm form(*m_qa->database, QStringLiteral("Quinn"));
    QVERIFY(form.openNew(c6, m_qa->care.versionId, core::EvaluationKind::Qa));
    QCOMPARE(form.transcript()->rowCount(), 0);
    const auto refused = form.attachTranscript(QStringLiteral("[00:01] Agent: Hi\n[0x:09] Customer: Hello\n"),
                                               QStringLiteral("c6.txt"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().toString().startsWith(QStringLiteral("c6.txt:2")),
             qPrintable(refused.error().toString()));
    QVERIFY(form.attachTranscript(QStringLiteral("[00:01] Agent: Hi\n[00:09] Customer: Hello\n"),
                                  QStringLiteral("c6.txt")));
    QCOMPARE(form.transcript()->rowCount(), 2);
    QCOMPARE(form.transcript()->index(1, models::TranscriptModel::Time).data().toString(),
             QStringLiteral("00:09"));
    QCOMPARE(storage::TranscriptRepository(*m_qa->database).lines(c6)->size(), 2);
}

HUDDLE_TEST_MAIN("test_evaluationform", TestEvaluationForm)
#include "tst_evaluationform.moc"
