#include "coachingeffectreader.h"
#include "translation.h"

#include "auditlog.h"
#include "boundquery.h"
#include "database.h"
#include "kpirepository.h"
#include "sqltransaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace huddle::storage {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Error;

namespace {

const QString daysKey = QStringLiteral("coaching_effect_days");
constexpr int defaultDays = 14; // domain.md, "Coaching effect"; what migration 006 stores
constexpr int minDays = CoachingEffectReader::MinEffectDays;
constexpr int maxDays = CoachingEffectReader::MaxEffectDays;

bool validDays(int days)
{
    return days >= minDays && days <= maxDays;
}

Error daysRefused(int days)
{
    return {
        tr("the coaching effect is measured over %1 to %2 days, not %3").arg(minDays).arg(maxDays).arg(days),
        {}};
}

// The part of `range` up to `today`: what has not happened yet is not data.
core::DateRange upTo(core::DateRange range, QDate today)
{
    if (!range.isValid() || range.from > today)
        return {};
    return {range.from, std::min(range.to, today)};
}

// The focus KPIs' readings of the agent over one window; empty readings (n 0) when it has no day.
core::Result<QList<core::KpiReading>> readWindow(const Database &database, qint64 agentId,
                                                 core::DateRange range, const QList<core::KpiId> &focus,
                                                 const core::KpiDefinitions &definitions)
{
    QList<core::KpiReading> readings(focus.size());
    if (!range.isValid())
        return readings;
    const auto rows =
        KpiRepository(database).totals({range, std::nullopt, agentId, KpiGrouping::All, definitions});
    if (!rows)
        return rows.error();
    core::KpiTotals totals;
    for (const KpiRow &row : rows.value())
        totals += row.totals;
    const core::KpiValues values = core::computeKpis(totals, definitions);
    for (qsizetype i = 0; i < focus.size(); ++i)
        readings[i] = core::readKpi(values, focus[i]);
    return readings;
}

// One session's effect from what identifies it.
core::Result<SessionEffect> measure(const Database &database, SessionEffect effect,
                                    const QList<core::KpiId> &focus, QDate today, int days,
                                    const core::KpiDefinitions &definitions)
{
    if (!effect.day.isValid() || !today.isValid())
        return core::Error{tr("measuring a coaching effect needs the session's day and today's date"), {}};
    effect.windows = core::effectWindows(effect.day, days, today);
    effect.windows.before = upTo(effect.windows.before, today);
    const auto before = readWindow(database, effect.agentId, effect.windows.before, focus, definitions);
    if (!before)
        return before.error();
    const auto after = readWindow(database, effect.agentId, effect.windows.after, focus, definitions);
    if (!after)
        return after.error();
    for (qsizetype i = 0; i < focus.size(); ++i)
        effect.focus.append(core::judgeEffect(focus[i], before->at(i), after->at(i), effect.windows,
                                              definitions.smallSample));
    return effect;
}

} // namespace

CoachingEffectReader::CoachingEffectReader(const Database &database)
    : m_database(&database)
{
}

core::Result<int> CoachingEffectReader::effectDays() const
{
    QSqlQuery q(m_database->connection());
    if (auto done = runBound(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {daysKey},
                             QStringLiteral("reading the coaching effect window"));
        !done)
        return done.error();
    if (!q.next())
        return defaultDays;
    bool ok = false;
    const int days = q.value(0).toString().toInt(&ok);
    if (!ok || !validDays(days))
        return core::Error{tr("the setting %1 holds “%2”, not a number of days from %3 to %4")
                               .arg(daysKey, q.value(0).toString())
                               .arg(minDays)
                               .arg(maxDays),
                           {}};
    return days;
}

core::Status CoachingEffectReader::setEffectDays(int days, const QString &actor)
{
    if (!validDays(days))
        return daysRefused(days);
    return inTransaction(
        m_database->connection(), tr("saving the coaching effect window"), [&]() -> core::Status {
            const auto before = effectDays();
            if (!before)
                return before.error();
            QSqlQuery q(m_database->connection());
            if (auto done = runBound(
                    q,
                    QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                   " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    {daysKey, QString::number(days)}, QStringLiteral("saving the coaching effect window"));
                !done)
                return done;
            return AuditLog(*m_database)
                .append(actor, QStringLiteral("settings"), 0, daysKey,
                        {{QStringLiteral("before"), before.value()}, {QStringLiteral("after"), days}});
        });
}

core::Result<int> CoachingEffectReader::daysOrSetting(int days) const
{
    if (days == 0)
        return effectDays();
    if (!validDays(days))
        return daysRefused(days);
    return days;
}

core::Result<SessionEffect> CoachingEffectReader::effect(qint64 sessionId, QDate today, int days,
                                                         const core::KpiDefinitions &definitions) const
{
    const auto session = CoachingRepository(*m_database).load(sessionId);
    if (!session)
        return session.error();
    return effect(session.value(), today, days, definitions);
}

core::Result<SessionEffect> CoachingEffectReader::effect(const CoachingSession &session, QDate today,
                                                         int days,
                                                         const core::KpiDefinitions &definitions) const
{
    const auto window = daysOrSetting(days);
    if (!window)
        return window.error();
    return measure(*m_database, {session.id, session.agentId, session.day, {}, {}}, session.focus, today,
                   window.value(), definitions);
}

core::Result<QList<SessionEffect>>
CoachingEffectReader::effects(const CoachingFilter &filter, QDate today, int days,
                              const core::KpiDefinitions &definitions) const
{
    const auto window = daysOrSetting(days);
    if (!window)
        return window.error();
    const auto sessions = CoachingRepository(*m_database).sessions(filter);
    if (!sessions)
        return sessions.error();
    QList<SessionEffect> effects;
    for (const CoachingSessionSummary &s : sessions.value()) {
        if (s.focus.isEmpty())
            continue;
        auto effect = measure(*m_database, {s.id, s.agentId, s.day, {}, {}}, s.focus, today, window.value(),
                              definitions);
        if (!effect)
            return effect.error();
        effects.append(effect.value());
    }
    return effects;
}

} // namespace huddle::storage
