// The Coaching page's part of the demo: a phrase library, and sessions of a few agents per team with agenda
// items, action items, homework and acknowledgements, so that the last day has overdue and upcoming
// follow-ups, a held session and a planned one. Facts are read back with plain SQL of this test (and the
// follow-up list once through CoachingRepository, as the page reads it); the same seed gives the same rows.
#include "demofacts.h"
#include "support/testmain.h"

#include "demo/demogenerator.h"
#include "storage/coachingrepository.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace huddle;

namespace {

demo::DemoOptions options(int agents, int days, quint64 seed)
{
    demo::DemoOptions o;
    o.teams = 2;
    o.agents = agents;
    o.days = days;
    o.seed = seed;
    o.endDay = demofacts::endDay;
    return o;
}

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

const QStringList coachingTables{QStringLiteral("phrases"), QStringLiteral("coaching_sessions"),
                                 QStringLiteral("coaching_agenda_items"), QStringLiteral("coaching_actions"),
                                 QStringLiteral("coaching_homework")};

} // namespace

class TestDemoCoaching : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void summaryMatchesTables();
    void sessionsByStatus();
    void followUpsOverdueAndUpcoming();
    void actionItemsDoneOpenAndOverdue();
    void homeworkUsesLibraryPhrases();
    void phraseLibraryIsTaggedAndChecked();
    void agendaItemsOfEveryKind();
    void kpiItemsQuoteTheDemosFigures();
    void sameSeedSameCoachingData();

private:
    QVariant scalar(const QString &sql, const QVariantList &bindings = {}) const
    {
        return demofacts::scalar(*m_db, sql, bindings);
    }
    int count(const QString &sql, const QVariantList &bindings = {}) const
    {
        return scalar(sql, bindings).toInt();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db; // two teams of twelve, every profile, 70 days
    demo::DemoSummary m_summary;
};

void TestDemoCoaching::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db =
        demofacts::generate(m_dir.filePath(QStringLiteral("coaching.db")), options(24, 70, 11), &m_summary);
    QVERIFY(m_db);
}

void TestDemoCoaching::summaryMatchesTables()
{
    QCOMPARE(qint64(count(QStringLiteral("SELECT COUNT(*) FROM coaching_sessions"))),
             m_summary.coachingSessions);
    QCOMPARE(qint64(count(QStringLiteral("SELECT COUNT(*) FROM phrases"))), m_summary.phrases);
    QVERIFY(m_summary.phrases >= 10);
    // Several agents per team: four of each team of twelve, plus the two improving agents' showcase sessions.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT agent_id) FROM coaching_sessions")), 2 * 4 + 2);
    QVERIFY(m_summary.coachingSessions >= 20);
}

void TestDemoCoaching::sessionsByStatus()
{
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM coaching_sessions WHERE status = 'planned'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM coaching_sessions WHERE status = 'held'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM coaching_sessions WHERE status = 'closed'")),
             int(m_summary.coachingSessions) - 2);
    // Written as a team leader's are: planned (stored), then closed, each step in the session's history; the
    // improving agents' two showcase sessions predate the history.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'coaching_session' AND"
                                  " action = 'close'")),
             int(m_summary.coachingSessions) - 2 - 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'coaching_session' AND"
                                  " action = 'plan'")),
             int(m_summary.coachingSessions) - 2);
    // The planned one lies after the last day, all others on or before it, within the last ten weeks (but for
    // the showcase sessions, older).
    QVERIFY(scalar(QStringLiteral("SELECT day FROM coaching_sessions WHERE status = 'planned'")).toString() >
            iso(demofacts::endDay));
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM coaching_sessions WHERE status <> 'planned' AND day > ?"),
              {iso(demofacts::endDay)}),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM coaching_sessions WHERE created_at IS NOT NULL AND"
                                  " status <> 'planned' AND day < ?"),
                   {iso(demofacts::endDay.addDays(-70))}),
             0);
    // Sessions fall on weekdays (strftime %w: 0 Sunday, 6 Saturday).
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM coaching_sessions WHERE strftime('%w', day) IN ('0', '6')")),
             0);
    // Acknowledged on or after the session and by the last day; most closed sessions are, not all.
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM coaching_sessions WHERE acknowledged_day IS NOT NULL"
                             " AND (acknowledged_day < day OR acknowledged_day > ? OR status <> 'closed')"),
              {iso(demofacts::endDay)}),
        0);
    const int acknowledged =
        count(QStringLiteral("SELECT COUNT(*) FROM coaching_sessions WHERE acknowledged_day IS NOT NULL"));
    QVERIFY2(acknowledged > int(m_summary.coachingSessions) / 2, qPrintable(QString::number(acknowledged)));
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM coaching_sessions WHERE status = 'closed' AND"
                                 " acknowledged_day IS NULL AND created_at IS NOT NULL")) >= 1);
}

