#pragma once

#include "core/coaching.h"
#include "core/kpidefinitions.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>

namespace huddle::storage {

class Database;

// How far back the proposed agenda looks.
struct AgendaWindow {
    int kpiDays = 28;          // KPIs over the 28 days before the session day
    int conversationDays = 28; // low-CSAT conversations and peer notes
    int mistakeDays = 90;      // mistakes by impact
};

// Gathers core::AgendaInputs for one agent and session day from the KPI, mistake, review-note, coaching and
// attendance data (no SQL of its own beyond the low-CSAT conversations): KPIs over the window judged by the
// plan of the agent's team; mistakes by impact; CSAT responses counted unsatisfied by the site's rules,
// newest first; peer-review notes; open action items of earlier sessions; the warning-ladder stage on the
// session day. Nothing after the day before the session is read.
class AgendaSource {
public:
    explicit AgendaSource(const Database &database);

    core::Result<core::AgendaInputs> inputs(qint64 agentId, QDate sessionDay, const AgendaWindow &window = {},
                                            const core::KpiDefinitions &definitions = {}) const;

private:
    const Database *m_database;
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::AgendaSource)
};

} // namespace huddle::storage
