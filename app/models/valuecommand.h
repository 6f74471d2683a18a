#pragma once

#include <QUndoCommand>

#include <functional>
#include <utility>

namespace huddle::models {

// An undoable change of one value: redo applies `after`, undo applies `before`. Consecutive changes of the
// same `target` with a merge id (typing into one comment or name) collapse into one step, keeping the first
// `before` and the last `after`.
template <typename T> class ValueCommand : public QUndoCommand {
public:
    using Apply = std::function<void(const T &)>;

    ValueCommand(const QString &text, Apply apply, T before, T after, int mergeId = -1, qint64 target = 0)
        : QUndoCommand(text)
        , m_apply(std::move(apply))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
        , m_target(target)
    {
    }

    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const ValueCommand *>(other);
        if (!next || next->m_target != m_target)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    Apply m_apply;
    T m_before;
    T m_after;
    int m_mergeId;
    qint64 m_target;
};

} // namespace huddle::models
