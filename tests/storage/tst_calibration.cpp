// Calibration sessions: what creating one checks, the blind rule while it is open (no report, a worklist with
// the viewer's own scores only), closing (audited, once), and the report of a closed session compared with
// Krippendorff's α, deviations and spreads worked out in this file from the answers alone. Calibration scores
// never count in QA %.
#include "qasite.h"
#include "support/near.h"
#include "support/testmain.h"

#include "storage/auditlog.h"
#include "storage/calibrationrepository.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "storage/kpirepository.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;

using huddle::testsupport::near;

namespace {

const QDate day(2024, 3, 4);

// Greeting yes/no ×2 and Solution 1–5 ×2: 10 points possible, so a total is 20 × greeting + 20 × (solution −
// 1), a multiple of 20.
core::ScorecardDefinition calibrationCard()
{
    core::ScorecardDefinition card;
    card.name = QStringLiteral("Calibration test");
    card.sections = {
        {QStringLiteral("Call"),
         {qasite::yesNo(QStringLiteral("Greeting"), 2), qasite::scale(QStringLiteral("Solution"), 2)}}};
    return card;
}

// (greeting, solution) by conversation and evaluator (Eve, Finn, Gus), with the totals they make:
//   c1: Eve (1, 5) 100   Finn (1, 4)  80   Gus (1, 5) 100   mean 93.33, spread 20
//   c2: Eve (1, 3)  60   Finn (0, 3)  40   Gus (1, 4)  80   mean 60,    spread 40
//   c3: Eve (0, 2)  20   Finn (0, 1)   0   Gus (1, 2)  40   mean 20,    spread 40
// Deviation from the conversation's mean: Eve (6.67 + 0 + 0) / 3 = 2.22; Finn (−13.33 − 20 − 20) / 3 =
// −17.78; Gus (6.67 + 20 + 20) / 3 = 15.56 — Finn is the strictest, Gus the most lenient.
const QList<QList<std::pair<int, int>>> answers{
    {{1, 5}, {1, 4}, {1, 5}}, {{1, 3}, {0, 3}, {1, 4}}, {{0, 2}, {0, 1}, {1, 2}}};

double totalOf(std::pair<int, int> answer)
{
    return 20.0 * answer.first + 20.0 * (answer.second - 1);
}

// Krippendorff's α from its pairwise definition for data without missing values — not the coincidence matrix
// the code under test builds: D_o = Σ_u Σ_{i≠j} δ(v_ui, v_uj) ÷ (m_u − 1) ÷ n and D_e = Σ_{i≠j} δ(v_i, v_j) ÷
// (n (n − 1)) over all n values, α = 1 − D_o ÷ D_e; δ is (v − w)² (interval) or v ≠ w (nominal).
// For the totals above: D_o = (800 + 2400 + 2400) / 9 and D_e = 179200 / 72, so α = 1 − 0.25 = 0.75.
double pairwiseAlpha(const QList<QList<double>> &units, bool interval)
{
    const auto delta = [&](double v, double w) {
        return interval ? (v - w) * (v - w) : (v != w ? 1.0 : 0.0);
    };
    QList<double> all;
    double observed = 0;
    for (const QList<double> &unit : units) {
        for (qsizetype i = 0; i < unit.size(); ++i)
            for (qsizetype j = 0; j < unit.size(); ++j)
                if (i != j)
                    observed += delta(unit[i], unit[j]) / static_cast<double>(unit.size() - 1);
        all += unit;
    }
    const auto n = static_cast<double>(all.size());
    double expected = 0;
    for (qsizetype i = 0; i < all.size(); ++i)
        for (qsizetype j = 0; j < all.size(); ++j)
            if (i != j)
                expected += delta(all[i], all[j]);
    return 1.0 - (observed / n) / (expected / (n * (n - 1)));
}

// Share of pairs of evaluators on the same conversation who gave the same answer, in percent.
double pairAgreement(const QList<QList<double>> &units)
{
    int same = 0;
    int pairs = 0;
    for (const QList<double> &unit : units)
        for (qsizetype i = 0; i < unit.size(); ++i)
            for (qsizetype j = i + 1; j < unit.size(); ++j) {
                ++pairs;
                same += unit[i] == unit[j] ? 1 : 0;
            }
    return 100.0 * same / pairs;
}

} // namespace

