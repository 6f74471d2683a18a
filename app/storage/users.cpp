#include "users.h"
#include "translation.h"

#include "auditlog.h"
#include "database.h"
#include "sqltransaction.h"
#include "sqlutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace huddle::storage {

namespace {

constexpr UserRole allRoles[] = {UserRole::Admin, UserRole::QaCoach, UserRole::TeamLeader, UserRole::Agent};

// What each role may change besides reading everything its rows allow (every role reads every table, and
// appends to the audit log its changes write). The admin may change every table.
QStringList writableTables(UserRole role)
{
    switch (role) {
    case UserRole::Admin:
        return {};
    case UserRole::QaCoach:
        return {QStringLiteral("scorecards"),
                QStringLiteral("scorecard_versions"),
                QStringLiteral("scorecard_sections"),
                QStringLiteral("scorecard_criteria"),
                QStringLiteral("evaluations"),
                QStringLiteral("evaluation_answers"),
                QStringLiteral("annotations"),
                QStringLiteral("evaluation_score_history"),
                QStringLiteral("disputes"),
                QStringLiteral("calibration_sessions"),
                QStringLiteral("calibration_conversations"),
                QStringLiteral("calibration_evaluators"),
                QStringLiteral("review_notes"),
                QStringLiteral("peer_review_assignments")};
    case UserRole::TeamLeader:
        return {QStringLiteral("coaching_sessions"),
                QStringLiteral("coaching_actions"),
                QStringLiteral("coaching_homework"),
                QStringLiteral("coaching_agenda_items"),
                QStringLiteral("phrases"),
                QStringLiteral("attendance"),
                QStringLiteral("disputes"),
                QStringLiteral("review_notes"),
                QStringLiteral("peer_review_assignments")};
    case UserRole::Agent:
        return {};
    }
    return {};
}

// An agent adds peer review notes and disputes, and acknowledges their coaching sessions (a column grant);
// and, for the peer reviews asked of them (and the score history line of their dispute), evaluations and the
// rows under them. Row security limits those to exactly that
// (resources/sql/postgresql/010_peer_review_assignments.sql).
const QStringList &agentInsertableTables()
{
    static const QStringList tables{
        QStringLiteral("review_notes"), QStringLiteral("disputes"),
        QStringLiteral("evaluations"),  QStringLiteral("evaluation_answers"),
        QStringLiteral("annotations"),  QStringLiteral("evaluation_score_history")};
    return tables;
}

// A role name Huddle writes into SQL itself: plain lower-case identifiers only, so it never needs quoting.
bool isPlainIdentifier(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return plain.match(name).hasMatch();
}

core::Status run(QSqlDatabase db, const QString &sql, const QString &what)
{
    QSqlQuery q(db);
    return execute(q, sql, what);
}

core::Result<bool> roleExists(QSqlDatabase db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q, QStringLiteral("looking up role %1").arg(name));
    return q.next();
}

// The huddle_role_* group roles `login` is a member of.
core::Result<QStringList> groupRolesOf(QSqlDatabase db, const QString &login)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN"
                       " pg_roles u ON u.oid = m.member WHERE u.rolname = ? AND g.rolname LIKE"
                       " 'huddle!_role!_%' ESCAPE '!'"));
    q.addBindValue(login);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the roles of %1").arg(login));
    QStringList groups;
    while (q.next())
        groups.append(q.value(0).toString());
    return groups;
}

} // namespace

QString userRoleCode(UserRole role)
{
    switch (role) {
    case UserRole::Admin:
        return QStringLiteral("admin");
    case UserRole::QaCoach:
        return QStringLiteral("qa_coach");
    case UserRole::TeamLeader:
        return QStringLiteral("team_leader");
    case UserRole::Agent:
        return QStringLiteral("agent");
    }
    return {};
}

std::optional<UserRole> userRoleFromCode(const QString &code)
{
    for (const UserRole role : allRoles) {
        if (userRoleCode(role) == code)
            return role;
    }
    return std::nullopt;
}

QString groupRoleName(UserRole role)
{
    return QStringLiteral("huddle_role_") + userRoleCode(role);
}

bool roleMayAddTo(UserRole role, const QString &table)
{
    if (table == QLatin1String("audit_log"))
        return true; // every role records the changes it makes
    switch (role) {
    case UserRole::Admin:
        return true;
    case UserRole::QaCoach:
    case UserRole::TeamLeader:
        return writableTables(role).contains(table);
    case UserRole::Agent:
        return agentInsertableTables().contains(table);
    }
    return false;
}

