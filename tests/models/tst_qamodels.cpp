// The QA page's models over a small hand-built site: the evaluation queue, the evaluation list and mistakes
// by impact with the evaluations behind each. Every expected figure is worked out by hand below from the
// scorecard's weights and the conversations written here, not taken from the code under test.
#include "models/evaluationlistmodel.h"
#include "models/mistakeinstancemodel.h"
#include "models/mistakemodel.h"
#include "models/peerreviewassignmentmodel.h"
#include "models/qaqueuemodel.h"
#include "qasite.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "storage/mistakerepository.h"
#include "storage/qaqueuerepository.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;
using core::CriterionAnswer;
using core::EvaluationKind;
using core::EvaluationStatus;

namespace {

// "Voice test": Opening: Greeting yes/no ×1, Verified yes/no ×2 (auto-fail); Solving: Diagnosis 1–5 ×3,
// Ownership yes/no ×2. A yes/no is worth 1 point, a 1–5 scale 4 (a "3" earns 2): possible 1 + 2 + 12 + 2
// = 17.
core::ScorecardDefinition card()
{
    core::ScorecardDefinition definition;
    definition.name = QStringLiteral("Voice test");
    definition.sections = {
        {QStringLiteral("Opening"),
         {qasite::yesNo(QStringLiteral("Greeting"), 1), qasite::yesNo(QStringLiteral("Verified"), 2, true)}},
        {QStringLiteral("Solving"),
         {qasite::scale(QStringLiteral("Diagnosis"), 3), qasite::yesNo(QStringLiteral("Ownership"), 2)}}};
    return definition;
}

CriterionAnswer a(int points)
{
    return {false, points};
}

const core::DateRange march1to6{QDate(2024, 3, 1), QDate(2024, 3, 6)};

// Evaluations (all of conversations in the period):
//   E1 QA published, q2 (Ana), Quinn: Greeting no, Verified yes, Diagnosis 3, Ownership yes
//      → (0 + 2 + 3×2 + 2) ÷ 17 = 10/17 = 58.8 %; Greeting costs 100×1/17 = 5.88, Diagnosis 100×3×2/17
//      = 35.29.
//   E2 QA published, q4 (Cat), Rosa: Verified no (auto-fail) → 0 %; Verified costs all 100 points.
//   E3 peer published, q1 (Ana), Ben: every answer full marks → 100 %.
//   E4 QA draft, q5 (Ana), Quinn: Ownership no → 15/17 = 88.2 %.
// Mistakes by impact (published QA only: E1, E2): Verified 1 of 2, 100.0; Diagnosis 1 of 2, 35.3; Greeting
// 1 of 2, 5.9. Ownership never failed in a published QA evaluation.
const double e1Score = 1000.0 / 17;
const double e1Diagnosis = 600.0 / 17;
const double e1Greeting = 100.0 / 17;

} // namespace

class TestQaModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void queueShowsLowCsatConversations();
    void queueSortsFiguresAsNumbers();
    void evaluationListShowsEveryKindAndStatus();
    void evaluationListSortsScoresAsNumbers();
    void mistakesByImpact();
    void instancesOfAMistake();
    void emptyModelsPassTheTester();
    void peerReviewListShowsWhatIsOwed();

private:
    QList<storage::EvaluationListEntry> evaluationsOfThePeriod() const;
    QTemporaryDir m_dir;
    qasite::Site m_site;
    QHash<QString, qint64> m_evaluations;
};

void TestQaModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    auto site = qasite::openSite(m_dir.filePath(QStringLiteral("qamodels.sqlite")));
    QVERIFY2(site, qPrintable(site ? QString() : site.error().toString()));
    m_site = std::move(site.value());
    // ref, day, agent, team, handle, CSAT (scale), sales
    QVERIFY(qasite::addConversations(
        m_site, {{"q1", QDate(2024, 3, 4), m_site.ana, m_site.alpha, 600, 2, 1, 5, {1999}},
                 {"q2", QDate(2024, 3, 4), m_site.ana, m_site.alpha, 120, 5, 1, 5, {}},
                 {"q3", QDate(2024, 3, 5), m_site.ben, m_site.alpha, 900, 1, 1, 5, {500, 250}},
                 {"q4", QDate(2024, 3, 5), m_site.cat, m_site.bravo, 300, 3, 1, 5, {}},
                 {"q5", QDate(2024, 3, 6), m_site.ana, m_site.alpha, {}, 0, 0, 10, {}}}));
    const auto scorecard = qasite::addScorecard(*m_site.db, card());
    QVERIFY(scorecard);
    const QList<std::pair<QString, qasite::Evaluation>> evaluations{
        {"E1",
         {"q2",
          "Quinn",
          {a(0), a(1), a(3), a(1)},
          EvaluationKind::Qa,
          EvaluationStatus::Published,
          {"No name given", "", "Guessed first\nthen asked", ""}}},
        {"E2", {"q4", "Rosa", {a(1), a(0), a(5), a(1)}}},
        {"E3", {"q1", "Ben", {a(1), a(1), a(5), a(1)}, EvaluationKind::Peer}},
        {"E4", {"q5", "Quinn", {a(1), a(1), a(5), a(0)}, EvaluationKind::Qa, EvaluationStatus::Draft}}};
    for (const auto &[name, evaluation] : evaluations) {
        const auto id = qasite::addEvaluation(m_site, scorecard.value(), evaluation);
        QVERIFY2(id, qPrintable(name + (id ? QString() : id.error().toString())));
        m_evaluations.insert(name, id.value());
    }
}

// Low CSAT: below the middle of the answer's own scale and no QA evaluation. q1 (2 of 1–5) and q3 (1 of 1–5)
// qualify; q5 (0 of 0–10) has a QA draft, q2 and q4 are not low. Newest first: q3 (5 Mar), q1 (4 Mar).
void TestQaModels::queueShowsLowCsatConversations()
{
    const auto queued = storage::QaQueueRepository(*m_site.db)
                            .queue(march1to6, std::nullopt, std::nullopt, storage::QueueSource::LowCsat, 50);
    QVERIFY(queued);
    models::QaQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(queued.value(), QTimeZone::utc());
    QCOMPARE(model.rowCount(), 2);
    using C = models::QaQueueModel;
    QCOMPARE(model.index(0, C::Conversation).data().toString(), QStringLiteral("q3"));
    QCOMPARE(model.index(0, C::Agent).data().toString(), QStringLiteral("Ben"));
    QCOMPARE(model.index(0, C::Channel).data().toString(), QStringLiteral("Call"));
    QCOMPARE(model.index(0, C::Handle).data().toString(), QStringLiteral("15:00"));
    QCOMPARE(model.index(0, C::Csat).data().toString(), QStringLiteral("0 %"));
    QCOMPARE(model.index(0, C::Sale).data().toString(), QStringLiteral("$7.50"));
    QCOMPARE(model.index(1, C::Conversation).data().toString(), QStringLiteral("q1"));
    QCOMPARE(model.index(1, C::Csat).data().toString(), QStringLiteral("25 %")); // (2 − 1) ÷ (5 − 1)
    QCOMPARE(model.index(1, C::Sale).data().toString(), QStringLiteral("$19.99"));
    QCOMPARE(model.index(1, C::Handle).data(C::SortRole).toInt(), 600);
    QCOMPARE(model.index(1, 0).data(C::ConversationIdRole).toLongLong(), m_site.conversations.value("q1"));
    QCOMPARE(model.rowOf(m_site.conversations.value("q1")), 1);
    QCOMPARE(model.rowOf(m_site.conversations.value("q2")), -1);
    // 4 March 2024 09:00 UTC (q1 is the first conversation written) in Chicago is 03:00, the same day.
    model.setEntries(queued.value(), QTimeZone("America/Chicago"));
    QVERIFY2(model.index(1, C::Started).data().toString().contains(QStringLiteral("3:00")),
             qPrintable(model.index(1, C::Started).data().toString()));
}

