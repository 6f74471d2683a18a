// The QA part of the demo: evaluations on the default scorecards with comments, annotations and transcripts,
// peer reviews tied to their notes, calibration sessions and disputes — present, and consistent with each
// other. Facts are read back with plain SQL of this test.
#include "demo/demogenerator.h"
#include "demofacts.h"
#include "storage/database.h"
#include "storage/peerreviewassignments.h"
#include "support/testmain.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace huddle;

namespace {

} // namespace

class TestDemoQa : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void evaluationsUseTheDefaultScorecardOfTheirChannel();
    void evaluatedConversationsHaveTranscripts();
    void annotationsPointIntoTheConversation();
    void someAnswersHaveComments();
    void peerReviewsAreTiedToTheirNotes();
    void recentPeerReviewsWereAskedFor();
    void calibrationScoresExistOnlyInSessions();
    void calibrationSessionsClosedAndOpen();
    void everyDisputedEvaluationHasItsDispute();
    void scoreHistoryEndsAtTheCurrentScore();

private:
    QVariant scalar(const QString &sql, const QVariantList &bindings = {});
    int count(const QString &sql, const QVariantList &bindings = {}) { return scalar(sql, bindings).toInt(); }

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    demo::DemoSummary m_summary;
};

void TestDemoQa::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto opened =
        storage::Database::open(m_dir.filePath(QStringLiteral("qa.db")), storage::OpenMode::CreateIfMissing);
    QVERIFY(opened);
    m_db = std::move(opened.value());
    demo::DemoOptions options;
    options.teams = 2;
    options.agents = 24;
    options.days = 70;
    options.seed = 11;
    options.endDay = demofacts::endDay;
    const auto generated = demo::generateDemo(*m_db, options);
    QVERIFY2(generated, qPrintable(generated ? QString() : generated.error().toString()));
    m_summary = generated.value();
}

QVariant TestDemoQa::scalar(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    if (!q.exec() || !q.next()) {
        qWarning("query failed: %s", qPrintable(sql));
        return {};
    }
    return q.value(0);
}

void TestDemoQa::evaluationsUseTheDefaultScorecardOfTheirChannel()
{
    QVERIFY(m_summary.evaluations >= 20);
    // QA evaluations: calls on the voice scorecard, chats and e-mails on the chat one; peer reviews on the
    // peer form; calibration on the voice scorecard.
    const QString scorecardOf =
        QStringLiteral("SELECT COUNT(*) FROM evaluations e JOIN conversations c ON c.id = e.conversation_id"
                       " JOIN scorecard_versions v ON v.id = e.scorecard_version_id JOIN scorecards s ON "
                       "s.id = v.scorecard_id"
                       " WHERE %1");
    QCOMPARE(
        count(scorecardOf.arg(QStringLiteral("e.kind = 'qa' AND NOT (s.purpose = 'qa' AND s.channel ="
                                             " CASE c.channel WHEN 'call' THEN 'call' ELSE 'chat' END)"))),
        0);
    QVERIFY(count(scorecardOf.arg(QStringLiteral("e.kind = 'qa' AND s.channel = 'chat'"))) > 0);
    QCOMPARE(count(scorecardOf.arg(QStringLiteral("e.kind = 'peer' AND s.purpose <> 'peer'"))), 0);
    QCOMPARE(count(scorecardOf.arg(QStringLiteral("e.kind = 'calibration' AND s.channel IS NOT 'call'"))), 0);
    // Every evaluation answers every criterion of its scorecard version.
    QCOMPARE(
        count(QStringLiteral(
            "SELECT COUNT(*) FROM evaluations e WHERE (SELECT COUNT(*) FROM evaluation_answers a WHERE"
            " a.evaluation_id = e.id) <> (SELECT COUNT(*) FROM scorecard_criteria c JOIN scorecard_sections s"
            " ON s.id = c.section_id WHERE s.version_id = e.scorecard_version_id)")),
        0);
}

