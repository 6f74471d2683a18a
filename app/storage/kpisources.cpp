#include "kpisources.h"

#include "enginestatement.h"
#include "sqldialect.h"
#include "sqlutil.h"

namespace huddle::storage::kpisql {

namespace {

// Sales and attendance carry no team of their own: they take the team the agent belonged to on that day.
QString membershipCondition(const QString &alias)
{
    return QStringLiteral("m.agent_id = %1.agent_id AND %1.day >= m.valid_from"
                          " AND (m.valid_to IS NULL OR %1.day < m.valid_to)")
        .arg(alias);
}

QString membershipJoin(const QString &table, const QString &alias)
{
    return QStringLiteral("%1 %2 LEFT JOIN team_memberships m ON %3")
        .arg(table, alias, membershipCondition(alias));
}

// Under a team filter the team's memberships come first and each member's rows are sought by agent and
// day, instead of visiting every row of the table to find its team (CROSS JOIN fixes that order in SQLite).
QString membersFirst(const QString &table, const QString &alias)
{
    return QStringLiteral("team_memberships m CROSS JOIN %1 %2").arg(table, alias);
}

// A table whose rows carry their own agent, team and day.
Source ownTeam(const QString &table, const QString &alias, const QString &dayColumn = QStringLiteral("day"))
{
    Source s;
    s.from = table + QLatin1Char(' ') + alias;
    s.agent = alias + QStringLiteral(".agent_id");
    s.team = alias + QStringLiteral(".team_id");
    s.day = alias + QLatin1Char('.') + dayColumn;
    return s;
}

// A table whose rows take the team their agent was in that day.
Source membersTeam(const QString &table, const QString &alias)
{
    Source s;
    s.from = membershipJoin(table, alias);
    s.fromForTeam = membersFirst(table, alias);
    s.teamJoin = membershipCondition(alias);
    s.agent = alias + QStringLiteral(".agent_id");
    s.team = QStringLiteral("m.team_id");
    s.day = alias + QStringLiteral(".day");
    return s;
}

// Grouped by answered as well, so every sum is a plain COUNT or SUM of a column: conditional sums cost
// SQLite a third more on a team's year. Handled conversations are the answered rows, offered all of them.
void fillConversations(const ValueRow &row, core::KpiTotals &t, const core::KpiDefinitions &)
{
    const qint64 count = row.integer(1);
    t.offered += count;
    if (row.integer(0) == 0) {
        t.abandoned += count;
        return;
    }
    t.handled += count;
    t.handleCount += row.integer(2);
    t.handleSecondsSum += row.integer(3);
    t.talkOnlyCount += row.integer(4);
    t.waitCount += row.integer(5);
    t.waitSecondsSum += row.integer(6);
    t.answeredWithinSl += row.integer(7);
    t.resolvedKnown += row.integer(8);
    t.resolved += row.integer(9);
}

Source conversationSource(int serviceLevelSeconds, Dialect dialect)
{
    Source s = ownTeam(QStringLiteral("conversations"), QStringLiteral("c"));
    // FCR: the export's resolved flag, else the inferred one (NULL while undecided).
    s.aggregates =
        QStringLiteral("c.answered, COUNT(*), COUNT(c.handle_s), SUM(c.handle_s), SUM(%1), COUNT(c.wait_s),"
                       " SUM(c.wait_s), SUM(%2), COUNT(COALESCE(c.resolved, c.fcr_inferred)),"
                       " SUM(COALESCE(c.resolved, c.fcr_inferred))")
            .arg(truthAsNumber(dialect, QStringLiteral("c.handle_basis = 'talk_only'")),
                 truthAsNumber(dialect, QStringLiteral("c.wait_s <= %1").arg(serviceLevelSeconds)));
    s.extraGroup = QStringLiteral("c.answered");
    s.fill = fillConversations;
    return s;
}

void fillSurveys(const ValueRow &row, core::KpiTotals &t, const core::KpiDefinitions &definitions)
{
    if (!row.isNull(2))
        t.csat.add(static_cast<int>(row.integer(2)),
                   core::CsatScale{static_cast<int>(row.integer(0)), static_cast<int>(row.integer(1))},
                   row.integer(3), definitions.csat);
    // Most rows answer CSAT alone; their NPS columns are not read at all.
    if (const qint64 npsResponses = row.integer(4); npsResponses > 0) {
        t.npsResponses += npsResponses;
        t.npsPromoters += row.integer(5);
        t.npsDetractors += row.integer(6);
    }
}

// CSAT and NPS in one pass. Grouped by CSAT scale and score (NULL for NPS-only answers), because whether a
// score is satisfied is decided by core::CsatRules; row by row where the groups would be nearly single rows
// anyway (a day of one agent), which spares SQLite sorting them.
Source surveySource(Dialect dialect)
{
    const QString promoter = truthAsNumber(dialect, QStringLiteral("c.nps_score >= 9"));
    const QString detractor = truthAsNumber(dialect, QStringLiteral("c.nps_score <= 6"));
    Source s = ownTeam(QStringLiteral("conversations"), QStringLiteral("c"));
    s.aggregates = QStringLiteral("c.csat_scale_min, c.csat_scale_max, c.csat_score, COUNT(c.csat_score),"
                                  " COUNT(c.nps_score), SUM(%1), SUM(%2)")
                       .arg(promoter, detractor);
    s.rowValues =
        QStringLiteral("c.csat_scale_min, c.csat_scale_max, c.csat_score, %1, %2, %3, %4")
            .arg(truthAsNumber(dialect, QStringLiteral("c.csat_score IS NOT NULL")),
                 truthAsNumber(dialect, QStringLiteral("c.nps_score IS NOT NULL")), promoter, detractor);
    s.extraWhere = QStringLiteral("(c.csat_score IS NOT NULL OR c.nps_score IS NOT NULL)");
    s.extraGroup = QStringLiteral("c.csat_scale_min, c.csat_scale_max, c.csat_score");
    s.fill = fillSurveys;
    return s;
}

void fillSales(const ValueRow &row, core::KpiTotals &t, const core::KpiDefinitions &)
{
    t.salesCount += row.integer(0);
    t.salesCents += row.integer(1);
}

Source salesSource()
{
    Source s = membersTeam(QStringLiteral("sales"), QStringLiteral("sa"));
    s.aggregates = QStringLiteral("COUNT(*), SUM(sa.amount_cents)");
    // A sale also stated on its conversation (sale columns of a call log) counts once, from there. The
    // subquery is uncorrelated: SQLite lists those conversations once, from their partial index, instead
    // of reading the conversation of every sale.
    s.extraWhere = QStringLiteral("(sa.conversation_id IS NULL OR sa.conversation_id NOT IN"
                                  " (SELECT sc.id FROM conversations sc WHERE sc.sale_count IS NOT NULL))");
    s.fill = fillSales;
    return s;
}

// Sales an export gives per conversation (import schema level 2), read through a partial index.
Source conversationSalesSource()
{
    Source s = ownTeam(QStringLiteral("conversations"), QStringLiteral("c"));
    s.aggregates = QStringLiteral("SUM(c.sale_count), COALESCE(SUM(c.sale_cents), 0)");
    s.extraWhere = QStringLiteral("c.sale_count IS NOT NULL");
    s.fill = fillSales;
    return s;
}

void fillAgentDays(const ValueRow &row, core::KpiTotals &t, const core::KpiDefinitions &)
{
    // Summaries say nothing about offered or abandoned contacts or answers within the service level, so
    // they add to handled only and leave those rates to the conversations that have them.
    t.handled += row.integer(0);
    t.handleCount += row.integer(1);
    t.handleSecondsSum += row.integer(2);
    t.talkOnlyCount += row.integer(3);
    t.waitCount += row.integer(4);
    t.waitSecondsSum += row.integer(5);
    // Summaries give satisfied counts, not single scores: no mean score can be formed from them.
    if (const qint64 responses = row.integer(6); responses > 0) {
        t.csat.responses += responses;
        t.csat.satisfied += row.integer(7);
        t.csat.mixedScales = true;
        t.csat.scale.reset();
    }
    t.salesCount += row.integer(8);
    t.salesCents += row.integer(9);
    t.onQueueSeconds += row.integer(10);
}

// Per agent per day summaries imported from exports without single conversations. Their durations are
// day totals; each handled conversation of the day counts toward AHT and ASA when the total is known.
// Logged on-queue time (an agent-status export) is the denominator of CpH.
Source agentDaySource()
{
    Source s = ownTeam(QStringLiteral("agent_day_stats"), QStringLiteral("d"));
    s.aggregates = QStringLiteral(
        "SUM(d.handled), SUM(CASE WHEN d.handle_s_sum IS NOT NULL THEN d.handled ELSE 0 END),"
        " COALESCE(SUM(d.handle_s_sum), 0),"
        " SUM(CASE WHEN d.handle_s_sum IS NOT NULL AND d.talk_only = 1 THEN d.handled ELSE 0 END),"
        " SUM(CASE WHEN d.wait_s_sum IS NOT NULL THEN d.handled ELSE 0 END),"
        " COALESCE(SUM(d.wait_s_sum), 0), COALESCE(SUM(d.csat_responses), 0),"
        " COALESCE(SUM(d.csat_satisfied), 0), COALESCE(SUM(d.sale_count), 0),"
        " COALESCE(SUM(d.sale_cents), 0), COALESCE(SUM(d.on_queue_s), 0)");
    s.fill = fillAgentDays;
    return s;
}

void fillAttendance(const ValueRow &row, core::KpiTotals &t, const core::KpiDefinitions &)
{
    t.shiftsScheduled += row.integer(0);
    t.shiftsAttended += row.integer(1);
    t.lateCount += row.integer(2);
    t.violations += row.integer(3);
}

Source attendanceSource(Dialect dialect)
{
    Source s = membersTeam(QStringLiteral("attendance"), QStringLiteral("a"));
    s.aggregates = QStringLiteral("COUNT(*), SUM(%1), SUM(%2), SUM(%3)")
                       .arg(truthAsNumber(dialect, QStringLiteral("a.status IN ('present', 'late')")),
                            truthAsNumber(dialect, QStringLiteral("a.status = 'late'")),
                            truthAsNumber(dialect, QStringLiteral("a.status IN ('unexcused', 'ncns')")));
    s.fill = fillAttendance;
    return s;
}

void fillQa(const ValueRow &row, core::KpiTotals &t, const core::KpiDefinitions &)
{
    t.qaEvaluations += row.integer(0);
    t.qaScoreSum += row.real(1);
}

// Published and final QA evaluations count; drafts, open disputes, peer reviews and calibration scores do
// not.
Source qaSource()
{
    Source s =
        ownTeam(QStringLiteral("evaluations"), QStringLiteral("e"), QStringLiteral("conversation_day"));
    s.aggregates = QStringLiteral("COUNT(*), SUM(e.score_pct)");
    s.extraWhere =
        QStringLiteral("e.kind = 'qa' AND e.status IN ('published', 'final') AND e.score_pct IS NOT NULL");
    s.fill = fillQa;
    return s;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

void bind(EngineStatement &cursor, int index, const QVariant &value)
{
    if (value.isNull())
        cursor.bindNull(index);
    else if (value.typeId() == QMetaType::QString)
        cursor.bindText(index, value.toString());
    else
        cursor.bind(index, value.toLongLong());
}

} // namespace

ValueRow::ValueRow(const EngineStatement &cursor, int firstValue)
    : m_cursor(cursor)
    , m_first(firstValue)
{
}

qint64 ValueRow::integer(int i) const
{
    return m_cursor.columnInt(m_first + i);
}

double ValueRow::real(int i) const
{
    return m_cursor.columnReal(m_first + i);
}

bool ValueRow::isNull(int i) const
{
    return m_cursor.columnIsNull(m_first + i);
}

namespace {

// On a server an agent also sees the conversations asked of them for a peer review
// (resources/sql/postgresql/010_peer_review_assignments.sql): to read and review, not to count. Without
// this, a colleague's single reviewed call would stand in their KPI table as that colleague's figures.
// For everyone else the view is empty.
void leaveOutConversationsUnderReview(QList<Source> &list)
{
    const QString notUnderReview =
        QStringLiteral("c.id NOT IN (SELECT conversation_id FROM huddle_my_peer_reviews)");
    for (Source &source : list) {
        if (!source.from.startsWith(QLatin1String("conversations c")))
            continue;
        source.extraWhere = source.extraWhere.isEmpty()
                                ? notUnderReview
                                : QStringLiteral("%1 AND %2").arg(source.extraWhere, notUnderReview);
    }
}

} // namespace

QList<Source> sources(const KpiQuery &query, bool conversationSales, Dialect dialect)
{
    QList<Source> list{conversationSource(query.definitions.serviceLevelSeconds, dialect),
                       surveySource(dialect), salesSource()};
    if (conversationSales)
        list.append(conversationSalesSource());
    list << agentDaySource() << attendanceSource(dialect) << qaSource();
    if (dialect == Dialect::PostgreSQL)
        leaveOutConversationsUnderReview(list);
    return list;
}

core::Result<bool> hasConversationSales(const QSqlDatabase &db)
{
    bool found = false;
    const core::Status status =
        run(db, {QStringLiteral("SELECT 1 FROM conversations WHERE sale_count IS NOT NULL LIMIT 1"), {}},
            [&found](const EngineStatement &) { found = true; });
    if (!status)
        return status.error();
    return found;
}

KpiStatement buildStatement(const Source &source, const KpiQuery &query, const StatementShape &shape)
{
    const bool byTeam = query.teamId.has_value();
    QStringList where{source.day + QStringLiteral(" BETWEEN ? AND ?")};
    QVariantList bindings{dayText(query.range.from), dayText(query.range.to)};
    if (byTeam) {
        where.append(source.team + QStringLiteral(" = ?"));
        bindings.append(*query.teamId);
        if (!source.fromForTeam.isEmpty())
            where.append(source.teamJoin);
    }
    if (query.agentId) {
        where.append(source.agent + QStringLiteral(" = ?"));
        bindings.append(*query.agentId);
    }
    if (!query.agentIds.isEmpty()) {
        where.append(QStringLiteral("%1 IN (%2)").arg(source.agent, placeholders(query.agentIds.size())));
        for (qint64 id : query.agentIds)
            bindings.append(id);
    }
    if (shape.keysNotNull)
        for (const QString &key : shape.keys)
            where.append(key + QStringLiteral(" IS NOT NULL"));
    if (!source.extraWhere.isEmpty())
        where.append(source.extraWhere);

    const bool singleRows = shape.singleRows && !source.rowValues.isEmpty();
    const QString from = byTeam && !source.fromForTeam.isEmpty() ? source.fromForTeam : source.from;
    QString sql =
        QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4")
            .arg(shape.keys.join(QStringLiteral(", ")), singleRows ? source.rowValues : source.aggregates,
                 from, where.join(QStringLiteral(" AND ")));
    if (!singleRows) {
        QStringList group = shape.keys;
        if (!source.extraGroup.isEmpty())
            group.append(source.extraGroup);
        sql += QStringLiteral(" GROUP BY ") + group.join(QStringLiteral(", "));
    }
    return {sql, bindings};
}

core::Status run(const QSqlDatabase &db, const KpiStatement &statement,
                 const std::function<void(const EngineStatement &)> &row)
{
    EngineStatement cursor(db);
    if (core::Status prepared = cursor.prepare(statement.sql); !prepared)
        return prepared;
    for (qsizetype i = 0; i < statement.bindings.size(); ++i)
        bind(cursor, static_cast<int>(i) + 1, statement.bindings[i]);
    core::Error error;
    while (cursor.step(error))
        row(cursor);
    if (!error.message.isEmpty())
        return error;
    return core::Done{};
}

} // namespace huddle::storage::kpisql
