-- Huddle schema, level 5: QA evaluations grown into the full workflow — scorecard guidelines and purposes,
-- evaluation kinds (QA, peer, calibration), publishing, score history, disputes, calibration sessions,
-- transcripts to annotate, and an audit log that every change to a published evaluation writes to.
--
-- A scorecard's purpose says where it is offered: 'qa' for coaches' evaluations, 'peer' for the short form
-- fellow agents use. Retired scorecards stay for the evaluations that used them but are not offered.
ALTER TABLE scorecards ADD COLUMN purpose TEXT NOT NULL DEFAULT 'qa' CHECK (purpose IN ('qa', 'peer'));
;;
ALTER TABLE scorecards ADD COLUMN channel TEXT CHECK (channel IN ('call', 'chat', 'email', 'ticket'));
;;
ALTER TABLE scorecards ADD COLUMN retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1));
;;
ALTER TABLE scorecard_versions ADD COLUMN description TEXT;
;;
-- What a good answer looks like, shown beside the criterion while scoring.
ALTER TABLE scorecard_criteria ADD COLUMN guideline TEXT;
;;
-- 'qa': a coach's evaluation, counted in QA %. 'peer': a fellow agent's review, never in QA %.
-- 'calibration': a blind score inside a calibration session, never in QA % either.
ALTER TABLE evaluations ADD COLUMN kind TEXT NOT NULL DEFAULT 'qa' CHECK (kind IN ('qa', 'peer', 'calibration'));
;;
-- UTC; NULL while a draft.
ALTER TABLE evaluations ADD COLUMN published_at TEXT;
;;
-- UTC; the last change of any kind.
ALTER TABLE evaluations ADD COLUMN updated_at TEXT;
;;
-- The QA % covering indexes gain the kind, so peer and calibration scores are skipped inside the index.
DROP INDEX evaluations_team_day;
;;
DROP INDEX evaluations_agent_day;
;;
DROP INDEX evaluations_day;
;;
CREATE INDEX evaluations_team_day ON evaluations(team_id, conversation_day, kind, status, score_pct, agent_id);
;;
CREATE INDEX evaluations_agent_day ON evaluations(agent_id, conversation_day, kind, status, score_pct, team_id);
;;
CREATE INDEX evaluations_day ON evaluations(conversation_day, kind, status, score_pct, agent_id, team_id);
;;
CREATE INDEX evaluations_version ON evaluations(scorecard_version_id);
;;
-- A peer review's note points at the peer evaluation it came with.
ALTER TABLE review_notes ADD COLUMN evaluation_id INTEGER REFERENCES evaluations(id) ON DELETE CASCADE;
;;
-- Every score an evaluation has had, oldest first: publishing, a dispute's re-score, an edit after
-- publishing. The agent and the arbitrator see how the final number came about.
CREATE TABLE evaluation_score_history (
    id            INTEGER PRIMARY KEY,
    evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
    at            TEXT NOT NULL,   -- UTC
    actor         TEXT NOT NULL,
    score_pct     REAL,
    status        TEXT NOT NULL,
    reason        TEXT
);
;;
CREATE INDEX evaluation_score_history_evaluation ON evaluation_score_history(evaluation_id, id);
;;
-- One dispute per evaluation: of the whole evaluation (criterion_id NULL) or of one criterion. Open until
-- the arbitrator decides; a decided dispute makes the evaluation final.
CREATE TABLE disputes (
    id            INTEGER PRIMARY KEY,
    evaluation_id INTEGER NOT NULL UNIQUE REFERENCES evaluations(id) ON DELETE CASCADE,
    criterion_id  INTEGER REFERENCES scorecard_criteria(id),
    raised_by     TEXT NOT NULL,
    raised_at     TEXT NOT NULL,   -- UTC
    reason        TEXT NOT NULL,
    due_at        TEXT NOT NULL,   -- UTC: the arbitrator's deadline
    outcome       TEXT CHECK (outcome IN ('accepted', 'partially_accepted', 'rejected')),
    arbitrator    TEXT,
    decided_at    TEXT,
    decision_reason TEXT,
    score_before  REAL,
    score_after   REAL,
    CHECK ((outcome IS NULL) = (decided_at IS NULL))
);
;;
CREATE INDEX disputes_open ON disputes(outcome, due_at);
;;
-- Several evaluators score the same conversations blind; nobody sees another's score until it closes.
CREATE TABLE calibration_sessions (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL,
    scorecard_version_id INTEGER NOT NULL REFERENCES scorecard_versions(id),
    created_by           TEXT NOT NULL,
    created_at           TEXT NOT NULL,   -- UTC
    closed_at            TEXT             -- UTC; NULL while open
);
;;
CREATE TABLE calibration_conversations (
    session_id      INTEGER NOT NULL REFERENCES calibration_sessions(id) ON DELETE CASCADE,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    PRIMARY KEY (session_id, conversation_id)
);
;;
CREATE TABLE calibration_evaluators (
    session_id INTEGER NOT NULL REFERENCES calibration_sessions(id) ON DELETE CASCADE,
    evaluator  TEXT NOT NULL,
    PRIMARY KEY (session_id, evaluator)
);
;;
ALTER TABLE evaluations ADD COLUMN calibration_session_id INTEGER REFERENCES calibration_sessions(id);
;;
CREATE INDEX evaluations_calibration ON evaluations(calibration_session_id, evaluator);
;;
-- A conversation's transcript, line by line, so an annotation can point at the exact line.
CREATE TABLE transcript_lines (
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    line_no         INTEGER NOT NULL,   -- 1-based
    offset_s        INTEGER,            -- seconds into the call, when known
    speaker         TEXT NOT NULL,      -- 'agent', 'customer' or 'system'
    body            TEXT NOT NULL,
    PRIMARY KEY (conversation_id, line_no)
);
;;
-- Who changed what and when. Written in the same transaction as the change it records.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,      -- UTC
    actor     TEXT NOT NULL,
    entity    TEXT NOT NULL,      -- 'evaluation', 'dispute', 'scorecard', 'calibration_session', …
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL,      -- 'publish', 'edit', 'dispute', 'resolve', …
    detail    TEXT                -- JSON: what changed, before and after
);
;;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, id);
;;
INSERT INTO settings (key, value) VALUES ('qa_sample_per_agent_week', '2');
;;
-- Days after publishing in which an evaluation can be disputed, and days the arbitrator has to decide.
INSERT INTO settings (key, value) VALUES ('dispute_window_days', '7');
;;
INSERT INTO settings (key, value) VALUES ('dispute_decision_days', '5');
