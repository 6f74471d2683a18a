#pragma once

#include "core/daterange.h"
#include "core/records.h"
#include "core/result.h"

#include <QCoreApplication>
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

// Conversations waiting for a QA evaluation: handled ones (answered, with an agent) in the scope that no QA
// evaluation covers yet (kind qa, any status; peer reviews and calibration scores do not cover one), from one
// source. Newest first, at most `limit`; `evaluated` is therefore always false in the queue.
//  - WeeklySample: core::weeklySample over the handled conversations of the whole ISO weeks the range
//    touches, already evaluated ones counting towards the quota, then cut to the range. The seed is the
//    setting qa_sample_seed when a site has stored one, else a constant, so the sample is the same on every
//    machine and every time it is opened.
//  - LowCsat: (csat_score − min) ÷ (max − min) < 0.5 on the answer's own scale.
//  - LongHandle: handle time above the nearest-rank 90th percentile (rank ⌈0.9 n⌉ of the ascending handle
//    times) of all handled conversations of the scope, evaluated or not; the rank is picked in SQL.
//  - Sale: at least one sale recorded on the conversation.
class QaQueueRepository {
public:
    explicit QaQueueRepository(const Database &database);

    core::Result<QList<QueueEntry>> queue(core::DateRange range, std::optional<qint64> teamId,
                                          std::optional<qint64> agentId, QueueSource source, int limit) const;
    // Setting qa_sample_per_agent_week: 1–50, 2 when not set.
    core::Result<int> samplePerAgentWeek() const;
    core::Status setSamplePerAgentWeek(int perWeek);

private:
    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::QaQueueRepository)
};

} // namespace huddle::storage
