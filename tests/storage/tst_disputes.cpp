// Disputes in storage: the site's windows from settings, opening within the window only (and only a published
// QA evaluation), a decision that writes the decided answers, score and outcome, nothing leaving final, the
// list's order and context, and every step in the score history and the audit log — or nothing at all when a
// statement fails.
#include "core/dispute.h"
#include "qafixture.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/disputerepository.h"
#include "storage/evaluationrepository.h"
#include "support/testmain.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;
using core::CriterionAnswer;
using core::DisputeOutcome;
using qafixture::count;
using qafixture::goodAnswers;
using qafixture::goodScore;
using qafixture::scalar;

namespace {

QString utc(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODate);
}

} // namespace

class TestDisputes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rulesComeFromSettings();
    void openingMakesTheEvaluationDisputed();
    void openingIsRefusedOutsideTheRules();
    void acceptingOneCriterionRescoresIt();
    void rejectingKeepsTheScore();
    void nothingLeavesFinal();
    void listPutsOpenDisputesFirst();
    void failedStepsLeaveNothing();

private:
    storage::DisputeRepository disputes() const { return storage::DisputeRepository(*m_qa.database); }
    storage::EvaluationRepository evaluations() const
    {
        return storage::EvaluationRepository(*m_qa.database);
    }
    // Publishes a care-card evaluation of `key` and returns its id and publishing time.
    std::pair<qint64, QDateTime> publish(const char *key,
                                         const QList<CriterionAnswer> &answers = goodAnswers);
    QString status(qint64 evaluationId) const
    {
        return scalar(*m_qa.database, QStringLiteral("SELECT status FROM evaluations WHERE id = ?"),
                      {evaluationId})
            .toString();
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    qafixture::QaSite m_qa;
};

void TestDisputes::init()
{
    m_qa = {};
    auto qa = qafixture::openQaSite(m_dir.filePath(QStringLiteral("disputes%1.sqlite").arg(++m_counter)));
    QVERIFY2(qa, qPrintable(qa ? QString() : qa.error().toString()));
    m_qa = std::move(qa.value());
}

std::pair<qint64, QDateTime> TestDisputes::publish(const char *key, const QList<CriterionAnswer> &answers)
{
    const auto id = evaluations().publish(qafixture::careDraft(m_qa, key, answers), QStringLiteral("Quinn"));
    if (!id) {
        qWarning("%s", qPrintable(id.error().toString()));
        return {0, {}};
    }
    return {id.value(), evaluations().load(id.value(), {})->publishedAt};
}

void TestDisputes::rulesComeFromSettings()
{
    const auto defaults = disputes().rules();
    QVERIFY(defaults);
    QCOMPARE(defaults->windowDays, 7);
    QCOMPARE(defaults->decisionDays, 5);

    QVERIFY(disputes().setRules({3, 2}, QStringLiteral("Lead")));
    QCOMPARE(scalar(*m_qa.database,
                    QStringLiteral("SELECT value FROM settings WHERE key = 'dispute_window_days'")),
             QVariant(QStringLiteral("3")));
    QCOMPARE(scalar(*m_qa.database,
                    QStringLiteral("SELECT value FROM settings WHERE key = 'dispute_decision_days'")),
             QVariant(QStringLiteral("2")));
    QCOMPARE(disputes().rules()->windowDays, 3);
    QCOMPARE(disputes().rules()->decisionDays, 2);
    const auto audit = storage::AuditLog(*m_qa.database).entries(QStringLiteral("settings"), 0);
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first()
                 .detail.value(QStringLiteral("dispute_window_days"))
                 .toObject()
                 .value(QStringLiteral("before"))
                 .toInt(),
             7);

    QVERIFY(!disputes().setRules({0, 2}, QStringLiteral("Lead")));
    QVERIFY(!disputes().setRules({3, -1}, QStringLiteral("Lead")));
    QCOMPARE(disputes().rules()->windowDays, 3);
    QCOMPARE(storage::AuditLog(*m_qa.database).entries(QStringLiteral("settings"), 0)->size(), 1);
}

