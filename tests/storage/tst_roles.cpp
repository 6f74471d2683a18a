// Roles in shared mode, enforced by the PostgreSQL server itself: on the small site (sitefixture.h: Ana in
// Alpha, Ben in Alpha then Bravo, Cat in Bravo, two unanswered calls of no agent) each person signs in as a
// login of their own, made by storage::Users, and plain SQL on that connection — not Huddle's code — sees
// and changes only what their role allows. What each should see is counted on the owner's connection, which
// sees everything. Huddle's own KPI query on an agent's connection also returns only that agent.
#include "qafixture.h"
#include "sitefixture.h"
#include "support/pgtestdatabase.h"
#include "support/testmain.h"

#include "storage/coachingrepository.h"
#include "storage/database.h"
#include "storage/disputerepository.h"
#include "storage/evaluationrepository.h"
#include "storage/kpirepository.h"
#include "storage/migrations.h"
#include "storage/peerreviewassignments.h"
#include "storage/scorecardrepository.h"
#include "storage/users.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUrl>
#include <QtTest>

using namespace huddle;
using storage::UserRole;

namespace {

// A login name of this test run: logins are the server's, shared by every database on it.
QString loginFor(const char *who)
{
    return QStringLiteral("%1_%2").arg(QLatin1String(who)).arg(QCoreApplication::applicationPid());
}

QString urlAs(const QString &serverUrl, const QString &login)
{
    QUrl url(serverUrl);
    url.setUserName(login);
    return url.toString();
}

// A connection of the test's own as `login`, closed when it goes away.
class SignedIn {
public:
    SignedIn(const QString &serverUrl, const QString &login)
        : m_name(QStringLiteral("roles test ") + login)
    {
        const QUrl url(serverUrl);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(login);
        db.open();
    }
    ~SignedIn()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return QSqlDatabase::database(m_name).isOpen(); }
    // The first value of `sql`, or -1 when it fails.
    qint64 number(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    // Why `sql` failed ("" when it ran).
    QString refusal(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql) ? QString() : q.lastError().databaseText();
    }

private:
    QString m_name;
};

qint64 ownerNumber(const storage::Database &database, const QString &sql)
{
    QSqlQuery q(database.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestRoles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void agentSeesOnlyTheirOwnRows();
    void teamLeaderSeesTheirTeamsAndCoachesOnlyThem();
    void qaCoachSeesEveryoneButChangesNoPlans();
    void adminSeesAndChangesEverything();
    void huddlesOwnQueriesObeyTheRole();
    void usersAreListedAndRefusedWhenWrong();
    void menusKnowWhatTheServerGrants();
    void upgradeGrantsTheNewLevelsRights();
    // Last: the assignment it makes shows Ana one more conversation.
    void agentDoesWhatTheRoleAllowsThroughHuddle();

private:
    QString agentsIn(const QList<qint64> &ids) const;
    std::unique_ptr<storage::Database> openAs(const char *who) const;

    std::unique_ptr<testsupport::PgTestDatabase> m_server;
    std::unique_ptr<storage::Database> m_database;
    fixture::SmallSite m_site;
};

void TestRoles::initTestCase()
{
    m_server = std::make_unique<testsupport::PgTestDatabase>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
    auto opened = storage::Database::open(m_server->url(), storage::OpenMode::MustExist);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_database = std::move(opened.value());
    auto site = fixture::buildSmallSite(*m_database);
    QVERIFY2(site, qPrintable(site ? QString() : site.error().toString()));
    m_site = site.value();
    const storage::Users users(*m_database);
    const QList<storage::HuddleUser> people{
        {loginFor("ana"), UserRole::Agent, QStringLiteral("Ana"), {}},
        {loginFor("cat"), UserRole::Agent, QStringLiteral("Cat"), {}},
        {loginFor("lead"), UserRole::TeamLeader, {}, {QStringLiteral("Alpha")}},
        {loginFor("coach"), UserRole::QaCoach, {}, {}},
        {loginFor("boss"), UserRole::Admin, {}, {}},
    };
    for (const storage::HuddleUser &person : people) {
        const core::Status added = users.add(person, QStringLiteral("it"));
        QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
    }
}

void TestRoles::cleanupTestCase()
{
    m_database.reset();
    m_server.reset(); // drops the database first: a role that owns privileges in it cannot be dropped
    testsupport::PgTestDatabase maintenance;
    QSqlQuery q(maintenance.connection());
    for (const char *who : {"ana", "cat", "lead", "coach", "boss"})
        q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(loginFor(who)));
}

