// QA scoring, the points each mistake cost, and the dispute rules. Every expected number is worked out by
// hand in the comment beside it, never produced by the code under test.
#include "core/dispute.h"
#include "core/qaimpact.h"
#include "core/qascore.h"
#include "support/testmain.h"

#include <QTimeZone>
#include <QtTest>

#include <numeric>

using namespace huddle::core;

Q_DECLARE_METATYPE(huddle::core::EvaluationKind)
Q_DECLARE_METATYPE(huddle::core::EvaluationStatus)
Q_DECLARE_METATYPE(huddle::core::DisputeOutcome)

namespace {

const Criterion critical5{5, CriterionKind::YesNo, true, false};
const Criterion yesNo1{1, CriterionKind::YesNo, false, true};
const Criterion yesNo3{3, CriterionKind::YesNo, false, true};
const Criterion scale2{2, CriterionKind::Scale1to5, false, true};
const Criterion noNa{1, CriterionKind::YesNo, false, false};
const CriterionAnswer yes{false, 1};
const CriterionAnswer no{false, 0};
const CriterionAnswer na{true, 0};
CriterionAnswer scale(int points)
{
    return {false, points};
}

// The message of a refusal; empty when allowed.
QString refusal(const Status &status)
{
    return status ? QString() : status.error().message;
}

QDateTime utc(const char *iso)
{
    QDateTime at = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return at.toUTC();
}

} // namespace

class TestQa : public QObject {
    Q_OBJECT

private slots:
    void score_data();
    void score();
    void naOnlyWhereAllowed();
    void isFailedAnswers();
    void pointsLost_data();
    void pointsLost();
    void pointsLostOfInvalidEvaluationIsEmpty();

    void openDispute_data();
    void openDispute();
    void windowIsCountedInUtc();
    void deadlines();
    void statusChanges_data();
    void statusChanges();
    void decisions_data();
    void decisions();
};

void TestQa::score_data()
{
    QTest::addColumn<QList<Criterion>>("criteria");
    QTest::addColumn<QList<CriterionAnswer>>("answers");
    QTest::addColumn<double>("expected"); // negative: no score

    // earned 3·1 + 1·0 + 2·(4−1) = 9 of 3 + 1 + 2·4 = 12 → 75 %
    QTest::newRow("weights and a scale")
        << QList<Criterion>{yesNo3, yesNo1, scale2} << QList<CriterionAnswer>{yes, no, scale(4)} << 75.0;
    // the "no" becomes N/A: 9 of 11
    QTest::newRow("N/A leaves the denominator") << QList<Criterion>{yesNo3, yesNo1, scale2}
                                                << QList<CriterionAnswer>{yes, na, scale(4)} << 900.0 / 11;
    // everything else perfect, the critical item failed → 0
    QTest::newRow("auto-fail") << QList<Criterion>{critical5, yesNo3, scale2}
                               << QList<CriterionAnswer>{no, yes, scale(5)} << 0.0;
    // critical passed: 5 + 3 + 2·4 = 16 of 16
    QTest::newRow("auto-fail passed")
        << QList<Criterion>{critical5, yesNo3, scale2} << QList<CriterionAnswer>{yes, yes, scale(5)} << 100.0;
    QTest::newRow("scale 1 earns nothing")
        << QList<Criterion>{scale2} << QList<CriterionAnswer>{scale(1)} << 0.0;
    QTest::newRow("scale 2 earns 1 of 4")
        << QList<Criterion>{scale2} << QList<CriterionAnswer>{scale(2)} << 25.0;
    // one of three equal yes/no items: 33.333… — core keeps the full value, rounding is for display
    QTest::newRow("no rounding") << QList<Criterion>{yesNo1, yesNo1, yesNo1}
                                 << QList<CriterionAnswer>{yes, no, no} << 100.0 / 3;
    QTest::newRow("all N/A") << QList<Criterion>{yesNo1, scale2} << QList<CriterionAnswer>{na, na} << -1.0;
    QTest::newRow("lengths differ") << QList<Criterion>{yesNo1, scale2} << QList<CriterionAnswer>{yes}
                                    << -1.0;
    QTest::newRow("yes/no 2") << QList<Criterion>{yesNo1} << QList<CriterionAnswer>{scale(2)} << -1.0;
    QTest::newRow("scale 0") << QList<Criterion>{scale2} << QList<CriterionAnswer>{scale(0)} << -1.0;
    QTest::newRow("scale 6") << QList<Criterion>{scale2} << QList<CriterionAnswer>{scale(6)} << -1.0;
}

