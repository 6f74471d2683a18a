#include "recordwriter.h"

#include "core/enumnames.h"
#include "core/handletime.h"
#include "database.h"
#include "fcrinference.h"
#include "sqlutil.h"

#include <QSqlError>

namespace huddle::storage {

RecordWriter::RecordWriter(const Database &database)
    : m_db(database.connection())
    , m_team(m_db)
    , m_agent(m_db)
    , m_membership(m_db)
    , m_conversation(m_db)
    , m_survey(m_db)
    , m_sale(m_db)
    , m_attendance(m_db)
    , m_note(m_db)
    , m_coaching(m_db)
    , m_setting(m_db)
{
}

RecordWriter::~RecordWriter()
{
    if (m_inTransaction)
        rollback();
}

core::Status RecordWriter::begin()
{
    if (!m_db.transaction())
        return core::Error{QStringLiteral("could not start a transaction: %1").arg(m_db.lastError().text()),
                           {}};
    m_inTransaction = true;
    m_fcrChanges = {{}, newestConversationStart(m_db)};
    return core::Done{};
}

core::Status RecordWriter::commit()
{
    // Derived facts are brought up to date inside the same transaction as the writes they depend on.
    if (const core::Status inferred = inferFirstContactResolution(m_db, m_fcrChanges); !inferred)
        return inferred;
    if (!m_db.commit())
        return core::Error{QStringLiteral("could not commit: %1").arg(m_db.lastError().text()), {}};
    m_inTransaction = false;
    return core::Done{};
}

void RecordWriter::rollback()
{
    for (QSqlQuery *query : {&m_team, &m_agent, &m_membership, &m_conversation, &m_survey, &m_sale,
                             &m_attendance, &m_note, &m_coaching, &m_setting})
        query->finish();
    m_db.rollback();
    m_inTransaction = false;
}

QSqlQuery &RecordWriter::prepared(QSqlQuery &query, const QString &sql)
{
    if (query.lastQuery() != sql)
        query.prepare(sql);
    return query;
}

core::Result<qint64> RecordWriter::run(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return sqlError(query, what);
    return insertedId(query, what);
}

core::Result<qint64> RecordWriter::insertTeam(const core::TeamRecord &team)
{
    QSqlQuery &q = prepared(m_team, QStringLiteral("INSERT INTO teams (name) VALUES (?) RETURNING id"));
    q.addBindValue(team.name);
    return run(q, QStringLiteral("adding team %1").arg(team.name));
}

core::Result<qint64> RecordWriter::insertAgent(const core::AgentRecord &agent)
{
    QSqlQuery &q = prepared(
        m_agent, QStringLiteral(
                     "INSERT INTO agents (external_ref, display_name, hire_date, status) VALUES (?, ?, ?, ?)"
                     " RETURNING id"));
    q.addBindValue(nullableText(agent.externalRef));
    q.addBindValue(agent.displayName);
    q.addBindValue(agent.hireDate.isValid() ? QVariant(dayText(agent.hireDate)) : QVariant());
    q.addBindValue(core::agentStatusCode(agent.status));
    return run(q, QStringLiteral("adding agent %1").arg(agent.displayName));
}

core::Status RecordWriter::insertMembership(const core::MembershipRecord &m)
{
    // An agent is in one team at a time: overlapping periods would count their sales and shifts twice.
    QSqlQuery overlap(m_db);
    overlap.prepare(QStringLiteral("SELECT COUNT(*) FROM team_memberships WHERE agent_id = ? AND (CAST(? AS "
                                   "TEXT) IS NULL OR valid_from < ?)"
                                   " AND (valid_to IS NULL OR valid_to > ?)"));
    const QVariant to = m.to.isValid() ? QVariant(dayText(m.to)) : QVariant();
    overlap.addBindValue(m.agentId);
    overlap.addBindValue(to);
    overlap.addBindValue(to);
    overlap.addBindValue(dayText(m.from));
    if (!overlap.exec() || !overlap.next())
        return sqlError(overlap, QStringLiteral("checking team memberships"));
    if (overlap.value(0).toLongLong() > 0)
        return core::Error{
            QStringLiteral("agent %1 already belongs to a team during part of %2 – %3")
                .arg(m.agentId)
                .arg(dayText(m.from), m.to.isValid() ? dayText(m.to) : QStringLiteral("open end")),
            {}};
    QSqlQuery &q = prepared(
        m_membership,
        QStringLiteral(
            "INSERT INTO team_memberships (agent_id, team_id, valid_from, valid_to) VALUES (?, ?, ?, ?)"));
    q.addBindValue(m.agentId);
    q.addBindValue(m.teamId);
    q.addBindValue(dayText(m.from));
    q.addBindValue(m.to.isValid() ? QVariant(dayText(m.to)) : QVariant());
    return execute(q, QStringLiteral("adding a team membership"));
}

core::Result<qint64> RecordWriter::insertConversation(const core::ConversationRecord &c)
{
    if (!c.startedAt.isValid() || !c.day.isValid())
        return core::Error{QStringLiteral("conversation %1 has no valid start time or day").arg(c.externalId),
                           {}};
    if (!c.customerId.isEmpty())
        m_fcrChanges.customers.insert(c.customerId);
    QSqlQuery &q = prepared(
        m_conversation,
        QStringLiteral(
            "INSERT INTO conversations (source, external_id, channel, queue, agent_id, team_id, customer_id, "
            "started_at, "
            "day, answered, wait_s, talk_s, hold_s, acw_s, total_handle_s, handle_s, handle_basis, resolved, "
            "transcript_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const core::HandleTime handle = c.answered ? core::effectiveHandleTime(c.talkSeconds, c.holdSeconds,
                                                                           c.acwSeconds, c.totalHandleSeconds)
                                               : core::HandleTime{};
    q.addBindValue(c.source);
    q.addBindValue(c.externalId);
    q.addBindValue(core::channelCode(c.channel));
    q.addBindValue(nullableText(c.queue));
    q.addBindValue(nullableId(c.agentId));
    q.addBindValue(nullableId(c.teamId));
    q.addBindValue(nullableText(c.customerId));
    q.addBindValue(instantText(c.startedAt));
    q.addBindValue(dayText(c.day));
    q.addBindValue(c.answered ? 1 : 0);
    q.addBindValue(nullable(c.waitSeconds));
    q.addBindValue(nullable(c.talkSeconds));
    q.addBindValue(nullable(c.holdSeconds));
    q.addBindValue(nullable(c.acwSeconds));
    q.addBindValue(nullable(c.totalHandleSeconds));
    q.addBindValue(nullable(handle.seconds));
    q.addBindValue(nullableText(core::handleBasisCode(handle.basis)));
    q.addBindValue(c.resolved ? QVariant(*c.resolved ? 1 : 0) : QVariant());
    q.addBindValue(nullableText(c.transcriptRef));
    return run(q, QStringLiteral("adding conversation %1").arg(c.externalId));
}

// A survey answer is stored on its conversation, which must exist already; answering again replaces it.
core::Status RecordWriter::recordSurvey(const core::SurveyRecord &s)
{
    QSqlQuery &q =
        prepared(m_survey, QStringLiteral("UPDATE conversations SET csat_score = ?, csat_scale_min = ?, "
                                          "csat_scale_max = ?, nps_score = ?, surveyed_at = ? WHERE id = ?"));
    q.addBindValue(nullable(s.csatScore));
    q.addBindValue(s.csatScore ? QVariant(s.csatScale.min) : QVariant());
    q.addBindValue(s.csatScore ? QVariant(s.csatScale.max) : QVariant());
    q.addBindValue(nullable(s.npsScore));
    q.addBindValue(s.respondedAt.isValid() ? QVariant(instantText(s.respondedAt)) : QVariant());
    q.addBindValue(s.conversationId);
    if (const core::Status done = execute(q, QStringLiteral("recording a survey answer")); !done)
        return done;
    if (q.numRowsAffected() != 1)
        return core::Error{
            QStringLiteral("survey answer for conversation %1, which does not exist").arg(s.conversationId),
            {}};
    return core::Done{};
}

core::Status RecordWriter::insertSale(const core::SaleRecord &s)
{
    QSqlQuery &q = prepared(m_sale, QStringLiteral("INSERT INTO sales (agent_id, conversation_id, day, "
                                                   "product, tier, amount_cents) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.agentId);
    q.addBindValue(nullableId(s.conversationId));
    q.addBindValue(dayText(s.day));
    q.addBindValue(nullableText(s.product));
    q.addBindValue(nullableText(s.tier));
    q.addBindValue(s.amountCents);
    return execute(q, QStringLiteral("adding a sale"));
}

core::Status RecordWriter::insertAttendance(const core::AttendanceRecord &a)
{
    QSqlQuery &q =
        prepared(m_attendance, QStringLiteral("INSERT INTO attendance (agent_id, day, shift_start, "
                                              "shift_minutes, status, late_minutes, adherence_pct) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.agentId);
    q.addBindValue(dayText(a.day));
    q.addBindValue(a.shiftStart.isValid() ? QVariant(a.shiftStart.toString(QStringLiteral("HH:mm")))
                                          : QVariant());
    q.addBindValue(a.shiftMinutes);
    q.addBindValue(core::attendanceCode(a.status));
    q.addBindValue(a.lateMinutes);
    q.addBindValue(nullable(a.adherencePct));
    return execute(q, QStringLiteral("adding attendance"));
}

core::Status RecordWriter::insertReviewNote(const core::ReviewNoteRecord &n)
{
    QSqlQuery &q = prepared(
        m_note,
        QStringLiteral(
            "INSERT INTO review_notes (conversation_id, reviewer, reviewer_agent_id, created_at, day, body, "
            "agent_id, team_id, conversation_day) "
            "SELECT c.id, ?, ?, ?, ?, ?, c.agent_id, c.team_id, c.day FROM conversations c WHERE c.id = ?"));
    q.addBindValue(n.reviewer);
    q.addBindValue(nullableId(n.reviewerAgentId));
    q.addBindValue(instantText(n.createdAt));
    q.addBindValue(dayText(n.day));
    q.addBindValue(n.body);
    q.addBindValue(n.conversationId);
    if (const core::Status done = execute(q, QStringLiteral("adding a review note")); !done)
        return done;
    if (q.numRowsAffected() != 1)
        return core::Error{
            QStringLiteral("review note on conversation %1, which does not exist").arg(n.conversationId), {}};
    return core::Done{};
}

core::Status RecordWriter::insertCoachingSession(const core::CoachingSessionRecord &s)
{
    QSqlQuery &q =
        prepared(m_coaching, QStringLiteral("INSERT INTO coaching_sessions (agent_id, coach, day, "
                                            "focus_kpis, notes, follow_up_day) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.agentId);
    q.addBindValue(s.coach);
    q.addBindValue(dayText(s.day));
    q.addBindValue(nullableText(s.focusKpis.join(QLatin1Char(','))));
    q.addBindValue(nullableText(s.notes));
    q.addBindValue(s.followUp.isValid() ? QVariant(dayText(s.followUp)) : QVariant());
    return execute(q, QStringLiteral("adding a coaching session"));
}

core::Status RecordWriter::setSetting(const QString &key, const QString &value)
{
    QSqlQuery &q = prepared(m_setting, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON "
                                                      "CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return execute(q, QStringLiteral("saving setting %1").arg(key));
}

} // namespace huddle::storage