void TestDisputes::openingMakesTheEvaluationDisputed()
{
    const auto [id, publishedAt] = publish("c2");
    QVERIFY(id);
    const QDateTime raised = publishedAt.addDays(7); // the last instant of the window still counts
    const auto dispute =
        disputes().open(id, 2, QStringLiteral("TL Tom"), QStringLiteral("  Solved it fully  "), raised);
    QVERIFY2(dispute, qPrintable(dispute ? QString() : dispute.error().toString()));

    QSqlQuery q(m_qa.database->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT evaluation_id, criterion_id, raised_by, raised_at, reason, due_at, outcome IS"
                       " NULL, decided_at IS NULL FROM disputes WHERE id = %1")
            .arg(dispute.value())));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), id);
    QCOMPARE(q.value(1).toLongLong(), m_qa.care.criterionIds[2]);
    QCOMPARE(q.value(2).toString(), QStringLiteral("TL Tom"));
    QCOMPARE(q.value(3).toString(), utc(raised));
    QCOMPARE(q.value(4).toString(), QStringLiteral("Solved it fully"));
    QCOMPARE(q.value(5).toString(), utc(raised.addDays(5))); // dispute_decision_days
    QVERIFY(q.value(6).toBool());
    QVERIFY(q.value(7).toBool());
    QCOMPARE(status(id), QStringLiteral("disputed"));

    const auto history = evaluations().history(id);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->last().status, core::EvaluationStatus::Disputed);
    QCOMPARE(history->last().actor, QStringLiteral("TL Tom"));
    QCOMPARE(history->last().scorePct.value(), goodScore);
    QCOMPARE(
        qafixture::auditCount(*m_qa.database, QStringLiteral("evaluation"), id, QStringLiteral("dispute")),
        1);

    const auto entry = disputes().forEvaluation(id);
    QVERIFY(entry && entry->has_value());
    QCOMPARE(entry->value().id, dispute.value());
    QCOMPARE(entry->value().criterionIndex, 2);
    QCOMPARE(entry->value().criterionName, QStringLiteral("Solved"));
    QCOMPARE(entry->value().dueAt, raised.addDays(5));
    QVERIFY(!entry->value().outcome);
    QVERIFY(!disputes().forEvaluation(987654)->has_value());
}