// Every conversation of the period by handle time through a proxy on SortRole: 2:00 < 5:00 < 10:00 < 15:00
// sorts as numbers (as text "10:00" would come before "2:00"); a missing handle time sorts first.
void TestQaModels::queueSortsFiguresAsNumbers()
{
    QList<storage::QueueEntry> entries;
    for (const auto &[ref, handle, cents] : QList<std::tuple<QString, std::optional<int>, qint64>>{
             {"a", 600, 0}, {"b", 120, 99999}, {"c", std::nullopt, 5}, {"d", 900, 1000}, {"e", 300, 0}}) {
        storage::QueueEntry entry;
        entry.conversationRef = ref;
        entry.handleSeconds = handle;
        entry.saleCents = cents;
        entries.append(entry);
    }
    models::QaQueueModel model;
    model.setEntries(entries, QTimeZone::utc());
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(models::QaQueueModel::SortRole);
    const auto order = [&proxy] {
        QString refs;
        for (int row = 0; row < proxy.rowCount(); ++row)
            refs += proxy.index(row, models::QaQueueModel::Conversation).data().toString();
        return refs;
    };
    proxy.sort(models::QaQueueModel::Handle, Qt::AscendingOrder);
    QCOMPARE(order(), QStringLiteral("cbead"));
    proxy.sort(models::QaQueueModel::Sale, Qt::DescendingOrder);
    QCOMPARE(order().left(3), QStringLiteral("bdc")); // $999.99, $10.00, $0.05
}

QList<storage::EvaluationListEntry> TestQaModels::evaluationsOfThePeriod() const
{
    storage::EvaluationFilter filter;
    filter.range = march1to6;
    const auto listed = storage::EvaluationRepository(*m_site.db).list(filter);
    if (!listed)
        qWarning("%s", qPrintable(listed.error().toString()));
    return listed ? listed.value() : QList<storage::EvaluationListEntry>();
}

void TestQaModels::evaluationListShowsEveryKindAndStatus()
{
    models::EvaluationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvaluations(evaluationsOfThePeriod(), QTimeZone::utc());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.evaluators(), (QStringList{"Ben", "Quinn", "Rosa"}));
    using C = models::EvaluationListModel;
    const auto rowOf = [&](const char *name) { return model.rowOf(m_evaluations.value(name)); };
    const int e1 = rowOf("E1");
    QVERIFY(e1 >= 0);
    QCOMPARE(model.index(e1, C::Day).data().toString(),
             QLocale().toString(QDate(2024, 3, 4), QLocale::ShortFormat));
    QCOMPARE(model.index(e1, C::Conversation).data().toString(), QStringLiteral("q2"));
    QCOMPARE(model.index(e1, C::Agent).data().toString(), QStringLiteral("Ana"));
    QCOMPARE(model.index(e1, C::Kind).data().toString(), QStringLiteral("QA"));
    QCOMPARE(model.index(e1, C::Status).data().toString(), QStringLiteral("Published"));
    QCOMPARE(model.index(e1, C::Evaluator).data().toString(), QStringLiteral("Quinn"));
    QCOMPARE(model.index(e1, C::Scorecard).data().toString(), QStringLiteral("Voice test v1"));
    QCOMPARE(model.index(e1, C::Score).data().toString(), QStringLiteral("58.8 %"));
    QCOMPARE(model.index(e1, C::Score).data(C::ValueRole).toDouble(), e1Score);
    QCOMPARE(model.index(e1, 0).data(C::EvaluationIdRole).toLongLong(), m_evaluations.value("E1"));
    QCOMPARE(model.index(rowOf("E2"), C::Score).data().toString(), QStringLiteral("0.0 %"));
    QCOMPARE(model.index(rowOf("E3"), C::Kind).data().toString(), QStringLiteral("Peer review"));
    QCOMPARE(model.index(rowOf("E3"), C::Score).data().toString(), QStringLiteral("100.0 %"));
    QCOMPARE(model.index(rowOf("E4"), C::Status).data().toString(), QStringLiteral("Draft"));
    QCOMPARE(model.index(rowOf("E4"), C::Score).data().toString(), QStringLiteral("88.2 %")); // 15/17
    QCOMPARE(model.index(rowOf("E4"), C::Annotations).data().toString(), QStringLiteral("0"));
}

