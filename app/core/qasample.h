#pragma once

#include <QDate>
#include <QList>

// The evaluation queue's random sample: a fixed number of conversations per agent per week, chosen by a hash
// so the queue is the same every time it is opened (and on every supervisor's machine) yet not predictable
// by agents from the conversation's time or position.
namespace huddle::core {

struct SampleCandidate {
    qint64 conversationId = 0;
    qint64 agentId = 0;
    QDate day;
    bool alreadyEvaluated = false; // counts towards the agent's quota for that week
};

// Up to `perAgentWeek` conversation ids per agent per ISO week (Monday-based), already evaluated ones
// counting first, the rest picked by FNV-1a of (conversation id, seed). Returns the picked, not yet
// evaluated ids ordered by day, agent, id.
QList<qint64> weeklySample(const QList<SampleCandidate> &candidates, int perAgentWeek, quint64 seed);

} // namespace huddle::core