std::unique_ptr<storage::Database> TestRoles::openAs(const char *who) const
{
    auto opened =
        storage::Database::open(urlAs(m_server->url(), loginFor(who)), storage::OpenMode::MustExist);
    return opened ? std::move(opened.value()) : nullptr;
}

QString TestRoles::agentsIn(const QList<qint64> &ids) const
{
    QStringList list;
    for (const qint64 id : ids)
        list.append(QString::number(id));
    return list.join(QLatin1Char(','));
}

void TestRoles::agentSeesOnlyTheirOwnRows()
{
    SignedIn ana(m_server->url(), loginFor("ana"));
    QVERIFY(ana.isOpen());
    for (const QString &table : {QStringLiteral("conversations"), QStringLiteral("evaluations"),
                                 QStringLiteral("sales"), QStringLiteral("attendance")}) {
        const qint64 own = ownerNumber(
            *m_database,
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE agent_id = %2").arg(table).arg(m_site.ana));
        QVERIFY2(own > 0, qPrintable(table));
        QCOMPARE(ana.number(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)), own);
        QCOMPARE(
            ana.number(
                QStringLiteral("SELECT COUNT(*) FROM %1 WHERE agent_id <> %2").arg(table).arg(m_site.ana)),
            0);
    }
    // Rows under another agent's evaluations and conversations are out of sight too.
    QCOMPARE(
        ana.number(QStringLiteral("SELECT COUNT(*) FROM evaluation_answers")),
        ownerNumber(*m_database, QStringLiteral("SELECT COUNT(*) FROM evaluation_answers a JOIN evaluations"
                                                " e ON e.id = a.evaluation_id WHERE e.agent_id = %1")
                                     .arg(m_site.ana)));
    // The directory is not secret: every agent's name and team.
    QCOMPARE(ana.number(QStringLiteral("SELECT COUNT(*) FROM agents")), 3);
    // A table a later migration adds is readable too (default privileges), without running users again.
    QSqlQuery later(m_database->connection());
    QVERIFY(later.exec(QStringLiteral("CREATE TABLE later_migration (id BIGINT)")));
    QVERIFY(later.exec(QStringLiteral("INSERT INTO later_migration VALUES (1)")));
    QCOMPARE(ana.number(QStringLiteral("SELECT COUNT(*) FROM later_migration")), 1);
    QVERIFY(later.exec(QStringLiteral("DROP TABLE later_migration")));
    // Changing data is refused by the server.
    QVERIFY(ana.refusal(QStringLiteral("UPDATE conversations SET queue = 'x'"))
                .contains(QLatin1String("permission")));
    QVERIFY(ana.refusal(QStringLiteral("DELETE FROM evaluations")).contains(QLatin1String("permission")));
    QVERIFY(ana.refusal(QStringLiteral("INSERT INTO bonus_plans (valid_from, version, definition,"
                                       " created_at, created_by) VALUES ('2024-03', 99, '{}', 'now', 'ana')"))
                .contains(QLatin1String("permission")));
}