void TestDisputes::openingIsRefusedOutsideTheRules()
{
    const auto [id, publishedAt] = publish("c2");
    const int audits = count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    // After the window (7 days) the evaluation counts as final: no background job needed.
    QVERIFY(!disputes().open(id, -1, QStringLiteral("Ana"), QStringLiteral("late"),
                             publishedAt.addDays(7).addSecs(1)));
    QVERIFY(!disputes().open(id, -1, QStringLiteral("Ana"), QStringLiteral(" "), publishedAt)); // no reason
    QVERIFY(!disputes().open(id, 4, QStringLiteral("Ana"), QStringLiteral("which?"),
                             publishedAt)); // no criterion 5
    QVERIFY(!disputes().open(987654, -1, QStringLiteral("Ana"), QStringLiteral("ghost"), publishedAt));

    const auto draft = evaluations().saveDraft(qafixture::careDraft(m_qa, "c1", goodAnswers));
    QVERIFY(!disputes().open(draft.value(), -1, QStringLiteral("Ana"), QStringLiteral("draft"), publishedAt));

    storage::EvaluationDraft peer;
    peer.conversationId = m_qa.site.conversations.value(QStringLiteral("c5"));
    peer.scorecardVersionId = m_qa.peer.versionId;
    peer.kind = core::EvaluationKind::Peer;
    peer.evaluator = QStringLiteral("Ana");
    peer.answers = {{false, 1}, {false, 2}};
    const auto peerId =
        evaluations().publishPeerReview(peer, m_qa.site.ana, QStringLiteral("ok"), QStringLiteral("Ana"));
    QVERIFY(peerId);
    const auto peerDispute = disputes().open(peerId.value(), -1, QStringLiteral("Ben"), QStringLiteral("no"),
                                             QDateTime::currentDateTimeUtc());
    QVERIFY(!peerDispute);
    QCOMPARE(count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM disputes")), 0);
    QCOMPARE(status(id), QStringLiteral("published"));
    QCOMPARE(count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM audit_log")),
             audits + 1); // the peer review

    // A shorter window from settings applies at once.
    QVERIFY(disputes().setRules({1, 5}, QStringLiteral("Lead")));
    QVERIFY(!disputes().open(id, -1, QStringLiteral("Ana"), QStringLiteral("late"), publishedAt.addDays(2)));
    QVERIFY(
        disputes().open(id, -1, QStringLiteral("Ana"), QStringLiteral("in time"), publishedAt.addSecs(3600)));
    // One dispute per evaluation: a disputed one cannot be disputed again.
    QVERIFY(
        !disputes().open(id, -1, QStringLiteral("Ana"), QStringLiteral("again"), publishedAt.addSecs(7200)));
    QCOMPARE(count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM disputes")), 1);
}

void TestDisputes::acceptingOneCriterionRescoresIt()
{
    const auto [id, publishedAt] = publish("c2");
    const auto dispute =
        disputes().open(id, 3, QStringLiteral("Ana"), QStringLiteral("I was kind"), publishedAt);
    QVERIFY(dispute);

    // A dispute of Empathy cannot change Solved, and an acceptance must change the score.
    QList<CriterionAnswer> other = goodAnswers;
    other[2] = {false, 5};
    const QDateTime decided = publishedAt.addDays(2);
    QVERIFY(!disputes().decide(dispute.value(), DisputeOutcome::Accepted, other, QStringLiteral("yes"),
                               QStringLiteral("Arbiter"), decided));
    QVERIFY(!disputes().decide(dispute.value(), DisputeOutcome::Accepted, goodAnswers, QStringLiteral("yes"),
                               QStringLiteral("Arbiter"), decided));
    QList<CriterionAnswer> kinder = goodAnswers;
    kinder[3] = {false, 4}; // Empathy 4: (1 + 2 + 9 + 3) / 19 = 15/19
    QVERIFY(!disputes().decide(dispute.value(), DisputeOutcome::PartiallyAccepted, kinder,
                               QStringLiteral(" "), QStringLiteral("Arbiter"), decided)); // no reason
    QCOMPARE(status(id), QStringLiteral("disputed"));
    QCOMPARE(evaluations().history(id)->size(), 2);

    QVERIFY(disputes().decide(dispute.value(), DisputeOutcome::PartiallyAccepted, kinder,
                              QStringLiteral("warm, not warmest"), QStringLiteral("Arbiter"), decided));
    QCOMPARE(status(id), QStringLiteral("final"));
    QCOMPARE(scalar(*m_qa.database, QStringLiteral("SELECT score_pct FROM evaluations WHERE id = ?"), {id})
                 .toDouble(),
             100.0 * 15 / 19);
    QCOMPARE(scalar(*m_qa.database,
                    QStringLiteral("SELECT points FROM evaluation_answers WHERE evaluation_id = ? AND"
                                   " criterion_id = ?"),
                    {id, m_qa.care.criterionIds[3]})
                 .toInt(),
             4);
    QSqlQuery q(m_qa.database->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT outcome, arbitrator, decided_at, decision_reason, score_before, score_after"
                       " FROM disputes WHERE id = %1")
            .arg(dispute.value())));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("partially_accepted"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("Arbiter"));
    QCOMPARE(q.value(2).toString(), utc(decided));
    QCOMPARE(q.value(3).toString(), QStringLiteral("warm, not warmest"));
    QCOMPARE(q.value(4).toDouble(), goodScore);
    QCOMPARE(q.value(5).toDouble(), 100.0 * 15 / 19);

    const auto history = evaluations().history(id);
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->last().status, core::EvaluationStatus::Final);
    QCOMPARE(history->last().scorePct.value(), 100.0 * 15 / 19);
    QCOMPARE(history->last().reason, QStringLiteral("warm, not warmest"));
    const auto audit = storage::AuditLog(*m_qa.database).entries(QStringLiteral("evaluation"), id);
    QCOMPARE(audit->size(), 3); // publish, dispute, resolve
    QCOMPARE(audit->last().action, QStringLiteral("resolve"));
    QCOMPARE(audit->last().actor, QStringLiteral("Arbiter"));
    QCOMPARE(audit->last().detail.value(QStringLiteral("outcome")).toString(),
             QStringLiteral("partially_accepted"));
    QCOMPARE(audit->last()
                 .detail.value(QStringLiteral("score"))
                 .toObject()
                 .value(QStringLiteral("after"))
                 .toDouble(),
             100.0 * 15 / 19);
}

