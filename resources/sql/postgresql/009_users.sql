-- PostgreSQL twin of ../009_users.sql: the same tables; here the views read the signed-in role
-- (session_user) and row-level security applies them (https://www.postgresql.org/docs/15/ddl-rowsecurity.html).
-- The database's owner is not subject to it (nor are superusers): Huddle's own connection as the owner is the
-- admin, as is the one user of an SQLite file. Group roles and grants are made by `huddle-cli users`, which
-- needs a role that may create roles; migrations run as the owner, who may not.
CREATE TABLE huddle_users (
    login    TEXT PRIMARY KEY,
    role     TEXT NOT NULL CHECK (role IN ('admin', 'qa_coach', 'team_leader', 'agent')),
    agent_id BIGINT REFERENCES agents(id),
    CHECK (role <> 'agent' OR agent_id IS NOT NULL)
);
;;
CREATE TABLE huddle_user_teams (
    login   TEXT NOT NULL REFERENCES huddle_users(login) ON DELETE CASCADE,
    team_id BIGINT NOT NULL REFERENCES teams(id),
    PRIMARY KEY (login, team_id)
);
;;
-- Views run with their owner's rights, so these read huddle_users and team_memberships whoever asks; the
-- policies below ask through them.
CREATE VIEW huddle_me AS
SELECT u.role, u.agent_id FROM huddle_users u WHERE u.login = session_user
UNION ALL
SELECT 'admin', NULL WHERE NOT EXISTS (SELECT 1 FROM huddle_users WHERE login = session_user)
    AND pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER');
;;
-- Admins and QA coaches see every agent; a team leader the agents who ever were in a team they lead; an agent
-- themself.
CREATE VIEW huddle_visible_agents AS
SELECT a.id AS agent_id FROM agents a, huddle_me me
WHERE me.role IN ('admin', 'qa_coach')
   OR (me.role = 'agent' AND a.id = me.agent_id)
   OR (me.role = 'team_leader' AND EXISTS (
          SELECT 1 FROM team_memberships m JOIN huddle_user_teams t ON t.team_id = m.team_id
          WHERE m.agent_id = a.id AND t.login = session_user));
;;
-- Rows of no agent (an unanswered call, say) are for those who see every agent.
CREATE FUNCTION huddle_sees_agent(agent BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN agent IS NULL THEN EXISTS (SELECT 1 FROM huddle_me WHERE role IN ('admin', 'qa_coach'))
                ELSE agent IN (SELECT agent_id FROM huddle_visible_agents) END
$$;
;;
-- Rows of an agent: seen by whoever sees that agent.
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['conversations', 'agent_day_stats', 'sales', 'attendance', 'evaluations',
                             'coaching_sessions', 'bonus_lock_lines'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY huddle_rows ON %I USING (huddle_sees_agent(agent_id))', t);
    END LOOP;
END
$$;
;;
-- A peer review note is seen by whoever sees the reviewed agent, and by the agent who wrote it.
ALTER TABLE review_notes ENABLE ROW LEVEL SECURITY;
;;
CREATE POLICY huddle_rows ON review_notes
    USING (huddle_sees_agent(agent_id) OR reviewer_agent_id IN (SELECT agent_id FROM huddle_me))
    WITH CHECK (huddle_sees_agent(agent_id) OR reviewer_agent_id IN (SELECT agent_id FROM huddle_me));
;;
-- Rows that belong to a conversation, an evaluation or a coaching session: seen with their parent (the
-- subquery is itself filtered by the parent's policy). Each entry: table, its parent's key column, parent.
DO $$
DECLARE
    child TEXT[];
BEGIN
    FOREACH child SLICE 1 IN ARRAY ARRAY[
        ['transcript_lines', 'conversation_id', 'conversations'],
        ['evaluation_answers', 'evaluation_id', 'evaluations'],
        ['annotations', 'evaluation_id', 'evaluations'],
        ['evaluation_score_history', 'evaluation_id', 'evaluations'],
        ['disputes', 'evaluation_id', 'evaluations'],
        ['coaching_actions', 'session_id', 'coaching_sessions'],
        ['coaching_homework', 'session_id', 'coaching_sessions'],
        ['coaching_agenda_items', 'session_id', 'coaching_sessions']] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', child[1]);
        EXECUTE format('CREATE POLICY huddle_rows ON %I USING (%I IN (SELECT id FROM %I))', child[1], child[2],
                       child[3]);
    END LOOP;
END
$$;