void TestRoles::teamLeaderSeesTheirTeamsAndCoachesOnlyThem()
{
    SignedIn lead(m_server->url(), loginFor("lead"));
    QVERIFY(lead.isOpen());
    // Alpha's agents: Ana, and Ben (who was in Alpha until D3) — never Cat, nor the calls of no agent.
    const QString alpha = agentsIn({m_site.ana, m_site.ben});
    QCOMPARE(
        lead.number(QStringLiteral("SELECT COUNT(*) FROM conversations")),
        ownerNumber(*m_database,
                    QStringLiteral("SELECT COUNT(*) FROM conversations WHERE agent_id IN (%1)").arg(alpha)));
    QCOMPARE(
        lead.number(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE agent_id = %1").arg(m_site.cat)),
        0);
    QCOMPARE(lead.number(QStringLiteral("SELECT COUNT(DISTINCT agent_id) FROM evaluations")),
             ownerNumber(*m_database, QStringLiteral("SELECT COUNT(DISTINCT agent_id) FROM evaluations WHERE"
                                                     " agent_id IN (%1)")
                                          .arg(alpha)));
    // A coaching session for their own agent is written; one for Cat is refused by the row policy.
    const QString session =
        QStringLiteral("INSERT INTO coaching_sessions (agent_id, coach, day) VALUES (%1, 'lead',"
                       " '2024-03-05')");
    QCOMPARE(lead.refusal(session.arg(m_site.ana)), QString());
    QVERIFY(lead.refusal(session.arg(m_site.cat)).contains(QLatin1String("row-level security")));
    QVERIFY(lead.refusal(QStringLiteral("UPDATE scorecards SET name = 'x'"))
                .contains(QLatin1String("permission")));
    // Peer reviews asked with their own SQL: the handler's copy the row rules read comes from the
    // conversation, not from what the lead wrote; a handler is never asked to review their own call, and a
    // conversation of another team cannot be slipped in under one of their agents' names.
    const qint64 anasCall = ownerNumber(
        *m_database, QStringLiteral("SELECT MIN(id) FROM conversations WHERE agent_id = %1").arg(m_site.ana));
    const qint64 catsCall = ownerNumber(
        *m_database, QStringLiteral("SELECT MIN(id) FROM conversations WHERE agent_id = %1").arg(m_site.cat));
    const QString ask = QStringLiteral(
        "INSERT INTO peer_review_assignments (conversation_id, reviewer_agent_id, agent_id, assigned_by,"
        " assigned_at) VALUES (%1, %2, %3, 'lead', '2024-03-05T09:00:00Z')");
    QVERIFY(lead.refusal(ask.arg(anasCall).arg(m_site.ana).arg(m_site.ben))
                .contains(QLatin1String("conversation they handled")));
    QVERIFY(lead.refusal(ask.arg(catsCall).arg(m_site.ben).arg(m_site.ana))
                .contains(QLatin1String("row-level security")));
    QCOMPARE(lead.refusal(ask.arg(anasCall).arg(m_site.ben).arg(m_site.cat)), QString());
    QCOMPARE(ownerNumber(*m_database, QStringLiteral("SELECT agent_id FROM peer_review_assignments WHERE"
                                                     " conversation_id = %1 AND reviewer_agent_id = %2")
                                          .arg(anasCall)
                                          .arg(m_site.ben)),
             m_site.ana);
    QVERIFY(QSqlQuery(m_database->connection())
                .exec(QStringLiteral("DELETE FROM peer_review_assignments WHERE conversation_id = %1")
                          .arg(anasCall)));
}

void TestRoles::qaCoachSeesEveryoneButChangesNoPlans()
{
    SignedIn coach(m_server->url(), loginFor("coach"));
    QVERIFY(coach.isOpen());
    QCOMPARE(coach.number(QStringLiteral("SELECT COUNT(*) FROM conversations")),
             ownerNumber(*m_database, QStringLiteral("SELECT COUNT(*) FROM conversations")));
    QCOMPARE(coach.number(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE agent_id IS NULL")), 2);
    QCOMPARE(coach.refusal(QStringLiteral("UPDATE evaluations SET updated_by = 'coach'")), QString());
    QVERIFY(coach.refusal(QStringLiteral("DELETE FROM bonus_plans")).contains(QLatin1String("permission")));
    QVERIFY(
        coach.refusal(QStringLiteral("DELETE FROM coaching_sessions")).contains(QLatin1String("permission")));
}

void TestRoles::adminSeesAndChangesEverything()
{
    SignedIn boss(m_server->url(), loginFor("boss"));
    QVERIFY(boss.isOpen());
    QCOMPARE(boss.number(QStringLiteral("SELECT COUNT(*) FROM conversations")),
             ownerNumber(*m_database, QStringLiteral("SELECT COUNT(*) FROM conversations")));
    QCOMPARE(boss.refusal(QStringLiteral("UPDATE settings SET value = value WHERE key = 'application'")),
             QString());
    // Someone with a login but no Huddle role sees no agent's rows at all.
    QSqlQuery q(m_database->connection());
    const QString stranger = loginFor("stranger");
    QVERIFY(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE huddle_role_agent").arg(stranger)));
    {
        SignedIn nobody(m_server->url(), stranger);
        QVERIFY(nobody.isOpen());
        QCOMPARE(nobody.number(QStringLiteral("SELECT COUNT(*) FROM conversations")), 0);
    }
    QVERIFY(q.exec(QStringLiteral("DROP OWNED BY %1").arg(stranger)));
    QVERIFY(q.exec(QStringLiteral("DROP ROLE %1").arg(stranger)));
}

void TestRoles::huddlesOwnQueriesObeyTheRole()
{
    auto opened =
        storage::Database::open(urlAs(m_server->url(), loginFor("ana")), storage::OpenMode::MustExist);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    const storage::Users asAna(*opened.value());
    const auto role = asAna.signedInRole();
    QVERIFY(role && role.value());
    QCOMPARE(*role.value(), UserRole::Agent);
    storage::KpiQuery query;
    query.range = {fixture::D1, fixture::D4};
    query.grouping = storage::KpiGrouping::Agent;
    const auto rows = storage::KpiRepository(*opened.value()).totals(query);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
    QCOMPARE(rows.value().size(), 1);
    QCOMPARE(rows.value().constFirst().agentId, m_site.ana);
    QCOMPARE(*storage::Users(*m_database).signedInRole().value(), UserRole::Admin); // the owner
}

void TestRoles::usersAreListedAndRefusedWhenWrong()
{
    const storage::Users users(*m_database);
    const auto list = users.list();
    QVERIFY(list);
    QCOMPARE(list.value().size(), 5);
    for (const storage::HuddleUser &user : list.value()) {
        if (user.login == loginFor("ana"))
            QCOMPARE(user.agent, QStringLiteral("Ana"));
        if (user.login == loginFor("lead"))
            QCOMPARE(user.teams, QStringList{QStringLiteral("Alpha")});
    }
    const auto refusal = [&](const storage::HuddleUser &user) {
        const core::Status added = users.add(user, QStringLiteral("it"));
        return added ? QString() : added.error().message;
    };
    QVERIFY(refusal({QStringLiteral("Robert'); DROP"), UserRole::Admin, {}, {}})
                .contains(QLatin1String("cannot be a login")));
    QVERIFY(refusal({loginFor("x"), UserRole::Agent, {}, {}}).contains(QLatin1String("needs the agent")));
    QVERIFY(refusal({loginFor("x"), UserRole::Agent, QStringLiteral("Nobody"), {}})
                .contains(QLatin1String("no agent named")));
    QVERIFY(
        refusal({loginFor("x"), UserRole::TeamLeader, {}, {}}).contains(QLatin1String("needs the teams")));
    QCOMPARE(users.list().value().size(), 5); // nothing was added by the refusals
    // A new role replaces the old one: the login is in the new group role only.
    QVERIFY(users.add({loginFor("coach"), UserRole::TeamLeader, {}, {QStringLiteral("Bravo")}},
                      QStringLiteral("it")));
    QSqlQuery q(m_database->connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g ON"
                              " g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '%1'")
                   .arg(loginFor("coach"))));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("huddle_role_team_leader"));
    QVERIFY(users.add({loginFor("coach"), UserRole::QaCoach, {}, {}}, QStringLiteral("it")));
    // Every change of a user is in the audit log.
    QCOMPARE(ownerNumber(*m_database, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'user'")),
             7);
}

// The menus offer an action only to a role that may add the rows it writes (storage::roleMayAddTo): asked of
// the server itself for every table and role, so a grant changed without the menus (or back) fails here.
void TestRoles::menusKnowWhatTheServerGrants()
{
    QSqlQuery tables(m_database->connection());
    QVERIFY(tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                       "ORDER BY tablename")));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    QVERIFY(names.contains(QStringLiteral("evaluations")) && names.contains(QStringLiteral("conversations")));
    int granted = 0;
    for (const UserRole role : {UserRole::Admin, UserRole::QaCoach, UserRole::TeamLeader, UserRole::Agent}) {
        for (const QString &table : std::as_const(names)) {
            QSqlQuery q(m_database->connection());
            q.prepare(QStringLiteral("SELECT has_table_privilege(?, ?, 'INSERT')"));
            q.addBindValue(storage::groupRoleName(role));
            q.addBindValue(table);
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            const bool server = q.value(0).toBool();
            granted += server ? 1 : 0;
            QVERIFY2(storage::roleMayAddTo(role, table) == server,
                     qPrintable(
                         storage::userRoleCode(role) + QStringLiteral(" on ") + table +
                         (server ? QStringLiteral(": the server grants it") : QStringLiteral(": refused"))));
        }
    }
    // Every table for the admin, and some for each other role.
    QVERIFY(granted > names.size() + 3);
}