void TestQaModels::evaluationListSortsScoresAsNumbers()
{
    models::EvaluationListModel model;
    model.setEvaluations(evaluationsOfThePeriod(), QTimeZone::utc());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(models::EvaluationListModel::SortRole);
    proxy.sort(models::EvaluationListModel::Score, Qt::DescendingOrder);
    QStringList scores;
    for (int row = 0; row < proxy.rowCount(); ++row)
        scores << proxy.index(row, models::EvaluationListModel::Score).data().toString();
    // "100.0 %" would sort below "88.2 %" as text.
    QCOMPARE(scores, (QStringList{"100.0 %", "88.2 %", "58.8 %", "0.0 %"}));
}

void TestQaModels::mistakesByImpact()
{
    const auto found = storage::MistakeRepository(*m_site.db).mistakesByImpact(march1to6, {}, {});
    QVERIFY(found);
    models::MistakeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMistakes(found.value());
    QCOMPARE(model.rowCount(), 3);
    using C = models::MistakeModel;
    const QList<std::tuple<QString, QString, QString, QString, bool>> expected{
        {"Verified", "Opening", "1 of 2", "100.0", true},
        {"Diagnosis", "Solving", "1 of 2", "35.3", false},
        {"Greeting", "Opening", "1 of 2", "5.9", false}};
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto &[criterion, section, failures, points, autoFail] = expected[row];
        QCOMPARE(model.index(row, C::Criterion).data().toString(), criterion);
        QCOMPARE(model.index(row, C::Section).data().toString(), section);
        QCOMPARE(model.index(row, C::Scorecard).data().toString(), QStringLiteral("Voice test"));
        QCOMPARE(model.index(row, C::Failures).data().toString(), failures);
        QCOMPARE(model.index(row, C::PointsLost).data().toString(), points);
        QCOMPARE(!model.index(row, C::AutoFail).data().toString().isEmpty(), autoFail);
    }
    QCOMPARE(model.index(1, C::PointsLost).data(C::SortRole).toDouble(), e1Diagnosis);
    QCOMPARE(model.index(2, C::PointsLost).data(C::SortRole).toDouble(), e1Greeting);
    QCOMPARE(model.index(0, C::AutoFail).data(C::SortRole).toInt(), 1);
    QCOMPARE(model.mistakeAt(1)->instances.size(), 1);
    QVERIFY(!model.mistakeAt(3));
}

