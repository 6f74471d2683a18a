#pragma once

#include "coachingrepository.h"
#include "core/coachingeffect.h"
#include "core/kpidefinitions.h"
#include "core/result.h"

namespace huddle::storage {

class Database;

// One session's measured effect: its windows and, per focus KPI, the before/after readings and verdict.
struct SessionEffect {
    qint64 sessionId = 0;
    qint64 agentId = 0;
    QDate day;
    core::EffectWindows windows;
    QList<core::FocusEffect> focus; // in the session's focus order
};

// Reads the agent's KPI totals for a session's before and after windows (KpiRepository, the dashboard's
// definitions) and judges each focus KPI (core::judgeEffect with the definitions' small-sample threshold).
// `days` 0: the site's setting coaching_effect_days.
class CoachingEffectReader {
public:
    explicit CoachingEffectReader(const Database &database);

    core::Result<int> effectDays() const;
    core::Status setEffectDays(int days, const QString &actor); // 1–90, audited

    core::Result<SessionEffect> effect(qint64 sessionId, QDate today, int days = 0,
                                       const core::KpiDefinitions &definitions = {}) const;
    // Every session of the filter with a focus, for the team view and the CLI export.
    core::Result<QList<SessionEffect>> effects(const CoachingFilter &filter, QDate today, int days = 0,
                                               const core::KpiDefinitions &definitions = {}) const;

private:
    const Database *m_database;
};

} // namespace huddle::storage
