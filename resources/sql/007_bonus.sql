-- Huddle schema, level 7: monthly bonus plans, locked months and a tamper-evident audit log.
-- Months are 'YYYY-MM' in the site's time zone (the days of conversations, sales and attendance already are).

-- Bonus plans per team, with the site's plan (team_id NULL) as the fallback. Every save is a new version;
-- the version in force for a month is the newest one whose valid_from is not after the month. The definition
-- is the plan's JSON (core::BonusPlan::toJson), so a plan moves between sites unchanged.
CREATE TABLE bonus_plans (
    id         INTEGER PRIMARY KEY,
    team_id    INTEGER REFERENCES teams(id) ON DELETE CASCADE,
    valid_from TEXT NOT NULL,       -- 'YYYY-MM'
    version    INTEGER NOT NULL,    -- 1, 2, … per scope (team or site)
    definition TEXT NOT NULL,
    created_at TEXT NOT NULL,       -- UTC
    created_by TEXT NOT NULL,
    note       TEXT
);
;;
CREATE UNIQUE INDEX bonus_plans_scope_version ON bonus_plans(COALESCE(team_id, 0), version);
;;
CREATE INDEX bonus_plans_scope_month ON bonus_plans(COALESCE(team_id, 0), valid_from, version);
;;
-- A month's bonus results frozen after review. A lock is never deleted: unlocking stamps it, and locking
-- again adds a new row, so the history of a month's locks stays readable.
CREATE TABLE bonus_locks (
    id            INTEGER PRIMARY KEY,
    month         TEXT NOT NULL,     -- 'YYYY-MM'
    locked_at     TEXT NOT NULL,     -- UTC
    locked_by     TEXT NOT NULL,
    reason        TEXT NOT NULL,
    plans         TEXT NOT NULL,     -- JSON: the plan versions used, per team
    csv_sha256    TEXT NOT NULL,     -- SHA-256 of the month's CSV export at the moment of locking
    total_cents   INTEGER NOT NULL,
    unlocked_at   TEXT,              -- UTC; NULL while the lock holds
    unlocked_by   TEXT,
    unlock_reason TEXT
);
;;
-- At most one lock in force per month.
CREATE UNIQUE INDEX bonus_locks_active ON bonus_locks(month) WHERE unlocked_at IS NULL;
;;
-- The frozen results of a lock: one row per agent × line (component, gate, cap, adjustment), with the agent's
-- name and team as they were, the explanation as shown and the inputs behind it as JSON.
CREATE TABLE bonus_lock_lines (
    lock_id      INTEGER NOT NULL REFERENCES bonus_locks(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,   -- order in the report
    agent_id     INTEGER NOT NULL REFERENCES agents(id),
    agent_name   TEXT NOT NULL,
    team_id      INTEGER REFERENCES teams(id),
    team_name    TEXT NOT NULL,
    line_kind    TEXT NOT NULL CHECK (line_kind IN ('component', 'gate', 'cap', 'adjustment')),
    line_id      TEXT NOT NULL,      -- the component's or gate's id, 'cap', or 'adjustment:YYYY-MM'
    label        TEXT NOT NULL,
    explanation  TEXT NOT NULL,
    inputs       TEXT NOT NULL,      -- JSON
    evidence     TEXT NOT NULL,      -- which rows are behind it: 'csat', 'sales', 'attendance', 'qa', 'kpi', 'none'
    amount_cents INTEGER NOT NULL,
    PRIMARY KEY (lock_id, position)
);
;;
CREATE INDEX bonus_lock_lines_agent ON bonus_lock_lines(agent_id, lock_id);
;;
-- Hash chain: each entry's hash is the SHA-256 of its own fields and the previous entry's hash, so editing or
-- removing an entry breaks every hash after it (storage/auditlog.cpp says exactly what is hashed). Entries
-- written before this level are chained when the database is first opened at this level.
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
;;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
;;
-- The money shown in reports: ISO 4217 code of the site's currency.
INSERT INTO settings (key, value) VALUES ('currency', 'USD');
