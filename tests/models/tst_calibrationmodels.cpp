// The calibration and dispute models: results of the hand-computed session of calibrationfixture.cpp as
// CalibrationRepository::report computes them (α, agreement, deviations, spread, every total), the blind
// worklist, sessions' progress, and the dispute list's order and overdue flags at a fixed "now".
#include "calibrationfixture.h"
#include "models/calibrationagreementmodel.h"
#include "models/calibrationevaluatormodel.h"
#include "models/calibrationgridmodel.h"
#include "models/calibrationsessionmodel.h"
#include "models/calibrationspreadmodel.h"
#include "models/calibrationtext.h"
#include "models/calibrationworklistmodel.h"
#include "models/disputelistmodel.h"
#include "models/scorehistorymodel.h"
#include "sitefixture.h"
#include "storage/calibrationrepository.h"
#include "storage/database.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace huddle;
using calibrationfixture::Alex;
using calibrationfixture::Bea;

namespace {

const QDateTime Now(QDate(2024, 3, 20), QTime(12, 0), QTimeZone::utc());

storage::DisputeEntry dispute(qint64 id, const QDateTime &dueAt,
                              std::optional<core::DisputeOutcome> outcome = {},
                              const QDateTime &decidedAt = {})
{
    storage::DisputeEntry entry;
    entry.id = id;
    entry.evaluationId = 100 + id;
    entry.raisedBy = QStringLiteral("TL Tina");
    entry.raisedAt = dueAt.addDays(-5);
    entry.reason = QStringLiteral("reason %1").arg(id);
    entry.dueAt = dueAt;
    entry.outcome = outcome;
    entry.decidedAt = decidedAt;
    entry.agentName = QStringLiteral("Agent %1").arg(id);
    entry.scoreBefore = 50;
    if (outcome)
        entry.scoreAfter = 75;
    return entry;
}

// Every display text of a model, for checks that something is (or is not) shown anywhere.
QStringList allTexts(const QAbstractItemModel &model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            texts << model.index(row, column).data().toString();
    return texts;
}

} // namespace

class TestCalibrationModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void disputesOpenFirstBySoonestDeadline();
    void overdueAtTheInjectedNow();
    void scoreHistoryRows();
    void alphaFormatting();
    void agreementShowsTheReportsAlpha();
    void evaluatorsRankedWithTheirEnds();
    void spreadWidestFirstWithEachTotal();
    void gridHoldsEveryTotal();
    void sessionsShowProgressNotWhose();
    void worklistIsBlind();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_database;
    fixture::SmallSite m_site;
    storage::CalibrationReport m_report;
};

void TestCalibrationModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto opened = calibrationfixture::openQaTestSite(m_dir.filePath(QStringLiteral("site.huddle")));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    m_database = std::move(opened.value().database);
    m_site = opened.value().site;
    const auto session = calibrationfixture::handComputedSession(*m_database, m_site, true);
    QVERIFY2(session, session ? "" : qPrintable(session.error().toString()));
    auto report = storage::CalibrationRepository(*m_database).report(session.value());
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    m_report = report.value();
}

void TestCalibrationModels::disputesOpenFirstBySoonestDeadline()
{
    using core::DisputeOutcome;
    models::DisputeListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Given in no useful order: two decided (one decided a day ago, one five days ago), three open.
    model.setDisputes({dispute(1, Now.addDays(3)),
                       dispute(5, Now.addDays(-9), DisputeOutcome::Rejected, Now.addDays(-5)),
                       dispute(3, Now.addDays(-8), DisputeOutcome::PartiallyAccepted, Now.addDays(-1)),
                       dispute(2, Now.addDays(-2).addSecs(-3600)), dispute(4, Now.addDays(1))},
                      Now);
    QList<qint64> order;
    for (int row = 0; row < model.rowCount(); ++row)
        order << model.index(row, 0).data(models::DisputeListModel::DisputeIdRole).toLongLong();
    QCOMPARE(order, (QList<qint64>{2, 4, 1, 3, 5}));
    QCOMPARE(model.index(3, models::DisputeListModel::Outcome).data().toString(),
             QStringLiteral("Partially accepted"));
    QCOMPARE(model.index(3, models::DisputeListModel::Score).data().toString(),
             QStringLiteral("50.0 % → 75.0 %"));
    QCOMPARE(model.index(0, models::DisputeListModel::Score).data().toString(), QStringLiteral("50.0 %"));
    QCOMPARE(model.index(0, models::DisputeListModel::Scope).data().toString(),
             QStringLiteral("Whole evaluation"));
    QCOMPARE(model.rowOf(1), 2);
    QCOMPARE(model.rowOf(99), -1);
}