void TestDisputes::rejectingKeepsTheScore()
{
    const auto [id, publishedAt] = publish("c2");
    const auto dispute =
        disputes().open(id, -1, QStringLiteral("Ana"), QStringLiteral("all wrong"), publishedAt);
    QVERIFY(dispute);
    QList<CriterionAnswer> changed = goodAnswers;
    changed[0] = {false, 0};
    QVERIFY(!disputes().decide(dispute.value(), DisputeOutcome::Rejected, changed, QStringLiteral("no"),
                               QStringLiteral("Arbiter"), publishedAt.addDays(1)));
    // Decided after the deadline: late, but a decision is still better than none.
    QVERIFY(disputes().decide(dispute.value(), DisputeOutcome::Rejected, goodAnswers,
                              QStringLiteral("stands"), QStringLiteral("Arbiter"), publishedAt.addDays(30)));
    QCOMPARE(status(id), QStringLiteral("final"));
    const auto entry = disputes().forEvaluation(id)->value();
    QCOMPARE(entry.outcome, std::optional<DisputeOutcome>(DisputeOutcome::Rejected));
    QCOMPARE(entry.scoreBefore.value(), goodScore);
    QCOMPARE(entry.scoreAfter.value(), goodScore);
    QCOMPARE(entry.criterionIndex, -1);
    QCOMPARE(evaluations().load(id, {})->scorePct.value(), goodScore);
}

