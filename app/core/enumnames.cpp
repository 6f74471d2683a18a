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

QString evaluationStatusCode(EvaluationStatus status)
{
    static constexpr std::array<std::pair<EvaluationStatus, const char *>, 4> statuses{
        {{EvaluationStatus::Draft, "draft"},
         {EvaluationStatus::Published, "published"},
         {EvaluationStatus::Disputed, "disputed"},
         {EvaluationStatus::Final, "final"}}};
    return codeOf(statuses, status);
}

QString criterionKindCode(CriterionKind kind)
{
    return kind == CriterionKind::YesNo ? QStringLiteral("yes_no") : QStringLiteral("scale_1_5");
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
