// Evaluations and review notes carry copies of their conversation's agent, team and day (for fast KPI
// queries). These tests check the copies are taken on writing and follow a corrected conversation.
#include "core/records.h"
#include "storage/database.h"
#include "storage/kpirepository.h"
#include "storage/qawriter.h"
#include "storage/recordwriter.h"
#include "storage/reviewnoterepository.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace huddle;

class TestFollowers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_db.reset(); }
    void copiesAreTakenOnWriting();
    void correctedConversationMovesItsFollowers();
    void followersOfMissingConversationsAreRefused();
    void evaluationKeepsItsAgentWhenTheHandlerIsRemoved();
    void overlappingMembershipsAreRefused();

private:
    QVariantList row(const QString &sql);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    qint64 m_teamA = 0, m_teamB = 0, m_ana = 0, m_ben = 0, m_conversation = 0;
};

void TestFollowers::init()
{
    static int counter = 0;
    auto db = storage::Database::open(
        testsupport::testDatabaseLocation(m_dir.filePath(QStringLiteral("f%1.sqlite").arg(++counter))),
        storage::OpenMode::CreateIfMissing);
    QVERIFY(db);
    m_db = std::move(db.value());
    storage::RecordWriter writer(*m_db);
    QVERIFY(writer.begin());
    m_teamA = writer.insertTeam({0, QStringLiteral("A")}).value();
    m_teamB = writer.insertTeam({0, QStringLiteral("B")}).value();
    m_ana = writer.insertAgent({0, {}, QStringLiteral("Ana"), {}, core::AgentStatus::Active}).value();
    m_ben = writer.insertAgent({0, {}, QStringLiteral("Ben"), {}, core::AgentStatus::Active}).value();
    core::ConversationRecord c;
    c.source = QStringLiteral("test");
    c.externalId = QStringLiteral("X1");
    c.agentId = m_ana;
    c.teamId = m_teamA;
    c.startedAt = QDateTime(QDate(2026, 1, 5), QTime(10, 0), QTimeZone::utc());
    c.day = QDate(2026, 1, 5);
    c.talkSeconds = 100;
    m_conversation = writer.insertConversation(c).value();
    QVERIFY(writer.insertReviewNote({m_conversation, QStringLiteral("Ben"), m_ben,
                                     QDateTime(QDate(2026, 1, 7), QTime(9, 0), QTimeZone::utc()),
                                     QDate(2026, 1, 7), QStringLiteral("Good close.")}));
    storage::QaWriter qa(*m_db);
    core::ScorecardDefinition card;
    card.name = QStringLiteral("Card");
    card.sections = {
        {QStringLiteral("All"), {{QStringLiteral("Ok"), {1, core::CriterionKind::YesNo, false, true}, {}}}}};
    const auto stored = qa.insertScorecard(card);
    QVERIFY(stored);
    // One yes of one criterion: 100 %.
    core::EvaluationRecord evaluation;
    evaluation.conversationId = m_conversation;
    evaluation.evaluator = QStringLiteral("Q");
    evaluation.answers = {{false, 1}};
    evaluation.createdAt = c.startedAt.addDays(1);
    QVERIFY(qa.insertEvaluation(stored.value(), evaluation));
    QVERIFY(writer.commit());
}

QVariantList TestFollowers::row(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        qFatal("test query failed: %s", qPrintable(sql));
    QVariantList values;
    for (int i = 0; i < q.record().count(); ++i)
        values.append(q.value(i));
    return values;
}

void TestFollowers::copiesAreTakenOnWriting()
{
    // The evaluation was written with agent 0 ("the handler"): it takes Ana from the conversation.
    QCOMPARE(row(QStringLiteral("SELECT agent_id, team_id, conversation_day FROM evaluations")),
             (QVariantList{m_ana, m_teamA, QStringLiteral("2026-01-05")}));
    QCOMPARE(row(QStringLiteral("SELECT agent_id, team_id, conversation_day, day FROM review_notes")),
             (QVariantList{m_ana, m_teamA, QStringLiteral("2026-01-05"), QStringLiteral("2026-01-07")}));
}

