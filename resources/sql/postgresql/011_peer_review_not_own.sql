-- PostgreSQL twin of ../011_peer_review_not_own.sql: the same refusal, and the assignment's agent_id (what
-- its row policy checks, 010_…) set from the conversation rather than taken from whoever inserts the row.
-- The function reads the conversation with its owner's rights, so the handler is found even where the
-- writer's own rules hide the conversation; the row policy then decides on the true handler. A SECURITY
-- DEFINER function fixes its search_path (https://www.postgresql.org/docs/15/sql-createfunction.html,
-- "Writing SECURITY DEFINER Functions Safely").
CREATE FUNCTION peer_review_assignments_checked() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
BEGIN
    NEW.agent_id := (SELECT agent_id FROM conversations WHERE id = NEW.conversation_id);
    -- Only a new or re-aimed assignment is refused: a corrected conversation whose handler turns out to be
    -- the reviewer (its follower trigger, 010_…) must not make the correcting import fail.
    IF NEW.reviewer_agent_id = NEW.agent_id
       AND (TG_OP = 'INSERT' OR NEW.reviewer_agent_id <> OLD.reviewer_agent_id
            OR NEW.conversation_id <> OLD.conversation_id) THEN
        RAISE EXCEPTION 'an agent is not asked to peer-review a conversation they handled'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$
;;
CREATE TRIGGER peer_review_assignments_not_own BEFORE INSERT ON peer_review_assignments
    FOR EACH ROW EXECUTE FUNCTION peer_review_assignments_checked()
;;
CREATE TRIGGER peer_review_assignments_not_own_update
    BEFORE UPDATE OF conversation_id, reviewer_agent_id, agent_id ON peer_review_assignments
    FOR EACH ROW EXECUTE FUNCTION peer_review_assignments_checked()
