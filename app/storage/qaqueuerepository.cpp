#include "qaqueuerepository.h"
#include "translation.h"

#include "boundquery.h"
#include "core/enumnames.h"
#include "core/qasample.h"
#include "database.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace huddle::storage {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Status;

namespace {

const QString sampleSizeKey = QStringLiteral("qa_sample_per_agent_week");
constexpr int defaultSampleSize = 2; // as migration 005 stores it
constexpr int maxSampleSize = 50;
// "huddle-qa" in ASCII: the sample's seed where the site has not stored qa_sample_seed.
constexpr quint64 defaultSampleSeed = 0x687564646c652d71ULL;

// Handled conversations of the scope, as a condition on conversations aliased `c`.
struct Scope {
    QString where;
    QVariantList bindings;
};

Scope scopeOf(core::DateRange range, std::optional<qint64> teamId, std::optional<qint64> agentId)
{
    Scope scope{QStringLiteral("c.answered = 1 AND c.agent_id IS NOT NULL AND c.day BETWEEN ? AND ?"),
                {dayText(range.from), dayText(range.to)}};
    if (teamId) {
        scope.where += QStringLiteral(" AND c.team_id = ?");
        scope.bindings << *teamId;
    }
    if (agentId) {
        scope.where += QStringLiteral(" AND c.agent_id = ?");
        scope.bindings << *agentId;
    }
    return scope;
}

const QString qaEvaluated =
    QStringLiteral("EXISTS (SELECT 1 FROM evaluations e WHERE e.conversation_id = c.id AND e.kind = 'qa')");

Status readQueue(QSqlQuery &q, const QString &sql, const QVariantList &bindings)
{
    q.setForwardOnly(true);
    return runBound(q, sql, bindings, tr("reading the evaluation queue"));
}

// Entries of the conversations `where` selects, newest first, at most `limit`.
core::Result<QList<QueueEntry>> entries(QSqlDatabase db, const QString &where, const QVariantList &bindings,
                                        int limit)
{
    QSqlQuery q(db);
    if (auto done = readQueue(
            q,
            QStringLiteral("SELECT c.id, c.external_id, c.started_at, c.day, c.agent_id,"
                           " a.display_name, c.channel, c.handle_s, c.csat_score, c.csat_scale_min,"
                           " c.csat_scale_max, (SELECT COALESCE(SUM(s.amount_cents), 0) FROM sales s"
                           " WHERE s.conversation_id = c.id) FROM conversations c"
                           " LEFT JOIN agents a ON a.id = c.agent_id WHERE %1"
                           " ORDER BY c.started_at DESC, c.id DESC LIMIT ?")
                .arg(where),
            bindings + QVariantList{limit});
        !done)
        return done.error();
    QList<QueueEntry> list;
    while (q.next()) {
        QueueEntry entry;
        entry.conversationId = q.value(0).toLongLong();
        entry.conversationRef = q.value(1).toString();
        entry.startedAt = instantFrom(q.value(2));
        entry.day = dayFrom(q.value(3));
        entry.agentId = q.value(4).toLongLong();
        entry.agentName = q.value(5).toString();
        entry.channel = core::channelFromCode(q.value(6).toString()).value_or(core::Channel::Call);
        entry.handleSeconds = optionalInt(q.value(7));
        const int low = q.value(9).toInt();
        const int high = q.value(10).toInt();
        if (!q.value(8).isNull() && high > low)
            entry.csatPct = 100.0 * (q.value(8).toInt() - low) / (high - low);
        entry.saleCents = q.value(11).toLongLong();
        list.append(entry);
    }
    return list;
}

// The nearest-rank 90th percentile of the scope's handle times (Hyndman & Fan's definition 1: the value of
// rank ⌈0.9 n⌉ in ascending order); empty without any handle time.
core::Result<std::optional<int>> handleTimeP90(QSqlDatabase db, const Scope &scope)
{
    QSqlQuery q(db);
    if (auto done = readQueue(
            q, QStringLiteral("SELECT COUNT(c.handle_s) FROM conversations c WHERE %1").arg(scope.where),
            scope.bindings);
        !done || !q.next())
        return done ? sqlError(q, tr("counting handle times")) : done.error();
    const qint64 n = q.value(0).toLongLong();
    if (n == 0)
        return std::optional<int>();
    const qint64 rank = (9 * n + 9) / 10; // ⌈9n ÷ 10⌉ in integers
    if (auto done = readQueue(
            q,
            QStringLiteral("SELECT c.handle_s FROM conversations c WHERE %1 AND c.handle_s IS NOT NULL"
                           " ORDER BY c.handle_s LIMIT 1 OFFSET ?")
                .arg(scope.where),
            scope.bindings + QVariantList{rank - 1});
        !done || !q.next())
        return done ? sqlError(q, tr("reading the 90th percentile of handle time")) : done.error();
    return std::optional<int>(q.value(0).toInt());
}

quint64 sampleSeed(QSqlDatabase db)
{
    QSqlQuery q(db);
    bool ok = false;
    if (q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'qa_sample_seed'")) && q.next()) {
        const quint64 stored = q.value(0).toString().toULongLong(&ok);
        if (ok)
            return stored;
    }
    return defaultSampleSeed;
}

// Every handled conversation of the scope as a sample candidate, with its start (ISO-8601 UTC text, which
// sorts as time does).
struct Candidates {
    QList<core::SampleCandidate> list;
    QHash<qint64, QString> startOf;
    QHash<qint64, QDate> dayOf;
};

core::Result<Candidates> sampleCandidates(QSqlDatabase db, const Scope &scope)
{
    QSqlQuery q(db);
    if (auto done =
            readQueue(q,
                      QStringLiteral("SELECT c.id, c.agent_id, c.day, %1, c.started_at FROM conversations c"
                                     " WHERE %2")
                          .arg(qaEvaluated, scope.where),
                      scope.bindings);
        !done)
        return done.error();
    Candidates candidates;
    while (q.next()) {
        const core::SampleCandidate candidate{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                              dayFrom(q.value(2)), q.value(3).toInt() == 1};
        candidates.list.append(candidate);
        candidates.startOf.insert(candidate.conversationId, q.value(4).toString());
        candidates.dayOf.insert(candidate.conversationId, candidate.day);
    }
    return candidates;
}

// The weekly sample's picks in the range, newest first, at most `limit`.
core::Result<QList<QueueEntry>> weeklySampleEntries(QSqlDatabase db, core::DateRange range,
                                                    std::optional<qint64> teamId,
                                                    std::optional<qint64> agentId, int perWeek, int limit)
{
    // Whole weeks, so that an evaluation earlier in a week the range cuts still fills the agent's quota.
    const core::DateRange weeks{core::weekStart(range.from), core::weekStart(range.to).addDays(6)};
    const auto candidates = sampleCandidates(db, scopeOf(weeks, teamId, agentId));
    if (!candidates)
        return candidates.error();
    const Candidates &c = candidates.value();
    QList<qint64> picked;
    for (const qint64 id : core::weeklySample(c.list, perWeek, sampleSeed(db)))
        if (range.contains(c.dayOf.value(id)))
            picked.append(id);
    // Newest first and cut to the limit here, so the statement below never binds more than `limit` ids.
    std::sort(picked.begin(), picked.end(), [&](qint64 a, qint64 b) {
        const QString startA = c.startOf.value(a);
        const QString startB = c.startOf.value(b);
        return startA != startB ? startA > startB : a > b;
    });
    picked.resize(std::min<qsizetype>(picked.size(), limit));
    if (picked.isEmpty())
        return QList<QueueEntry>();
    QStringList marks;
    QVariantList ids;
    for (const qint64 id : std::as_const(picked)) {
        marks << QStringLiteral("?");
        ids << id;
    }
    return entries(db, QStringLiteral("c.id IN (%1)").arg(marks.join(QStringLiteral(", "))), ids, limit);
}

} // namespace