void TestDemoQa::evaluatedConversationsHaveTranscripts()
{
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM evaluations e WHERE NOT EXISTS (SELECT 1 FROM"
                                  " transcript_lines t WHERE t.conversation_id = e.conversation_id)")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT conversation_id) FROM transcript_lines")),
             int(m_summary.transcripts));
    // 6 to 14 lines, numbered 1…n, the agent first and then taking turns with the customer, in time order.
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM (SELECT conversation_id FROM transcript_lines GROUP BY"
                 " conversation_id HAVING COUNT(*) NOT BETWEEN 6 AND 14 OR MAX(line_no) <> COUNT(*))")),
             0);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM transcript_lines WHERE speaker <> CASE line_no % 2 WHEN 1"
                             " THEN 'agent' ELSE 'customer' END")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM transcript_lines a JOIN transcript_lines b ON"
                                  " b.conversation_id = a.conversation_id AND b.line_no = a.line_no + 1"
                                  " WHERE b.offset_s < a.offset_s")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM transcript_lines WHERE TRIM(body) = ''")), 0);
}

void TestDemoQa::annotationsPointIntoTheConversation()
{
    // Every QA evaluation has one to three annotations.
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM evaluations e WHERE e.kind = 'qa' AND (SELECT COUNT(*)"
                             " FROM annotations a WHERE a.evaluation_id = e.id) NOT BETWEEN 1 AND 3")),
        0);
    // Line anchors name a line of the conversation's transcript; second anchors lie inside the call.
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM annotations a JOIN evaluations e ON e.id = a.evaluation_id"
                 " WHERE a.anchor_kind = 'line' AND NOT EXISTS (SELECT 1 FROM transcript_lines t WHERE"
                 " t.conversation_id = e.conversation_id AND t.line_no = a.anchor_value)")),
             0);
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM annotations a JOIN evaluations e ON e.id = a.evaluation_id"
                 " JOIN conversations c ON c.id = e.conversation_id WHERE a.anchor_kind = 'second'"
                 " AND (a.anchor_value < 0 OR a.anchor_value > MAX(c.talk_s, 60) + 60)")),
             0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM annotations WHERE anchor_kind = 'line'")) > 0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM annotations WHERE anchor_kind = 'second'")) > 0);
    // An annotation on a criterion points at one the evaluation failed.
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM annotations a JOIN evaluation_answers x ON x.evaluation_id = "
                 "a.evaluation_id"
                 " AND x.criterion_id = a.criterion_id JOIN scorecard_criteria c ON c.id = a.criterion_id"
                 " WHERE x.not_applicable = 1 OR x.points = CASE c.kind WHEN 'yes_no' THEN 1 ELSE 5 END")),
             0);
}

void TestDemoQa::someAnswersHaveComments()
{
    const int answers = count(QStringLiteral("SELECT COUNT(*) FROM evaluation_answers"));
    const int commented =
        count(QStringLiteral("SELECT COUNT(*) FROM evaluation_answers WHERE comment <> ''"));
    QVERIFY2(commented > 0 && commented * 4 < answers,
             qPrintable(QStringLiteral("%1 of %2").arg(commented).arg(answers)));
}

void TestDemoQa::peerReviewsAreTiedToTheirNotes()
{
    QVERIFY(m_summary.peerReviews > 0);
    // One note per peer evaluation, by the same reviewer on the same conversation; some notes stand alone.
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM evaluations e WHERE e.kind = 'peer' AND (SELECT COUNT(*)"
                             " FROM review_notes n WHERE n.evaluation_id = e.id AND n.reviewer = e.evaluator"
                             " AND n.conversation_id = e.conversation_id) <> 1")),
        0);
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM review_notes n JOIN evaluations e ON e.id = n.evaluation_id"
                 " WHERE e.kind <> 'peer'")),
             0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM review_notes WHERE evaluation_id IS NULL")) > 0);
    // A colleague never reviews their own conversation.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM evaluations e JOIN agents a ON a.id = e.agent_id"
                                  " WHERE e.kind = 'peer' AND a.display_name = e.evaluator")),
             0);
}

