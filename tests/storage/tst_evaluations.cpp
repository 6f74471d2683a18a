// Evaluations in storage: drafts keep unanswered criteria, publishing scores by hand-checked sums and writes
// history and audit, edits of published evaluations are audited with before and after, peer reviews bring
// their note, calibration scores follow their session's rules and stay blind, and only QA evaluations that
// are published or final count in an agent's QA %.
#include "core/dispute.h"
#include "qafixture.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/disputerepository.h"
#include "storage/evaluationrepository.h"
#include "storage/kpirepository.h"
#include "storage/peerreviewassignments.h"
#include "storage/qawriter.h"
#include "storage/scorecardrepository.h"
#include "support/testmain.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace huddle;
using core::CriterionAnswer;
using qafixture::auditCount;
using qafixture::count;
using qafixture::goodAnswers;
using qafixture::goodScore;

class TestEvaluations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void draftKeepsUnansweredCriteria();
    void savingADraftAgainReplacesItsParts();
    void publishScoresAndRecords_data();
    void publishScoresAndRecords();
    void publishRefusesIncompleteOrInvalidAnswers();
    void annotationsPointAtCriteriaAndMoments();
    void editOfAPublishedEvaluationIsAudited();
    void onlyPublishedEvaluationsCanBeEdited();
    void removingADraft();
    void peerReviewBringsItsNote();
    void peerReviewAssignmentsTrackWhatIsOwed();
    void calibrationScoresFollowTheirSession();
    void calibrationScoresAreBlindWhileTheSessionIsOpen();
    void listFilters();
    void qaPercentCountsOnlyPublishedQaScores();
    void failedPublishLeavesNothing();
    void bulkWriterStoresEverything();
    void draftSavedMeanwhileIsNotOverwritten();
    void editSavedMeanwhileIsNotOverwritten();
    void disputeMakesAnOpenCopyStale();

private:
    storage::EvaluationRepository repository() const { return storage::EvaluationRepository(*m_qa.database); }
    storage::EvaluationDraft draft(const char *key, const QList<CriterionAnswer> &answers = goodAnswers) const
    {
        return qafixture::careDraft(m_qa, key, answers);
    }
    qint64 conversation(const char *key) const { return m_qa.site.conversations.value(QLatin1String(key)); }
    int evaluationAudits(qint64 id, const QString &action = {}) const
    {
        return auditCount(*m_qa.database, QStringLiteral("evaluation"), id, action);
    }
    int historyRows(qint64 id) const
    {
        return count(*m_qa.database,
                     QStringLiteral("SELECT COUNT(*) FROM evaluation_score_history WHERE evaluation_id = ?"),
                     {id});
    }
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        return qafixture::scalar(*m_qa.database, sql, values);
    }
    qint64 openSession(const QStringList &evaluators, const QStringList &conversations);
    // A second user's connection to the same database (a second laptop on a shared server).
    std::unique_ptr<storage::Database> secondConnection() const
    {
        auto database = storage::Database::open(m_qa.database->path(), storage::OpenMode::MustExist);
        return database ? std::move(database.value()) : nullptr;
    }
    storage::KpiRow anaQa() const;

    QTemporaryDir m_dir;
    int m_counter = 0;
    qafixture::QaSite m_qa;
};

void TestEvaluations::init()
{
    m_qa = {};
    auto qa = qafixture::openQaSite(m_dir.filePath(QStringLiteral("evaluations%1.sqlite").arg(++m_counter)));
    QVERIFY2(qa, qPrintable(qa ? QString() : qa.error().toString()));
    m_qa = std::move(qa.value());
}

qint64 TestEvaluations::openSession(const QStringList &evaluators, const QStringList &conversations)
{
    QSqlQuery q(m_qa.database->connection());
    if (!q.exec(QStringLiteral(
                    "INSERT INTO calibration_sessions (name, scorecard_version_id, created_by, created_at)"
                    " VALUES ('March round', %1, 'Lead', '2024-03-05T09:00:00Z') RETURNING id")
                    .arg(m_qa.care.versionId)) ||
        !q.next())
        return 0;
    const qint64 session = q.value(0).toLongLong();
    q.finish();
    for (const QString &evaluator : evaluators)
        q.exec(QStringLiteral("INSERT INTO calibration_evaluators VALUES (%1, '%2')")
                   .arg(session)
                   .arg(evaluator));
    int position = 0;
    for (const QString &key : conversations)
        q.exec(QStringLiteral("INSERT INTO calibration_conversations VALUES (%1, %2, %3)")
                   .arg(session)
                   .arg(m_qa.site.conversations.value(key))
                   .arg(position++));
    return session;
}

storage::KpiRow TestEvaluations::anaQa() const
{
    storage::KpiQuery query;
    query.grouping = storage::KpiGrouping::Agent;
    query.range = {fixture::D1, fixture::D4};
    query.agentIds = {m_qa.site.ana};
    const auto rows = storage::KpiRepository(*m_qa.database).totals(query);
    return rows && rows->size() == 1 ? rows->first() : storage::KpiRow{};
}

void TestEvaluations::draftKeepsUnansweredCriteria()
{
    storage::EvaluationDraft d = draft("c2", {{false, 1}, {false, -1}, {true, 0}, {false, -1}});
    d.answerComments = {QStringLiteral("said the name"), {}, {}, QStringLiteral("later")};
    d.comment = QStringLiteral("half done");
    const auto id = repository().saveDraft(d);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));

    QSqlQuery q(m_qa.database->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT a.not_applicable, a.points IS NULL, COALESCE(a.points, -9),"
                       " COALESCE(a.comment, '') FROM evaluation_answers a JOIN scorecard_criteria c ON"
                       " c.id = a.criterion_id JOIN scorecard_sections s ON s.id = c.section_id WHERE"
                       " a.evaluation_id = %1 ORDER BY s.position, c.position")
            .arg(id.value())));
    const QStringList expected{QStringLiteral("0 false 1 said the name"), QStringLiteral("0 true -9 "),
                               QStringLiteral("1 true -9 "), QStringLiteral("0 true -9 later")};
    for (const QString &row : expected) {
        QVERIFY(q.next());
        QCOMPARE(QStringLiteral("%1 %2 %3 %4")
                     .arg(q.value(0).toString(),
                          q.value(1).toBool() ? QStringLiteral("true") : QStringLiteral("false"),
                          q.value(2).toString(), q.value(3).toString()),
                 row);
    }
    QVERIFY(!q.next());
    QCOMPARE(
        qafixture::scalar(
            *m_qa.database,
            QStringLiteral("SELECT status || '/' || kind || '/' || CAST(score_pct IS NULL AS INTEGER) || '/'"
                           " || CAST(published_at IS NULL AS INTEGER) FROM evaluations WHERE id = ?"),
            {id.value()}),
        QVariant(QStringLiteral("draft/qa/1/1")));

    const auto loaded = repository().load(id.value(), QStringLiteral("Quinn"));
    QVERIFY(loaded);
    QCOMPARE(loaded->status, core::EvaluationStatus::Draft);
    QCOMPARE(loaded->draft.answers[0].points, 1);
    QCOMPARE(loaded->draft.answers[1].points, -1);
    QVERIFY(!loaded->draft.answers[1].notApplicable);
    QVERIFY(loaded->draft.answers[2].notApplicable);
    QCOMPARE(loaded->draft.answers[3].points, -1);
    QCOMPARE(loaded->draft.answerComments, d.answerComments);
    QCOMPARE(loaded->draft.comment, QStringLiteral("half done"));
    QCOMPARE(loaded->agentName, QStringLiteral("Ana"));
    QCOMPARE(loaded->conversationRef, QStringLiteral("EXT-c2"));
    QCOMPARE(loaded->conversationDay, fixture::D1);
    QCOMPARE(loaded->scorecardName, QStringLiteral("Care card"));
    QVERIFY(!loaded->scorePct);
    QVERIFY(!loaded->publishedAt.isValid());
    QCOMPARE(historyRows(id.value()), 0);
}

