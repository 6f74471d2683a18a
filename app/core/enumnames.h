#pragma once

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

} // namespace huddle::core

namespace huddle::core {
QString evaluationStatusCode(EvaluationStatus status);
QString criterionKindCode(CriterionKind kind);
} // namespace huddle::core