// A server whose group roles were set up before schema level 10: migrating it grants them level 10's rights
// (the roles exist already, made by initTestCase; in a new database they hold no rights, as on a server
// whose roles predate the default privileges).
void TestRoles::upgradeGrantsTheNewLevelsRights()
{
    testsupport::PgTestDatabase older;
    QVERIFY2(older.isValid(), qPrintable(older.error()));
    QSqlDatabase raw = older.connection();
    QList<storage::Migration> upToNine = storage::builtInMigrations(storage::Dialect::PostgreSQL);
    upToNine.removeIf([](const storage::Migration &m) { return m.version > 9; });
    QVERIFY(storage::migrate(raw, upToNine, storage::Dialect::PostgreSQL));
    QSqlQuery q(raw);
    QVERIFY(
        q.exec(QStringLiteral("SELECT has_table_privilege('huddle_role_agent', 'conversations', 'SELECT')")));
    QVERIFY(q.next() && !q.value(0).toBool());
    auto upgraded = storage::Database::open(older.url(), storage::OpenMode::MustExist);
    QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().toString()));
    QCOMPARE(upgraded.value()->schemaVersion(), storage::Database::latestSchemaVersion());
    const QStringList expected{
        QStringLiteral("huddle_role_agent peer_review_assignments SELECT"),
        QStringLiteral("huddle_role_agent huddle_my_peer_reviews SELECT"),
        QStringLiteral("huddle_role_agent evaluations INSERT"),
        QStringLiteral("huddle_role_agent evaluation_answers DELETE"),
        QStringLiteral("huddle_role_team_leader peer_review_assignments INSERT"),
        QStringLiteral("huddle_role_qa_coach peer_review_assignments DELETE"),
        QStringLiteral("huddle_role_admin peer_review_assignments UPDATE"),
    };
    for (const QString &grant : expected) {
        const QStringList parts = grant.split(QLatin1Char(' '));
        q.prepare(QStringLiteral("SELECT has_table_privilege(?, ?, ?)"));
        q.addBindValue(parts[0]);
        q.addBindValue(parts[1]);
        q.addBindValue(parts[2]);
        QVERIFY2(q.exec() && q.next() && q.value(0).toBool(), qPrintable(grant));
    }
    QVERIFY(q.exec(
        QStringLiteral("SELECT has_column_privilege('huddle_role_team_leader', 'audit_log', 'hash',"
                       " 'UPDATE'), has_table_privilege('huddle_role_agent', 'conversations', 'INSERT')")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toBool());
    QVERIFY(!q.value(1).toBool());
}