class TestCalibrationSessions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void createRefusesWhatCannotBeCalibrated();
    void createIsAudited();
    void blindWhileOpen();
    void closeOnce();
    void reportOfAClosedSession();
    void agreementMatchesHandComputation();
    void deviationsAndSpreads();
    void calibrationScoresNeverCountInQa();

private:
    core::Result<qint64> publish(qint64 session, int conversation, int evaluator);
    storage::CalibrationSessionSpec spec() const;
    QList<storage::KpiRow> qaByAgent();

    QTemporaryDir m_dir;
    qasite::Site m_site;
    storage::StoredScorecard m_card;
    qint64 m_session = 0;
    QList<storage::KpiRow> m_qaBefore;
    QHash<QString, qint64> m_published;                 // "c1/Eve" → evaluation id
    std::optional<storage::CalibrationReport> m_report; // of a second session, every score in, closed
    const QStringList m_evaluators{QStringLiteral("Eve"), QStringLiteral("Finn"), QStringLiteral("Gus")};
};

void TestCalibrationSessions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto site = qasite::openSite(m_dir.filePath(QStringLiteral("calibration.sqlite")));
    QVERIFY2(site, qPrintable(site ? QString() : site.error().toString()));
    m_site = std::move(site.value());
    QVERIFY(qasite::addConversations(m_site, {{"c1", day, m_site.ana, m_site.alpha, 300, {}, 1, 5, {}},
                                              {"c2", day, m_site.ben, m_site.alpha, 300, {}, 1, 5, {}},
                                              {"c3", day, m_site.cat, m_site.bravo, 300, {}, 1, 5, {}},
                                              {"c4", day, 0, m_site.alpha, {}, {}, 1, 5, {}}}));
    const auto card = qasite::addScorecard(*m_site.db, calibrationCard());
    QVERIFY(card);
    m_card = card.value();
    // A coach's QA evaluation of c1: (1, 4) → 80 %, Ana's QA % before any calibration.
    QVERIFY(qasite::addEvaluation(m_site, m_card, {"c1", "Coach", {{false, 1}, {false, 4}}}));
    m_qaBefore = qaByAgent();
    QVERIFY(!m_qaBefore.isEmpty());
}

storage::CalibrationSessionSpec TestCalibrationSessions::spec() const
{
    storage::CalibrationSessionSpec s;
    s.name = QStringLiteral("March calibration");
    s.scorecardVersionId = m_card.versionId;
    s.conversationIds = {m_site.conversations.value("c1"), m_site.conversations.value("c2"),
                         m_site.conversations.value("c3")};
    s.evaluators = {QStringLiteral("Gus"), QStringLiteral("Eve"), QStringLiteral("Finn")};
    s.createdBy = QStringLiteral("Lead");
    return s;
}

core::Result<qint64> TestCalibrationSessions::publish(qint64 session, int conversation, int evaluator)
{
    const auto [greeting, solution] = answers[conversation][evaluator];
    storage::EvaluationDraft draft;
    draft.conversationId = m_site.conversations.value(QStringLiteral("c%1").arg(conversation + 1));
    draft.scorecardVersionId = m_card.versionId;
    draft.kind = core::EvaluationKind::Calibration;
    draft.calibrationSessionId = session;
    draft.evaluator = m_evaluators[evaluator];
    draft.answers = {{false, greeting}, {false, solution}};
    draft.answerComments = {QString(), QString()};
    auto id = storage::EvaluationRepository(*m_site.db).publish(draft, draft.evaluator);
    if (id)
        m_published.insert(QStringLiteral("c%1/%2").arg(conversation + 1).arg(draft.evaluator), id.value());
    return id;
}

QList<storage::KpiRow> TestCalibrationSessions::qaByAgent()
{
    storage::KpiQuery query;
    query.range = {day, day};
    query.grouping = storage::KpiGrouping::Agent;
    const auto rows = storage::KpiRepository(*m_site.db).totals(query);
    return rows ? rows.value() : QList<storage::KpiRow>{};
}