void TestDisputes::nothingLeavesFinal()
{
    const auto [id, publishedAt] = publish("c2");
    const auto dispute = disputes().open(id, -1, QStringLiteral("Ana"), QStringLiteral("x"), publishedAt);
    QVERIFY(disputes().decide(dispute.value(), DisputeOutcome::Rejected, goodAnswers,
                              QStringLiteral("stands"), QStringLiteral("Arbiter"), publishedAt.addDays(1)));
    const int audits = count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QList<CriterionAnswer> better = goodAnswers;
    better[3] = {false, 5};
    const auto twice =
        disputes().decide(dispute.value(), DisputeOutcome::Accepted, better, QStringLiteral("changed mind"),
                          QStringLiteral("Arbiter"), publishedAt.addDays(2));
    QVERIFY(!twice);
    QVERIFY2(twice.error().message.contains(QStringLiteral("already decided")),
             qPrintable(twice.error().message));
    QVERIFY(!disputes().open(id, -1, QStringLiteral("Ana"), QStringLiteral("again"), publishedAt.addDays(1)));
    storage::EvaluationDraft edit = evaluations().load(id, {})->draft;
    edit.answers = better;
    QVERIFY(!evaluations().editPublished(edit, QStringLiteral("sneaky"), QStringLiteral("Quinn")));
    QCOMPARE(status(id), QStringLiteral("final"));
    QCOMPARE(count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
    QVERIFY(!disputes().decide(987654, DisputeOutcome::Rejected, goodAnswers, QStringLiteral("?"),
                               QStringLiteral("Arbiter"), publishedAt));
}

void TestDisputes::listPutsOpenDisputesFirst()
{
    // Three disputes: c1 (Ana) decided first, c2 (Ana) open and due late, c5 (Ben) open and due early.
    const auto [c1, at1] = publish("c1");
    const auto [c2, at2] = publish("c2");
    const auto [c5, at5] = publish("c5");
    const auto d1 = disputes().open(c1, -1, QStringLiteral("Ana"), QStringLiteral("a"), at1);
    const auto d2 = disputes().open(c2, 0, QStringLiteral("Ana"), QStringLiteral("b"), at2.addDays(3));
    const auto d5 = disputes().open(c5, 1, QStringLiteral("Ben"), QStringLiteral("c"), at5.addDays(1));
    QVERIFY(d1 && d2 && d5);
    QVERIFY(disputes().decide(d1.value(), DisputeOutcome::Rejected, goodAnswers, QStringLiteral("stands"),
                              QStringLiteral("Arbiter"), at1.addDays(1)));

    const auto all = disputes().list(false);
    QVERIFY(all);
    QList<qint64> order;
    for (const storage::DisputeEntry &d : all.value())
        order.append(d.id);
    QCOMPARE(order, (QList<qint64>{d5.value(), d2.value(), d1.value()}));
    const storage::DisputeEntry &ben = all->at(0);
    QCOMPARE(ben.agentName, QStringLiteral("Ben"));
    QCOMPARE(ben.evaluator, QStringLiteral("Quinn"));
    QCOMPARE(ben.conversationRef, QStringLiteral("EXT-c5"));
    QCOMPARE(ben.conversationDay, fixture::D2);
    QCOMPARE(ben.criterionIndex, 1);
    QCOMPARE(ben.criterionName, QStringLiteral("Verified"));
    QCOMPARE(ben.raisedBy, QStringLiteral("Ben"));
    QCOMPARE(ben.reason, QStringLiteral("c"));
    QCOMPARE(all->at(1).criterionIndex, 0);
    QCOMPARE(all->at(2).arbitrator, QStringLiteral("Arbiter"));
    QCOMPARE(all->at(2).decisionReason, QStringLiteral("stands"));

    const auto open = disputes().list(true);
    QCOMPARE(open->size(), 2);
    QCOMPARE(open->at(0).id, d5.value());
}

void TestDisputes::failedStepsLeaveNothing()
{
    const auto [id, publishedAt] = publish("c2");
    QVERIFY(id);
    // Opening writes the dispute, the status and the history before its audit entry, which fails here.
    QVERIFY(qafixture::breakInsertsInto(*m_qa.database, QStringLiteral("audit_log")));
    QVERIFY(!disputes().open(id, -1, QStringLiteral("Ana"), QStringLiteral("x"), publishedAt));
    QCOMPARE(count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM disputes")), 0);
    QCOMPARE(status(id), QStringLiteral("published"));
    QCOMPARE(evaluations().history(id)->size(), 1);
    QVERIFY(!disputes().setRules({3, 3}, QStringLiteral("Lead")));
    QCOMPARE(disputes().rules()->windowDays, 7);

    QVERIFY(qafixture::repairInsertsInto(*m_qa.database, QStringLiteral("audit_log")));
    const auto dispute = disputes().open(id, -1, QStringLiteral("Ana"), QStringLiteral("x"), publishedAt);
    QVERIFY(dispute);
    // Deciding writes answers, score, status and the dispute before its history row, which fails here.
    QVERIFY(qafixture::breakInsertsInto(*m_qa.database, QStringLiteral("evaluation_score_history")));
    QList<CriterionAnswer> better = goodAnswers;
    better[3] = {false, 5};
    QVERIFY(!disputes().decide(dispute.value(), DisputeOutcome::Accepted, better, QStringLiteral("fair"),
                               QStringLiteral("Arbiter"), publishedAt.addDays(1)));
    QCOMPARE(status(id), QStringLiteral("disputed"));
    QCOMPARE(evaluations().load(id, {})->draft.answers[3].points, 3);
    QCOMPARE(evaluations().load(id, {})->scorePct.value(), goodScore);
    QVERIFY(
        scalar(*m_qa.database, QStringLiteral("SELECT outcome FROM disputes WHERE id = ?"), {dispute.value()})
            .isNull());
}

HUDDLE_TEST_GUILESS_MAIN("test_disputes", TestDisputes)
#include "tst_disputes.moc"
