#include "kpirepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <tuple>

namespace huddle::storage {

namespace {

// Where one kind of fact lives and which of its columns give agent, team and day. Sales and attendance
// carry no team of their own: they take the team the agent belonged to on that day.
struct Source {
    QString from;
    QString agent;
    QString team;
    QString day;
    QString aggregates;
    QString extraWhere;
    QString extraGroup; // further grouping columns (CSAT keeps scale and score apart)
};

const QString membershipJoin =
    QStringLiteral(" LEFT JOIN team_memberships m ON m.agent_id = %1.agent_id AND %1.day >= m.valid_from"
                   " AND (m.valid_to IS NULL OR %1.day < m.valid_to)");

Source conversationSource(int serviceLevelSeconds)
{
    return {
        QStringLiteral("conversations c"),
        QStringLiteral("c.agent_id"),
        QStringLiteral("c.team_id"),
        QStringLiteral("c.day"),
        QStringLiteral(
            "COUNT(*), SUM(c.answered), SUM(1 - c.answered),"
            " SUM(CASE WHEN c.answered = 1 AND c.handle_s IS NOT NULL THEN 1 ELSE 0 END),"
            " COALESCE(SUM(CASE WHEN c.answered = 1 THEN c.handle_s END), 0),"
            " SUM(CASE WHEN c.answered = 1 AND c.handle_basis = 'talk_only' THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN c.answered = 1 AND c.wait_s IS NOT NULL THEN 1 ELSE 0 END),"
            " COALESCE(SUM(CASE WHEN c.answered = 1 THEN c.wait_s END), 0),"
            " SUM(CASE WHEN c.answered = 1 AND c.wait_s <= %1 THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN c.answered = 1 AND COALESCE(c.resolved, c.fcr_inferred) IS NOT NULL THEN 1 ELSE "
            "0 END),"
            " SUM(CASE WHEN c.answered = 1 AND COALESCE(c.resolved, c.fcr_inferred) = 1 THEN 1 ELSE 0 END)")
            .arg(serviceLevelSeconds),
        {},
        {}};
}

// CSAT and NPS in one pass: groups by CSAT scale and score (NULL for NPS-only answers) and counts the
// NPS answers inside each group.
Source surveySource()
{
    return {QStringLiteral("conversations c"),
            QStringLiteral("c.agent_id"),
            QStringLiteral("c.team_id"),
            QStringLiteral("c.day"),
            QStringLiteral(
                "c.csat_scale_min, c.csat_scale_max, c.csat_score, COUNT(c.csat_score), COUNT(c.nps_score),"
                " SUM(CASE WHEN c.nps_score >= 9 THEN 1 ELSE 0 END),"
                " SUM(CASE WHEN c.nps_score <= 6 THEN 1 ELSE 0 END)"),
            QStringLiteral("(c.csat_score IS NOT NULL OR c.nps_score IS NOT NULL)"),
            QStringLiteral("c.csat_scale_min, c.csat_scale_max, c.csat_score")};
}

Source salesSource()
{
    return {QStringLiteral("sales sa") + membershipJoin.arg(QStringLiteral("sa")),
            QStringLiteral("sa.agent_id"),
            QStringLiteral("m.team_id"),
            QStringLiteral("sa.day"),
            QStringLiteral("COUNT(*), SUM(sa.amount_cents)"),
            // A sale also stated on its conversation (sale columns of a call log) counts once, from there.
            QStringLiteral("NOT EXISTS (SELECT 1 FROM conversations sc WHERE sc.id = sa.conversation_id"
                           " AND sc.sale_count IS NOT NULL)"),
            {}};
}

// Sales an export gives per conversation (import schema level 2), read through a partial index.
Source conversationSalesSource()
{
    return {QStringLiteral("conversations c"),
            QStringLiteral("c.agent_id"),
            QStringLiteral("c.team_id"),
            QStringLiteral("c.day"),
            QStringLiteral("SUM(c.sale_count), COALESCE(SUM(c.sale_cents), 0)"),
            QStringLiteral("c.sale_count IS NOT NULL"),
            {}};
}

// Per agent per day summaries imported from exports without single conversations. Their durations are
// day totals; each handled conversation of the day counts toward AHT and ASA when the total is known.
Source agentDaySource()
{
    return {QStringLiteral("agent_day_stats d"),
            QStringLiteral("d.agent_id"),
            QStringLiteral("d.team_id"),
            QStringLiteral("d.day"),
            QStringLiteral(
                "SUM(d.handled), SUM(CASE WHEN d.handle_s_sum IS NOT NULL THEN d.handled ELSE 0 END),"
                " COALESCE(SUM(d.handle_s_sum), 0),"
                " SUM(CASE WHEN d.handle_s_sum IS NOT NULL AND d.talk_only = 1 THEN d.handled ELSE 0 END),"
                " SUM(CASE WHEN d.wait_s_sum IS NOT NULL THEN d.handled ELSE 0 END),"
                " COALESCE(SUM(d.wait_s_sum), 0), COALESCE(SUM(d.csat_responses), 0),"
                " COALESCE(SUM(d.csat_satisfied), 0), COALESCE(SUM(d.sale_count), 0),"
                " COALESCE(SUM(d.sale_cents), 0)"),
            {},
            {}};
}

Source attendanceSource()
{
    return {QStringLiteral("attendance a") + membershipJoin.arg(QStringLiteral("a")),
            QStringLiteral("a.agent_id"),
            QStringLiteral("m.team_id"),
            QStringLiteral("a.day"),
            QStringLiteral("COUNT(*), SUM(CASE WHEN a.status IN ('present', 'late') THEN 1 ELSE 0 END),"
                           " SUM(CASE WHEN a.status = 'late' THEN 1 ELSE 0 END),"
                           " SUM(CASE WHEN a.status IN ('unexcused', 'ncns') THEN 1 ELSE 0 END)"),
            {},
            {}};
}

// Published and final evaluations count; drafts and open disputes do not.
Source qaSource()
{
    return {QStringLiteral("evaluations e"),
            QStringLiteral("e.agent_id"),
            QStringLiteral("e.team_id"),
            QStringLiteral("e.conversation_day"),
            QStringLiteral("COUNT(*), SUM(e.score_pct)"),
            QStringLiteral("e.status IN ('published', 'final') AND e.score_pct IS NOT NULL"),
            {}};
}

QString groupKey(const Source &source, KpiGrouping grouping)
{
    switch (grouping) {
    case KpiGrouping::Agent:
        return source.agent;
    case KpiGrouping::Team:
        return source.team;
    case KpiGrouping::Day:
        return source.day;
    case KpiGrouping::All:
        break;
    }
    return QStringLiteral("'all'");
}

KpiStatement buildStatement(const Source &source, const KpiQuery &query)
{
    const QString key = groupKey(source, query.grouping);
    QStringList where{source.day + QStringLiteral(" BETWEEN ? AND ?")};
    QVariantList bindings{dayText(query.range.from), dayText(query.range.to)};
    if (query.teamId) {
        where.append(source.team + QStringLiteral(" = ?"));
        bindings.append(*query.teamId);
    }
    if (query.agentId) {
        where.append(source.agent + QStringLiteral(" = ?"));
        bindings.append(*query.agentId);
    }
    if (query.grouping == KpiGrouping::Agent || query.grouping == KpiGrouping::Team)
        where.append(key + QStringLiteral(" IS NOT NULL"));
    if (!source.extraWhere.isEmpty())
        where.append(source.extraWhere);
    QString group = key;
    if (!source.extraGroup.isEmpty())
        group += QStringLiteral(", ") + source.extraGroup;
    const QString sql =
        QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 GROUP BY %5")
            .arg(key, source.aggregates, source.from, where.join(QStringLiteral(" AND ")), group);
    return {sql, bindings};
}

using RowFiller = std::function<void(const QSqlQuery &, core::KpiTotals &)>;

void fillConversations(const QSqlQuery &q, core::KpiTotals &t)
{
    t.offered += q.value(1).toLongLong();
    t.handled += q.value(2).toLongLong();
    t.abandoned += q.value(3).toLongLong();
    t.handleCount += q.value(4).toLongLong();
    t.handleSecondsSum += q.value(5).toLongLong();
    t.talkOnlyCount += q.value(6).toLongLong();
    t.waitCount += q.value(7).toLongLong();
    t.waitSecondsSum += q.value(8).toLongLong();
    t.answeredWithinSl += q.value(9).toLongLong();
    t.resolvedKnown += q.value(10).toLongLong();
    t.resolved += q.value(11).toLongLong();
}

RowFiller surveyFiller(const core::CsatRules &rules)
{
    return [rules](const QSqlQuery &q, core::KpiTotals &t) {
        if (!q.value(3).isNull())
            t.csat.add(q.value(3).toInt(), core::CsatScale{q.value(1).toInt(), q.value(2).toInt()},
                       q.value(4).toLongLong(), rules);
        t.npsResponses += q.value(5).toLongLong();
        t.npsPromoters += q.value(6).toLongLong();
        t.npsDetractors += q.value(7).toLongLong();
    };
}

void fillSales(const QSqlQuery &q, core::KpiTotals &t)
{
    t.salesCount += q.value(1).toLongLong();
    t.salesCents += q.value(2).toLongLong();
}

void fillAgentDays(const QSqlQuery &q, core::KpiTotals &t)
{
    // Summaries say nothing about offered or abandoned contacts or answers within the service level, so
    // they add to handled only and leave those rates to the conversations that have them.
    t.handled += q.value(1).toLongLong();
    t.handleCount += q.value(2).toLongLong();
    t.handleSecondsSum += q.value(3).toLongLong();
    t.talkOnlyCount += q.value(4).toLongLong();
    t.waitCount += q.value(5).toLongLong();
    t.waitSecondsSum += q.value(6).toLongLong();
    // Summaries give satisfied counts, not single scores: no mean score can be formed from them.
    if (const qint64 responses = q.value(7).toLongLong(); responses > 0) {
        t.csat.responses += responses;
        t.csat.satisfied += q.value(8).toLongLong();
        t.csat.mixedScales = true;
        t.csat.scale.reset();
    }
    t.salesCount += q.value(9).toLongLong();
    t.salesCents += q.value(10).toLongLong();
}

void fillAttendance(const QSqlQuery &q, core::KpiTotals &t)
{
    t.shiftsScheduled += q.value(1).toLongLong();
    t.shiftsAttended += q.value(2).toLongLong();
    t.lateCount += q.value(3).toLongLong();
    t.violations += q.value(4).toLongLong();
}

void fillQa(const QSqlQuery &q, core::KpiTotals &t)
{
    t.qaEvaluations += q.value(1).toLongLong();
    t.qaScoreSum += q.value(2).toDouble();
}

struct Part {
    Source source;
    RowFiller fill;
};

QList<Part> parts(const KpiQuery &query)
{
    return {{conversationSource(query.definitions.serviceLevelSeconds), fillConversations},
            {surveySource(), surveyFiller(query.definitions.csat)},
            {salesSource(), fillSales},
            {conversationSalesSource(), fillSales},
            {agentDaySource(), fillAgentDays},
            {attendanceSource(), fillAttendance},
            {qaSource(), fillQa}};
}

core::Status attachNames(QSqlDatabase db, const KpiQuery &query, QList<KpiRow> &rows)
{
    QSqlQuery q(db);
    QHash<qint64, QString> teams;
    if (!q.exec(QStringLiteral("SELECT id, name FROM teams")))
        return sqlError(q, QStringLiteral("reading teams"));
    while (q.next())
        teams.insert(q.value(0).toLongLong(), q.value(1).toString());
    if (query.grouping == KpiGrouping::Agent) {
        // The team an agent was in on the last day of the range (or their latest before it).
        q.prepare(QStringLiteral(
            "SELECT a.id, a.display_name, (SELECT m.team_id FROM team_memberships m WHERE m.agent_id = a.id"
            " AND m.valid_from <= ? ORDER BY m.valid_from DESC LIMIT 1) FROM agents a"));
        q.addBindValue(dayText(query.range.to));
        if (!q.exec())
            return sqlError(q, QStringLiteral("reading agents"));
        QHash<qint64, std::pair<QString, qint64>> agents;
        while (q.next())
            agents.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toLongLong()});
        // Under a team filter every figure is the agent's work in that team, so the row names that team.
        for (KpiRow &row : rows) {
            row.agentName = agents.value(row.agentId).first;
            row.teamId = query.teamId.value_or(agents.value(row.agentId).second);
        }
    }
    for (KpiRow &row : rows)
        row.teamName = teams.value(row.teamId);
    return core::Done{};
}