bool roleEvaluates(UserRole role)
{
    return role == UserRole::Admin || role == UserRole::QaCoach;
}

Users::Users(const Database &database)
    : m_database(&database)
{
}

core::Status Users::requireServer() const
{
    if (m_database->dialect() != Dialect::PostgreSQL)
        return core::Error{
            tr("users and roles are for a database on a PostgreSQL server; in a database file the "
               "one local user is the admin"),
            {}};
    return core::Done{};
}

core::Status Users::setUpRoles() const
{
    if (auto status = requireServer(); !status)
        return status;
    QSqlDatabase db = m_database->connection();
    const QString what = tr("setting up the roles");
    for (const UserRole role : allRoles) {
        const auto exists = roleExists(db, groupRoleName(role));
        if (!exists)
            return exists.error();
        if (!exists.value()) {
            if (auto status =
                    run(db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(groupRoleName(role)), what);
                !status)
                return status;
        }
    }
    QStringList groups;
    for (const UserRole role : allRoles)
        groups.append(groupRoleName(role));
    const QString everyone = groups.join(QStringLiteral(", "));
    QStringList grants{
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2"),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2"),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2"),
        QStringLiteral("GRANT INSERT ON audit_log TO %2"),
        // Each entry is chained as it is written; row security lets only an unchained entry's hash be set.
        QStringLiteral("GRANT UPDATE (prev_hash, hash) ON audit_log TO %2"),
        QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA %1 TO huddle_role_admin"),
        // Tables and sequences later migrations add (run as the same owner) get the same reading rights.
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT ON TABLES TO %2"),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT USAGE, SELECT ON SEQUENCES TO %2"),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT ALL ON TABLES TO huddle_role_admin"),
        // An agent writes peer review notes and disputes, and acknowledges their coaching sessions.
        QStringLiteral("GRANT INSERT ON ") + agentInsertableTables().join(QStringLiteral(", ")) +
            QStringLiteral(" TO huddle_role_agent"),
        QStringLiteral("GRANT UPDATE (acknowledged, acknowledged_day, updated_at) ON coaching_sessions TO "
                       "huddle_role_agent"),
        // A peer review's evaluation is drafted, then published; its answers and notes are replaced on the
        // way.
        QStringLiteral("GRANT UPDATE ON evaluations TO huddle_role_agent"),
        QStringLiteral("GRANT UPDATE, DELETE ON evaluation_answers, annotations TO huddle_role_agent"),
    };
    for (const UserRole role : {UserRole::QaCoach, UserRole::TeamLeader})
        grants.append(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2")
                          .arg(writableTables(role).join(QStringLiteral(", ")), groupRoleName(role)));
    return inTransaction(db, what, [&]() -> core::Status {
        QSqlQuery schema(db);
        if (!schema.exec(QStringLiteral("SELECT current_schema()")) || !schema.next())
            return sqlError(schema, what);
        for (const QString &grant : std::as_const(grants)) {
            if (auto status = run(db,
                                  QString(grant)
                                      .replace(QLatin1String("%1"), schema.value(0).toString())
                                      .replace(QLatin1String("%2"), everyone),
                                  what);
                !status)
                return status;
        }
        return core::Done{};
    });
}

core::Result<qint64> Users::agentNamed(const QString &name) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT id FROM agents WHERE display_name = ? ORDER BY id"));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q, tr("looking up agent %1").arg(name));
    if (!q.next())
        return core::Error{tr("there is no agent named '%1'").arg(name), {}};
    const qint64 id = q.value(0).toLongLong();
    if (q.next())
        return core::Error{tr("more than one agent is named '%1'").arg(name), {}};
    return id;
}

core::Result<QList<qint64>> Users::teamsNamed(const QStringList &names) const
{
    QList<qint64> ids;
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT id FROM teams WHERE name = ?"));
    for (const QString &name : names) {
        q.addBindValue(name);
        if (!q.exec())
            return sqlError(q, tr("looking up team %1").arg(name));
        if (!q.next())
            return core::Error{tr("there is no team named '%1'").arg(name), {}};
        ids.append(q.value(0).toLongLong());
    }
    return ids;
}

