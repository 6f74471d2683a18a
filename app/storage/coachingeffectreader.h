#pragma once

#include "coachingrepository.h"
#include "core/coachingeffect.h"
#include "core/kpidefinitions.h"
#include "core/result.h"
#include <QCoreApplication>

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
// `days` 0: the site's setting coaching_effect_days; else 1–90. Nothing after `today` is read: the after
// window ends there (core::effectWindows), and so does the before window of a session planned for a later
// day. A window with no day to read gives an empty reading with n 0.
class CoachingEffectReader {
public:
    // The window lengths a site may choose, in days.
    static constexpr int MinEffectDays = 1;
    static constexpr int MaxEffectDays = 90;

    explicit CoachingEffectReader(const Database &database);

    core::Result<int> effectDays() const;
    core::Status setEffectDays(int days, const QString &actor); // Min…MaxEffectDays, audited

    core::Result<SessionEffect> effect(qint64 sessionId, QDate today, int days = 0,
                                       const core::KpiDefinitions &definitions = {}) const;
    // The same for a session already loaded (the export reads its sessions whole anyway).
    core::Result<SessionEffect> effect(const CoachingSession &session, QDate today, int days = 0,
                                       const core::KpiDefinitions &definitions = {}) const;
    // Every session of the filter with a focus, for the team view and the CLI export; newest first, as
    // CoachingRepository::sessions lists them.
    core::Result<QList<SessionEffect>> effects(const CoachingFilter &filter, QDate today, int days = 0,
                                               const core::KpiDefinitions &definitions = {}) const;

private:
    core::Result<int> daysOrSetting(int days) const;

    const Database *m_database;
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::CoachingEffectReader)
};

} // namespace huddle::storage