// The team's lead asked for the peer reviews of the last two weeks (done: the note came with the peer form)
// and for the notes alone of the last three days (the form still owed).
void TestDemoQa::recentPeerReviewsWereAskedFor()
{
    const QString twoWeeks = demofacts::endDay.addDays(-13).toString(Qt::ISODate);
    const QString threeDays = demofacts::endDay.addDays(-2).toString(Qt::ISODate);
    const int withForm =
        count(QStringLiteral("SELECT COUNT(*) FROM review_notes WHERE reviewer_agent_id IS NOT"
                             " NULL AND conversation_day >= ? AND evaluation_id IS NOT NULL"),
              {twoWeeks});
    const int alone =
        count(QStringLiteral("SELECT COUNT(*) FROM review_notes WHERE reviewer_agent_id IS NOT NULL"
                             " AND conversation_day >= ? AND evaluation_id IS NULL"),
              {threeDays});
    QVERIFY(withForm > 0 && alone > 0);
    const auto listed = storage::PeerReviewAssignments(*m_db).list(std::nullopt, false);
    QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().toString()));
    QCOMPARE(listed->size(), withForm + alone);
    int done = 0;
    for (const storage::PeerReviewAssignment &asked : listed.value()) {
        done += asked.done() ? 1 : 0;
        QVERIFY(asked.conversationDay >= demofacts::endDay.addDays(-13));
        QVERIFY(asked.reviewerAgentId != asked.agentId);
        QVERIFY(asked.assignedBy.endsWith(QLatin1String(" lead")));
    }
    QCOMPARE(done, withForm);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM peer_review_assignments p JOIN review_notes n ON"
                                  " n.conversation_id = p.conversation_id AND n.reviewer_agent_id ="
                                  " p.reviewer_agent_id WHERE p.assigned_at > n.created_at")),
             0); // asked before the note was written
}

void TestDemoQa::calibrationScoresExistOnlyInSessions()
{
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE (kind = 'calibration') <>"
                                  " (calibration_session_id IS NOT NULL)")),
             0);
    // A score belongs to an evaluator and a conversation of its session, once.
    QCOMPARE(
        count(QStringLiteral(
            "SELECT COUNT(*) FROM evaluations e WHERE e.kind = 'calibration' AND (NOT EXISTS (SELECT 1 FROM"
            " calibration_evaluators v WHERE v.session_id = e.calibration_session_id AND v.evaluator ="
            " e.evaluator) OR NOT EXISTS (SELECT 1 FROM calibration_conversations c WHERE c.session_id ="
            " e.calibration_session_id AND c.conversation_id = e.conversation_id))")),
        0);
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM (SELECT 1 FROM evaluations WHERE kind = 'calibration'"
                 " GROUP BY calibration_session_id, evaluator, conversation_id HAVING COUNT(*) > 1)")),
             0);
    // Scored after the session was created and, for a closed one, before it closed; never disputed.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM evaluations e JOIN calibration_sessions s ON s.id ="
                                  " e.calibration_session_id WHERE e.published_at < s.created_at OR"
                                  " (s.closed_at IS NOT NULL AND e.published_at > s.closed_at)"
                                  " OR e.status <> 'published'")),
             0);
}