void TestDemoCoaching::followUpsOverdueAndUpcoming()
{
    // By hand: a follow-up is open while the agent has no later session.
    const QString open = QStringLiteral(
        "SELECT COUNT(*) FROM coaching_sessions s WHERE s.follow_up_day IS NOT NULL AND NOT EXISTS"
        " (SELECT 1 FROM coaching_sessions n WHERE n.agent_id = s.agent_id AND n.day > s.day) AND %1");
    const int overdue = count(open.arg(QStringLiteral("s.follow_up_day < ?")), {iso(demofacts::endDay)});
    const int upcoming = count(open.arg(QStringLiteral("s.follow_up_day >= ?")), {iso(demofacts::endDay)});
    QVERIFY2(overdue >= 2, qPrintable(QString::number(overdue)));   // one lapsed agent per team
    QVERIFY2(upcoming >= 2, qPrintable(QString::number(upcoming))); // the others
    // Overdue by well over a week: one agent per team who missed the follow-up, and the two improving agents,
    // whose showcase session (day 38 of 70) asked for a follow-up two weeks later.
    QCOMPARE(count(open.arg(QStringLiteral("s.follow_up_day <= ?")), {iso(demofacts::endDay.addDays(-7))}),
             2 + 2);
    // The page's list agrees.
    const auto followUps = storage::CoachingRepository(*m_db).followUps(std::nullopt, demofacts::endDay);
    QVERIFY2(followUps, qPrintable(followUps ? QString() : followUps.error().message));
    int listedOverdue = 0;
    for (const storage::FollowUp &f : followUps.value())
        listedOverdue += f.overdue ? 1 : 0;
    QCOMPARE(listedOverdue, overdue);
    QCOMPARE(int(followUps->size()), overdue + upcoming);
}

void TestDemoCoaching::actionItemsDoneOpenAndOverdue()
{
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM coaching_actions")) >= m_summary.coachingSessions - 2);
    // Done ones have their day, between the session and the last day; open ones none.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM coaching_actions a JOIN coaching_sessions s ON"
                                  " s.id = a.session_id WHERE (a.done = 1) <> (a.done_day IS NOT NULL)"
                                  " OR a.done_day <= s.day OR a.done_day > ?"),
                   {iso(demofacts::endDay)}),
             0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM coaching_actions WHERE done = 1")) >= 5);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM coaching_actions WHERE done = 0 AND due_day < ?"),
                  {iso(demofacts::endDay)}) >= 1); // overdue
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM coaching_actions WHERE done = 0 AND due_day >= ?"),
                  {iso(demofacts::endDay)}) >= 1); // still to do
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM coaching_actions WHERE owner = 'agent'")) >= 1);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM coaching_actions WHERE owner LIKE '% lead'")) >= 1);
}

void TestDemoCoaching::homeworkUsesLibraryPhrases()
{
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM coaching_homework")) >= 5);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM coaching_homework h LEFT JOIN phrases p ON"
                                  " p.id = h.phrase_id WHERE p.id IS NULL OR p.retired = 1")),
             0);
    // Set after the phrase was added to the library.
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM coaching_homework h JOIN phrases p ON p.id = h.phrase_id"
                             " JOIN coaching_sessions s ON s.id = h.session_id WHERE substr(p.created_at,"
                             " 1, 10) > s.day")),
        0);
}

