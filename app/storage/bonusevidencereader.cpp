#include "bonusevidencereader.h"
#include "translation.h"

#include "database.h"
#include "kpiplanrepository.h"
#include "kpirepository.h"
#include "sqlutil.h"

#include "core/kpiplan.h"
#include "core/month.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <array>

namespace huddle::storage {

namespace {

// The agent and the month's days, bound once per part of a UNION.
QVariantList agentMonth(qint64 agentId, const core::DateRange &month, int parts)
{
    QVariantList values;
    for (int i = 0; i < parts; ++i)
        values << agentId << dayText(month.from) << dayText(month.to);
    return values;
}

core::Result<QSqlQuery> select(const Database &database, const QString &sql, const QVariantList &values,
                               const QString &what)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (auto status = execute(q, what); !status)
        return status.error();
    return q;
}

// Surveyed conversations, and the CSAT counts of day summaries (agent_day_stats) where a site imports those:
// what KpiRepository adds to the agent's CSAT tally (kpisources.cpp). A day's summary, which has no start,
// comes before its conversations on both engines (PostgreSQL puts NULL last unless told).
core::Result<BonusEvidenceRows> csatRows(const Database &database, qint64 agentId,
                                         const core::DateRange &month)
{
    auto q =
        select(database,
               QStringLiteral("SELECT c.day, c.source, c.external_id, c.csat_score, c.csat_scale_min,"
                              " c.csat_scale_max, NULL, NULL, c.started_at, c.id FROM conversations c"
                              " WHERE c.agent_id = ? AND c.day BETWEEN ? AND ? AND c.csat_score IS NOT NULL"
                              " UNION ALL SELECT d.day, d.source, NULL, NULL, NULL, NULL, d.csat_responses,"
                              " COALESCE(d.csat_satisfied, 0), NULL, d.id FROM agent_day_stats d"
                              " WHERE d.agent_id = ? AND d.day BETWEEN ? AND ? AND d.csat_responses > 0"
                              " ORDER BY 1, 9 NULLS FIRST, 10"),
               agentMonth(agentId, month, 2), tr("reading CSAT responses"));
    if (!q)
        return q.error();
    const core::CsatRules rules = core::KpiDefinitions().csat;
    BonusEvidenceRows result;
    result.columns = {tr("Day"), tr("Source"), tr("Conversation"), tr("Score"), tr("Scale"), tr("Satisfied")};
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        QVariantList row{dayFrom(r.value(0)), r.value(1).toString()};
        if (r.value(2).isNull()) { // a day summary: counts, no single answers
            const qint64 responses = r.value(6).toLongLong();
            row << tr("Day summary: %n response(s)", static_cast<int>(responses)) << QVariant() << QString()
                << tr("%1 of %2").arg(r.value(7).toLongLong()).arg(responses);
        } else {
            const int score = r.value(3).toInt();
            const core::CsatScale scale{r.value(4).toInt(), r.value(5).toInt()};
            row << r.value(2).toString() << score << QStringLiteral("%1–%2").arg(scale.min).arg(scale.max)
                << (rules.isSatisfied(score, scale) ? tr("yes") : tr("no"));
        }
        result.rows.append(row);
    }
    return result;
}

// Sales the agent's KPI totals count: the sales table, except sales also stated on their conversation
// (counted from there), the conversations' own sale columns and the day summaries' (kpisources.cpp,
// salesSource).
core::Result<BonusEvidenceRows> salesRows(const Database &database, qint64 agentId,
                                          const core::DateRange &month)
{
    auto q = select(
        database,
        QStringLiteral(
            "SELECT sa.day, sa.product, sa.tier, sa.amount_cents, c.external_id, NULL, sa.id FROM sales sa"
            " LEFT JOIN conversations c ON c.id = sa.conversation_id"
            " WHERE sa.agent_id = ? AND sa.day BETWEEN ? AND ? AND (sa.conversation_id IS NULL OR"
            " sa.conversation_id NOT IN (SELECT sc.id FROM conversations sc WHERE sc.sale_count IS NOT NULL))"
            " UNION ALL SELECT c.day, NULL, NULL, COALESCE(c.sale_cents, 0), c.external_id, c.sale_count, "
            "c.id"
            " FROM conversations c WHERE c.agent_id = ? AND c.day BETWEEN ? AND ? AND c.sale_count > 0"
            " UNION ALL SELECT d.day, NULL, NULL, COALESCE(d.sale_cents, 0), NULL, d.sale_count, d.id"
            " FROM agent_day_stats d WHERE d.agent_id = ? AND d.day BETWEEN ? AND ? AND d.sale_count > 0"
            " ORDER BY 1, 7"),
        agentMonth(agentId, month, 3), tr("reading sales"));
    if (!q)
        return q.error();
    BonusEvidenceRows result;
    result.columns = {tr("Day"), tr("Product"), tr("Tier"), tr("Amount"), tr("Conversation")};
    result.centsColumn = 3;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        QString product = r.value(1).toString();
        if (!r.value(5).isNull()) {
            const int count = r.value(5).toInt();
            product = r.value(4).isNull() ? tr("%n sale(s) in the day's summary", count)
                                          : tr("%n sale(s) stated on the conversation", count);
        }
        result.rows.append(QVariantList{dayFrom(r.value(0)), product, r.value(2).toString(),
                                        r.value(3).toLongLong(), r.value(4).toString()});
    }
    return result;
}

QString attendanceStatusName(const QString &code)
{
    if (code == QLatin1String("ncns"))
        return tr("No-call-no-show");
    if (code == QLatin1String("unexcused"))
        return tr("Unexcused absence");
    if (code == QLatin1String("excused"))
        return tr("Excused absence");
    if (code == QLatin1String("late"))
        return tr("Late");
    return code;
}