void TestEvaluations::savingADraftAgainReplacesItsParts()
{
    storage::EvaluationDraft d = draft("c2", {});
    d.annotations = {{0, 0, core::AnchorKind::Second, 12, QStringLiteral("no name")},
                     {0, -1, core::AnchorKind::Line, 3, QStringLiteral("long pause")}};
    const auto id = repository().saveDraft(d);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
    QCOMPARE(count(*m_qa.database,
                   QStringLiteral(
                       "SELECT COUNT(*) FROM evaluation_answers WHERE evaluation_id = ? AND points IS NULL"),
                   {id.value()}),
             4);
    d.id = id.value();
    d.answers = goodAnswers;
    d.annotations = {{0, 3, core::AnchorKind::Second, 40, QStringLiteral("cold")}};
    QCOMPARE(repository().saveDraft(d).value(), id.value());
    QCOMPARE(count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM annotations WHERE evaluation_id = ?"),
                   {id.value()}),
             1);
    QCOMPARE(count(*m_qa.database,
                   QStringLiteral("SELECT COUNT(*) FROM evaluation_answers WHERE evaluation_id = ?"),
                   {id.value()}),
             4);
    const auto loaded = repository().load(id.value(), QStringLiteral("Quinn"));
    QCOMPARE(loaded->draft.answers[3].points, 3);
    QCOMPARE(loaded->draft.annotations.size(), 1);
    QCOMPARE(loaded->draft.annotations[0].criterionIndex, 3);
    // A complete draft already carries its score, for the lists; it still counts nowhere.
    QCOMPARE(loaded->scorePct.value(), goodScore);
    QCOMPARE(count(*m_qa.database,
                   QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE conversation_id = ?"),
                   {conversation("c2")}),
             1);
}

void TestEvaluations::publishScoresAndRecords_data()
{
    QTest::addColumn<QList<CriterionAnswer>>("answers");
    QTest::addColumn<double>("score");
    QTest::newRow("weighted") << goodAnswers << goodScore;
    // Empathy N/A leaves 15 possible: (1 + 2 + 9) / 15.
    QTest::newRow("n/a out of the denominator")
        << QList<CriterionAnswer>{{false, 1}, {false, 1}, {false, 4}, {true, 0}} << 80.0;
    QTest::newRow("auto-fail") << QList<CriterionAnswer>{{false, 1}, {false, 0}, {false, 5}, {false, 5}}
                               << 0.0;
    QTest::newRow("full marks") << QList<CriterionAnswer>{{false, 1}, {false, 1}, {false, 5}, {false, 5}}
                                << 100.0;
}

void TestEvaluations::publishScoresAndRecords()
{
    QFETCH(QList<CriterionAnswer>, answers);
    QFETCH(double, score);
    const auto id = repository().publish(draft("c2", answers), QStringLiteral("Quinn"));
    QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
    QCOMPARE(qafixture::scalar(*m_qa.database,
                               QStringLiteral("SELECT score_pct FROM evaluations WHERE id = ?"), {id.value()})
                 .toDouble(),
             score);
    QCOMPARE(
        qafixture::scalar(*m_qa.database,
                          QStringLiteral("SELECT status || '/' || CAST(published_at IS NOT NULL AS INTEGER)"
                                         " || '/' || CAST(updated_at = published_at AS INTEGER) FROM"
                                         " evaluations WHERE id = ?"),
                          {id.value()}),
        QVariant(QStringLiteral("published/1/1")));
    const auto history = repository().history(id.value());
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().scorePct.value(), score);
    QCOMPARE(history->first().status, core::EvaluationStatus::Published);
    QCOMPARE(history->first().actor, QStringLiteral("Quinn"));
    const auto audit = storage::AuditLog(*m_qa.database).entries(QStringLiteral("evaluation"), id.value());
    QVERIFY(audit);
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().action, QStringLiteral("publish"));
    QCOMPARE(audit->first().detail.value(QStringLiteral("score")).toDouble(), score);
    QCOMPARE(audit->first().detail.value(QStringLiteral("answers")).toArray().size(), 4);
    QCOMPARE(audit->first()
                 .detail.value(QStringLiteral("answers"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("criterion"))
                 .toString(),
             QStringLiteral("Verified"));
}

