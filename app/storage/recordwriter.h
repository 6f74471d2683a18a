#pragma once

#include "core/records.h"
#include "core/result.h"
#include "fcrinference.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace huddle::storage {

class Database;

// Writes domain records inside one transaction: begin(), many insert…(), then commit() or rollback().
// commit() also brings derived facts (inferred FCR) up to date before the transaction ends.
// Statements are prepared once and reused, which is what makes bulk writing (demo data, imports) fast.
class RecordWriter {
public:
    explicit RecordWriter(const Database &database);
    ~RecordWriter(); // rolls back an uncommitted transaction: nothing half-written survives

    core::Status begin();
    core::Status commit();
    void rollback();

    core::Result<qint64> insertTeam(const core::TeamRecord &team);
    core::Result<qint64> insertAgent(const core::AgentRecord &agent);
    core::Status insertMembership(const core::MembershipRecord &membership);
    core::Result<qint64> insertConversation(const core::ConversationRecord &conversation);
    core::Status recordSurvey(const core::SurveyRecord &survey);
    core::Status insertSale(const core::SaleRecord &sale);
    core::Status insertAttendance(const core::AttendanceRecord &attendance);
    core::Status insertReviewNote(const core::ReviewNoteRecord &note);
    core::Status insertCoachingSession(const core::CoachingSessionRecord &session);
    core::Status setSetting(const QString &key, const QString &value);

private:
    QSqlQuery &prepared(QSqlQuery &query, const QString &sql);
    // Runs a prepared `INSERT … RETURNING id`; the new row's id.
    core::Result<qint64> run(QSqlQuery &query, const QString &what);

    QSqlDatabase m_db;
    bool m_inTransaction = false;
    FcrChanges m_fcrChanges;
    QSqlQuery m_team, m_agent, m_membership, m_conversation, m_survey, m_sale, m_attendance, m_note,
        m_coaching, m_setting;
};

} // namespace huddle::storage
