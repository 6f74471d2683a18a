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

namespace huddle::core {
QString evaluationStatusCode(EvaluationStatus status);
QString criterionKindCode(CriterionKind kind);
} // namespace huddle::core