void TestEvaluations::publishRefusesIncompleteOrInvalidAnswers()
{
    const int before = count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM evaluations"));
    const auto unanswered = repository().publish(
        draft("c2", {{false, 1}, {false, 1}, {false, 4}, {false, -1}}), QStringLiteral("Quinn"));
    QVERIFY(!unanswered);
    QVERIFY2(unanswered.error().message.contains(QStringLiteral("Empathy")),
             qPrintable(unanswered.error().message));
    const auto notApplicable = repository().publish(
        draft("c2", {{true, 0}, {false, 1}, {false, 4}, {false, 3}}), QStringLiteral("Quinn"));
    QVERIFY(!notApplicable);
    QVERIFY2(notApplicable.error().message.contains(QStringLiteral("Greeting")),
             qPrintable(notApplicable.error().message));
    const auto outOfRange = repository().publish(
        draft("c2", {{false, 1}, {false, 1}, {false, 6}, {false, 3}}), QStringLiteral("Quinn"));
    QVERIFY(!outOfRange);
    QVERIFY2(outOfRange.error().message.contains(QStringLiteral("Solved")),
             qPrintable(outOfRange.error().message));
    QVERIFY(!repository().publish(draft("c2", {{false, 1}}), QStringLiteral("Quinn"))); // too few answers
    QVERIFY(!repository().publish(draft("c4", goodAnswers), QStringLiteral("Quinn")));  // nobody answered c4
    storage::EvaluationDraft nobody = draft("c2");
    nobody.evaluator.clear();
    QVERIFY(!repository().publish(nobody, QStringLiteral("Quinn")));
    QCOMPARE(count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM evaluations")), before);

    // A stored draft that fails to publish stays a draft, untouched.
    const auto id = repository().saveDraft(draft("c2", {{false, 1}, {false, -1}, {false, 4}, {false, 3}}));
    QVERIFY(id);
    storage::EvaluationDraft incomplete = draft("c2", {{false, 1}, {false, -1}, {false, 5}, {false, 3}});
    incomplete.id = id.value();
    QVERIFY(!repository().publish(incomplete, QStringLiteral("Quinn")));
    const auto loaded = repository().load(id.value(), QStringLiteral("Quinn"));
    QCOMPARE(loaded->status, core::EvaluationStatus::Draft);
    QCOMPARE(loaded->draft.answers[2].points, 4);
    QCOMPARE(evaluationAudits(id.value()), 0);
}

void TestEvaluations::annotationsPointAtCriteriaAndMoments()
{
    storage::EvaluationDraft d = draft("c2");
    d.annotations = {{0, 2, core::AnchorKind::Second, 0, QStringLiteral("opened with silence")},
                     {0, -1, core::AnchorKind::Line, 1, QStringLiteral("first line")},
                     {0, 3, core::AnchorKind::Second, 95, QStringLiteral("sighed")}};
    const auto id = repository().publish(d, QStringLiteral("Quinn"));
    QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
    QSqlQuery q(m_qa.database->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT COALESCE(criterion_id, 0), anchor_kind, anchor_value, body FROM annotations"
                       " WHERE evaluation_id = %1 ORDER BY id")
            .arg(id.value())));
    const QList<qint64> criteria{m_qa.care.criterionIds[2], 0, m_qa.care.criterionIds[3]};
    const QStringList rest{QStringLiteral("second 0 opened with silence"),
                           QStringLiteral("line 1 first line"), QStringLiteral("second 95 sighed")};
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), criteria[i]);
        QCOMPARE(QStringLiteral("%1 %2 %3")
                     .arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString()),
                 rest[i]);
    }
    const auto loaded = repository().load(id.value(), QStringLiteral("Quinn"));
    QCOMPARE(loaded->draft.annotations.size(), 3);
    QCOMPARE(loaded->draft.annotations[0].criterionIndex, 2);
    QCOMPARE(loaded->draft.annotations[1].criterionIndex, -1);
    QCOMPARE(loaded->draft.annotations[1].anchorKind, core::AnchorKind::Line);
    QVERIFY(loaded->draft.annotations[2].id > 0);
    const auto listed = repository().list({});
    const auto entry =
        std::find_if(listed->cbegin(), listed->cend(),
                     [&](const storage::EvaluationListEntry &e) { return e.id == id.value(); });
    QCOMPARE(entry->annotations, 3);

    const QList<core::Annotation> refused{
        {0, 0, core::AnchorKind::Line, 0, QStringLiteral("line 0")},
        {0, 0, core::AnchorKind::Second, -1, QStringLiteral("before the call")},
        {0, 4, core::AnchorKind::Second, 5, QStringLiteral("no such criterion")}};
    for (const core::Annotation &annotation : refused) {
        storage::EvaluationDraft bad = draft("c1");
        bad.annotations = {annotation};
        QVERIFY2(!repository().saveDraft(bad), qPrintable(annotation.body));
    }
    QCOMPARE(count(*m_qa.database,
                   QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE conversation_id = ? AND"
                                  " evaluator = 'Quinn'"),
                   {conversation("c1")}),
             0);
}

void TestEvaluations::editOfAPublishedEvaluationIsAudited()
{
    const auto id = repository().publish(draft("c2"), QStringLiteral("Quinn"));
    QVERIFY(id);
    storage::EvaluationDraft changed = repository().load(id.value(), QStringLiteral("Quinn"))->draft;
    changed.answers[3] = {false, 5}; // Empathy 5: (1 + 2 + 9 + 4) / 19 = 16/19
    changed.answerComments[3] = QStringLiteral("listened again: fine");
    QVERIFY(!repository().editPublished(changed, QStringLiteral("  "), QStringLiteral("Quinn")));
    QCOMPARE(evaluationAudits(id.value()), 1);
    QCOMPARE(historyRows(id.value()), 1);

    QVERIFY(
        repository().editPublished(changed, QStringLiteral("second listen"), QStringLiteral("Coach Kim")));
    const auto loaded = repository().load(id.value(), QStringLiteral("Quinn"));
    QCOMPARE(loaded->status, core::EvaluationStatus::Published);
    QCOMPARE(loaded->scorePct.value(), 100.0 * 16 / 19);
    QCOMPARE(loaded->draft.answers[3].points, 5);
    QCOMPARE(loaded->draft.answerComments[3], QStringLiteral("listened again: fine"));
    const auto history = repository().history(id.value());
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->last().reason, QStringLiteral("second listen"));
    QCOMPARE(history->last().actor, QStringLiteral("Coach Kim"));
    QCOMPARE(history->last().scorePct.value(), 100.0 * 16 / 19);

    const auto audit = storage::AuditLog(*m_qa.database).entries(QStringLiteral("evaluation"), id.value());
    QCOMPARE(audit->size(), 2);
    const storage::AuditEntry &edit = audit->last();
    QCOMPARE(edit.action, QStringLiteral("edit"));
    QCOMPARE(edit.actor, QStringLiteral("Coach Kim"));
    QCOMPARE(edit.detail.value(QStringLiteral("reason")).toString(), QStringLiteral("second listen"));
    const QJsonObject score = edit.detail.value(QStringLiteral("score")).toObject();
    QCOMPARE(score.value(QStringLiteral("before")).toDouble(), goodScore);
    QCOMPARE(score.value(QStringLiteral("after")).toDouble(), 100.0 * 16 / 19);
    const QJsonObject answers = edit.detail.value(QStringLiteral("answers")).toObject();
    QCOMPARE(answers.value(QStringLiteral("before"))
                 .toArray()
                 .at(3)
                 .toObject()
                 .value(QStringLiteral("points"))
                 .toInt(),
             3);
    QCOMPARE(answers.value(QStringLiteral("after"))
                 .toArray()
                 .at(3)
                 .toObject()
                 .value(QStringLiteral("points"))
                 .toInt(),
             5);

    // A comment-only correction is audited too, without a new score in the history. (The copy first takes
    // up the revision the edit left, or the save would be refused as overwriting it.)
    changed.revision = repository().revision(id.value()).value();
    changed.comment = QStringLiteral("typo fixed");
    QVERIFY(repository().editPublished(changed, QStringLiteral("typo"), QStringLiteral("Quinn")));
    QCOMPARE(evaluationAudits(id.value(), QStringLiteral("edit")), 2);
    QCOMPARE(historyRows(id.value()), 2);
    QCOMPARE(repository().load(id.value(), QStringLiteral("Quinn"))->draft.comment,
             QStringLiteral("typo fixed"));

    // An edit cannot leave an answer out or move the evaluation.
    storage::EvaluationDraft holed = changed;
    holed.answers[0] = {false, -1};
    QVERIFY(!repository().editPublished(holed, QStringLiteral("oops"), QStringLiteral("Quinn")));
    storage::EvaluationDraft moved = changed;
    moved.conversationId = conversation("c1");
    QVERIFY(!repository().editPublished(moved, QStringLiteral("wrong call"), QStringLiteral("Quinn")));
    QCOMPARE(evaluationAudits(id.value()), 3);
}