void TestQa::score()
{
    QFETCH(QList<Criterion>, criteria);
    QFETCH(QList<CriterionAnswer>, answers);
    QFETCH(double, expected);
    const std::optional<double> score = qaScorePct(criteria, answers);
    QCOMPARE(score.has_value(), expected >= 0);
    if (score)
        QVERIFY2(qAbs(*score - expected) < 1e-9, qPrintable(QString::number(*score, 'g', 17)));
}

void TestQa::naOnlyWhereAllowed()
{
    QVERIFY(isValidAnswer(yesNo1, na));
    QVERIFY(!isValidAnswer(noNa, na));
    QVERIFY(isValidAnswer(noNa, yes));
    QVERIFY(!qaScorePct({noNa, yesNo1}, {na, yes}));
    QCOMPARE(qaScorePct({noNa, yesNo1}, {no, yes}).value(), 50.0);
}

void TestQa::isFailedAnswers()
{
    QVERIFY(isFailed(yesNo1, no));
    QVERIFY(!isFailed(yesNo1, yes));
    QVERIFY(!isFailed(yesNo1, na));
    QVERIFY(!isFailed(scale2, scale(5)));
    QVERIFY(isFailed(scale2, scale(4)));
    QVERIFY(isFailed(scale2, scale(1)));
}

void TestQa::pointsLost_data()
{
    QTest::addColumn<QList<Criterion>>("criteria");
    QTest::addColumn<QList<CriterionAnswer>>("answers");
    QTest::addColumn<QList<double>>("expected");

    // Σ possible 12: the "no" costs 100·1·1/12, the scale 4 costs 100·2·1/12; 25 in all = 100 − 75
    QTest::newRow("weights") << QList<Criterion>{yesNo3, yesNo1, scale2}
                             << QList<CriterionAnswer>{yes, no, scale(4)}
                             << QList<double>{0, 100.0 / 12, 200.0 / 12};
    // Σ possible 11: only the scale costs, 100·2/11 = 100 − 900/11
    QTest::newRow("N/A") << QList<Criterion>{yesNo3, yesNo1, scale2}
                         << QList<CriterionAnswer>{yes, na, scale(4)} << QList<double>{0, 0, 200.0 / 11};
    // Σ possible 5 + 3 + 8 = 16. Own losses: critical 100·5/16 = 31.25, scale 3 → 100·2·2/16 = 25. The 43.75
    // the rest still earned is wiped out by the critical failure and charged to it: 31.25 + 43.75 = 75.
    QTest::newRow("auto-fail") << QList<Criterion>{critical5, yesNo3, scale2}
                               << QList<CriterionAnswer>{no, yes, scale(3)} << QList<double>{75, 0, 25};
    // Σ possible 1 + 1 + 2 = 4; each critical loses 25 itself and shares the wiped-out 50 → 50 each
    const Criterion critical1{1, CriterionKind::YesNo, true, true};
    QTest::newRow("two auto-fails") << QList<Criterion>{critical1, critical1, Criterion{2}}
                                    << QList<CriterionAnswer>{no, no, yes} << QList<double>{50, 50, 0};
    QTest::newRow("perfect") << QList<Criterion>{yesNo3, scale2} << QList<CriterionAnswer>{yes, scale(5)}
                             << QList<double>{0, 0};
    // Σ possible 3 + 8 = 11 after the N/A critical: the scale 1 loses all 8 of them, 100·8/11; the yes
    // nothing
    QTest::newRow("N/A critical") << QList<Criterion>{critical1, yesNo3, scale2}
                                  << QList<CriterionAnswer>{na, yes, scale(1)}
                                  << QList<double>{0, 0, 800.0 / 11};
}

void TestQa::pointsLost()
{
    QFETCH(QList<Criterion>, criteria);
    QFETCH(QList<CriterionAnswer>, answers);
    QFETCH(QList<double>, expected);
    const QList<double> lost = huddle::core::pointsLost(criteria, answers);
    QCOMPARE(lost.size(), expected.size());
    for (qsizetype i = 0; i < lost.size(); ++i)
        QVERIFY2(qAbs(lost[i] - expected[i]) < 1e-9,
                 qPrintable(QStringLiteral("criterion %1: %2").arg(i).arg(lost[i])));
    // The invariant the mistakes list relies on.
    const double total = std::accumulate(lost.cbegin(), lost.cend(), 0.0);
    QVERIFY(qAbs(total - (100.0 - qaScorePct(criteria, answers).value())) < 1e-9);
}

void TestQa::pointsLostOfInvalidEvaluationIsEmpty()
{
    QVERIFY(huddle::core::pointsLost({yesNo1, scale2}, {na, na}).isEmpty());
    QVERIFY(huddle::core::pointsLost({yesNo1}, {scale(3)}).isEmpty());
    QVERIFY(huddle::core::pointsLost({noNa}, {na}).isEmpty());
}