void TestCalibrationSessions::createRefusesWhatCannotBeCalibrated()
{
    storage::CalibrationRepository repository(*m_site.db);
    core::ScorecardDefinition peer = calibrationCard();
    peer.name = QStringLiteral("Peer test");
    peer.purpose = core::ScorecardPurpose::Peer;
    const auto peerCard = qasite::addScorecard(*m_site.db, peer);
    QVERIFY(peerCard);
    const QList<std::pair<const char *, std::function<void(storage::CalibrationSessionSpec &)>>> refusals{
        {"no name", [](auto &s) { s.name = QStringLiteral("  "); }},
        {"no conversation", [](auto &s) { s.conversationIds.clear(); }},
        {"one evaluator", [](auto &s) { s.evaluators = {QStringLiteral("Eve")}; }},
        {"evaluator twice", [](auto &s) { s.evaluators << QStringLiteral("Eve"); }},
        {"conversation twice", [](auto &s) { s.conversationIds << s.conversationIds.first(); }},
        {"no creator", [](auto &s) { s.createdBy.clear(); }},
        {"unknown scorecard version", [](auto &s) { s.scorecardVersionId = 999; }},
        {"peer scorecard", [&](auto &s) { s.scorecardVersionId = peerCard.value().versionId; }},
        {"unknown conversation", [](auto &s) { s.conversationIds << 999; }},
        {"abandoned conversation", [&](auto &s) { s.conversationIds << m_site.conversations.value("c4"); }}};
    for (const auto &[what, change] : refusals) {
        storage::CalibrationSessionSpec s = spec();
        change(s);
        const auto created = repository.create(s);
        QVERIFY2(!created, what);
        QVERIFY2(!created.error().message.isEmpty(), what);
    }
    // Nothing of a refused session was written.
    for (const char *statement :
         {"SELECT COUNT(*) FROM calibration_sessions", "SELECT COUNT(*) FROM calibration_conversations",
          "SELECT COUNT(*) FROM calibration_evaluators",
          "SELECT COUNT(*) FROM audit_log WHERE entity = 'calibration_session'"}) {
        QSqlQuery q(m_site.db->connection());
        QVERIFY(q.exec(QLatin1String(statement)) && q.next());
        QVERIFY2(q.value(0).toInt() == 0, statement);
    }
}

void TestCalibrationSessions::createIsAudited()
{
    const auto created = storage::CalibrationRepository(*m_site.db).create(spec());
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    m_session = created.value();
    const auto summary = storage::CalibrationRepository(*m_site.db).session(m_session);
    QVERIFY(summary);
    QCOMPARE(summary.value().name, QStringLiteral("March calibration"));
    QCOMPARE(summary.value().scorecardName, QStringLiteral("Calibration test"));
    QCOMPARE(summary.value().conversations, 3);
    QCOMPARE(summary.value().evaluators, m_evaluators); // by name
    QCOMPARE(summary.value().scoresPublished, 0);
    QVERIFY(summary.value().isOpen());
    const auto entries =
        storage::AuditLog(*m_site.db).entries(QStringLiteral("calibration_session"), m_session);
    QVERIFY(entries);
    QCOMPARE(entries.value().size(), 1);
    QCOMPARE(entries.value()[0].action, QStringLiteral("create"));
    QCOMPARE(entries.value()[0].actor, QStringLiteral("Lead"));
    QCOMPARE(entries.value()[0].detail.value(QStringLiteral("evaluators")).toArray().size(), 3);
}