// What an agent writes, through Huddle's own repositories on the agent's own connection: the peer review a
// team leader asked of them, a dispute of their evaluation, the acknowledgement of their coaching session.
// And what the server refuses them around each.
void TestRoles::agentDoesWhatTheRoleAllowsThroughHuddle()
{
    const QDateTime monday(fixture::D4, QTime(12, 0), Qt::UTC);
    const auto peerCard = storage::ScorecardRepository(*m_database)
                              .save(std::nullopt, qafixture::peerCard(), QStringLiteral("it"));
    QVERIFY(peerCard);
    const auto asLead = openAs("lead");
    const auto asAna = openAs("ana");
    QVERIFY(asLead && asAna);
    const qint64 c6 = m_site.conversations.value(QStringLiteral("c6")); // Ben's, who was in the lead's Alpha
    const qint64 ownConversations =
        ownerNumber(*m_database,
                    QStringLiteral("SELECT COUNT(*) FROM conversations WHERE agent_id = %1").arg(m_site.ana));
    SignedIn ana(m_server->url(), loginFor("ana"));
    QCOMPARE(ana.number(QStringLiteral("SELECT COUNT(*) FROM conversations")), ownConversations);

    // The team leader asks Ana to review Ben's c6; Cat's c7 is not the lead's to hand out.
    const auto assigned =
        storage::PeerReviewAssignments(*asLead).assign(c6, m_site.ana, QStringLiteral("Lead"), monday);
    QVERIFY2(assigned, qPrintable(assigned ? QString() : assigned.error().toString()));
    QVERIFY(!storage::PeerReviewAssignments(*asLead).assign(m_site.conversations.value(QStringLiteral("c7")),
                                                            m_site.ana, QStringLiteral("Lead"), monday));
    QVERIFY(
        ana.refusal(QStringLiteral("INSERT INTO peer_review_assignments (conversation_id, reviewer_agent_id,"
                                   " agent_id, assigned_by, assigned_at) VALUES (%1, %2, %3, 'Ana', 'now')")
                        .arg(c6)
                        .arg(m_site.cat)
                        .arg(m_site.ben))
            .contains(QLatin1String("permission")));

    // Now Ana sees c6 and its peer reviews besides her own rows; nothing else of Ben's.
    QCOMPARE(ana.number(QStringLiteral("SELECT COUNT(*) FROM conversations")), ownConversations + 1);
    QCOMPARE(ana.number(QStringLiteral("SELECT id FROM conversations WHERE agent_id = %1").arg(m_site.ben)),
             c6);
    QCOMPARE(
        ana.number(QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE agent_id = %1").arg(m_site.ben)),
        0); // Ben's QA evaluation of c6 stays his
    // It is hers to review, not to count: her KPIs by agent still hold herself alone.
    storage::KpiQuery query;
    query.range = {fixture::D1, fixture::D4};
    query.grouping = storage::KpiGrouping::Agent;
    const auto kpis = storage::KpiRepository(*asAna).totals(query);
    QVERIFY2(kpis, qPrintable(kpis ? QString() : kpis.error().toString()));
    QCOMPARE(kpis->size(), 1);
    QCOMPARE(kpis->constFirst().agentId, m_site.ana);

    storage::EvaluationDraft peer;
    peer.conversationId = c6;
    peer.scorecardVersionId = peerCard->versionId;
    peer.kind = core::EvaluationKind::Peer;
    peer.evaluator = QStringLiteral("Ana");
    peer.answers = {{false, 1}, {false, 4}}; // (1 + 3) / (1 + 4) = 80 %
    storage::EvaluationRepository anaEvaluations(*asAna);
    const auto review = anaEvaluations.publishPeerReview(peer, m_site.ana, QStringLiteral("Kind, and quick"),
                                                         QStringLiteral("Ana"));
    QVERIFY2(review, qPrintable(review ? QString() : review.error().toString()));
    QCOMPARE(ownerNumber(
                 *m_database,
                 QStringLiteral("SELECT ROUND(score_pct) FROM evaluations WHERE id = %1 AND kind = 'peer' AND"
                                " status = 'published' AND agent_id = %2")
                     .arg(review.value())
                     .arg(m_site.ben)),
             80);
    const auto owed = storage::PeerReviewAssignments(*asAna).list(m_site.ana, false);
    QVERIFY(owed && owed->size() == 1);
    QCOMPARE(owed->constFirst().reviewId, review.value());
    QVERIFY(storage::PeerReviewAssignments(*asAna).list(m_site.ana, true)->isEmpty());

    // Cat, asked for the same conversation, sees it but not Ana's review of it, evaluation or note.
    QVERIFY(storage::PeerReviewAssignments(*asLead).assign(c6, m_site.cat, QStringLiteral("Lead"), monday));
    SignedIn cat(m_server->url(), loginFor("cat"));
    QCOMPARE(cat.number(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE id = %1").arg(c6)), 1);
    QCOMPARE(
        cat.number(QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE conversation_id = %1").arg(c6)), 0);
    QCOMPARE(
        cat.number(QStringLiteral("SELECT COUNT(*) FROM review_notes WHERE conversation_id = %1").arg(c6)),
        0);
    QCOMPARE(ana.number(QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE kind = 'peer'")), 1);

    // Refused: a peer review of a conversation not asked of her, and a QA evaluation of the one that was.
    const qint64 qaCard =
        ownerNumber(*m_database, QStringLiteral("SELECT MIN(scorecard_version_id) FROM evaluations"));
    storage::EvaluationDraft other = peer;
    other.conversationId = m_site.conversations.value(QStringLiteral("c5"));
    QVERIFY(!anaEvaluations.publishPeerReview(other, m_site.ana, QStringLiteral("x"), QStringLiteral("Ana")));
    storage::EvaluationDraft asQa;
    asQa.conversationId = c6;
    asQa.scorecardVersionId = qaCard;
    asQa.evaluator = QStringLiteral("Ana");
    asQa.answers = {{false, 1}, {false, 5}};
    const auto qa = anaEvaluations.publish(asQa, QStringLiteral("Ana"));
    QVERIFY(!qa);
    QVERIFY2(qa.error().toString().contains(QLatin1String("row-level security")),
             qPrintable(qa.error().toString()));
    QCOMPARE(
        ownerNumber(*m_database, QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE conversation_id = %1"
                                                " AND evaluator = 'Ana' AND kind = 'qa'")
                                     .arg(c6)),
        0);

    // Her own published evaluation of c1: she disputes it; she cannot re-score it, before or in the dispute.
    const qint64 e1 = ownerNumber(
        *m_database, QStringLiteral("SELECT id FROM evaluations WHERE conversation_id = %1 AND kind = 'qa'")
                         .arg(m_site.conversations.value(QStringLiteral("c1"))));
    // Its content is refused by the trigger, any status but disputed by row security.
    QVERIFY(
        ana.refusal(QStringLiteral("UPDATE evaluations SET status = 'disputed', score_pct = 10 WHERE id = %1")
                        .arg(e1))
            .contains(QLatin1String("permission denied")));
    QVERIFY(ana.refusal(QStringLiteral("UPDATE evaluations SET status = 'final' WHERE id = %1").arg(e1))
                .contains(QLatin1String("row-level security")));
    const auto disputed = storage::DisputeRepository(*asAna).open(
        e1, -1, QStringLiteral("Ana"), QStringLiteral("I did verify the caller"), monday);
    QVERIFY2(disputed, qPrintable(disputed ? QString() : disputed.error().toString()));
    QCOMPARE(ownerNumber(
                 *m_database,
                 QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE id = %1 AND status = 'disputed' AND"
                                " ROUND(score_pct) = 100")
                     .arg(e1)),
             1);
    ana.refusal(QStringLiteral("UPDATE evaluations SET score_pct = 10 WHERE id = %1").arg(e1));
    QCOMPARE(ownerNumber(*m_database,
                         QStringLiteral("SELECT ROUND(score_pct) FROM evaluations WHERE id = %1").arg(e1)),
             100);

    // The lead's coaching session with her: she acknowledges it, and cannot rewrite its notes.
    storage::CoachingSession session;
    session.agentId = m_site.ana;
    session.coach = QStringLiteral("Lead");
    session.day = fixture::D4;
    session.focus = {core::KpiId::Qa};
    session.notes = QStringLiteral("Verify before solving");
    const auto created = storage::CoachingRepository(*asLead).create(session, QStringLiteral("Lead"), monday);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    storage::CoachingRepository anaCoaching(*asAna);
    auto seen = anaCoaching.load(created.value());
    QVERIFY2(seen, qPrintable(seen ? QString() : seen.error().toString()));
    seen->acknowledgedDay = fixture::D4;
    const auto acknowledged = anaCoaching.save(seen.value(), QStringLiteral("Ana"), monday);
    QVERIFY2(acknowledged, qPrintable(acknowledged ? QString() : acknowledged.error().toString()));
    QCOMPARE(anaCoaching.load(created.value())->acknowledgedDay, fixture::D4);
    seen = anaCoaching.load(created.value());
    seen->notes = QStringLiteral("Nothing agreed");
    QVERIFY(!anaCoaching.save(seen.value(), QStringLiteral("Ana"), monday));
    QCOMPARE(anaCoaching.load(created.value())->notes, QStringLiteral("Verify before solving"));
}

HUDDLE_TEST_GUILESS_MAIN("test_roles", TestRoles)
#include "tst_roles.moc"
