#pragma once

#include "csatscale.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// Plain domain records as they are written to storage. Ids are database ids (0 = not yet stored).
namespace huddle::core {

struct TeamRecord {
    qint64 id = 0;
    QString name;
};

enum class AgentStatus { Active, Leave, Left };

struct AgentRecord {
    qint64 id = 0;
    QString externalRef; // id in the contact-centre platform, stable across name changes
    QString displayName;
    QDate hireDate;
    AgentStatus status = AgentStatus::Active;
};

// An agent belongs to a team from `from` (inclusive) until `to` (exclusive, open when invalid).
struct MembershipRecord {
    qint64 agentId = 0;
    qint64 teamId = 0;
    QDate from;
    QDate to;
};

enum class Channel { Call, Chat, Email, Ticket };

struct ConversationRecord {
    qint64 id = 0;
    QString source;     // system the conversation came from ("demo", "talkdesk", …)
    QString externalId; // unique within the source
    Channel channel = Channel::Call;
    QString queue;
    qint64 agentId = 0; // who handled it; 0 when abandoned before reaching an agent
    qint64 teamId = 0;
    QString customerId;
    QDateTime startedAt; // UTC
    QDate day;           // calendar day in the site's time zone
    bool answered = true;
    std::optional<int> waitSeconds;
    std::optional<int> talkSeconds;
    std::optional<int> holdSeconds;
    std::optional<int> acwSeconds;
    std::optional<int> totalHandleSeconds; // as exported, when the export gives a total
    std::optional<bool> resolved;
    QString transcriptRef;
};

struct SurveyRecord {
    qint64 conversationId = 0;
    std::optional<int> csatScore;
    CsatScale csatScale;
    std::optional<int> npsScore; // 0–10
    QDateTime respondedAt;
};

struct SaleRecord {
    qint64 agentId = 0;
    qint64 conversationId = 0; // 0 when not known
    QDate day;
    QString product;
    QString tier;
    qint64 amountCents = 0;
};

enum class AttendanceStatus { Present, Late, ExcusedAbsence, UnexcusedAbsence, NoCallNoShow };

struct AttendanceRecord {
    qint64 agentId = 0;
    QDate day;
    QTime shiftStart;
    int shiftMinutes = 480;
    AttendanceStatus status = AttendanceStatus::Present;
    int lateMinutes = 0;
    std::optional<double> adherencePct;
};

struct ReviewNoteRecord {
    qint64 conversationId = 0;
    QString reviewer;           // fellow agent or coach
    qint64 reviewerAgentId = 0; // set when the reviewer is an agent (a peer review)
    QDateTime createdAt;        // UTC
    QDate day;                  // site-local day the note was written
    QString body;
};

} // namespace huddle::core

#include "qascore.h"

#include <QList>

namespace huddle::core {

struct CriterionDefinition {
    QString name;
    Criterion criterion;
    QString guideline; // what a good answer looks like; shown beside the criterion while scoring
};

struct ScorecardSection {
    QString name;
    QList<CriterionDefinition> criteria;
};

// Where a scorecard is offered: coaches' QA evaluations (and calibration), or fellow agents' peer reviews.
enum class ScorecardPurpose { Qa, Peer };

struct ScorecardDefinition {
    QString name;
    int version = 1;
    QList<ScorecardSection> sections;
    QDateTime createdAt; // UTC; now when left invalid
    QString description;
    ScorecardPurpose purpose = ScorecardPurpose::Qa;
    std::optional<Channel> channel; // the channel it is made for; empty: any

    QList<Criterion> flatCriteria() const;
};

enum class EvaluationStatus { Draft, Published, Disputed, Final };

// Only QA evaluations count in QA %: peer reviews and blind calibration scores never do.
enum class EvaluationKind { Qa, Peer, Calibration };

struct EvaluationRecord {
    qint64 conversationId = 0;
    qint64 agentId = 0;
    QString evaluator;
    EvaluationStatus status = EvaluationStatus::Published;
    QList<CriterionAnswer> answers; // in the order of ScorecardDefinition::flatCriteria()
    QDateTime createdAt;
    QString comment;
    EvaluationKind kind = EvaluationKind::Qa;
    QStringList answerComments; // empty, or one per answer
};

// A mistake pinned to a moment of the conversation: a second of the call or a line of the transcript.
enum class AnchorKind { Second, Line };

struct Annotation {
    qint64 id = 0;           // 0 until stored
    int criterionIndex = -1; // index into ScorecardDefinition::flatCriteria(); -1: not tied to a criterion
    AnchorKind anchorKind = AnchorKind::Second;
    int anchorValue = 0; // seconds into the call, or the 1-based transcript line
    QString body;
};

struct TranscriptLine {
    int lineNo = 0;                   // 1-based
    std::optional<int> offsetSeconds; // into the call, when known
    QString speaker;                  // "agent", "customer" or "system"
    QString body;
};

} // namespace huddle::core

namespace huddle::core {

struct CoachingSessionRecord {
    qint64 agentId = 0;
    QString coach;
    QDate day;
    QStringList focusKpis; // KPI codes, e.g. "csat", "aht"
    QString notes;
    QDate followUp;
};

} // namespace huddle::core