void TestCalibrationSessions::blindWhileOpen()
{
    QVERIFY(m_session > 0);
    storage::CalibrationRepository repository(*m_site.db);
    // Eve scores c1; Finn scores c1 and c2.
    for (const auto &[conversation, evaluator] : {std::pair{0, 0}, {0, 1}, {1, 1}}) {
        const auto id = publish(m_session, conversation, evaluator);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
    }
    QVERIFY2(!publish(m_session, 0, 0), "one score per evaluator and conversation");
    QCOMPARE(repository.session(m_session).value().scoresPublished, 3);
    // The report stays shut while the session is open …
    const auto report = repository.report(m_session);
    QVERIFY(!report);
    QVERIFY(report.error().message.contains(QLatin1String("open")));
    // … Eve's worklist shows her own evaluation and nobody else's …
    const auto eve = repository.worklist(m_session, QStringLiteral("Eve"));
    QVERIFY(eve);
    QCOMPARE(eve.value().size(), 3);
    QCOMPARE(eve.value()[0].conversationRef, QStringLiteral("c1"));
    QCOMPARE(eve.value()[0].agentName, QStringLiteral("Ana"));
    QCOMPARE(eve.value()[0].ownEvaluationId, m_published.value("c1/Eve"));
    QVERIFY(eve.value()[0].ownPublished);
    for (const int i : {1, 2}) {
        QCOMPARE(eve.value()[i].ownEvaluationId, qint64(0)); // Finn's c2 is not hers to see
        QVERIFY(!eve.value()[i].ownPublished);
    }
    const auto finn = repository.worklist(m_session, QStringLiteral("Finn"));
    QVERIFY(finn);
    QCOMPARE(finn.value()[0].ownEvaluationId, m_published.value("c1/Finn"));
    QCOMPARE(finn.value()[1].ownEvaluationId, m_published.value("c2/Finn"));
    QCOMPARE(finn.value()[2].ownEvaluationId, qint64(0));
    // … somebody outside the session gets no worklist, and loading another's score is refused.
    QVERIFY(!repository.worklist(m_session, QStringLiteral("Mallory")));
    const storage::EvaluationRepository evaluations(*m_site.db);
    QVERIFY(!evaluations.load(m_published.value("c1/Finn"), QStringLiteral("Eve")));
    QVERIFY(evaluations.load(m_published.value("c1/Finn"), QStringLiteral("Finn")));
}

