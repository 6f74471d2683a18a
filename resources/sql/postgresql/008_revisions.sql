-- PostgreSQL twin of ../008_revisions.sql (the same statements: both engines accept them).
-- Huddle schema, level 8: optimistic locking of evaluations. When two people have the same evaluation open,
-- the one who saves second is refused ("changed by … at …; reload") instead of silently overwriting the first.
-- Every change bumps `revision`; a save names the revision it started from and only applies while the row is
-- still at it. `updated_by` names who made the last change, for that message.
ALTER TABLE evaluations ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
;;
ALTER TABLE evaluations ADD COLUMN updated_by TEXT;
