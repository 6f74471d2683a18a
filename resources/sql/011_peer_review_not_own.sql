-- Huddle schema, level 11: nobody is asked to peer-review a conversation they handled themselves. Huddle's
-- dialog never offers it; this holds it for any SQL as well (on a server, a team leader's own client). The
-- PostgreSQL twin also takes the assignment's copy of the handler from the conversation itself, so what a
-- server's row rules decide from it is true whoever wrote the row.
CREATE TRIGGER peer_review_assignments_not_own BEFORE INSERT ON peer_review_assignments
    FOR EACH ROW WHEN NEW.reviewer_agent_id = (SELECT agent_id FROM conversations WHERE id = NEW.conversation_id)
BEGIN
    SELECT RAISE(ABORT, 'an agent is not asked to peer-review a conversation they handled');
END
;;
CREATE TRIGGER peer_review_assignments_not_own_update BEFORE UPDATE OF conversation_id, reviewer_agent_id
    ON peer_review_assignments
    FOR EACH ROW WHEN NEW.reviewer_agent_id = (SELECT agent_id FROM conversations WHERE id = NEW.conversation_id)
BEGIN
    SELECT RAISE(ABORT, 'an agent is not asked to peer-review a conversation they handled');
END
