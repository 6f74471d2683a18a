#pragma once

#include "core/bonusengine.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace huddle::storage {

class Database;

// The rows behind a bonus line, for the drill-down: column titles (translated) and typed values (QDate,
// qint64 cents as "cents" columns, QString, int, double).
struct BonusEvidenceRows {
    QStringList columns;
    QList<QVariantList> rows;
    int centsColumn = -1; // the column holding money in integer cents, if any
};

// What a bonus line was computed from, read from the same tables and days the inputs came from:
//   Csat       — the agent's conversations of the month with a survey answer: day, source, external id,
//                score, scale, satisfied
//   Sales      — the agent's sales of the month: day, product, tier, amount (cents), conversation
//   Attendance — the agent's attendance days of the month that are not plain "present": day, status, late
//                minutes
//   Qa         — the QA evaluations counted (published / final): conversation day, conversation, evaluator,
//                score %
//   Kpi        — the agent's KPI values of the month with n, band and weight (the weighted score's parts)
class BonusEvidenceReader {
public:
    explicit BonusEvidenceReader(const Database &database);

    core::Result<BonusEvidenceRows> rows(qint64 agentId, QDate month, core::BonusEvidence evidence) const;

private:
    const Database *m_database;
};

} // namespace huddle::storage
