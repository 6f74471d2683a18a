#pragma once

#include "handletime.h"
#include "records.h"

#include <QString>

#include <optional>

// Stable text codes for enums as stored in the database and printed by the CLI. Never translated.
namespace huddle::core {

QString channelCode(Channel channel);
std::optional<Channel> channelFromCode(const QString &code);
QString attendanceCode(AttendanceStatus status);
std::optional<AttendanceStatus> attendanceFromCode(const QString &code);
QString agentStatusCode(AgentStatus status);
// "total", "components", "talk_only"; empty for None and for PartlyTalkOnly, which describes groups only.
QString handleBasisCode(HandleBasis basis);

} // namespace huddle::core

#include "dispute.h"

namespace huddle::core {
QString evaluationStatusCode(EvaluationStatus status);
std::optional<EvaluationStatus> evaluationStatusFromCode(const QString &code);
QString criterionKindCode(CriterionKind kind);
std::optional<CriterionKind> criterionKindFromCode(const QString &code);
QString evaluationKindCode(EvaluationKind kind); // "qa", "peer", "calibration"
std::optional<EvaluationKind> evaluationKindFromCode(const QString &code);
QString anchorKindCode(AnchorKind kind); // "second", "line"
std::optional<AnchorKind> anchorKindFromCode(const QString &code);
QString scorecardPurposeCode(ScorecardPurpose purpose); // "qa", "peer"
std::optional<ScorecardPurpose> scorecardPurposeFromCode(const QString &code);
QString disputeOutcomeCode(DisputeOutcome outcome); // "accepted", "partially_accepted", "rejected"
std::optional<DisputeOutcome> disputeOutcomeFromCode(const QString &code);
} // namespace huddle::core
