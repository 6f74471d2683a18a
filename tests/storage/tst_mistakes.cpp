// Mistakes by impact: failed criteria of published and final QA evaluations, grouped by scorecard, section
// and criterion name across scorecard versions, most points lost first. Every expected number is worked out
// by hand below from the scorecard's weights, not taken from the code under test.
#include "qasite.h"
#include "support/testmain.h"

#include "storage/database.h"
#include "storage/mistakerepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;
using core::CriterionAnswer;
using core::EvaluationKind;
using core::EvaluationStatus;

namespace {

// Points are weight × earned of weight × possible; a yes/no is worth 1, a 1–5 scale 4 (a "3" earns 2).
//   Opening: Greeting yes/no ×1, Verified yes/no ×2 (auto-fail)   Solving: Diagnosis 1–5 ×3, Ownership yes/no
//   ×2
// Possible with every criterion answered: 1 + 2 + 3×4 + 2 = 17.
core::ScorecardDefinition card(double greetingWeight)
{
    core::ScorecardDefinition definition;
    definition.name = QStringLiteral("Voice test");
    definition.sections = {
        {QStringLiteral("Opening"),
         {qasite::yesNo(QStringLiteral("Greeting"), greetingWeight),
          qasite::yesNo(QStringLiteral("Verified"), 2, true)}},
        {QStringLiteral("Solving"),
         {qasite::scale(QStringLiteral("Diagnosis"), 3), qasite::yesNo(QStringLiteral("Ownership"), 2)}}};
    return definition;
}

CriterionAnswer a(int points)
{
    return {false, points};
}
const CriterionAnswer na{true, 0};

const QDate mar4(2024, 3, 4);

// Loss of each failed answer, in points of the evaluation's QA %:
//   E1 (Ana, 4 Mar): Greeting no → 100×1/17 = 5.882; Diagnosis 3 → 100×3×2/17 = 35.294.
//   E2 (Ana, 5 Mar): Verified no (auto-fail), Ownership N/A → possible 1 + 2 + 12 = 15; the score is 0, so
//      Verified costs its own 100×2/15 plus all the rest would have earned, 100×13/15: 100 in total.
//   E3 (Ben, 5 Mar, final after a dispute): Greeting no 5.882; Diagnosis 1 → 100×3×4/17 = 70.588; Ownership
//      no → 100×2/17 = 11.765.
//   E9 (Cat, 6 Mar, version 2 where Greeting weighs 2: possible 18): Greeting no → 100×2/18 = 11.111.
// Left out: a draft, a disputed one, a peer review and a calibration score (all Ana's, all full of failures),
// and a published one of 10 March, outside the period.
const double e1Greeting = 100.0 / 17;
const double e1Diagnosis = 600.0 / 17;
const double e2Verified = 100.0;
const double e3Greeting = 100.0 / 17;
const double e3Diagnosis = 1200.0 / 17;
const double e3Ownership = 200.0 / 17;
const double e9Greeting = 200.0 / 18;

} // namespace

class TestMistakes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeSiteByImpact();
    void instancesMostCostlyFirst();
    void oneAgent();
    void oneTeamAcrossVersions();
    void emptyPeriod();

private:
    QList<storage::Mistake> mistakes(core::DateRange range, std::optional<qint64> team = {},
                                     std::optional<qint64> agent = {});
    QTemporaryDir m_dir;
    qasite::Site m_site;
    QHash<QString, qint64> m_evaluations;
};

