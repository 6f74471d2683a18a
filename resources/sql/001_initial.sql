-- Huddle schema, level 1. Dates are 'YYYY-MM-DD' in the site's time zone; instants are ISO-8601 UTC
-- ('YYYY-MM-DDTHH:MM:SSZ'); durations are integer seconds; money is integer cents.
-- Statements are separated by a line holding only ';;' so the runner never has to parse SQL.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
;;
CREATE TABLE teams (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
;;
CREATE TABLE agents (
    id           INTEGER PRIMARY KEY,
    external_ref TEXT UNIQUE,
    display_name TEXT NOT NULL,
    hire_date    TEXT,
    status       TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'leave', 'left'))
);
;;
-- Team history: agents move teams, and a period's figures use the team they were in then.
CREATE TABLE team_memberships (
    id         INTEGER PRIMARY KEY,
    agent_id   INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    team_id    INTEGER NOT NULL REFERENCES teams(id),
    valid_from TEXT NOT NULL,
    valid_to   TEXT,             -- exclusive; NULL while current
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
;;
CREATE INDEX team_memberships_agent ON team_memberships(agent_id, valid_from);
;;
CREATE TABLE conversations (
    id             INTEGER PRIMARY KEY,
    source         TEXT NOT NULL,
    external_id    TEXT NOT NULL,
    channel        TEXT NOT NULL CHECK (channel IN ('call', 'chat', 'email', 'ticket')),
    queue          TEXT,
    agent_id       INTEGER REFERENCES agents(id),
    team_id        INTEGER REFERENCES teams(id),
    customer_id    TEXT,
    started_at     TEXT NOT NULL,
    day            TEXT NOT NULL,
    answered       INTEGER NOT NULL CHECK (answered IN (0, 1)),
    wait_s         INTEGER,
    talk_s         INTEGER,
    hold_s         INTEGER,
    acw_s          INTEGER,
    total_handle_s INTEGER,      -- as exported, when the export gives a total
    handle_s       INTEGER,      -- effective handle time (core::effectiveHandleTime)
    handle_basis   TEXT,         -- 'total', 'components' or 'talk_only'
    resolved       INTEGER CHECK (resolved IN (0, 1)),  -- as exported
    -- Without an exported flag, FCR is inferred: 1 when the same customer made no new contact within the
    -- FCR window (setting fcr_window_days, default 7), 0 when they did, NULL while the data does not yet
    -- reach the end of the window (storage/fcrinference.cpp keeps it current on every write).
    fcr_inferred   INTEGER CHECK (fcr_inferred IN (0, 1)),
    transcript_ref TEXT,
    -- The customer's survey answer, on the conversation it belongs to, so it is credited to whoever
    -- handled it and KPI queries read it from the same covering index as the durations.
    csat_score     INTEGER,
    csat_scale_min INTEGER,
    csat_scale_max INTEGER,
    nps_score      INTEGER CHECK (nps_score BETWEEN 0 AND 10),
    surveyed_at    TEXT,
    UNIQUE (source, external_id),
    CHECK (csat_score IS NULL OR csat_score BETWEEN csat_scale_min AND csat_scale_max)
);
;;
-- Covering indexes: the KPI aggregates for a team or an agent over a period read only the index.
CREATE INDEX conversations_team_day ON conversations(team_id, day, agent_id, answered, handle_s, handle_basis, wait_s, resolved, fcr_inferred, csat_scale_min, csat_scale_max, csat_score, nps_score);
;;
CREATE INDEX conversations_agent_day ON conversations(agent_id, day, team_id, answered, handle_s, handle_basis, wait_s, resolved, fcr_inferred, csat_scale_min, csat_scale_max, csat_score, nps_score);
;;
CREATE INDEX conversations_day ON conversations(day, agent_id, team_id, answered, handle_s, handle_basis, wait_s, resolved, fcr_inferred, csat_scale_min, csat_scale_max, csat_score, nps_score);
;;
CREATE INDEX conversations_started ON conversations(started_at);
;;
CREATE INDEX conversations_customer ON conversations(customer_id, started_at);
;;
CREATE TABLE sales (
    id              INTEGER PRIMARY KEY,
    agent_id        INTEGER NOT NULL REFERENCES agents(id),
    conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
    day             TEXT NOT NULL,
    product         TEXT,
    tier            TEXT,
    amount_cents    INTEGER NOT NULL
);
;;
-- Covering for the KPI sums.
CREATE INDEX sales_agent_day ON sales(agent_id, day, amount_cents);
;;
CREATE TABLE attendance (
    id             INTEGER PRIMARY KEY,
    agent_id       INTEGER NOT NULL REFERENCES agents(id),
    day            TEXT NOT NULL,
    shift_start    TEXT,
    shift_minutes  INTEGER NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('present', 'late', 'excused', 'unexcused', 'ncns')),
    late_minutes   INTEGER NOT NULL DEFAULT 0,
    adherence_pct  REAL,
    UNIQUE (agent_id, day)
);
;;
CREATE TABLE scorecards (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
;;
-- An evaluation keeps the version it was scored with, so editing a scorecard never rescores history.
CREATE TABLE scorecard_versions (
    id           INTEGER PRIMARY KEY,
    scorecard_id INTEGER NOT NULL REFERENCES scorecards(id),
    version      INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    UNIQUE (scorecard_id, version)
);
;;
CREATE TABLE scorecard_sections (
    id         INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES scorecard_versions(id),
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL
);
;;
CREATE TABLE scorecard_criteria (
    id         INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES scorecard_sections(id),
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    weight     REAL NOT NULL CHECK (weight > 0),
    kind       TEXT NOT NULL CHECK (kind IN ('yes_no', 'scale_1_5')),
    auto_fail  INTEGER NOT NULL DEFAULT 0,
    na_allowed INTEGER NOT NULL DEFAULT 1
);
;;
CREATE TABLE evaluations (
    id                   INTEGER PRIMARY KEY,
    conversation_id      INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    -- Copies of the evaluated conversation's handler, team and day (kept in step by the trigger below),
    -- so KPI queries over a team's year read this table alone instead of probing every conversation.
    agent_id             INTEGER NOT NULL REFERENCES agents(id),
    team_id              INTEGER REFERENCES teams(id),
    conversation_day     TEXT NOT NULL,
    evaluator            TEXT NOT NULL,
    scorecard_version_id INTEGER NOT NULL REFERENCES scorecard_versions(id),
    status               TEXT NOT NULL CHECK (status IN ('draft', 'published', 'disputed', 'final')),
    score_pct            REAL,   -- core::qaScorePct of the answers
    created_at           TEXT NOT NULL,
    comment              TEXT
);
;;
CREATE INDEX evaluations_team_day ON evaluations(team_id, conversation_day, status, score_pct, agent_id);
;;
CREATE INDEX evaluations_agent_day ON evaluations(agent_id, conversation_day, status, score_pct, team_id);
;;
CREATE INDEX evaluations_day ON evaluations(conversation_day, status, score_pct, agent_id, team_id);
;;
-- Cascading deletes go from a conversation to its evaluations and sales.
CREATE INDEX evaluations_conversation ON evaluations(conversation_id);
;;
CREATE INDEX sales_conversation ON sales(conversation_id);
;;
CREATE TABLE evaluation_answers (
    evaluation_id  INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
    criterion_id   INTEGER NOT NULL REFERENCES scorecard_criteria(id),
    not_applicable INTEGER NOT NULL DEFAULT 0,
    points         INTEGER,
    comment        TEXT,
    PRIMARY KEY (evaluation_id, criterion_id)
);
;;
-- A mistake pinned to a moment: a second of the call or a line of the transcript.
CREATE TABLE annotations (
    id            INTEGER PRIMARY KEY,
    evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
    criterion_id  INTEGER REFERENCES scorecard_criteria(id),
    anchor_kind   TEXT NOT NULL CHECK (anchor_kind IN ('second', 'line')),
    anchor_value  INTEGER NOT NULL,
    body          TEXT NOT NULL
);
;;
-- Short notes by a fellow agent or a coach on a conversation; shown beside the agent's KPIs.
CREATE TABLE review_notes (
    id                INTEGER PRIMARY KEY,
    conversation_id   INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    reviewer          TEXT NOT NULL,
    reviewer_agent_id INTEGER REFERENCES agents(id),
    created_at        TEXT NOT NULL,
    day               TEXT NOT NULL,  -- the day the note was written
    body              TEXT NOT NULL,
    -- Copies of the reviewed conversation's handler, team and day, as for evaluations.
    agent_id          INTEGER REFERENCES agents(id),
    team_id           INTEGER REFERENCES teams(id),
    conversation_day  TEXT NOT NULL
);
;;
CREATE INDEX review_notes_conversation ON review_notes(conversation_id);
;;
CREATE INDEX review_notes_team_day ON review_notes(team_id, conversation_day);
;;
CREATE INDEX review_notes_agent_day ON review_notes(agent_id, conversation_day);
;;
CREATE INDEX review_notes_day ON review_notes(conversation_day);
;;
-- When a conversation is corrected (re-imported with another agent, team or day), its evaluations and
-- review notes follow, so the copies above never disagree with it.
-- An evaluation keeps its agent when the conversation loses its handler (re-filed as abandoned).
CREATE TRIGGER conversations_followers AFTER UPDATE OF agent_id, team_id, day ON conversations
    WHEN OLD.agent_id IS NOT NEW.agent_id OR OLD.team_id IS NOT NEW.team_id OR OLD.day IS NOT NEW.day
BEGIN
    UPDATE evaluations SET agent_id = COALESCE(NEW.agent_id, agent_id), team_id = NEW.team_id,
        conversation_day = NEW.day
        WHERE conversation_id = NEW.id;
    UPDATE review_notes SET agent_id = NEW.agent_id, team_id = NEW.team_id, conversation_day = NEW.day
        WHERE conversation_id = NEW.id;
END
;;
CREATE TABLE coaching_sessions (
    id             INTEGER PRIMARY KEY,
    agent_id       INTEGER NOT NULL REFERENCES agents(id),
    coach          TEXT NOT NULL,
    day            TEXT NOT NULL,
    focus_kpis     TEXT,       -- comma-separated KPI codes
    notes          TEXT,
    acknowledged   INTEGER NOT NULL DEFAULT 0,
    follow_up_day  TEXT
);
;;
CREATE TABLE coaching_actions (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES coaching_sessions(id) ON DELETE CASCADE,
    body       TEXT NOT NULL,
    owner      TEXT,
    due_day    TEXT,
    done       INTEGER NOT NULL DEFAULT 0
);
;;
INSERT INTO settings (key, value) VALUES ('application', 'huddle');
;;
INSERT INTO settings (key, value) VALUES ('site_time_zone', 'UTC');
;;
INSERT INTO settings (key, value) VALUES ('fcr_window_days', '7');
