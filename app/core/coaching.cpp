// The proposed coaching agenda and the session's stable codes. The order of the agenda is the order a team
// leader works through it in: what the plan weighs most and the agent misses, then the behaviour behind it
// (attendance, mistakes, conversations, peer notes), then what was agreed last time and is still open.
#include "coaching.h"
#include "translation.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace huddle::core {

namespace {

bool belowTarget(const AgendaKpi &kpi)
{
    const Band band = kpi.assessment.band;
    return kpi.assessment.weight > 0 && (band == Band::Below || band == Band::FarBelow);
}

// The KPIs worth talking about, highest plan weight first; equal weights keep the default priority
// (KpiId order: attendance, CSAT, sales, QA, AHT, …). A KPI listed twice is proposed once.
QList<AgendaKpi> kpisBelowTarget(const QList<AgendaKpi> &kpis)
{
    QList<AgendaKpi> below;
    for (const AgendaKpi &kpi : kpis) {
        const bool seen = std::any_of(below.cbegin(), below.cend(), [&kpi](const AgendaKpi &other) {
            return other.assessment.kpi == kpi.assessment.kpi;
        });
        if (belowTarget(kpi) && !seen)
            below << kpi;
    }
    std::sort(below.begin(), below.end(), [](const AgendaKpi &a, const AgendaKpi &b) {
        if (a.assessment.weight != b.assessment.weight)
            return a.assessment.weight > b.assessment.weight;
        return a.assessment.kpi < b.assessment.kpi;
    });
    return below;
}

// An item of `kind` about `subject`, stored in the member `field` that kind uses.
template <typename T>
ProposedItem itemOf(AgendaKind kind, std::optional<T> ProposedItem::*field, const T &subject)
{
    ProposedItem item;
    item.kind = kind;
    item.*field = subject;
    return item;
}

// Appends up to `limit` items of `source`, each wrapped by `make`. A negative limit takes none.
template <typename T, typename Make>
void appendFirst(QList<ProposedItem> &agenda, const QList<T> &source, qsizetype limit, Make make)
{
    const qsizetype count = std::clamp<qsizetype>(limit, 0, source.size());
    for (qsizetype i = 0; i < count; ++i)
        agenda << make(source[i]);
}

constexpr std::array<std::pair<SessionStatus, const char *>, 3> statusCodes{
    {{SessionStatus::Planned, "planned"}, {SessionStatus::Held, "held"}, {SessionStatus::Closed, "closed"}}};

constexpr std::array<std::pair<AgendaKind, const char *>, 7> kindCodes{
    {{AgendaKind::Kpi, "kpi"},
     {AgendaKind::Attendance, "attendance"},
     {AgendaKind::Mistake, "mistake"},
     {AgendaKind::Conversation, "conversation"},
     {AgendaKind::PeerNote, "peer_note"},
     {AgendaKind::Action, "action"},
     {AgendaKind::Custom, "custom"}}};

template <typename Enum, std::size_t N>
QString codeFor(const std::array<std::pair<Enum, const char *>, N> &codes, Enum value)
{
    const auto it =
        std::find_if(codes.cbegin(), codes.cend(), [value](const auto &row) { return row.first == value; });
    return it == codes.cend() ? QString() : QString::fromLatin1(it->second);
}

template <typename Enum, std::size_t N>
std::optional<Enum> enumFor(const std::array<std::pair<Enum, const char *>, N> &codes, QStringView code)
{
    const auto it = std::find_if(codes.cbegin(), codes.cend(),
                                 [code](const auto &row) { return code == QLatin1String(row.second); });
    return it == codes.cend() ? std::nullopt : std::optional<Enum>(it->first);
}

} // namespace

Status validateFocus(const QList<KpiId> &focus)
{
    if (focus.size() < MinFocusKpis)
        return Error{tr("Choose at least %1 focus KPI.").arg(MinFocusKpis), {}};
    if (focus.size() > MaxFocusKpis)
        return Error{
            tr("Focus on at most %1 KPIs at a time; %2 are chosen.").arg(MaxFocusKpis).arg(focus.size()), {}};
    for (qsizetype i = 0; i < focus.size(); ++i)
        if (focus.indexOf(focus[i]) != i)
            return Error{
                tr("%1 is chosen twice as a focus KPI; each focus KPI counts once.").arg(kpiCode(focus[i])),
                {}};
    return Done{};
}

QList<ProposedItem> proposeAgenda(const AgendaInputs &inputs, const AgendaLimits &limits)
{
    QList<ProposedItem> agenda;
    for (const AgendaKpi &kpi : kpisBelowTarget(inputs.kpis))
        agenda << itemOf(AgendaKind::Kpi, &ProposedItem::kpi, kpi);
    // Below the first step of the ladder there is nothing to warn about, so nothing to discuss.
    if (inputs.attendance && !inputs.attendance->stage.isEmpty())
        agenda << itemOf(AgendaKind::Attendance, &ProposedItem::attendance, *inputs.attendance);
    appendFirst(agenda, inputs.mistakes, limits.mistakes, [](const AgendaMistake &mistake) {
        return itemOf(AgendaKind::Mistake, &ProposedItem::mistake, mistake);
    });
    appendFirst(agenda, inputs.lowCsat, limits.conversations, [](const AgendaConversation &conversation) {
        return itemOf(AgendaKind::Conversation, &ProposedItem::conversation, conversation);
    });
    appendFirst(agenda, inputs.peerNotes, limits.peerNotes, [](const AgendaPeerNote &note) {
        return itemOf(AgendaKind::PeerNote, &ProposedItem::peerNote, note);
    });
    // Every open agreement comes back: dropping one silently is how agreements get forgotten.
    appendFirst(agenda, inputs.openActions, inputs.openActions.size(), [](const AgendaOpenAction &action) {
        return itemOf(AgendaKind::Action, &ProposedItem::action, action);
    });
    return agenda;
}

QList<KpiId> proposeFocus(const AgendaInputs &inputs)
{
    QList<KpiId> focus;
    for (const AgendaKpi &kpi : kpisBelowTarget(inputs.kpis)) {
        if (focus.size() == MaxFocusKpis)
            break;
        focus << kpi.assessment.kpi;
    }
    return focus;
}

QString sessionStatusCode(SessionStatus status)
{
    return codeFor(statusCodes, status);
}

std::optional<SessionStatus> sessionStatusFromCode(QStringView code)
{
    return enumFor(statusCodes, code);
}

QString agendaKindCode(AgendaKind kind)
{
    return codeFor(kindCodes, kind);
}

std::optional<AgendaKind> agendaKindFromCode(QStringView code)
{
    return enumFor(kindCodes, code);
}

} // namespace huddle::core
