// The weekly evaluation sample. Each candidate gets a rank from FNV-1a over its conversation id and the
// site's seed; within an agent's ISO week the lowest ranks are picked. The rank depends on nothing else, so
// the pick is the same however the candidates arrive, and agents cannot predict it from time or queue
// position.
#include "qasample.h"

#include "fnv1a.h"

#include <QHash>
#include <QtEndian>

#include <algorithm>

namespace huddle::core {

namespace {

struct AgentWeek {
    qint64 agentId = 0;
    int isoYear = 0;
    int isoWeek = 0;
    friend bool operator==(const AgentWeek &, const AgentWeek &) = default;
};

size_t qHash(const AgentWeek &key, size_t seed = 0)
{
    return qHashMulti(seed, key.agentId, key.isoYear, key.isoWeek);
}

AgentWeek agentWeekOf(const SampleCandidate &candidate)
{
    AgentWeek key{candidate.agentId, 0, 0};
    key.isoWeek = candidate.day.weekNumber(&key.isoYear);
    return key;
}

quint64 rankOf(qint64 conversationId, quint64 seed)
{
    // Little-endian bytes, so the rank is the same on every machine.
    Fnv1a hash;
    hash.plain(qToLittleEndian(conversationId));
    hash.plain(qToLittleEndian(seed));
    return hash.result();
}

} // namespace

QList<qint64> weeklySample(const QList<SampleCandidate> &candidates, int perAgentWeek, quint64 seed)
{
    if (perAgentWeek <= 0)
        return {};
    // A conversation listed twice is one candidate, evaluated if either entry says so, so the input order
    // cannot change the result.
    QHash<qint64, SampleCandidate> byId;
    for (const SampleCandidate &candidate : candidates) {
        auto it = byId.find(candidate.conversationId);
        if (it == byId.end())
            byId.insert(candidate.conversationId, candidate);
        else
            it->alreadyEvaluated = it->alreadyEvaluated || candidate.alreadyEvaluated;
    }
    QHash<AgentWeek, int> evaluated;
    QHash<AgentWeek, QList<SampleCandidate>> open;
    for (const SampleCandidate &candidate : std::as_const(byId)) {
        const AgentWeek key = agentWeekOf(candidate);
        if (candidate.alreadyEvaluated)
            ++evaluated[key];
        else
            open[key].append(candidate);
    }
    QList<SampleCandidate> picked;
    for (auto it = open.begin(); it != open.end(); ++it) {
        const qsizetype quota = perAgentWeek - evaluated.value(it.key());
        if (quota <= 0)
            continue;
        QList<SampleCandidate> &group = it.value();
        std::sort(group.begin(), group.end(), [seed](const SampleCandidate &a, const SampleCandidate &b) {
            const quint64 rankA = rankOf(a.conversationId, seed);
            const quint64 rankB = rankOf(b.conversationId, seed);
            return rankA != rankB ? rankA < rankB : a.conversationId < b.conversationId;
        });
        picked.append(group.mid(0, std::min(quota, group.size())));
    }
    std::sort(picked.begin(), picked.end(), [](const SampleCandidate &a, const SampleCandidate &b) {
        if (a.day != b.day)
            return a.day < b.day;
        return a.agentId != b.agentId ? a.agentId < b.agentId : a.conversationId < b.conversationId;
    });
    QList<qint64> ids;
    for (const SampleCandidate &candidate : picked)
        ids.append(candidate.conversationId);
    return ids;
}

} // namespace huddle::core
