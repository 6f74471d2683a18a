-- Huddle schema, level 6: coaching sessions grown into the team leader's workflow — a life cycle (planned,
-- held, closed), an agenda proposed from the data with notes per item, action items with a done date, the
-- conversations discussed, a shared phrase library whose entries are set as homework, and the acknowledgement
-- date. The attendance warning ladder is a setting (JSON); absent means the built-in ladder.
--
-- Sessions written before this level were records of sessions already held: they become 'closed'.
ALTER TABLE coaching_sessions ADD COLUMN status TEXT NOT NULL DEFAULT 'closed'
    CHECK (status IN ('planned', 'held', 'closed'));
;;
-- The day the agent acknowledged the session (checkbox + date); NULL while not acknowledged.
ALTER TABLE coaching_sessions ADD COLUMN acknowledged_day TEXT;
;;
-- UTC; when the session was planned and last changed.
ALTER TABLE coaching_sessions ADD COLUMN created_at TEXT;
;;
ALTER TABLE coaching_sessions ADD COLUMN updated_at TEXT;
;;
CREATE INDEX coaching_sessions_agent_day ON coaching_sessions(agent_id, day);
;;
CREATE INDEX coaching_sessions_day ON coaching_sessions(day);
;;
CREATE INDEX coaching_sessions_follow_up ON coaching_sessions(follow_up_day) WHERE follow_up_day IS NOT NULL;
;;
-- An agenda item as proposed at planning time (or added by the team leader). Title and detail are frozen
-- then, so the summary shows what was on the table even after the data behind it changes. The references
-- let the session open what an item is about.
CREATE TABLE coaching_agenda_items (
    id              INTEGER PRIMARY KEY,
    session_id      INTEGER NOT NULL REFERENCES coaching_sessions(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    kind            TEXT NOT NULL
        CHECK (kind IN ('kpi', 'attendance', 'mistake', 'conversation', 'peer_note', 'action', 'custom')),
    title           TEXT NOT NULL,
    detail          TEXT NOT NULL DEFAULT '',
    kpi             TEXT,
    conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
    action_id       INTEGER REFERENCES coaching_actions(id) ON DELETE SET NULL,
    notes           TEXT NOT NULL DEFAULT '',
    discussed       INTEGER NOT NULL DEFAULT 0 CHECK (discussed IN (0, 1))
);
;;
CREATE INDEX coaching_agenda_session ON coaching_agenda_items(session_id, position);
;;
ALTER TABLE coaching_actions ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
;;
-- The day an action was marked done; NULL while open.
ALTER TABLE coaching_actions ADD COLUMN done_day TEXT;
;;
CREATE INDEX coaching_actions_session ON coaching_actions(session_id, position);
;;
CREATE INDEX coaching_actions_open ON coaching_actions(due_day) WHERE done = 0;
;;
-- A script rewrite: the longer phrase agents use and the shorter one that works better, tagged by situation
-- (comma-separated tags), with whether and how its effect on CSAT was checked. Retired phrases stay for the
-- sessions that set them as homework.
CREATE TABLE phrases (
    id           INTEGER PRIMARY KEY,
    longer       TEXT NOT NULL,
    shorter      TEXT NOT NULL,
    situations   TEXT NOT NULL DEFAULT '',
    csat_checked INTEGER NOT NULL DEFAULT 0 CHECK (csat_checked IN (0, 1)),
    csat_note    TEXT NOT NULL DEFAULT '',
    created_by   TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    retired      INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);
;;
CREATE TABLE coaching_homework (
    session_id INTEGER NOT NULL REFERENCES coaching_sessions(id) ON DELETE CASCADE,
    phrase_id  INTEGER NOT NULL REFERENCES phrases(id),
    PRIMARY KEY (session_id, phrase_id)
);
;;
-- Days before and after a session over which its effect on each focus KPI is measured.
INSERT INTO settings (key, value) VALUES ('coaching_effect_days', '14');
;;
-- Days of the rolling window in which attendance violations count towards the warning ladder.
INSERT INTO settings (key, value) VALUES ('attendance_ladder_window_days', '365');