core::Status Users::add(const HuddleUser &user, const QString &actor) const
{
    if (auto status = requireServer(); !status)
        return status;
    if (!isPlainIdentifier(user.login))
        return core::Error{tr("'%1' cannot be a login: use lower-case letters, digits and _, starting with a "
                              "letter or _")
                               .arg(user.login),
                           {}};
    if (user.login.startsWith(QLatin1String("huddle_role_")))
        return core::Error{tr("'%1' is the name of a group role").arg(user.login), {}};
    if (user.role == UserRole::Agent && user.agent.isEmpty())
        return core::Error{tr("an agent's login needs the agent it belongs to"), {}};
    if (user.role == UserRole::TeamLeader && user.teams.isEmpty())
        return core::Error{tr("a team leader's login needs the teams they lead"), {}};
    std::optional<qint64> agent;
    if (!user.agent.isEmpty()) {
        auto id = agentNamed(user.agent);
        if (!id)
            return id.error();
        agent = id.value();
    }
    auto teams = teamsNamed(user.teams);
    if (!teams)
        return teams.error();
    if (auto status = setUpRoles(); !status)
        return status;
    QSqlDatabase db = m_database->connection();
    const QString what = tr("adding user %1").arg(user.login);
    return inTransaction(db, what, [&]() -> core::Status {
        const auto exists = roleExists(db, user.login);
        if (!exists)
            return exists.error();
        if (!exists.value()) {
            if (auto status = run(db, QStringLiteral("CREATE ROLE %1 LOGIN").arg(user.login), what); !status)
                return status;
        }
        // Out of the group roles it was in before (revoking one it is not in would only warn), into its own.
        const auto memberOf = groupRolesOf(db, user.login);
        if (!memberOf)
            return memberOf.error();
        for (const QString &group : memberOf.value()) {
            if (group == groupRoleName(user.role))
                continue;
            if (auto status = run(db, QStringLiteral("REVOKE %1 FROM %2").arg(group, user.login), what);
                !status)
                return status;
        }
        if (auto status =
                run(db, QStringLiteral("GRANT %1 TO %2").arg(groupRoleName(user.role), user.login), what);
            !status)
            return status;
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO huddle_users (login, role, agent_id) VALUES (?, ?, ?) ON CONFLICT"
                           " (login) DO UPDATE SET role = excluded.role, agent_id = excluded.agent_id"));
        q.addBindValue(user.login);
        q.addBindValue(userRoleCode(user.role));
        q.addBindValue(agent ? QVariant(*agent) : QVariant());
        if (auto status = execute(q, what); !status)
            return status;
        q.prepare(QStringLiteral("DELETE FROM huddle_user_teams WHERE login = ?"));
        q.addBindValue(user.login);
        if (auto status = execute(q, what); !status)
            return status;
        q.prepare(QStringLiteral("INSERT INTO huddle_user_teams (login, team_id) VALUES (?, ?)"));
        for (const qint64 team : teams.value()) {
            q.addBindValue(user.login);
            q.addBindValue(team);
            if (auto status = execute(q, what); !status)
                return status;
        }
        QJsonObject detail{{QStringLiteral("login"), user.login},
                           {QStringLiteral("role"), userRoleCode(user.role)}};
        if (!user.agent.isEmpty())
            detail.insert(QStringLiteral("agent"), user.agent);
        if (!user.teams.isEmpty())
            detail.insert(QStringLiteral("teams"), QJsonArray::fromStringList(user.teams));
        return AuditLog(*m_database).append(actor, QStringLiteral("user"), 0, QStringLiteral("set"), detail);
    });
}

core::Result<QList<HuddleUser>> Users::list() const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(QStringLiteral("SELECT u.login, u.role, a.display_name, t.name FROM huddle_users u LEFT JOIN"
                               " agents a ON a.id = u.agent_id LEFT JOIN huddle_user_teams ut ON ut.login ="
                               " u.login LEFT JOIN teams t ON t.id = ut.team_id ORDER BY u.login, t.name")))
        return sqlError(q, tr("listing the users"));
    QList<HuddleUser> users;
    while (q.next()) {
        const QString login = q.value(0).toString();
        if (users.isEmpty() || users.constLast().login != login)
            users.append({login,
                          userRoleFromCode(q.value(1).toString()).value_or(UserRole::Agent),
                          q.value(2).toString(),
                          {}});
        if (!q.isNull(3))
            users.last().teams.append(q.value(3).toString());
    }
    return users;
}

core::Result<std::optional<UserRole>> Users::signedInRole() const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(QStringLiteral("SELECT role FROM huddle_me")))
        return sqlError(q, tr("reading the signed-in role"));
    if (!q.next())
        return std::optional<UserRole>();
    return userRoleFromCode(q.value(0).toString());
}

core::Result<std::optional<qint64>> Users::signedInAgent() const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(QStringLiteral("SELECT agent_id FROM huddle_me WHERE agent_id IS NOT NULL")))
        return sqlError(q, tr("reading who is signed in"));
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

} // namespace huddle::storage
