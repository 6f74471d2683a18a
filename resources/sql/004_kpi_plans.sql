-- Huddle schema, level 4: KPI plans. Weights and band thresholds per team, with the site's plan (team_id
-- NULL) as the fallback; the definition is the plan's JSON (core::KpiPlan::toJson), so a plan moves between
-- sites unchanged. `version` counts saves, for the optimistic locking shared mode will need.
CREATE TABLE kpi_plans (
    id         INTEGER PRIMARY KEY,
    team_id    INTEGER REFERENCES teams(id) ON DELETE CASCADE,
    definition TEXT NOT NULL,
    updated_at TEXT NOT NULL,   -- UTC
    version    INTEGER NOT NULL DEFAULT 1
);
;;
-- One plan per team and one for the site: NULL would not collide in a plain unique index.
CREATE UNIQUE INDEX kpi_plans_team ON kpi_plans(COALESCE(team_id, 0));
