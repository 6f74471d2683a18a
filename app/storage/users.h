#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace huddle::storage {

class Database;

// Who may do what in shared mode (schema level 9, resources/sql/postgresql/009_users.sql):
//  - admin: everything — plans, users, unlocking, imports;
//  - QA coach: every agent's data; scorecards, evaluations, calibration, disputes, peer review notes and
//    assignments;
//  - team leader: the agents of the teams they lead; coaching, attendance, disputes, review notes, peer
//    review assignments;
//  - agent: their own data; the conversations they are asked to peer-review and their peer reviews of them
//    (schema level 10), disputes of their evaluations, acknowledging coaching.
// Each person signs in to PostgreSQL as a role of their own, a member of the group role of their Huddle role;
// the group roles carry the table rights and row-level security limits the rows. In an SQLite file the one
// local user is the admin.
enum class UserRole { Admin, QaCoach, TeamLeader, Agent };

QString userRoleCode(UserRole role); // "admin", "qa_coach", "team_leader", "agent"
std::optional<UserRole> userRoleFromCode(const QString &code);
// The PostgreSQL group role of a Huddle role: huddle_role_admin, …
QString groupRoleName(UserRole role);
// Whether a role may add rows to a table: the server's grants (Users::setUpRoles) as the menus need to know
// them, to offer only what the server will accept. The server enforces them either way.
bool roleMayAddTo(UserRole role, const QString &table);
// Whether a role writes QA evaluations. Not the same as roleMayAddTo(role, "evaluations"): an agent may add
// evaluations too, but row security limits them to the peer reviews asked of them.
bool roleEvaluates(UserRole role);

struct HuddleUser {
    QString login; // the PostgreSQL role they sign in as
    UserRole role = UserRole::Agent;
    QString agent;     // an agent's own agent (display name)
    QStringList teams; // a team leader's teams (names)
};

class Users {
public:
    explicit Users(const Database &database);

    // Makes the four group roles when the server has none yet and grants them their rights on this database's
    // tables. Needs a role allowed to create roles, connected as the database's owner (or a superuser).
    core::Status setUpRoles() const;
    // Makes `user.login` a login role when it is new, puts it in the group role of `user.role` (and out of
    // the others) and records its agent or teams, in one transaction, audited as done by `actor`. Its
    // password is set on the server (ALTER ROLE … PASSWORD, psql's \password) or the site's authentication
    // applies. Refused on an SQLite file.
    core::Status add(const HuddleUser &user, const QString &actor) const;
    // Every recorded user, by login.
    core::Result<QList<HuddleUser>> list() const;
    // The role of whoever this connection signed in as: the database's owner is the admin; someone with no
    // Huddle role has none. Always the admin on SQLite.
    core::Result<std::optional<UserRole>> signedInRole() const;
    // The agent whoever this connection signed in as is, when they are an agent (never on SQLite).
    core::Result<std::optional<qint64>> signedInAgent() const;

private:
    core::Status requireServer() const;
    core::Result<qint64> agentNamed(const QString &name) const;
    core::Result<QList<qint64>> teamsNamed(const QStringList &names) const;

    const Database *m_database;
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::Users)
};

} // namespace huddle::storage