void TestEvaluations::onlyPublishedEvaluationsCanBeEdited()
{
    const auto draftId = repository().saveDraft(draft("c2"));
    storage::EvaluationDraft d = draft("c2");
    d.id = draftId.value();
    QVERIFY(!repository().editPublished(d, QStringLiteral("why"), QStringLiteral("Quinn")));

    const auto id = repository().publish(draft("c1"), QStringLiteral("Quinn"));
    QVERIFY(id);
    storage::DisputeRepository disputes(*m_qa.database);
    const auto dispute = disputes.open(id.value(), -1, QStringLiteral("Ana"), QStringLiteral("unfair"),
                                       QDateTime::currentDateTimeUtc());
    QVERIFY2(dispute, qPrintable(dispute ? QString() : dispute.error().toString()));
    storage::EvaluationDraft e = draft("c1", {{false, 1}, {false, 1}, {false, 5}, {false, 5}});
    e.id = id.value();
    const auto whileDisputed = repository().editPublished(e, QStringLiteral("why"), QStringLiteral("Quinn"));
    QVERIFY(!whileDisputed);
    QVERIFY2(whileDisputed.error().message.contains(QStringLiteral("disputed")),
             qPrintable(whileDisputed.error().message));
    QVERIFY(disputes.decide(dispute.value(), core::DisputeOutcome::Rejected, goodAnswers,
                            QStringLiteral("stands"), QStringLiteral("Arbiter"),
                            QDateTime::currentDateTimeUtc()));
    const auto whenFinal = repository().editPublished(e, QStringLiteral("why"), QStringLiteral("Quinn"));
    QVERIFY(!whenFinal);
    QVERIFY2(whenFinal.error().message.contains(QStringLiteral("final")),
             qPrintable(whenFinal.error().message));
    // Publishing over a published evaluation is refused as well: it is not a draft any more.
    QVERIFY(!repository().publish(e, QStringLiteral("Quinn")));
    QVERIFY(!repository().saveDraft(e));
    QCOMPARE(repository().load(id.value(), {})->scorePct.value(), goodScore);
}

void TestEvaluations::removingADraft()
{
    storage::EvaluationDraft d = draft("c2");
    d.annotations = {{0, 0, core::AnchorKind::Second, 3, QStringLiteral("x")}};
    const auto id = repository().saveDraft(d);
    QVERIFY(id);
    QVERIFY(repository().removeDraft(id.value(), QStringLiteral("Quinn")));
    QCOMPARE(
        count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE id = ?"), {id.value()}),
        0);
    QCOMPARE(count(*m_qa.database,
                   QStringLiteral("SELECT COUNT(*) FROM evaluation_answers WHERE evaluation_id = ?"),
                   {id.value()}),
             0);
    QCOMPARE(count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM annotations WHERE evaluation_id = ?"),
                   {id.value()}),
             0);
    QCOMPARE(evaluationAudits(id.value(), QStringLiteral("remove_draft")), 1);

    const auto published = repository().publish(draft("c1"), QStringLiteral("Quinn"));
    QVERIFY(!repository().removeDraft(published.value(), QStringLiteral("Quinn")));
    QVERIFY(repository().load(published.value(), {}));
    QVERIFY(!repository().removeDraft(987654, QStringLiteral("Quinn")));
}

void TestEvaluations::peerReviewBringsItsNote()
{
    storage::EvaluationDraft peer;
    peer.conversationId = conversation("c2"); // Ana's, Alpha, D1
    peer.scorecardVersionId = m_qa.peer.versionId;
    peer.kind = core::EvaluationKind::Peer;
    peer.evaluator = QStringLiteral("Ben");
    peer.answers = {{false, 1}, {false, 4}}; // (1 + 3) / (1 + 4) = 80 %

    // A peer review needs the peer kind, the peer scorecard, a note and somebody else's conversation.
    storage::EvaluationDraft asQa = peer;
    asQa.kind = core::EvaluationKind::Qa;
    QVERIFY(
        !repository().publishPeerReview(asQa, m_qa.site.ben, QStringLiteral("nice"), QStringLiteral("Ben")));
    QVERIFY(!repository().publish(asQa, QStringLiteral("Ben")));
    storage::EvaluationDraft onCareCard = draft("c2");
    onCareCard.kind = core::EvaluationKind::Peer;
    QVERIFY(!repository().publishPeerReview(onCareCard, m_qa.site.ben, QStringLiteral("nice"),
                                            QStringLiteral("Ben")));
    QVERIFY(!repository().publishPeerReview(peer, m_qa.site.ben, QStringLiteral(" "), QStringLiteral("Ben")));
    QVERIFY(
        !repository().publishPeerReview(peer, m_qa.site.ana, QStringLiteral("me"), QStringLiteral("Ana")));
    const int notesBefore = count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM review_notes"));
    QCOMPARE(count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE kind = 'peer'")),
             0);

    const auto id = repository().publishPeerReview(
        peer, m_qa.site.ben, QStringLiteral("Calm with an angry caller"), QStringLiteral("Ben"));
    QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
    QCOMPARE(count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM review_notes")), notesBefore + 1);
    QSqlQuery q(m_qa.database->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT conversation_id, reviewer, reviewer_agent_id, day, body, agent_id, team_id,"
                       " conversation_day FROM review_notes WHERE evaluation_id = %1")
            .arg(id.value())));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), conversation("c2"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("Ben"));
    QCOMPARE(q.value(2).toLongLong(), m_qa.site.ben);
    QCOMPARE(q.value(3).toString(), QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
    QCOMPARE(q.value(4).toString(), QStringLiteral("Calm with an angry caller"));
    QCOMPARE(q.value(5).toLongLong(), m_qa.site.ana);
    QCOMPARE(q.value(6).toLongLong(), m_qa.site.alpha);
    QCOMPARE(q.value(7).toString(), QStringLiteral("2024-03-01"));
    const auto loaded = repository().load(id.value(), {});
    QCOMPARE(loaded->draft.kind, core::EvaluationKind::Peer);
    QCOMPARE(loaded->scorePct.value(), 80.0);
    QCOMPARE(evaluationAudits(id.value(), QStringLiteral("publish")), 1);
}

