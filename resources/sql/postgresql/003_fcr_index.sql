-- Huddle schema, level 3 — PostgreSQL twin of ../003_fcr_index.sql: the customer index also carries answered
-- and resolved, so FCR inference reads which conversations to decide and probes each customer's next contact
-- from this one index, in customer order, without touching the table (a million-row import spent half its
-- time in random table reads).
DROP INDEX conversations_customer;
;;
CREATE INDEX conversations_customer ON conversations(customer_id, started_at, answered, resolved);