void TestMistakes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto site = qasite::openSite(m_dir.filePath(QStringLiteral("mistakes.sqlite")));
    QVERIFY2(site, qPrintable(site ? QString() : site.error().toString()));
    m_site = std::move(site.value());
    QList<qasite::Conversation> conversations;
    for (const auto &[ref, day, agent, team] :
         QList<std::tuple<QString, int, qint64, qint64>>{{"k1", 4, m_site.ana, m_site.alpha},
                                                         {"k2", 5, m_site.ana, m_site.alpha},
                                                         {"k3", 5, m_site.ben, m_site.alpha},
                                                         {"k4", 4, m_site.ana, m_site.alpha},
                                                         {"k5", 4, m_site.ana, m_site.alpha},
                                                         {"k6", 4, m_site.ana, m_site.alpha},
                                                         {"k7", 4, m_site.ana, m_site.alpha},
                                                         {"k8", 10, m_site.ana, m_site.alpha},
                                                         {"k9", 6, m_site.cat, m_site.bravo}})
        conversations.append({ref, QDate(2024, 3, day), agent, team, 300, {}, 1, 5, {}});
    QVERIFY(qasite::addConversations(m_site, conversations));
    const auto v1 = qasite::addScorecard(*m_site.db, card(1));
    QVERIFY(v1);
    core::ScorecardDefinition second = card(2);
    second.version = 2;
    const auto v2 = storage::QaWriter(*m_site.db).insertVersion(v1.value().scorecardId, second);
    QVERIFY(v2);
    const QList<CriterionAnswer> allWrong{a(0), a(1), a(1), a(0)};
    const QList<std::tuple<QString, qasite::Evaluation, bool>> evaluations{
        {"E1",
         {"k1",
          "Quinn",
          {a(0), a(1), a(3), a(1)},
          EvaluationKind::Qa,
          EvaluationStatus::Published,
          {"No name given", "", "Guessed first", ""}},
         true},
        {"E2", {"k2", "Quinn", {a(1), a(0), a(5), na}}, true},
        {"E3",
         {"k3", "Rosa", {a(0), a(1), a(1), a(0)}, EvaluationKind::Qa, EvaluationStatus::Final, {}},
         true},
        {"E4", {"k4", "Quinn", allWrong, EvaluationKind::Qa, EvaluationStatus::Draft}, true},
        {"E5", {"k5", "Quinn", allWrong, EvaluationKind::Qa, EvaluationStatus::Disputed}, true},
        {"E6", {"k6", "Ben", allWrong, EvaluationKind::Peer}, true},
        {"E7", {"k7", "Quinn", allWrong, EvaluationKind::Calibration}, true},
        {"E8", {"k8", "Quinn", allWrong}, true},
        {"E9", {"k9", "Quinn", {a(0), a(1), a(5), a(1)}}, false}};
    for (const auto &[name, evaluation, firstVersion] : evaluations) {
        const auto id = qasite::addEvaluation(m_site, firstVersion ? v1.value() : v2.value(), evaluation);
        QVERIFY2(id, qPrintable(name + (id ? QString() : id.error().toString())));
        m_evaluations.insert(name, id.value());
    }
}

QList<storage::Mistake> TestMistakes::mistakes(core::DateRange range, std::optional<qint64> team,
                                               std::optional<qint64> agent)
{
    const auto found = storage::MistakeRepository(*m_site.db).mistakesByImpact(range, team, agent);
    if (!found) {
        qWarning("%s", qPrintable(found.error().toString()));
        return {};
    }
    return found.value();
}

void TestMistakes::wholeSiteByImpact()
{
    const auto list = mistakes({mar4, mar4.addDays(3)});
    QCOMPARE(list.size(), 4);
    // Diagnosis 105.88 > Verified 100 > Greeting 22.88 > Ownership 11.76.
    const QList<std::tuple<QString, QString, int, int, double, bool>> expected{
        {"Solving", "Diagnosis", 2, 4, e1Diagnosis + e3Diagnosis, false},
        {"Opening", "Verified", 1, 4, e2Verified, true},
        {"Opening", "Greeting", 3, 4, e1Greeting + e3Greeting + e9Greeting, false},
        {"Solving", "Ownership", 1, 3, e3Ownership, false}};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const auto &[section, criterion, failures, answered, lost, autoFail] = expected[i];
        const storage::Mistake &m = list[i];
        QCOMPARE(m.scorecardName, QStringLiteral("Voice test"));
        QCOMPARE(m.sectionName, section);
        QCOMPARE(m.criterionName, criterion);
        QCOMPARE(m.failures, failures);
        QCOMPARE(m.answered, answered);
        QVERIFY2(
            qAbs(m.pointsLost - lost) < 1e-9,
            qPrintable(QStringLiteral("%1: %2 instead of %3").arg(criterion).arg(m.pointsLost).arg(lost)));
        QCOMPARE(m.autoFail, autoFail);
        QCOMPARE(m.instances.size(), failures);
    }
}