void TestFollowers::correctedConversationMovesItsFollowers()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE conversations SET agent_id = %1, team_id = %2, day = '2026-01-06'")
                       .arg(m_ben)
                       .arg(m_teamB)));
    QCOMPARE(row(QStringLiteral("SELECT agent_id, team_id, conversation_day FROM evaluations")),
             (QVariantList{m_ben, m_teamB, QStringLiteral("2026-01-06")}));
    QCOMPARE(row(QStringLiteral("SELECT agent_id, team_id, conversation_day FROM review_notes")),
             (QVariantList{m_ben, m_teamB, QStringLiteral("2026-01-06")}));

    // Through the repositories: team B now has the evaluation and the note, team A has neither.
    const core::DateRange january{QDate(2026, 1, 1), QDate(2026, 1, 31)};
    const storage::KpiRepository kpis(*m_db);
    const auto byTeam = kpis.totals({january, std::nullopt, std::nullopt, storage::KpiGrouping::Team, {}});
    QVERIFY(byTeam);
    QCOMPARE(byTeam.value().size(), 1);
    QCOMPARE(byTeam.value().constFirst().teamId, m_teamB);
    QCOMPARE(byTeam.value().constFirst().totals.qaEvaluations, qint64(1));
    QCOMPARE(byTeam.value().constFirst().totals.qaScoreSum, 100.0);
    const storage::ReviewNoteRepository notes(*m_db);
    QCOMPARE(notes.notes(january, m_teamA, std::nullopt).value().size(), 0);
    const auto teamB = notes.notes(january, m_teamB, std::nullopt).value();
    QCOMPARE(teamB.size(), 1);
    QCOMPARE(teamB.constFirst().agentName, QStringLiteral("Ben"));
    QCOMPARE(teamB.constFirst().conversationDay, QDate(2026, 1, 6));
}

void TestFollowers::followersOfMissingConversationsAreRefused()
{
    storage::RecordWriter writer(*m_db);
    const core::Status note =
        writer.insertReviewNote({999, QStringLiteral("Ben"), 0, QDateTime::currentDateTimeUtc(),
                                 QDate(2026, 1, 7), QStringLiteral("?")});
    QVERIFY(!note);
    QVERIFY(note.error().message.contains(QStringLiteral("does not exist")));
    const core::Status survey = writer.recordSurvey({999, 5, core::CsatScale{1, 5}, {}, {}});
    QVERIFY(!survey);
    QVERIFY(survey.error().message.contains(QStringLiteral("does not exist")));
    QCOMPARE(row(QStringLiteral("SELECT COUNT(*) FROM review_notes")), (QVariantList{qint64(1)}));
}

void TestFollowers::evaluationKeepsItsAgentWhenTheHandlerIsRemoved()
{
    QSqlQuery q(m_db->connection());
    QVERIFY2(q.exec(QStringLiteral("UPDATE conversations SET agent_id = NULL, answered = 0")),
             qPrintable(q.lastError().text()));
    QCOMPARE(row(QStringLiteral("SELECT agent_id, team_id FROM evaluations")),
             (QVariantList{m_ana, m_teamA}));
    QCOMPARE(row(QStringLiteral("SELECT agent_id FROM review_notes")).constFirst().isNull(), true);
}

void TestFollowers::overlappingMembershipsAreRefused()
{
    storage::RecordWriter writer(*m_db);
    QVERIFY(writer.begin());
    // Ana: team A from Jan 1 to Feb 1, then team B from Feb 1 (open). Touching ends are fine.
    QVERIFY(writer.insertMembership({m_ana, m_teamA, QDate(2026, 1, 1), QDate(2026, 2, 1)}));
    QVERIFY(writer.insertMembership({m_ana, m_teamB, QDate(2026, 2, 1), {}}));
    const core::Status overlapping =
        writer.insertMembership({m_ana, m_teamA, QDate(2026, 3, 1), QDate(2026, 4, 1)});
    QVERIFY(!overlapping);
    QVERIFY(overlapping.error().message.contains(QStringLiteral("already belongs")));
    QVERIFY(!writer.insertMembership({m_ana, m_teamB, QDate(2025, 12, 1), QDate(2026, 1, 2)}));
    QVERIFY(writer.insertMembership({m_ana, m_teamB, QDate(2025, 12, 1), QDate(2026, 1, 1)}));
    QVERIFY(writer.commit());
}

HUDDLE_TEST_GUILESS_MAIN("test_storage_followers", TestFollowers)
#include "tst_followers.moc"