void TestQa::openDispute_data()
{
    QTest::addColumn<EvaluationKind>("kind");
    QTest::addColumn<EvaluationStatus>("status");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("refusal"); // empty: allowed

    // Published 2026-03-01 08:00 UTC with the default 7-day window: open until 2026-03-08 08:00 UTC.
    const QDateTime inside = utc("2026-03-04T12:00:00Z");
    QTest::newRow("published, inside")
        << EvaluationKind::Qa << EvaluationStatus::Published << inside << QString();
    QTest::newRow("last instant") << EvaluationKind::Qa << EvaluationStatus::Published
                                  << utc("2026-03-08T08:00:00Z") << QString();
    QTest::newRow("a second late") << EvaluationKind::Qa << EvaluationStatus::Published
                                   << utc("2026-03-08T08:00:01Z")
                                   << QStringLiteral("dispute window of 7 day");
    QTest::newRow("draft") << EvaluationKind::Qa << EvaluationStatus::Draft << inside
                           << QStringLiteral("still a draft");
    QTest::newRow("disputed") << EvaluationKind::Qa << EvaluationStatus::Disputed << inside
                              << QStringLiteral("already disputed");
    QTest::newRow("final") << EvaluationKind::Qa << EvaluationStatus::Final << inside
                           << QStringLiteral("final and can no longer be disputed");
    QTest::newRow("peer") << EvaluationKind::Peer << EvaluationStatus::Published << inside
                          << QStringLiteral("Only QA evaluations");
    QTest::newRow("calibration") << EvaluationKind::Calibration << EvaluationStatus::Published << inside
                                 << QStringLiteral("Only QA evaluations");
}

void TestQa::openDispute()
{
    QFETCH(EvaluationKind, kind);
    QFETCH(EvaluationStatus, status);
    QFETCH(QDateTime, now);
    QFETCH(QString, refusal);
    // Given at +02:00 on purpose: the window is the same instant whatever offset the time carries.
    const QDateTime published =
        QDateTime::fromString(QStringLiteral("2026-03-01T10:00:00+02:00"), Qt::ISODate);
    const QString message = ::refusal(canOpenDispute(kind, status, published, now, DisputeRules{}));
    if (refusal.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(refusal), qPrintable(message));
}

void TestQa::windowIsCountedInUtc()
{
    const QTimeZone berlin("Europe/Berlin");
    if (!berlin.isValid())
        QSKIP("no time zone data for Europe/Berlin");
    // Published Friday 2026-03-27 12:00 in Berlin (CET, 11:00 UTC); Berlin moves to CEST on the 29th. Seven
    // days in UTC end on 2026-04-03 at 11:00 UTC (13:00 in Berlin), not at 12:00 Berlin time (10:00 UTC).
    const QDateTime published(QDate(2026, 3, 27), QTime(12, 0), berlin);
    const DisputeRules rules{7, 5};
    QCOMPARE(disputeWindowEnd(published, rules), utc("2026-04-03T11:00:00Z"));
    QCOMPARE(disputeWindowEnd(published, rules).timeSpec(), Qt::UTC);
    QVERIFY(canOpenDispute(EvaluationKind::Qa, EvaluationStatus::Published, published,
                           utc("2026-04-03T10:30:00Z"), rules));
    QVERIFY(!canOpenDispute(EvaluationKind::Qa, EvaluationStatus::Published, published,
                            utc("2026-04-03T11:00:01Z"), rules));
    QVERIFY(!canOpenDispute(EvaluationKind::Qa, EvaluationStatus::Published, QDateTime(),
                            utc("2026-04-03T10:00:00Z"), rules));
}

void TestQa::deadlines()
{
    const DisputeRules rules{3, 5};
    const QDateTime raised = utc("2026-02-26T09:30:00Z");
    // 5 days after 26 February 2026 (not a leap year) is 3 March
    QCOMPARE(decisionDeadline(raised, rules), utc("2026-03-03T09:30:00Z"));
    QCOMPARE(disputeWindowEnd(raised, rules), utc("2026-03-01T09:30:00Z"));
    const QDateTime due = utc("2026-03-03T09:30:00Z");
    QVERIFY(!isOverdue(due, utc("2026-03-03T09:30:00Z")));
    QVERIFY(isOverdue(due, utc("2026-03-03T09:30:01Z")));
    QVERIFY(!isOverdue(QDateTime(), utc("2030-01-01T00:00:00Z")));
}

