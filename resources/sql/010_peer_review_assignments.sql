-- Huddle schema, level 10: peer review assignments. A QA coach or team leader asks an agent to review a
-- colleague's conversation; the agent's "to review" list is made of these, and a review is done when the
-- reviewer's peer review of the conversation is published. On a server (postgresql/010_…) the assignment is
-- also what lets the reviewer see that one conversation of another agent, and write its peer review.
CREATE TABLE peer_review_assignments (
    id                INTEGER PRIMARY KEY,
    conversation_id   INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    reviewer_agent_id INTEGER NOT NULL REFERENCES agents(id),
    -- A copy of the conversation's handler, kept in step by the trigger below: on a server, who may see an
    -- assignment is decided from it without reading conversations, whose own rule reads the assignments.
    agent_id          INTEGER REFERENCES agents(id),
    assigned_by       TEXT NOT NULL,
    assigned_at       TEXT NOT NULL,   -- UTC
    UNIQUE (conversation_id, reviewer_agent_id)
);
;;
CREATE INDEX peer_review_assignments_reviewer ON peer_review_assignments(reviewer_agent_id);
;;
-- Who wrote an evaluation, as the server knows them: on a server the login (its default there), so that of
-- two colleagues asked to review one conversation each sees their own peer review only. In a file, with its
-- one user, it stays empty.
ALTER TABLE evaluations ADD COLUMN written_by TEXT;
;;
CREATE TRIGGER conversations_assignment_followers AFTER UPDATE OF agent_id ON conversations
    FOR EACH ROW WHEN NEW.agent_id IS NOT OLD.agent_id
BEGIN
    UPDATE peer_review_assignments SET agent_id = NEW.agent_id WHERE conversation_id = NEW.id;
END
