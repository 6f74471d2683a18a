-- Huddle schema, level 9: who may do what in shared mode. On PostgreSQL (postgresql/009_users.sql) each person
-- signs in as a database role of their own, a member of one of the group roles huddle_admin, huddle_qa_coach,
-- huddle_team_leader or huddle_agent (made and granted by `huddle-cli users`, storage/users.h); these tables
-- say which agent an agent is and which teams a team leader leads, and row-level security lets each see only
-- that. In an SQLite file the one local user is the admin: the tables stay empty and the two views show
-- everything.
CREATE TABLE huddle_users (
    login    TEXT PRIMARY KEY,   -- the database role the person signs in as
    role     TEXT NOT NULL CHECK (role IN ('admin', 'qa_coach', 'team_leader', 'agent')),
    agent_id INTEGER REFERENCES agents(id),   -- an agent's own agent
    CHECK (role <> 'agent' OR agent_id IS NOT NULL)
);
;;
CREATE TABLE huddle_user_teams (
    login   TEXT NOT NULL REFERENCES huddle_users(login) ON DELETE CASCADE,
    team_id INTEGER NOT NULL REFERENCES teams(id),
    PRIMARY KEY (login, team_id)
);
;;
-- The signed-in person's role (one row; no row: not a Huddle user).
CREATE VIEW huddle_me AS SELECT 'admin' AS role, NULL AS agent_id;
;;
-- The agents whose rows the signed-in person may see.
CREATE VIEW huddle_visible_agents AS SELECT id AS agent_id FROM agents;