void TestQa::statusChanges_data()
{
    QTest::addColumn<EvaluationStatus>("from");
    QTest::addColumn<EvaluationStatus>("to");
    QTest::addColumn<bool>("allowed");

    using S = EvaluationStatus;
    const QList<std::pair<S, const char *>> all{
        {S::Draft, "draft"}, {S::Published, "published"}, {S::Disputed, "disputed"}, {S::Final, "final"}};
    // The table of dispute.h: anything not listed is refused.
    const QList<std::pair<S, S>> allowed{{S::Draft, S::Draft},         {S::Draft, S::Published},
                                         {S::Published, S::Published}, {S::Published, S::Disputed},
                                         {S::Published, S::Final},     {S::Disputed, S::Final}};
    for (const auto &[from, fromName] : all)
        for (const auto &[to, toName] : all)
            QTest::addRow("%s → %s", fromName, toName) << from << to << allowed.contains(std::pair{from, to});
}

void TestQa::statusChanges()
{
    QFETCH(EvaluationStatus, from);
    QFETCH(EvaluationStatus, to);
    QFETCH(bool, allowed);
    const Status status = checkStatusChange(from, to);
    QCOMPARE(status.ok(), allowed);
    if (!allowed)
        QVERIFY(status.error().message.endsWith(QLatin1Char('.'))); // a whole sentence for the dialog
    if (from == EvaluationStatus::Final)
        QVERIFY(status.error().message.contains(QStringLiteral("final")));
}

void TestQa::decisions_data()
{
    QTest::addColumn<DisputeOutcome>("outcome");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("criterion");
    QTest::addColumn<QList<CriterionAnswer>>("before");
    QTest::addColumn<QList<CriterionAnswer>>("after");
    QTest::addColumn<QString>("refusal"); // empty: allowed

    using O = DisputeOutcome;
    const QString why = QStringLiteral("The recording shows the agent did verify.");
    const QList<CriterionAnswer> before{yes, no, scale(3)};       // 5 + 0 + 4 of 16
    const QList<CriterionAnswer> rescored{yes, yes, scale(3)};    // criterion 2 changed
    const QList<CriterionAnswer> scaleChanged{yes, no, scale(5)}; // criterion 3 changed
    QTest::newRow("rejected unchanged") << O::Rejected << why << -1 << before << before << QString();
    QTest::newRow("rejected but changed") << O::Rejected << why << -1 << before << rescored
                                          << QStringLiteral("A rejection keeps every answer as it was");
    QTest::newRow("accepted") << O::Accepted << why << -1 << before << rescored << QString();
    QTest::newRow("partially accepted")
        << O::PartiallyAccepted << why << 2 << before << scaleChanged << QString();
    QTest::newRow("accepted, same answers")
        << O::Accepted << why << -1 << before << before << QStringLiteral("must change the score");
    // the critical "no" keeps the score at 0 whatever the scale says
    QTest::newRow("accepted, still auto-failed")
        << O::PartiallyAccepted << why << -1 << QList<CriterionAnswer>{no, no, scale(3)}
        << QList<CriterionAnswer>{no, no, scale(5)} << QStringLiteral("must change the score");
    QTest::newRow("other criterion changed") << O::Accepted << why << 2 << before << rescored
                                             << QStringLiteral("about criterion 3 only; criterion 2");
    QTest::newRow("empty reason") << O::Accepted << QString() << -1 << before << rescored
                                  << QStringLiteral("Give a reason");
    QTest::newRow("blank reason") << O::Rejected << QStringLiteral("  \n") << -1 << before << before
                                  << QStringLiteral("Give a reason");
    QTest::newRow("answer missing") << O::Accepted << why << -1 << before << QList<CriterionAnswer>{yes, yes}
                                    << QStringLiteral("do not match the scorecard");
    QTest::newRow("invalid answer") << O::Accepted << why << -1 << before
                                    << QList<CriterionAnswer>{yes, no, scale(7)}
                                    << QStringLiteral("answer to criterion 3 is not valid");
    QTest::newRow("N/A not allowed") << O::Accepted << why << -1 << before
                                     << QList<CriterionAnswer>{na, no, scale(3)}
                                     << QStringLiteral("answer to criterion 1 is not valid");
    QTest::newRow("no such criterion")
        << O::Accepted << why << 3 << before << rescored << QStringLiteral("not on this scorecard");
}

void TestQa::decisions()
{
    QFETCH(DisputeOutcome, outcome);
    QFETCH(QString, reason);
    QFETCH(int, criterion);
    QFETCH(QList<CriterionAnswer>, before);
    QFETCH(QList<CriterionAnswer>, after);
    QFETCH(QString, refusal);
    const QList<Criterion> criteria{critical5, yesNo3, scale2};
    const QString message = ::refusal(checkDecision(outcome, reason, criterion, criteria, before, after));
    if (refusal.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(refusal), qPrintable(message));
}

HUDDLE_TEST_GUILESS_MAIN("test_qa", TestQa)
#include "tst_qa.moc"