void TestQaModels::instancesOfAMistake()
{
    const auto found = storage::MistakeRepository(*m_site.db).mistakesByImpact(march1to6, {}, m_site.ana);
    QVERIFY(found);
    // Ana's only published QA evaluation is E1: Diagnosis 35.3, then Greeting 5.9.
    QCOMPARE(found.value().size(), 2);
    models::MistakeInstanceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInstances(found.value().constFirst().instances);
    QCOMPARE(model.rowCount(), 1);
    using C = models::MistakeInstanceModel;
    QCOMPARE(model.index(0, C::Conversation).data().toString(), QStringLiteral("q2"));
    QCOMPARE(model.index(0, C::Day).data().toString(),
             QLocale().toString(QDate(2024, 3, 4), QLocale::ShortFormat));
    QCOMPARE(model.index(0, C::Agent).data().toString(), QStringLiteral("Ana"));
    QCOMPARE(model.index(0, C::Evaluator).data().toString(), QStringLiteral("Quinn"));
    QCOMPARE(model.index(0, C::PointsLost).data().toString(), QStringLiteral("35.3"));
    // The comment reads on one line in the table and whole in the tooltip.
    QCOMPARE(model.index(0, C::Comment).data().toString(), QStringLiteral("Guessed first then asked"));
    QCOMPARE(model.index(0, C::Comment).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Guessed first\nthen asked"));
    QCOMPARE(model.index(0, 0).data(C::EvaluationIdRole).toLongLong(), m_evaluations.value("E1"));
    QCOMPARE(model.index(0, C::Day).data(C::SortRole).toLongLong(), QDate(2024, 3, 4).toJulianDay());
}

void TestQaModels::emptyModelsPassTheTester()
{
    models::QaQueueModel queue;
    models::EvaluationListModel list;
    models::MistakeModel mistakes;
    models::MistakeInstanceModel instances;
    const QList<QAbstractItemModel *> all{&queue, &list, &mistakes, &instances};
    for (QAbstractItemModel *model : all) {
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(model->columnCount() > 0);
        QVERIFY(!model->headerData(0, Qt::Horizontal).toString().isEmpty());
    }
}

// The peer reviews asked of agents, as the repository orders them (to do first): what each column says, in
// the site's time zone, and which are still owed.
void TestQaModels::peerReviewListShowsWhatIsOwed()
{
    storage::PeerReviewAssignment toDo;
    toDo.id = 7;
    toDo.conversationRef = QStringLiteral("CALL-1");
    toDo.conversationDay = QDate(2024, 3, 2);
    toDo.agentName = QStringLiteral("Ana");
    toDo.reviewerName = QStringLiteral("Ben");
    toDo.assignedBy = QStringLiteral("Lead");
    toDo.assignedAt = QDateTime(QDate(2024, 3, 4), QTime(23, 30), Qt::UTC); // 5 March in Berlin
    storage::PeerReviewAssignment done = toDo;
    done.id = 3;
    done.reviewerName = QStringLiteral("Cat");
    done.reviewId = 42;
    models::PeerReviewAssignmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAssignments({toDo, done});
    model.setTimeZone(QTimeZone("Europe/Berlin"));
    using Model = models::PeerReviewAssignmentModel;
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(Model::ColumnCount));
    QCOMPARE(model.index(0, Model::Reviewer).data().toString(), QStringLiteral("Ben"));
    QCOMPARE(model.index(0, Model::Conversation).data().toString(), QStringLiteral("CALL-1 (2 Mar)"));
    QCOMPARE(model.index(0, Model::HandledBy).data().toString(), QStringLiteral("Ana"));
    QCOMPARE(model.index(0, Model::AssignedBy).data().toString(), QStringLiteral("Lead"));
    QCOMPARE(model.index(0, Model::Assigned).data().toString(), QStringLiteral("5 Mar 2024"));
    QCOMPARE(model.index(0, Model::State).data().toString(), QStringLiteral("To do"));
    QCOMPARE(model.index(1, Model::State).data().toString(), QStringLiteral("Done"));
    QCOMPARE(model.index(1, 0).data(Model::AssignmentIdRole).toLongLong(), 3);
    QCOMPARE(model.index(1, 0).data(Model::DoneRole).toBool(), true);
    QCOMPARE(model.index(0, 0).data(Model::DoneRole).toBool(), false);
    QCOMPARE(model.toDoCount(), 1);
    QCOMPARE(model.rowOf(3), 1);
    QCOMPARE(model.rowOf(99), -1);
    QCOMPARE(model.assignmentAt(2), nullptr);
    QCOMPARE(model.headerData(Model::State, Qt::Horizontal).toString(), QStringLiteral("Review"));
    model.setAssignments({});
    QCOMPARE(model.toDoCount(), 0);
}

HUDDLE_TEST_GUILESS_MAIN("test_qa_models", TestQaModels)
#include "tst_qamodels.moc"