// A review asked of a colleague is to do until their peer review of the conversation is published; a done one
// stays as the record, one still to do can be withdrawn; both are audited.
void TestEvaluations::peerReviewAssignmentsTrackWhatIsOwed()
{
    const storage::PeerReviewAssignments assignments(*m_qa.database);
    const QDateTime monday(QDate(2024, 3, 4), QTime(9, 0), Qt::UTC);
    const QString lead = QStringLiteral("Lead");
    const qint64 c2 = conversation("c2"); // Ana's
    // Refused: the handler themself, a call no agent answered, nobody, nothing.
    QVERIFY(!assignments.assign(c2, m_qa.site.ana, lead, monday));
    QVERIFY(!assignments.assign(conversation("c8"), m_qa.site.ben, lead, monday));
    QVERIFY(!assignments.assign(c2, 987654, lead, monday));
    QVERIFY(!assignments.assign(987654, m_qa.site.ben, lead, monday));
    const auto benOnC2 = assignments.assign(c2, m_qa.site.ben, lead, monday);
    QVERIFY2(benOnC2, qPrintable(benOnC2 ? QString() : benOnC2.error().toString()));
    QVERIFY(!assignments.assign(c2, m_qa.site.ben, lead, monday.addSecs(30))); // asked already
    const auto catOnC2 = assignments.assign(c2, m_qa.site.cat, lead, monday.addSecs(60));
    const auto anaOnC6 =
        assignments.assign(conversation("c6"), m_qa.site.ana, QStringLiteral("Kim"), monday.addSecs(120));
    QVERIFY(catOnC2 && anaOnC6);
    QCOMPARE(auditCount(*m_qa.database, QStringLiteral("peer_review_assignment"), benOnC2.value(),
                        QStringLiteral("assign")),
             1);

    storage::EvaluationDraft peer;
    peer.conversationId = c2;
    peer.scorecardVersionId = m_qa.peer.versionId;
    peer.kind = core::EvaluationKind::Peer;
    peer.evaluator = QStringLiteral("Ben");
    peer.answers = {{false, 1}, {false, 4}};
    const auto review =
        repository().publishPeerReview(peer, m_qa.site.ben, QStringLiteral("Calm"), QStringLiteral("Ben"));
    QVERIFY(review);

    // To do first, the longest waiting on top; Ben's done one after them.
    const auto listed = assignments.list(std::nullopt, false);
    QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().toString()));
    QCOMPARE(listed->size(), 3);
    QCOMPARE(listed->at(0).id, catOnC2.value());
    QCOMPARE(listed->at(1).id, anaOnC6.value());
    const storage::PeerReviewAssignment &done = listed->at(2);
    QCOMPARE(done.id, benOnC2.value());
    QCOMPARE(done.reviewId, review.value());
    QCOMPARE(done.reviewerName, QStringLiteral("Ben"));
    QCOMPARE(done.agentName, QStringLiteral("Ana"));
    QCOMPARE(done.conversationRef, QStringLiteral("EXT-c2"));
    QCOMPARE(done.conversationDay, QDate(2024, 3, 1));
    QCOMPARE(done.assignedBy, lead);
    QCOMPARE(done.assignedAt, monday);
    QVERIFY(!listed->at(0).done());
    QCOMPARE(assignments.list(m_qa.site.ana, false)->size(), 1);
    QCOMPARE(assignments.list(std::nullopt, true)->size(), 2);

    QVERIFY(!assignments.withdraw(benOnC2.value(), lead));
    QVERIFY(assignments.withdraw(catOnC2.value(), lead));
    QVERIFY(!assignments.withdraw(catOnC2.value(), lead)); // gone
    QCOMPARE(auditCount(*m_qa.database, QStringLiteral("peer_review_assignment"), catOnC2.value(),
                        QStringLiteral("withdraw")),
             1);
    QCOMPARE(assignments.list(std::nullopt, false)->size(), 2);

    // The copy of the handler follows the conversation when a correction gives it to another agent.
    QSqlQuery q(m_qa.database->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE conversations SET agent_id = %1 WHERE id = %2")
                       .arg(m_qa.site.cat)
                       .arg(conversation("c6"))));
    QCOMPARE(
        scalar(QStringLiteral("SELECT agent_id FROM peer_review_assignments WHERE id = ?"), {anaOnC6.value()})
            .toLongLong(),
        m_qa.site.cat);

    // The database refuses what the dialog never offers, whatever SQL asks: a review of a conversation
    // asked of its own handler, as a new request or by re-aiming one. A correction that makes the reviewer
    // the handler is an import's business and goes through.
    const QString refusal = QStringLiteral("conversation they handled");
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO peer_review_assignments (conversation_id, reviewer_agent_id,"
                                   " agent_id, assigned_by, assigned_at) VALUES (%1, %2, %3, 'Raw',"
                                   " '2024-03-04T09:00:00Z')")
                        .arg(c2)
                        .arg(m_qa.site.ana)
                        .arg(m_qa.site.ana)));
    QVERIFY2(q.lastError().text().contains(refusal), qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(QStringLiteral("UPDATE peer_review_assignments SET reviewer_agent_id = %1 WHERE id = %2")
                        .arg(m_qa.site.ana)
                        .arg(benOnC2.value())));
    QVERIFY2(q.lastError().text().contains(refusal), qPrintable(q.lastError().text()));
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM peer_review_assignments WHERE reviewer_agent_id = ?"),
               {m_qa.site.ana})
            .toInt(),
        1); // Ana's review of c6 only
    QVERIFY2(q.exec(QStringLiteral("UPDATE conversations SET agent_id = %1 WHERE id = %2")
                        .arg(m_qa.site.ana)
                        .arg(conversation("c6"))),
             qPrintable(q.lastError().text()));
}