void setKey(KpiRow &row, KpiGrouping grouping, const QVariant &key)
{
    switch (grouping) {
    case KpiGrouping::Agent:
        row.agentId = key.toLongLong();
        break;
    case KpiGrouping::Team:
        row.teamId = key.toLongLong();
        break;
    case KpiGrouping::Day:
        row.day = dayFrom(key);
        break;
    case KpiGrouping::All:
        break;
    }
}

} // namespace

KpiRepository::KpiRepository(const Database &database)
    : m_database(&database)
{
}

QList<KpiStatement> KpiRepository::statements(const KpiQuery &query)
{
    QList<KpiStatement> result;
    for (const Part &part : parts(query))
        result.append(buildStatement(part.source, query));
    return result;
}

core::Result<QList<KpiRow>> KpiRepository::totals(const KpiQuery &query) const
{
    QList<KpiRow> rows;
    QHash<QString, qsizetype> index; // group key → position in rows
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    for (const Part &part : parts(query)) {
        const KpiStatement statement = buildStatement(part.source, query);
        q.prepare(statement.sql);
        for (const QVariant &value : statement.bindings)
            q.addBindValue(value);
        if (!q.exec())
            return sqlError(q, QStringLiteral("computing KPIs"));
        while (q.next()) {
            const QString key = q.value(0).toString();
            auto it = index.find(key);
            if (it == index.end()) {
                KpiRow row;
                setKey(row, query.grouping, q.value(0));
                it = index.insert(key, rows.size());
                rows.append(row);
            }
            part.fill(q, rows[*it].totals);
        }
    }
    if (const core::Status named = attachNames(m_database->connection(), query, rows); !named)
        return named.error();
    std::sort(rows.begin(), rows.end(), [](const KpiRow &a, const KpiRow &b) {
        return std::tie(a.day, a.teamName, a.agentName, a.agentId) <
               std::tie(b.day, b.teamName, b.agentName, b.agentId);
    });
    return rows;
}

} // namespace huddle::storage
