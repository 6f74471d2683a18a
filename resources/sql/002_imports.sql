-- Huddle schema, level 2: imports. Every import is recorded; the rows it wrote carry its id, and the rows
-- it overwrote are kept as they were, so an import can be undone as a whole.

CREATE TABLE imports (
    id           INTEGER PRIMARY KEY,
    file_name    TEXT NOT NULL,
    file_sha256  TEXT NOT NULL,
    file_size    INTEGER NOT NULL,
    imported_at  TEXT NOT NULL,      -- UTC
    profile      TEXT NOT NULL,
    shape        TEXT NOT NULL CHECK (shape IN ('conversations', 'agent_day', 'surveys', 'sales', 'attendance')),
    source       TEXT NOT NULL,      -- conversations.source of the rows it wrote
    settings     TEXT NOT NULL,      -- the mapping and options used, as JSON
    rows_read    INTEGER NOT NULL,
    imported     INTEGER NOT NULL,
    updated      INTEGER NOT NULL,
    duplicates   INTEGER NOT NULL,
    blank        INTEGER NOT NULL,
    rejected     INTEGER NOT NULL,
    undone_at    TEXT                -- UTC; NULL while in effect
);
;;
-- Column mappings saved by name (built-in profiles live in the program).
CREATE TABLE import_profiles (
    name       TEXT PRIMARY KEY,
    definition TEXT NOT NULL,        -- JSON
    updated_at TEXT NOT NULL
);
;;
-- A row as it was before an import overwrote it: its columns as a JSON object.
CREATE TABLE import_replaced (
    import_id  INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    table_name TEXT NOT NULL,
    row_id     INTEGER NOT NULL,
    previous   TEXT NOT NULL,
    PRIMARY KEY (import_id, table_name, row_id)
);
;;
CREATE INDEX import_replaced_row ON import_replaced(table_name, row_id);
;;
-- row_hash: a hash of the imported values, so re-importing an unchanged row is recognised as an exact
-- duplicate without comparing every column.
ALTER TABLE conversations ADD COLUMN import_id INTEGER REFERENCES imports(id);
;;
ALTER TABLE conversations ADD COLUMN row_hash INTEGER;
;;
-- Chat and e-mail timings (domain.md: first response time, resolution time, time to close).
ALTER TABLE conversations ADD COLUMN first_response_s INTEGER;
;;
ALTER TABLE conversations ADD COLUMN resolution_s INTEGER;
;;
ALTER TABLE conversations ADD COLUMN closed_at TEXT;
;;
ALTER TABLE conversations ADD COLUMN subject TEXT;
;;
-- Sales an export states per conversation, kept on the conversation like its survey answer.
ALTER TABLE conversations ADD COLUMN sale_count INTEGER CHECK (sale_count >= 0);
;;
ALTER TABLE conversations ADD COLUMN sale_cents INTEGER;
;;
CREATE INDEX conversations_import ON conversations(import_id) WHERE import_id IS NOT NULL;
;;
CREATE INDEX conversations_sales ON conversations(agent_id, day, team_id, sale_count, sale_cents)
    WHERE sale_count IS NOT NULL;
;;
ALTER TABLE sales ADD COLUMN import_id INTEGER REFERENCES imports(id);
;;
ALTER TABLE sales ADD COLUMN source TEXT;
;;
ALTER TABLE sales ADD COLUMN external_id TEXT;
;;
ALTER TABLE sales ADD COLUMN row_hash INTEGER;
;;
CREATE UNIQUE INDEX sales_external ON sales(source, external_id) WHERE external_id IS NOT NULL;
;;
CREATE INDEX sales_import ON sales(import_id) WHERE import_id IS NOT NULL;
;;
ALTER TABLE attendance ADD COLUMN import_id INTEGER REFERENCES imports(id);
;;
ALTER TABLE attendance ADD COLUMN row_hash INTEGER;
;;
CREATE INDEX attendance_import ON attendance(import_id) WHERE import_id IS NOT NULL;
;;
-- Per agent per day summaries, for exports that give counts and totals instead of conversations.
-- Durations are totals in seconds (averages in the file are multiplied by the count on import).
CREATE TABLE agent_day_stats (
    id                 INTEGER PRIMARY KEY,
    source             TEXT NOT NULL,
    agent_id           INTEGER NOT NULL REFERENCES agents(id),
    team_id            INTEGER REFERENCES teams(id),
    day                TEXT NOT NULL,
    handled            INTEGER NOT NULL CHECK (handled >= 0),
    offered            INTEGER,
    talk_only          INTEGER NOT NULL DEFAULT 0 CHECK (talk_only IN (0, 1)),
    handle_s_sum       INTEGER,
    wait_s_sum         INTEGER,
    resolved           INTEGER,
    csat_responses     INTEGER,
    csat_satisfied     INTEGER,
    sale_count         INTEGER,
    sale_cents         INTEGER,
    on_queue_s         INTEGER,
    import_id          INTEGER REFERENCES imports(id),
    row_hash           INTEGER,
    UNIQUE (source, agent_id, day),
    CHECK (csat_satisfied IS NULL OR csat_satisfied <= csat_responses)
);
;;
CREATE INDEX agent_day_stats_team ON agent_day_stats(team_id, day);
;;
CREATE INDEX agent_day_stats_day ON agent_day_stats(day);
;;
CREATE INDEX agent_day_stats_import ON agent_day_stats(import_id) WHERE import_id IS NOT NULL;
;;
-- Agents and teams an import created, so undoing it removes them again when nothing else refers to them.
ALTER TABLE agents ADD COLUMN import_id INTEGER REFERENCES imports(id);
;;
ALTER TABLE teams ADD COLUMN import_id INTEGER REFERENCES imports(id);
;;
ALTER TABLE team_memberships ADD COLUMN import_id INTEGER REFERENCES imports(id);