QaQueueRepository::QaQueueRepository(const Database &database)
    : m_database(&database)
{
}

core::Result<QList<QueueEntry>> QaQueueRepository::queue(core::DateRange range, std::optional<qint64> teamId,
                                                         std::optional<qint64> agentId, QueueSource source,
                                                         int limit) const
{
    if (!range.isValid())
        return core::Error{tr("the evaluation queue needs a period"), {}};
    if (limit < 1)
        return QList<QueueEntry>();
    QSqlDatabase db = m_database->connection();
    const Scope scope = scopeOf(range, teamId, agentId);
    const QString waiting = scope.where + QStringLiteral(" AND NOT ") + qaEvaluated;
    switch (source) {
    case QueueSource::WeeklySample: {
        const auto perWeek = samplePerAgentWeek();
        if (!perWeek)
            return perWeek.error();
        return weeklySampleEntries(db, range, teamId, agentId, perWeek.value(), limit);
    }
    case QueueSource::LowCsat:
        // Below the middle of the answer's own scale, in integers: 2 (score − min) < max − min.
        return entries(db,
                       waiting +
                           QStringLiteral(" AND c.csat_score IS NOT NULL AND c.csat_scale_max >"
                                          " c.csat_scale_min AND 2 * (c.csat_score - c.csat_scale_min) <"
                                          " c.csat_scale_max - c.csat_scale_min"),
                       scope.bindings, limit);
    case QueueSource::LongHandle: {
        const auto p90 = handleTimeP90(db, scope);
        if (!p90)
            return p90.error();
        if (!p90.value())
            return QList<QueueEntry>();
        return entries(db, waiting + QStringLiteral(" AND c.handle_s > ?"),
                       scope.bindings + QVariantList{*p90.value()}, limit);
    }
    case QueueSource::Sale:
        return entries(
            db,
            waiting + QStringLiteral(" AND EXISTS (SELECT 1 FROM sales s WHERE s.conversation_id = c.id)"),
            scope.bindings, limit);
    }
    return QList<QueueEntry>();
}

core::Result<int> QaQueueRepository::samplePerAgentWeek() const
{
    QSqlQuery q(m_database->connection());
    if (auto done = runBound(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {sampleSizeKey},
                             tr("reading the sample size"));
        !done)
        return done.error();
    if (!q.next())
        return defaultSampleSize;
    bool whole = false;
    const int perWeek = q.value(0).toString().toInt(&whole);
    if (!whole || perWeek < 1 || perWeek > maxSampleSize)
        return core::Error{tr("the stored sample size '%1' is not a whole number from 1 to %2")
                               .arg(q.value(0).toString())
                               .arg(maxSampleSize),
                           {}};
    return perWeek;
}

core::Status QaQueueRepository::setSamplePerAgentWeek(int perWeek)
{
    if (perWeek < 1 || perWeek > maxSampleSize)
        return core::Error{tr("the sample is 1 to %1 conversations per agent per week, not %2")
                               .arg(maxSampleSize)
                               .arg(perWeek),
                           {}};
    QSqlQuery q(m_database->connection());
    return runBound(q,
                    QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                   " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    {sampleSizeKey, QString::number(perWeek)}, tr("saving the sample size"));
}

} // namespace huddle::storage