void TestCalibrationModels::overdueAtTheInjectedNow()
{
    using core::DisputeOutcome;
    models::DisputeListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<storage::DisputeEntry> disputes{
        dispute(2, Now.addDays(-2).addSecs(-3600)), dispute(4, Now.addDays(1)),
        dispute(3, Now.addDays(-8), DisputeOutcome::Accepted, Now.addDays(-1))}; // decided: never overdue
    model.setDisputes(disputes, Now);
    const QList<bool> overdue{model.isOverdue(0), model.isOverdue(1), model.isOverdue(2)};
    QCOMPARE(overdue, (QList<bool>{true, false, false}));
    QCOMPARE(model.overdueCount(), 1);
    QVERIFY(model.index(0, 0).data(models::DisputeListModel::OverdueRole).toBool());
    QCOMPARE(model.index(0, 0).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb3, 0x26, 0x1e));
    QVERIFY(!model.index(1, 0).data(Qt::ForegroundRole).isValid());
    const QString deadline = model.index(0, models::DisputeListModel::Deadline).data().toString();
    QVERIFY2(deadline.contains(QStringLiteral("overdue by 2 day")), qPrintable(deadline));
    QVERIFY2(deadline.startsWith(QStringLiteral("18 Mar 2024, 11:00")), qPrintable(deadline));
    // Two days later the one due tomorrow is overdue by a day.
    model.setDisputes(disputes, Now.addDays(2));
    QVERIFY(model.isOverdue(1));
    QVERIFY(model.index(1, models::DisputeListModel::Deadline)
                .data()
                .toString()
                .contains(QStringLiteral("overdue by 1 day")));
    QVERIFY(!model.isOverdue(2));
}