void TestMistakes::instancesMostCostlyFirst()
{
    const auto list = mistakes({mar4, mar4.addDays(3)});
    QCOMPARE(list.size(), 4);
    const storage::Mistake &diagnosis = list[0];
    QCOMPARE(diagnosis.instances[0].evaluationId, m_evaluations.value("E3"));
    QVERIFY(qAbs(diagnosis.instances[0].pointsLost - e3Diagnosis) < 1e-9);
    QCOMPARE(diagnosis.instances[0].agentName, QStringLiteral("Ben"));
    QCOMPARE(diagnosis.instances[0].evaluator, QStringLiteral("Rosa"));
    QCOMPARE(diagnosis.instances[0].conversationRef, QStringLiteral("k3"));
    QCOMPARE(diagnosis.instances[0].conversationDay, QDate(2024, 3, 5));
    QCOMPARE(diagnosis.instances[1].evaluationId, m_evaluations.value("E1"));
    QCOMPARE(diagnosis.instances[1].comment, QStringLiteral("Guessed first"));
    QCOMPARE(diagnosis.instances[1].conversationId, m_site.conversations.value("k1"));
    // Greeting: E9 (11.11, the heavier version 2) before E1 and E3 (5.88 each).
    const storage::Mistake &greeting = list[2];
    QCOMPARE(greeting.instances[0].evaluationId, m_evaluations.value("E9"));
    QVERIFY(qAbs(greeting.instances[0].pointsLost - e9Greeting) < 1e-9);
    QCOMPARE(greeting.instances[1].pointsLost, greeting.instances[2].pointsLost);
    QCOMPARE(QSet<QString>({greeting.instances[1].comment, greeting.instances[2].comment}),
             QSet<QString>({QStringLiteral("No name given"), QString()}));
}

void TestMistakes::oneAgent()
{
    // Ana: E1 and E2 only; her draft, disputed, peer and calibration evaluations cost her nothing.
    const auto list = mistakes({mar4, mar4.addDays(3)}, {}, m_site.ana);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].criterionName, QStringLiteral("Verified"));
    QCOMPARE(list[0].pointsLost, e2Verified);
    QCOMPARE(list[1].criterionName, QStringLiteral("Diagnosis"));
    QVERIFY(qAbs(list[1].pointsLost - e1Diagnosis) < 1e-9);
    QCOMPARE(list[1].answered, 2);
    QCOMPARE(list[2].criterionName, QStringLiteral("Greeting"));
    QVERIFY(qAbs(list[2].pointsLost - e1Greeting) < 1e-9);
    // A period that reaches 10 March adds E8: Diagnosis 1 costs another 1200/17 and moves to the top.
    const auto longer = mistakes({mar4, mar4.addDays(6)}, {}, m_site.ana);
    QCOMPARE(longer.size(), 4);
    QCOMPARE(longer[0].criterionName, QStringLiteral("Diagnosis"));
    QCOMPARE(longer[0].failures, 2);
    QVERIFY(qAbs(longer[0].pointsLost - (e1Diagnosis + 1200.0 / 17)) < 1e-9);
}

void TestMistakes::oneTeamAcrossVersions()
{
    const auto list = mistakes({mar4, mar4.addDays(3)}, m_site.bravo);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].criterionName, QStringLiteral("Greeting"));
    QCOMPARE(list[0].failures, 1);
    QCOMPARE(list[0].answered, 1);
    QVERIFY(qAbs(list[0].pointsLost - e9Greeting) < 1e-9);
}

void TestMistakes::emptyPeriod()
{
    const auto found = storage::MistakeRepository(*m_site.db)
                           .mistakesByImpact({QDate(2024, 2, 1), QDate(2024, 2, 29)}, {}, {});
    QVERIFY(found);
    QVERIFY(found.value().isEmpty());
}

HUDDLE_TEST_GUILESS_MAIN("test_mistakes", TestMistakes)
#include "tst_mistakes.moc"
