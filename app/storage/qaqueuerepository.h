#pragma once

#include "core/daterange.h"
#include "core/records.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace huddle::storage {

class Database;

enum class QueueSource {
    WeeklySample, // core::weeklySample: N per agent per week (setting qa_sample_per_agent_week)
    LowCsat,      // a survey answer in the bottom half of its scale
    LongHandle,   // handle time above the scope's 90th percentile
    Sale,         // a sale was recorded on the conversation
};

struct QueueEntry {
    qint64 conversationId = 0;
    QString conversationRef;
    QDateTime startedAt;
    QDate day;
    qint64 agentId = 0;
    QString agentName;
    core::Channel channel = core::Channel::Call;
    std::optional<int> handleSeconds;
    std::optional<double> csatPct; // the answer on a 0–100 scale
    qint64 saleCents = 0;
    bool evaluated = false; // has a QA evaluation (any status)
};

// Conversations waiting for a QA evaluation: handled ones in the scope that no QA evaluation covers yet,
// from one source. Newest first, at most `limit`.
class QaQueueRepository {
public:
    explicit QaQueueRepository(const Database &database);

    core::Result<QList<QueueEntry>> queue(core::DateRange range, std::optional<qint64> teamId,
                                          std::optional<qint64> agentId, QueueSource source, int limit) const;
    core::Result<int> samplePerAgentWeek() const;
    core::Status setSamplePerAgentWeek(int perWeek);

private:
    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
};

} // namespace huddle::storage