void TestCalibrationModels::scoreHistoryRows()
{
    models::ScoreHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTimeZone(QTimeZone("Europe/Berlin"));
    model.setHistory(
        {{Now, QStringLiteral("QA Quinn"), 7.0 / 13 * 100, core::EvaluationStatus::Published, {}},
         {Now.addDays(1), QStringLiteral("TL Tina"), std::nullopt, core::EvaluationStatus::Disputed,
          QStringLiteral("Verified was given")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, models::ScoreHistoryModel::When).data().toString(),
             QStringLiteral("20 Mar 2024, 13:00"));
    QCOMPARE(model.index(0, models::ScoreHistoryModel::Score).data().toString(), QStringLiteral("53.8 %"));
    QCOMPARE(model.index(1, models::ScoreHistoryModel::Score).data().toString(), QStringLiteral("–"));
    QCOMPARE(model.index(1, models::ScoreHistoryModel::Status).data().toString(), QStringLiteral("Disputed"));
}

void TestCalibrationModels::alphaFormatting()
{
    QCOMPARE(models::formatAlpha(0.79741), QStringLiteral("0.797"));
    QCOMPARE(models::formatAlpha(-1e-17), QStringLiteral("0.000"));
    QCOMPARE(models::formatAlpha(std::nullopt), QStringLiteral("–"));
    QCOMPARE(models::formatDeviation(-1.2821), QStringLiteral("−1.3 points"));
    QCOMPARE(models::formatDeviation(11.54), QStringLiteral("+11.5 points"));
    QCOMPARE(models::verdictText(core::AlphaVerdict::Recalibrate),
             QStringLiteral("Low agreement: recalibrate"));
}

void TestCalibrationModels::agreementShowsTheReportsAlpha()
{
    // The total: α by hand 1 − 250/1234 = 0.797, tentative.
    QVERIFY(m_report.results.totalAlpha);
    QCOMPARE(models::formatAlpha(m_report.results.totalAlpha), QStringLiteral("0.797"));
    QCOMPARE(core::verdictOf(m_report.results.totalAlpha), core::AlphaVerdict::Tentative);

    models::CalibrationAgreementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(m_report);
    using Column = models::CalibrationAgreementModel::Column;
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(Column::ColumnCount));
    const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    for (int row = 0; row < 2; ++row)
        QCOMPARE(text(row, Column::Alpha), models::formatAlpha(m_report.results.criteria[row].alpha));
    QCOMPARE(text(0, Column::Criterion), QStringLiteral("Verified"));
    QCOMPARE(text(0, Column::Alpha), QStringLiteral("0.000"));
    QCOMPARE(text(0, Column::Metric), QStringLiteral("nominal"));
    QCOMPARE(text(0, Column::Agreement), QStringLiteral("66.7 %"));
    QCOMPARE(text(0, Column::Pairable), QStringLiteral("3"));
    QCOMPARE(text(1, Column::Criterion), QStringLiteral("Solved"));
    QCOMPARE(text(1, Column::Alpha), QStringLiteral("0.242"));
    QCOMPARE(text(1, Column::Metric), QStringLiteral("interval"));
    QCOMPARE(text(1, Column::Agreement), QStringLiteral("33.3 %"));
    QCOMPARE(model.index(1, Column::Alpha).data(models::CalibrationReportModel::ValueRole).toDouble(),
             *m_report.results.criteria[1].alpha);
    // Below 0.667: the recalibrate colour.
    QCOMPARE(model.index(1, Column::Alpha).data(Qt::ForegroundRole).value<QBrush>().color(),
             models::verdictColor(core::AlphaVerdict::Recalibrate));
}

void TestCalibrationModels::evaluatorsRankedWithTheirEnds()
{
    models::CalibrationEvaluatorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(m_report);
    using Column = models::CalibrationEvaluatorModel::Column;
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, Column::Evaluator).data().toString(), Alex);
    QCOMPARE(model.index(0, Column::Tendency).data().toString(), QStringLiteral("strictest"));
    QCOMPARE(model.index(0, Column::MeanDeviation).data().toString(), QStringLiteral("−1.3 points"));
    QVERIFY(
        qAbs(
            model.index(0, Column::MeanDeviation).data(models::CalibrationReportModel::ValueRole).toDouble() -
            (-50.0 / 39)) < 1e-9); // (150/13 − 200/13) / 3
    QCOMPARE(model.index(1, Column::Evaluator).data().toString(), Bea);
    QCOMPARE(model.index(1, Column::Tendency).data().toString(), QStringLiteral("most lenient"));
    QCOMPARE(model.index(1, Column::Scored).data().toString(), QStringLiteral("3"));
}

void TestCalibrationModels::spreadWidestFirstWithEachTotal()
{
    models::CalibrationSpreadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(m_report);
    using Column = models::CalibrationSpreadModel::Column;
    QStringList conversations;
    for (int row = 0; row < model.rowCount(); ++row)
        conversations << model.index(row, Column::Conversation).data().toString();
    QCOMPARE(conversations,
             (QStringList{QStringLiteral("EXT-c5"), QStringLiteral("EXT-c1"), QStringLiteral("EXT-c2")}));
    QCOMPARE(model.index(0, Column::Min).data().toString(), QStringLiteral("0.0 %"));
    QCOMPARE(model.index(0, Column::Max).data().toString(), QStringLiteral("30.8 %"));
    QCOMPARE(model.index(0, Column::Spread).data().toString(), QStringLiteral("30.8 points"));
    QCOMPARE(model.index(0, Column::Agent).data().toString(), QStringLiteral("Ben"));
    QCOMPARE(model.index(1, 0).data(models::CalibrationSpreadModel::EvaluatorTotalsRole).toStringList(),
             (QStringList{Alex + QStringLiteral(": 100.0 %"), Bea + QStringLiteral(": 76.9 %")}));
}