void TestEvaluations::calibrationScoresFollowTheirSession()
{
    const qint64 session = openSession({QStringLiteral("Quinn"), QStringLiteral("Rita")},
                                       {QStringLiteral("c1"), QStringLiteral("c2")});
    QVERIFY(session);
    const auto calibration = [&](const char *key, const QString &evaluator) {
        storage::EvaluationDraft d = draft(key);
        d.kind = core::EvaluationKind::Calibration;
        d.calibrationSessionId = session;
        d.evaluator = evaluator;
        return d;
    };
    const auto first =
        repository().publish(calibration("c1", QStringLiteral("Quinn")), QStringLiteral("Quinn"));
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QCOMPARE(qafixture::scalar(
                 *m_qa.database,
                 QStringLiteral("SELECT kind || '/' || calibration_session_id FROM evaluations WHERE id = ?"),
                 {first.value()}),
             QVariant(QStringLiteral("calibration/%1").arg(session)));
    QVERIFY(repository().publish(calibration("c1", QStringLiteral("Rita")), QStringLiteral("Rita")));

    const int before = count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM evaluations"));
    const auto twice =
        repository().publish(calibration("c1", QStringLiteral("Quinn")), QStringLiteral("Quinn"));
    QVERIFY(!twice);
    QVERIFY2(twice.error().message.contains(QStringLiteral("already")), qPrintable(twice.error().message));
    QVERIFY(!repository().saveDraft(calibration("c1", QStringLiteral("Quinn"))));
    QVERIFY(!repository().publish(calibration("c1", QStringLiteral("Zed")),
                                  QStringLiteral("Zed"))); // not invited
    QVERIFY(!repository().publish(calibration("c3", QStringLiteral("Quinn")),
                                  QStringLiteral("Quinn"))); // not in it
    storage::EvaluationDraft noSession = calibration("c2", QStringLiteral("Quinn"));
    noSession.calibrationSessionId = 0;
    QVERIFY(!repository().publish(noSession, QStringLiteral("Quinn")));
    storage::EvaluationDraft qaInSession = draft("c2");
    qaInSession.calibrationSessionId = session;
    QVERIFY(!repository().publish(qaInSession, QStringLiteral("Quinn")));
    core::ScorecardDefinition otherCard = qafixture::careCard();
    otherCard.name = QStringLiteral("Other card");
    storage::EvaluationDraft otherVersion = calibration("c2", QStringLiteral("Quinn"));
    otherVersion.scorecardVersionId = storage::ScorecardRepository(*m_qa.database)
                                          .save(std::nullopt, otherCard, QStringLiteral("Lead"))
                                          ->versionId;
    QVERIFY(!repository().publish(otherVersion, QStringLiteral("Quinn")));
    QCOMPARE(count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM evaluations")), before);

    // A calibration score changes only while the session is open, and only by its evaluator.
    storage::EvaluationDraft changed = calibration("c1", QStringLiteral("Quinn"));
    changed.id = first.value();
    changed.answers[3] = {false, 4};
    QVERIFY(!repository().editPublished(changed, QStringLiteral("mine?"), QStringLiteral("Rita")));
    QVERIFY(repository().editPublished(changed, QStringLiteral("rethought"), QStringLiteral("Quinn")));
    QSqlQuery q(m_qa.database->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE calibration_sessions SET closed_at = '2024-03-09T09:00:00Z'")));
    QVERIFY(!repository().publish(calibration("c2", QStringLiteral("Quinn")), QStringLiteral("Quinn")));
    changed.answers[3] = {false, 5};
    QVERIFY(!repository().editPublished(changed, QStringLiteral("again"), QStringLiteral("Quinn")));
}

void TestEvaluations::calibrationScoresAreBlindWhileTheSessionIsOpen()
{
    const qint64 session =
        openSession({QStringLiteral("Quinn"), QStringLiteral("Rita")}, {QStringLiteral("c1")});
    storage::EvaluationDraft d = draft("c1");
    d.kind = core::EvaluationKind::Calibration;
    d.calibrationSessionId = session;
    const auto id = repository().publish(d, QStringLiteral("Quinn"));
    QVERIFY(id);
    QVERIFY(repository().load(id.value(), QStringLiteral("Quinn")));
    const auto other = repository().load(id.value(), QStringLiteral("Rita"));
    QVERIFY(!other);
    QVERIFY2(other.error().message.contains(QStringLiteral("blind")), qPrintable(other.error().message));
    QVERIFY(!repository().load(id.value(), {}));
    QVERIFY(repository().history(id.value())->isEmpty());

    // list() never shows calibration scores, whatever the filter.
    storage::EvaluationFilter filter;
    filter.kind = core::EvaluationKind::Calibration;
    QVERIFY(repository().list(filter)->isEmpty());
    const auto everything = repository().list({});
    QVERIFY(everything);
    for (const storage::EvaluationListEntry &entry : everything.value())
        QVERIFY(entry.kind != core::EvaluationKind::Calibration);

    QSqlQuery q(m_qa.database->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE calibration_sessions SET closed_at = '2024-03-09T09:00:00Z'")));
    const auto afterClose = repository().load(id.value(), QStringLiteral("Rita"));
    QVERIFY(afterClose);
    QCOMPARE(afterClose->scorePct.value(), goodScore);
    QCOMPARE(repository().history(id.value())->size(), 1);
    QVERIFY(repository().list(filter)->isEmpty());
}

void TestEvaluations::listFilters()
{
    // The small site's five evaluations (Quinn on "Test card") plus ours.
    const auto mine = repository().publish(draft("c2"), QStringLiteral("Quinn"));
    storage::EvaluationDraft rita = draft("c9", {});
    rita.evaluator = QStringLiteral("Rita");
    const auto ritaDraft = repository().saveDraft(rita);
    QVERIFY(mine && ritaDraft);

    const auto ids = [&](const storage::EvaluationFilter &filter) {
        QList<qint64> found;
        const auto listed = repository().list(filter);
        for (const storage::EvaluationListEntry &entry : listed.value())
            found.append(entry.id);
        std::sort(found.begin(), found.end());
        return found;
    };
    QCOMPARE(repository().list({})->size(), 7);
    storage::EvaluationFilter byEvaluator;
    byEvaluator.evaluator = QStringLiteral("Rita");
    QCOMPARE(ids(byEvaluator), QList<qint64>{ritaDraft.value()});
    storage::EvaluationFilter anaD1;
    anaD1.agentId = m_qa.site.ana;
    anaD1.range = {fixture::D1, fixture::D1};
    QCOMPARE(repository().list(anaD1)->size(), 2); // fixture e1 on c1 and ours on c2
    anaD1.statuses = {core::EvaluationStatus::Draft};
    QVERIFY(repository().list(anaD1)->isEmpty());
    storage::EvaluationFilter bravoDrafts;
    bravoDrafts.teamId = m_qa.site.bravo;
    bravoDrafts.statuses = {core::EvaluationStatus::Draft};
    QCOMPARE(repository().list(bravoDrafts)->size(), 2); // fixture e4 and Rita's, both on c9
    storage::EvaluationFilter peers;
    peers.kind = core::EvaluationKind::Peer;
    QVERIFY(repository().list(peers)->isEmpty());

    const auto entries = repository().list({});
    const auto ours =
        std::find_if(entries->cbegin(), entries->cend(),
                     [&](const storage::EvaluationListEntry &e) { return e.id == mine.value(); });
    QVERIFY(ours != entries->cend());
    QCOMPARE(ours->conversationRef, QStringLiteral("EXT-c2"));
    QCOMPARE(ours->agentName, QStringLiteral("Ana"));
    QCOMPARE(ours->scorecardName, QStringLiteral("Care card"));
    QCOMPARE(ours->scorecardVersion, 1);
    QCOMPARE(ours->status, core::EvaluationStatus::Published);
    QCOMPARE(ours->scorePct.value(), goodScore);
    QVERIFY(ours->publishedAt.isValid());
}

void TestEvaluations::qaPercentCountsOnlyPublishedQaScores()
{
    // Ana starts with the small site's e1 on c1: one evaluation, 100 %.
    QCOMPARE(anaQa().totals.qaEvaluations, 1);
    QCOMPARE(anaQa().totals.qaScoreSum, 100.0);

    const auto id = repository().publish(draft("c2"), QStringLiteral("Quinn"));
    QVERIFY(id);
    QCOMPARE(anaQa().totals.qaEvaluations, 2);
    QCOMPARE(anaQa().totals.qaScoreSum, 100.0 + goodScore);

    // Disputed: out of QA % until decided …
    storage::DisputeRepository disputes(*m_qa.database);
    const auto dispute = disputes.open(id.value(), 3, QStringLiteral("Ana"), QStringLiteral("I was kind"),
                                       QDateTime::currentDateTimeUtc());
    QVERIFY2(dispute, qPrintable(dispute ? QString() : dispute.error().toString()));
    QCOMPARE(anaQa().totals.qaEvaluations, 1);
    QCOMPARE(anaQa().totals.qaScoreSum, 100.0);
    // … then back with the decided score: Empathy 5 → 16/19.
    QList<CriterionAnswer> decided = goodAnswers;
    decided[3] = {false, 5};
    QVERIFY(disputes.decide(dispute.value(), core::DisputeOutcome::Accepted, decided,
                            QStringLiteral("agreed"), QStringLiteral("Arbiter"),
                            QDateTime::currentDateTimeUtc()));
    QCOMPARE(anaQa().totals.qaEvaluations, 2);
    QCOMPARE(anaQa().totals.qaScoreSum, 100.0 + 100.0 * 16 / 19);

    // Peer reviews and calibration scores of Ana's conversations never count.
    storage::EvaluationDraft peer;
    peer.conversationId = conversation("c2");
    peer.scorecardVersionId = m_qa.peer.versionId;
    peer.kind = core::EvaluationKind::Peer;
    peer.evaluator = QStringLiteral("Cat");
    peer.answers = {{false, 0}, {false, 1}}; // 0 %
    QVERIFY(
        repository().publishPeerReview(peer, m_qa.site.cat, QStringLiteral("rushed"), QStringLiteral("Cat")));
    const qint64 session =
        openSession({QStringLiteral("Quinn"), QStringLiteral("Rita")}, {QStringLiteral("c2")});
    storage::EvaluationDraft calibration =
        draft("c2", {{false, 1}, {false, 0}, {false, 1}, {false, 1}}); // 0 %
    calibration.kind = core::EvaluationKind::Calibration;
    calibration.calibrationSessionId = session;
    QVERIFY(repository().publish(calibration, QStringLiteral("Quinn")));
    QCOMPARE(anaQa().totals.qaEvaluations, 2);
    QCOMPARE(anaQa().totals.qaScoreSum, 100.0 + 100.0 * 16 / 19);
}

void TestEvaluations::failedPublishLeavesNothing()
{
    // The score history is written after the evaluation, its answers and annotations: all of it must go.
    const int evaluations = count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM evaluations"));
    const int answers = count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM evaluation_answers"));
    QVERIFY(qafixture::breakInsertsInto(*m_qa.database, QStringLiteral("evaluation_score_history")));
    storage::EvaluationDraft d = draft("c2");
    d.annotations = {{0, 0, core::AnchorKind::Second, 3, QStringLiteral("x")}};
    const auto id = repository().publish(d, QStringLiteral("Quinn"));
    QVERIFY(!id);
    QVERIFY2(id.error().message.contains(QStringLiteral("disk on fire")), qPrintable(id.error().message));
    QCOMPARE(count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM evaluations")), evaluations);
    QCOMPARE(count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM evaluation_answers")), answers);
    QCOMPARE(count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM annotations")), 0);
    QCOMPARE(
        count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'evaluation'")),
        0);

    // A peer review whose note cannot be written leaves no evaluation either.
    QVERIFY(qafixture::repairInsertsInto(*m_qa.database, QStringLiteral("evaluation_score_history")));
    QVERIFY(qafixture::breakInsertsInto(*m_qa.database, QStringLiteral("review_notes")));
    storage::EvaluationDraft peer;
    peer.conversationId = conversation("c2");
    peer.scorecardVersionId = m_qa.peer.versionId;
    peer.kind = core::EvaluationKind::Peer;
    peer.evaluator = QStringLiteral("Ben");
    peer.answers = {{false, 1}, {false, 4}};
    QVERIFY(
        !repository().publishPeerReview(peer, m_qa.site.ben, QStringLiteral("ok"), QStringLiteral("Ben")));
    QCOMPARE(count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM evaluations")), evaluations);
}

void TestEvaluations::bulkWriterStoresEverything()
{
    // The demo's path: QaWriter inside the caller's transaction, many rows, the same facts as the repository.
    QVERIFY(m_qa.database->connection().transaction());
    storage::QaWriter writer(*m_qa.database);
    core::ScorecardDefinition card = qafixture::careCard();
    card.name = QStringLiteral("Bulk card");
    card.createdAt = QDateTime(fixture::D1, QTime(8, 0), Qt::UTC);
    const auto stored = writer.insertScorecard(card);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));
    core::EvaluationRecord record;
    record.conversationId = conversation("c2");
    record.evaluator = QStringLiteral("Quinn");
    record.status = core::EvaluationStatus::Published;
    record.answers = {{false, 1}, {false, 1}, {false, 4}, {true, 0}}; // 12/15 = 80 %
    record.answerComments = {{}, QStringLiteral("asked twice"), {}, {}};
    record.createdAt = QDateTime(fixture::D2, QTime(10, 30), Qt::UTC);
    record.comment = QStringLiteral("demo");
    const auto id = writer.insertEvaluation(stored.value(), record,
                                            {{0, 1, core::AnchorKind::Line, 4, QStringLiteral("identity")}});
    QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
    record.status = core::EvaluationStatus::Draft;
    record.kind = core::EvaluationKind::Peer;
    const auto draftId = writer.insertEvaluation(stored.value(), record);
    QVERIFY(draftId);
    QVERIFY(m_qa.database->connection().commit());

    const auto card2 = storage::ScorecardRepository(*m_qa.database).version(stored->versionId);
    QVERIFY(card2);
    QCOMPARE(card2->definition.description, card.description);
    QCOMPARE(card2->definition.channel, card.channel);
    QCOMPARE(card2->definition.createdAt, card.createdAt);
    QCOMPARE(card2->definition.sections[0].criteria[1].guideline, QStringLiteral("Two facts"));
    QVERIFY(!card2->definition.sections[0].criteria[1].criterion.naAllowed);
    QVERIFY(card2->definition.sections[0].criteria[1].criterion.autoFail);
    QCOMPARE(card2->criterionIds, stored->criterionIds);

    QCOMPARE(scalar(QStringLiteral("SELECT kind || '/' || status || '/' || published_at || '/' || updated_at"
                                   " FROM evaluations WHERE id = ?"),
                    {id.value()}),
             QVariant(QStringLiteral("qa/published/2024-03-02T10:30:00Z/2024-03-02T10:30:00Z")));
    // The score apart: as text a REAL reads "80.0" in SQLite, a DOUBLE PRECISION "80" in PostgreSQL.
    QCOMPARE(
        scalar(QStringLiteral("SELECT score_pct FROM evaluations WHERE id = ?"), {id.value()}).toDouble(),
        80.0);
    QCOMPARE(
        scalar(QStringLiteral("SELECT kind || '/' || status || '/' || CAST(published_at IS NULL AS INTEGER)"
                              " FROM evaluations WHERE id = ?"),
               {draftId.value()}),
        QVariant(QStringLiteral("peer/draft/1")));
    const auto history = repository().history(id.value());
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().at, record.createdAt);
    QCOMPARE(history->first().scorePct.value(), 80.0);
    QCOMPARE(historyRows(draftId.value()), 0);
    const auto loaded = repository().load(id.value(), {});
    QCOMPARE(loaded->draft.answerComments, record.answerComments);
    QCOMPARE(loaded->draft.comment, QStringLiteral("demo"));
    QCOMPARE(loaded->draft.annotations.size(), 1);
    QCOMPARE(loaded->draft.annotations[0].criterionIndex, 1);
    QCOMPARE(loaded->draft.annotations[0].anchorValue, 4);
}

// Two people have the same draft open; the second save is refused and names the first saver, and the first
// saver's answers stay. Opening it again brings the current revision, and that save goes through.
void TestEvaluations::draftSavedMeanwhileIsNotOverwritten()
{
    int revision = 0;
    const auto id =
        repository().saveDraft(draft("c2", {{false, 1}, {false, -1}, {false, -1}, {false, -1}}), &revision);
    QVERIFY(id);
    QCOMPARE(revision, 1);
    auto other = secondConnection();
    QVERIFY(other);
    storage::EvaluationRepository theirs(*other);
    storage::EvaluationDraft mine = repository().load(id.value(), QStringLiteral("Quinn"))->draft;
    storage::EvaluationDraft copy = theirs.load(id.value(), QStringLiteral("Quinn"))->draft;
    QCOMPARE(mine.revision, 1);
    QCOMPARE(copy.revision, 1);

    copy.answers[2] = {false, 4};
    copy.evaluator = QStringLiteral("Quinn");
    int theirRevision = 0;
    QVERIFY(theirs.saveDraft(copy, &theirRevision));
    QCOMPARE(theirRevision, 2);

    mine.answers[2] = {false, 2};
    const auto refused = repository().saveDraft(mine);
    QVERIFY(!refused);
    const QString message = refused.error().message;
    QVERIFY2(message.contains(QStringLiteral("changed by Quinn")) &&
                 message.contains(QStringLiteral("reload")) &&
                 message.contains(QStringLiteral("revision 2, yours is 1")),
             qPrintable(message));
    QCOMPARE(repository().load(id.value(), QStringLiteral("Quinn"))->draft.answers[2].points, 4);
    QCOMPARE(repository().revision(id.value()).value(), 2);

    mine = repository().load(id.value(), QStringLiteral("Quinn"))->draft;
    mine.answers[2] = {false, 2};
    QVERIFY(repository().saveDraft(mine, &revision));
    QCOMPARE(revision, 3);
    QCOMPARE(theirs.load(id.value(), QStringLiteral("Quinn"))->draft.answers[2].points, 2);
    // A save of the same copy again starts from the revision the last one left.
    mine.revision = revision;
    QVERIFY(repository().saveDraft(mine, &revision));
    QCOMPARE(revision, 4);
}

// The same for a correction of a published evaluation: the later edit is refused and leaves no trace, no
// score history row, no audit entry, no changed answer.
void TestEvaluations::editSavedMeanwhileIsNotOverwritten()
{
    const auto id = repository().publish(draft("c2"), QStringLiteral("Quinn"));
    QVERIFY(id);
    auto other = secondConnection();
    QVERIFY(other);
    storage::EvaluationRepository theirs(*other);
    storage::EvaluationDraft mine = repository().load(id.value(), QStringLiteral("Quinn"))->draft;
    storage::EvaluationDraft copy = theirs.load(id.value(), QStringLiteral("Coach Kim"))->draft;
    QCOMPARE(mine.revision, copy.revision);

    copy.answers[3] = {false, 5};
    QVERIFY(theirs.editPublished(copy, QStringLiteral("second listen"), QStringLiteral("Coach Kim")));
    const int historyBefore = historyRows(id.value());
    const int auditsBefore = evaluationAudits(id.value());

    mine.answers[3] = {false, 1};
    const auto refused =
        repository().editPublished(mine, QStringLiteral("too harsh"), QStringLiteral("Quinn"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("changed by Coach Kim")),
             qPrintable(refused.error().message));
    QCOMPARE(historyRows(id.value()), historyBefore);
    QCOMPARE(evaluationAudits(id.value()), auditsBefore);
    const auto stored = repository().load(id.value(), QStringLiteral("Quinn"));
    QCOMPARE(stored->draft.answers[3].points, 5);
    QCOMPARE(stored->scorePct.value(), 100.0 * 16 / 19);
    QCOMPARE(stored->updatedBy, QStringLiteral("Coach Kim"));
}

// A dispute opened on a published evaluation changes it too: a copy loaded before is stale, so its edit is
// refused whichever rule speaks first, and the stored answers stay those that were disputed.
void TestEvaluations::disputeMakesAnOpenCopyStale()
{
    const auto id = repository().publish(draft("c2"), QStringLiteral("Quinn"));
    QVERIFY(id);
    storage::EvaluationDraft copy = repository().load(id.value(), QStringLiteral("Quinn"))->draft;
    const int before = repository().revision(id.value()).value();
    const auto dispute = storage::DisputeRepository(*m_qa.database)
                             .open(id.value(), 3, QStringLiteral("Ana"), QStringLiteral("I did empathise"),
                                   QDateTime::currentDateTimeUtc());
    QVERIFY2(dispute, qPrintable(dispute ? QString() : dispute.error().toString()));
    QCOMPARE(repository().revision(id.value()).value(), before + 1);
    QCOMPARE(repository().load(id.value(), QStringLiteral("Quinn"))->updatedBy, QStringLiteral("Ana"));
    copy.answers[3] = {false, 5};
    QVERIFY(!repository().editPublished(copy, QStringLiteral("fix"), QStringLiteral("Quinn")));
    QCOMPARE(repository().load(id.value(), QStringLiteral("Quinn"))->draft.answers[3].points, 3);
}

HUDDLE_TEST_GUILESS_MAIN("test_evaluations", TestEvaluations)
#include "tst_evaluations.moc"