void TestDemoQa::calibrationSessionsClosedAndOpen()
{
    QCOMPARE(m_summary.calibrationSessions, 2);
    // The closed one: four evaluators × six conversations, every score in; they disagree somewhere.
    const qint64 closed =
        scalar(QStringLiteral("SELECT id FROM calibration_sessions WHERE closed_at IS NOT NULL"))
            .toLongLong();
    QVERIFY(closed > 0);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM calibration_evaluators WHERE session_id = ?"), {closed}),
        4);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calibration_conversations WHERE session_id = ?"),
                   {closed}),
             6);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE calibration_session_id = ?"), {closed}),
        24);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT c.agent_id) FROM calibration_conversations cc JOIN"
                                  " conversations c ON c.id = cc.conversation_id WHERE cc.session_id = ?"),
                   {closed}),
             6);
    QVERIFY(
        count(QStringLiteral("SELECT COUNT(*) FROM (SELECT conversation_id FROM evaluations WHERE"
                             " calibration_session_id = ? GROUP BY conversation_id HAVING MAX(score_pct) -"
                             " MIN(score_pct) >= 10)"),
              {closed}) >= 2);
    // The open one: three evaluators, some scores still missing.
    const qint64 open =
        scalar(QStringLiteral("SELECT id FROM calibration_sessions WHERE closed_at IS NULL")).toLongLong();
    QVERIFY(open > 0);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM calibration_evaluators WHERE session_id = ?"), {open}), 3);
    const int conversations =
        count(QStringLiteral("SELECT COUNT(*) FROM calibration_conversations WHERE session_id = ?"), {open});
    const int scores =
        count(QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE calibration_session_id = ?"), {open});
    QVERIFY2(scores > 0 && scores < 3 * conversations, qPrintable(QStringLiteral("%1 scores").arg(scores)));
}

void TestDemoQa::everyDisputedEvaluationHasItsDispute()
{
    QCOMPARE(m_summary.disputes, 5);
    // Disputed ↔ an open dispute; final ↔ a decided one; disputes only of QA evaluations.
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM evaluations e LEFT JOIN disputes d ON d.evaluation_id = e.id"
                 " WHERE (e.status = 'disputed') <> (d.id IS NOT NULL AND d.outcome IS NULL)"
                 " OR (e.status = 'final') <> (d.outcome IS NOT NULL)")),
             0);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM disputes d JOIN evaluations e ON e.id = d.evaluation_id"
                             " WHERE e.kind <> 'qa'")),
        0);
    for (const char *outcome : {"accepted", "partially_accepted", "rejected"})
        QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM disputes WHERE outcome = ?"),
                       {QString::fromLatin1(outcome)}) == 1,
                 outcome);
    // Two still open: one within its deadline (due after the demo's last day), one overdue.
    const QString lastInstant = QStringLiteral("2024-06-30T23:59:59Z");
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM disputes WHERE outcome IS NULL AND due_at > ?"),
                   {lastInstant}),
             1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM disputes WHERE outcome IS NULL AND due_at < ?"),
                   {lastInstant}),
             1);
    // Decided in time, by someone other than the evaluator; the score moved unless rejected.
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM disputes d JOIN evaluations e ON e.id = d.evaluation_id"
                             " WHERE d.outcome IS NOT NULL AND (d.decided_at > d.due_at OR d.decided_at <"
                             " d.raised_at OR d.arbitrator = e.evaluator OR (d.outcome = 'rejected') <>"
                             " (d.score_after = d.score_before) OR d.score_after <> e.score_pct)")),
        0);
}

void TestDemoQa::scoreHistoryEndsAtTheCurrentScore()
{
    // Every published evaluation has a history; its last row carries the evaluation's status and score.
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM evaluations e WHERE e.status <> 'draft' AND NOT EXISTS"
                             " (SELECT 1 FROM evaluation_score_history h WHERE h.evaluation_id = e.id)")),
        0);
    QCOMPARE(
        count(QStringLiteral(
            "SELECT COUNT(*) FROM evaluations e JOIN evaluation_score_history h ON h.id = (SELECT MAX(id)"
            " FROM evaluation_score_history WHERE evaluation_id = e.id) WHERE h.status <> e.status OR"
            " h.score_pct IS NOT e.score_pct")),
        0);
    // A decided dispute leaves three rows: published, disputed, final.
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM disputes d WHERE d.outcome IS NOT NULL AND (SELECT COUNT(*)"
                 " FROM evaluation_score_history h WHERE h.evaluation_id = d.evaluation_id) <> 3")),
             0);
}

HUDDLE_TEST_GUILESS_MAIN("test_demo_qa", TestDemoQa)
#include "tst_demoqa.moc"