void TestCalibrationSessions::closeOnce()
{
    QVERIFY(m_session > 0);
    for (const auto &[conversation, evaluator] : {std::pair{0, 2}, {1, 0}, {1, 2}, {2, 0}, {2, 1}, {2, 2}}) {
        const auto id = publish(m_session, conversation, evaluator);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
    }
    storage::CalibrationRepository repository(*m_site.db);
    QVERIFY(!repository.close(m_session, QString()));
    QVERIFY(repository.close(m_session, QStringLiteral("Lead")));
    QVERIFY(!repository.close(m_session, QStringLiteral("Lead")));
    QVERIFY(!repository.close(999, QStringLiteral("Lead")));
    const auto summary = repository.session(m_session);
    QVERIFY(!summary.value().isOpen());
    QCOMPARE(summary.value().scoresPublished, 9);
    const auto entries =
        storage::AuditLog(*m_site.db).entries(QStringLiteral("calibration_session"), m_session);
    QCOMPARE(entries.value().size(), 2);
    QCOMPARE(entries.value()[1].action, QStringLiteral("close"));
    // A closed session takes no more scores.
    QSqlQuery q(m_site.db->connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM evaluations WHERE id = %1").arg(m_published.value("c3/Gus"))));
    QVERIFY(!publish(m_session, 2, 2));
    QVERIFY(q.exec(
        QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE calibration_session_id = %1").arg(m_session)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 8);
}

void TestCalibrationSessions::reportOfAClosedSession()
{
    storage::CalibrationRepository repository(*m_site.db);
    const auto session = repository.create(spec());
    QVERIFY(session);
    for (int c = 0; c < 3; ++c)
        for (int e = 0; e < 3; ++e)
            QVERIFY(publish(session.value(), c, e));
    QVERIFY(repository.close(session.value(), QStringLiteral("Lead")));
    const auto report = repository.report(session.value());
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    const storage::CalibrationReport &r = report.value();
    QCOMPARE(r.session.evaluators, m_evaluators);
    QCOMPARE(r.criterionNames, (QStringList{"Greeting", "Solution"}));
    QCOMPARE(r.conversations.size(), 3);
    QCOMPARE(r.conversations[2].conversationRef, QStringLiteral("c3"));
    QCOMPARE(r.conversations[2].agentName, QStringLiteral("Cat"));
    QCOMPARE(r.input.scores.size(), 9);
    QCOMPARE(r.input.evaluators, 3);
    QCOMPARE(r.input.conversations, 3);
    for (const core::CalibrationScore &score : r.input.scores) // the totals of the table above
        QCOMPARE(score.totalPct,
                 std::optional<double>(totalOf(answers[score.conversation][score.evaluator])));
    m_report = r;
}

void TestCalibrationSessions::agreementMatchesHandComputation()
{
    QVERIFY(m_report);
    const storage::CalibrationReport &r = *m_report;
    QList<QList<double>> totals, greetings, solutions;
    for (const auto &unit : answers) {
        totals.append(QList<double>());
        greetings.append(QList<double>());
        solutions.append(QList<double>());
        for (const auto &answer : unit) {
            totals.last() << totalOf(answer);
            greetings.last() << answer.first;
            solutions.last() << answer.second;
        }
    }
    QVERIFY(qAbs(pairwiseAlpha(totals, true) - 0.75) < 1e-12); // the test's own arithmetic agrees with itself
    QVERIFY2(near(r.results.totalAlpha, 0.75),
             qPrintable(QString::number(r.results.totalAlpha.value_or(-9))));

    QCOMPARE(r.results.criteria.size(), 2);
    const core::CriterionAgreement &greeting = r.results.criteria[0];
    QCOMPARE(greeting.metric, core::AlphaMetric::Nominal);
    QVERIFY(near(greeting.alpha, pairwiseAlpha(greetings, false)));
    QVERIFY(near(greeting.alpha, 1.0 / 9)); // D_o = 4/9, D_e = 2 × 6 × 3 / 72 = 1/2: α = 1 − 8/9
    QVERIFY(near(greeting.agreementPct, pairAgreement(greetings))); // 5 of 9 pairs
    QCOMPARE(greeting.pairableConversations, 3);
    const core::CriterionAgreement &solution = r.results.criteria[1];
    QCOMPARE(solution.metric, core::AlphaMetric::Interval);
    QVERIFY(near(solution.alpha, pairwiseAlpha(solutions, true)));
    QVERIFY(near(solution.agreementPct, pairAgreement(solutions))); // 3 of 9 pairs
}

void TestCalibrationSessions::deviationsAndSpreads()
{
    QVERIFY(m_report);
    const storage::CalibrationReport &r = *m_report;
    // Strictest first: Finn (index 1), Eve (0), Gus (2).
    const QList<std::pair<int, double>> deviations{{1, -160.0 / 9}, {0, 20.0 / 9}, {2, 140.0 / 9}};
    QCOMPARE(r.results.evaluators.size(), 3);
    for (qsizetype i = 0; i < deviations.size(); ++i) {
        QCOMPARE(r.results.evaluators[i].evaluator, deviations[i].first);
        QVERIFY(near(r.results.evaluators[i].meanDeviation, deviations[i].second));
        QCOMPARE(r.results.evaluators[i].conversationsScored, 3);
    }
    // Widest spread first: c2 and c3 (40 each), then c1 (100 − 80).
    QCOMPARE(r.results.conversations.size(), 3);
    QCOMPARE(QSet<int>({r.results.conversations[0].conversation, r.results.conversations[1].conversation}),
             QSet<int>({1, 2}));
    QCOMPARE(r.results.conversations[0].spread, 40.0);
    QCOMPARE(r.results.conversations[2].conversation, 0);
    QCOMPARE(r.results.conversations[2].minPct, 80.0);
    QCOMPARE(r.results.conversations[2].maxPct, 100.0);
    QCOMPARE(r.results.conversations[2].spread, 20.0);
    QCOMPARE(r.results.conversations[2].scores, 3);
}

void TestCalibrationSessions::calibrationScoresNeverCountInQa()
{
    // Seventeen calibration scores later, every agent's QA evaluations and score sum are as before: Ana 1
    // evaluation at 80 %, Ben and Cat none.
    const QList<storage::KpiRow> after = qaByAgent();
    QCOMPARE(after.size(), m_qaBefore.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].agentName, m_qaBefore[i].agentName);
        QCOMPARE(after[i].totals.qaEvaluations, m_qaBefore[i].totals.qaEvaluations);
        QCOMPARE(after[i].totals.qaScoreSum, m_qaBefore[i].totals.qaScoreSum);
        const bool ana = after[i].agentName == QLatin1String("Ana");
        QCOMPARE(after[i].totals.qaEvaluations, ana ? qint64(1) : qint64(0));
        QCOMPARE(after[i].totals.qaScoreSum, ana ? 80.0 : 0.0);
    }
}

HUDDLE_TEST_GUILESS_MAIN("test_calibration_sessions", TestCalibrationSessions)
#include "tst_calibration.moc"