void TestCalibrationModels::gridHoldsEveryTotal()
{
    models::CalibrationGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(m_report);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), Alex);
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), Bea);
    const QStringList row0{QStringLiteral("EXT-c1"), QStringLiteral("Ana"), QStringLiteral("100.0 %"),
                           QStringLiteral("76.9 %")};
    QCOMPARE(allTexts(model).mid(0, 4), row0);
    QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("0.0 %"));
    QCOMPARE(model.index(2, 3).data(models::CalibrationReportModel::ValueRole).toDouble(), 4.0 / 13 * 100);
}

void TestCalibrationModels::sessionsShowProgressNotWhose()
{
    storage::CalibrationRepository calibration(*m_database);
    const auto version = calibrationfixture::testCardVersion(*m_database);
    QVERIFY(version);
    const qint64 c1 = m_site.conversations.value(QStringLiteral("c1"));
    const auto open = calibration.create(
        {QStringLiteral("Still open"), version.value(), {c1}, {Alex, Bea, QStringLiteral("Cy")}, Bea, {}});
    QVERIFY2(open, open ? "" : qPrintable(open.error().toString()));
    QVERIFY(calibrationfixture::publishScore(*m_database, open.value(), c1, Alex, 1, 5));
    const auto sessions = calibration.sessions();
    QVERIFY(sessions);

    models::CalibrationSessionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSessions(sessions.value());
    using Column = models::CalibrationSessionModel::Column;
    const int openRow = model.rowOf(open.value());
    const int closedRow = model.rowOf(m_report.session.id);
    QVERIFY(openRow >= 0 && closedRow >= 0);
    QCOMPARE(model.index(openRow, Column::Progress).data().toString(), QStringLiteral("1 of 3 scores"));
    QCOMPARE(model.index(openRow, Column::State).data().toString(), QStringLiteral("Open"));
    QCOMPARE(model.index(closedRow, Column::Progress).data().toString(), QStringLiteral("6 of 6 scores"));
    QVERIFY(model.index(closedRow, Column::State).data().toString().startsWith(QStringLiteral("Closed ")));
    QCOMPARE(model.index(closedRow, Column::Scorecard).data().toString(), QStringLiteral("Test card"));
}

void TestCalibrationModels::worklistIsBlind()
{
    storage::CalibrationRepository calibration(*m_database);
    const auto version = calibrationfixture::testCardVersion(*m_database);
    const qint64 c1 = m_site.conversations.value(QStringLiteral("c1"));
    const qint64 c2 = m_site.conversations.value(QStringLiteral("c2"));
    const auto session =
        calibration.create({QStringLiteral("Blind"), version.value(), {c1, c2}, {Alex, Bea}, Alex, {}});
    QVERIFY(session);
    QVERIFY(calibrationfixture::publishScore(*m_database, session.value(), c1, Alex, 1, 5));

    models::CalibrationWorklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto alexItems = calibration.worklist(session.value(), Alex);
    QVERIFY(alexItems);
    model.setItems(alexItems.value());
    QCOMPARE(model.publishedCount(), 1);
    QCOMPARE(model.index(0, models::CalibrationWorklistModel::YourScore).data().toString(),
             QStringLiteral("Scored"));

    const auto beaItems = calibration.worklist(session.value(), Bea);
    QVERIFY(beaItems);
    model.setItems(beaItems.value());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.publishedCount(), 0);
    const QStringList texts = allTexts(model);
    QCOMPARE(texts.filter(QStringLiteral("Not started")).size(), 2);
    QVERIFY2(texts.filter(QStringLiteral("%")).isEmpty(), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(texts.filter(Alex).isEmpty());
}

HUDDLE_TEST_GUILESS_MAIN("test_calibration_models", TestCalibrationModels)
#include "tst_calibrationmodels.moc"