core::Result<BonusEvidenceRows> attendanceRows(const Database &database, qint64 agentId,
                                               const core::DateRange &month)
{
    auto q = select(database,
                    QStringLiteral("SELECT day, status, late_minutes FROM attendance WHERE agent_id = ?"
                                   " AND day BETWEEN ? AND ? AND status <> 'present' ORDER BY day"),
                    agentMonth(agentId, month, 1), tr("reading attendance"));
    if (!q)
        return q.error();
    BonusEvidenceRows result;
    result.columns = {tr("Day"), tr("Status"), tr("Late (min)")};
    while (q.value().next())
        result.rows.append(QVariantList{dayFrom(q.value().value(0)),
                                        attendanceStatusName(q.value().value(1).toString()),
                                        q.value().value(2).toInt()});
    return result;
}

// The evaluations QA % counts: QA kind, published or final, scored (kpisources.cpp, qaSource).
core::Result<BonusEvidenceRows> qaRows(const Database &database, qint64 agentId, const core::DateRange &month)
{
    auto q = select(database,
                    QStringLiteral("SELECT e.conversation_day, c.external_id, e.evaluator, e.score_pct"
                                   " FROM evaluations e JOIN conversations c ON c.id = e.conversation_id"
                                   " WHERE e.agent_id = ? AND e.conversation_day BETWEEN ? AND ?"
                                   " AND e.kind = 'qa' AND e.status IN ('published', 'final')"
                                   " AND e.score_pct IS NOT NULL ORDER BY e.conversation_day, e.id"),
                    agentMonth(agentId, month, 1), tr("reading QA evaluations"));
    if (!q)
        return q.error();
    BonusEvidenceRows result;
    result.columns = {tr("Day"), tr("Conversation"), tr("Evaluator"), tr("Score %")};
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        result.rows.append(QVariantList{dayFrom(r.value(0)), r.value(1).toString(), r.value(2).toString(),
                                        r.value(3).toDouble()});
    }
    return result;
}

// The KPIs in KpiId order and the bands in Band order (None: no data), as the KPI table names them.
// (models::kpiName and bandName say the same above storage, which cannot reach them.)
const std::array<const char *, core::KpiCount> KpiTitles{
    QT_TRANSLATE_NOOP("huddle::storage", "Attendance %"),
    QT_TRANSLATE_NOOP("huddle::storage", "CSAT %"),
    QT_TRANSLATE_NOOP("huddle::storage", "Sales conversion %"),
    QT_TRANSLATE_NOOP("huddle::storage", "QA %"),
    QT_TRANSLATE_NOOP("huddle::storage", "AHT (s)"),
    QT_TRANSLATE_NOOP("huddle::storage", "FCR %"),
    QT_TRANSLATE_NOOP("huddle::storage", "CpH"),
    QT_TRANSLATE_NOOP("huddle::storage", "NPS")};
const std::array<const char *, 5> BandTitles{
    "", QT_TRANSLATE_NOOP("huddle::storage", "Far below"), QT_TRANSLATE_NOOP("huddle::storage", "Below"),
    QT_TRANSLATE_NOOP("huddle::storage", "Met"), QT_TRANSLATE_NOOP("huddle::storage", "Exceeded")};

// The agent's KPIs of the month judged by their team's KPI plan (the team of the month's last day), as the
// weighted score sees them.
core::Result<BonusEvidenceRows> kpiRows(const Database &database, qint64 agentId,
                                        const core::DateRange &month)
{
    const KpiRepository kpis(database);
    const auto totals =
        kpis.totals({month, std::nullopt, agentId, KpiGrouping::Agent, core::KpiDefinitions()});
    if (!totals)
        return totals.error();
    core::KpiTotals sums;
    qint64 teamId = 0;
    if (!totals.value().isEmpty()) {
        sums = totals.value().front().totals;
        teamId = totals.value().front().teamId;
    } else if (const auto agents = kpis.agents(month.to); agents) {
        teamId = agents.value().value(agentId).teamId;
    } else {
        return agents.error();
    }
    const auto plan =
        KpiPlanRepository(database).planFor(teamId ? std::optional<qint64>(teamId) : std::nullopt);
    if (!plan)
        return plan.error();
    const core::WeightedScore score = core::weightedScore(core::computeKpis(sums), plan.value());
    BonusEvidenceRows result;
    result.columns = {tr("KPI"), tr("Value"), tr("n"), tr("Band"), tr("Weight")};
    for (const core::KpiAssessment &part : score.parts)
        result.rows.append(QVariantList{tr(KpiTitles[static_cast<std::size_t>(part.kpi)]),
                                        part.reading.value ? QVariant(*part.reading.value) : QVariant(),
                                        part.reading.n, tr(BandTitles[static_cast<std::size_t>(part.band)]),
                                        part.weight});
    return result;
}

} // namespace

BonusEvidenceReader::BonusEvidenceReader(const Database &database)
    : m_database(&database)
{
}

core::Result<BonusEvidenceRows> BonusEvidenceReader::rows(qint64 agentId, QDate month,
                                                          core::BonusEvidence evidence) const
{
    const core::DateRange range = core::monthRange(month);
    switch (evidence) {
    case core::BonusEvidence::None:
        break;
    case core::BonusEvidence::Csat:
        return csatRows(*m_database, agentId, range);
    case core::BonusEvidence::Sales:
        return salesRows(*m_database, agentId, range);
    case core::BonusEvidence::Attendance:
        return attendanceRows(*m_database, agentId, range);
    case core::BonusEvidence::Qa:
        return qaRows(*m_database, agentId, range);
    case core::BonusEvidence::Kpi:
        return kpiRows(*m_database, agentId, range);
    }
    return BonusEvidenceRows{};
}

} // namespace huddle::storage
