#include "enumnames.h"

#include <array>
#include <utility>

namespace huddle::core {

namespace {

template <typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, code] : table)
        if (candidate == value)
            return QString::fromLatin1(code);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &code)
{
    for (const auto &[candidate, text] : table)
        if (code == QLatin1String(text))
            return candidate;
    return std::nullopt;
}

constexpr std::array<std::pair<Channel, const char *>, 4> channels{{{Channel::Call, "call"},
                                                                    {Channel::Chat, "chat"},
                                                                    {Channel::Email, "email"},
                                                                    {Channel::Ticket, "ticket"}}};

constexpr std::array<std::pair<AttendanceStatus, const char *>, 5> attendance{
    {{AttendanceStatus::Present, "present"},
     {AttendanceStatus::Late, "late"},
     {AttendanceStatus::ExcusedAbsence, "excused"},
     {AttendanceStatus::UnexcusedAbsence, "unexcused"},
     {AttendanceStatus::NoCallNoShow, "ncns"}}};

constexpr std::array<std::pair<AgentStatus, const char *>, 3> agentStatuses{
    {{AgentStatus::Active, "active"}, {AgentStatus::Leave, "leave"}, {AgentStatus::Left, "left"}}};

} // namespace

QString channelCode(Channel channel)
{
    return codeOf(channels, channel);
}
std::optional<Channel> channelFromCode(const QString &code)
{
    return valueOf(channels, code);
}
QString attendanceCode(AttendanceStatus status)
{
    return codeOf(attendance, status);
}
std::optional<AttendanceStatus> attendanceFromCode(const QString &code)
{
    return valueOf(attendance, code);
}
QString agentStatusCode(AgentStatus status)
{
    return codeOf(agentStatuses, status);
}

} // namespace huddle::core

namespace huddle::core {

namespace {

constexpr std::array<std::pair<EvaluationStatus, const char *>, 4> evaluationStatuses{
    {{EvaluationStatus::Draft, "draft"},
     {EvaluationStatus::Published, "published"},
     {EvaluationStatus::Disputed, "disputed"},
     {EvaluationStatus::Final, "final"}}};

constexpr std::array<std::pair<CriterionKind, const char *>, 2> criterionKinds{
    {{CriterionKind::YesNo, "yes_no"}, {CriterionKind::Scale1to5, "scale_1_5"}}};

constexpr std::array<std::pair<EvaluationKind, const char *>, 3> evaluationKinds{
    {{EvaluationKind::Qa, "qa"},
     {EvaluationKind::Peer, "peer"},
     {EvaluationKind::Calibration, "calibration"}}};

constexpr std::array<std::pair<AnchorKind, const char *>, 2> anchorKinds{
    {{AnchorKind::Second, "second"}, {AnchorKind::Line, "line"}}};

constexpr std::array<std::pair<ScorecardPurpose, const char *>, 2> scorecardPurposes{
    {{ScorecardPurpose::Qa, "qa"}, {ScorecardPurpose::Peer, "peer"}}};

constexpr std::array<std::pair<DisputeOutcome, const char *>, 3> disputeOutcomes{
    {{DisputeOutcome::Accepted, "accepted"},
     {DisputeOutcome::PartiallyAccepted, "partially_accepted"},
     {DisputeOutcome::Rejected, "rejected"}}};

} // namespace

QString evaluationStatusCode(EvaluationStatus status)
{
    return codeOf(evaluationStatuses, status);
}

std::optional<EvaluationStatus> evaluationStatusFromCode(const QString &code)
{
    return valueOf(evaluationStatuses, code);
}

QString criterionKindCode(CriterionKind kind)
{
    return codeOf(criterionKinds, kind);
}

std::optional<CriterionKind> criterionKindFromCode(const QString &code)
{
    return valueOf(criterionKinds, code);
}

QString evaluationKindCode(EvaluationKind kind)
{
    return codeOf(evaluationKinds, kind);
}

std::optional<EvaluationKind> evaluationKindFromCode(const QString &code)
{
    return valueOf(evaluationKinds, code);
}

QString anchorKindCode(AnchorKind kind)
{
    return codeOf(anchorKinds, kind);
}

std::optional<AnchorKind> anchorKindFromCode(const QString &code)
{
    return valueOf(anchorKinds, code);
}

QString scorecardPurposeCode(ScorecardPurpose purpose)
{
    return codeOf(scorecardPurposes, purpose);
}

std::optional<ScorecardPurpose> scorecardPurposeFromCode(const QString &code)
{
    return valueOf(scorecardPurposes, code);
}

QString disputeOutcomeCode(DisputeOutcome outcome)
{
    return codeOf(disputeOutcomes, outcome);
}

std::optional<DisputeOutcome> disputeOutcomeFromCode(const QString &code)
{
    return valueOf(disputeOutcomes, code);
}

QString handleBasisCode(HandleBasis basis)
{
    switch (basis) {
    case HandleBasis::Total:
        return QStringLiteral("total");
    case HandleBasis::Components:
        return QStringLiteral("components");
    case HandleBasis::TalkOnly:
        return QStringLiteral("talk_only");
    case HandleBasis::None:
    case HandleBasis::PartlyTalkOnly:
        break;
    }
    return {};
}

} // namespace huddle::core