void TestDemoCoaching::phraseLibraryIsTaggedAndChecked()
{
    QVERIFY(count(QStringLiteral(
                "SELECT COUNT(*) FROM phrases WHERE csat_checked = 1 AND csat_note <> ''")) >= 3);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM phrases WHERE csat_checked = 0 AND csat_note <> ''")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM phrases WHERE retired = 1")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM phrases WHERE length(shorter) >= length(longer)")),
             0);
    for (const char *tag : {"opening", "billing", "angry customer", "hold", "closing"})
        QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM phrases WHERE ',' || situations || ',' LIKE ?"),
                       {QStringLiteral("%,%1,%").arg(QLatin1String(tag))}) >= 1,
                 tag);
    QCOMPARE(scalar(QStringLiteral("SELECT shorter FROM phrases WHERE longer = ?"),
                    {QStringLiteral("Can you tell me more about the problem that you're experiencing?")})
                 .toString(),
             QStringLiteral("Please tell me what happened?"));
}

void TestDemoCoaching::agendaItemsOfEveryKind()
{
    for (const char *kind : {"kpi", "mistake", "conversation", "custom"})
        QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM coaching_agenda_items WHERE kind = ?"),
                       {QLatin1String(kind)}) >= 1,
                 kind);
    // KPI items are about a focus KPI of their session.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM coaching_agenda_items i JOIN coaching_sessions s ON"
                                  " s.id = i.session_id WHERE i.kind = 'kpi' AND ',' || s.focus_kpis || ','"
                                  " NOT LIKE '%,' || i.kpi || ',%'")),
             0);
    // A conversation item is the agent's own unsatisfied answer from the 28 days before the session.
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM coaching_agenda_items i JOIN coaching_sessions s ON"
                             " s.id = i.session_id LEFT JOIN conversations c ON c.id = i.conversation_id"
                             " WHERE i.kind = 'conversation' AND (c.id IS NULL OR c.agent_id <> s.agent_id"
                             " OR c.csat_score > 2 OR c.day >= s.day OR c.day < date(s.day, '-28 days'))")),
        0);
    // Items of closed sessions were discussed and have notes; the planned session's are still blank.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM coaching_agenda_items i JOIN coaching_sessions s ON"
                                  " s.id = i.session_id WHERE s.status = 'closed' AND (i.discussed = 0 OR"
                                  " i.notes = '')")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM coaching_agenda_items i JOIN coaching_sessions s ON"
                                  " s.id = i.session_id WHERE s.status = 'planned' AND (i.discussed = 1 OR"
                                  " i.notes <> '')")),
             0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM coaching_agenda_items i JOIN coaching_sessions s ON"
                                 " s.id = i.session_id WHERE s.status = 'planned'")) >= 1);
}

void TestDemoCoaching::kpiItemsQuoteTheDemosFigures()
{
    // Each CSAT item's n is the agent's CSAT answers in the 28 days before the session, counted here.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT s.agent_id, s.day, i.detail FROM coaching_agenda_items i JOIN"
                                  " coaching_sessions s ON s.id = i.session_id WHERE i.kpi = 'csat'")));
    const QRegularExpression n(QStringLiteral("\\(n = (\\d+)\\)"));
    int checked = 0;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const auto match = n.match(q.value(2).toString());
        QVERIFY2(match.hasMatch(), qPrintable(q.value(2).toString()));
        const int responses = count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE agent_id = ? AND"
                                                   " csat_score IS NOT NULL AND day BETWEEN ? AND ?"),
                                    {q.value(0), iso(day.addDays(-28)), iso(day.addDays(-1))});
        QCOMPARE(match.captured(1).toInt(), responses);
        ++checked;
    }
    QVERIFY(checked >= 3);
}

void TestDemoCoaching::sameSeedSameCoachingData()
{
    const auto first = demofacts::generate(m_dir.filePath(QStringLiteral("first.db")), options(8, 45, 3));
    const auto second = demofacts::generate(m_dir.filePath(QStringLiteral("second.db")), options(8, 45, 3));
    QVERIFY(first && second);
    for (const QString &table : coachingTables) {
        QVERIFY2(demofacts::scalar(*first, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt() > 0,
                 qPrintable(table));
        QVERIFY2(demofacts::fingerprint(*first, table) == demofacts::fingerprint(*second, table),
                 qPrintable(table));
    }
    // Even the small demo (teams of four, 45 days) has sessions on the page.
    QVERIFY(demofacts::scalar(*first, QStringLiteral("SELECT COUNT(*) FROM coaching_sessions")).toInt() >= 6);
}

HUDDLE_TEST_GUILESS_MAIN("test_demo_coaching", TestDemoCoaching)
#include "tst_democoaching.moc"
