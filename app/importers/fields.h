#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace huddle::importers {

// The canonical fields a column of an export can be mapped to (`huddle-cli import --map FIELD=HEADER`).
// Together they carry every KPI of domain.md, including the chat and e-mail timings and CpH's on-queue time.
enum class Field {
    ConversationId,
    Agent,
    Team,
    Date,
    Time,
    StartedAt,
    Answered,
    WaitS,
    TalkS,
    HoldS,
    AcwS,
    HandleS,
    Resolved,
    Csat,
    Nps,
    SaleCount,
    SaleAmount,
    Channel,
    Topic,
    CustomerId,
    Calls,
    FirstResponseS,
    ResolutionS,
    ClosedAt,
    OnQueueS,
    Subject,
    Transcript,
    CsatResponses,
    AttendanceStatus,
    LateMinutes,
    ShiftStart,
    ShiftMinutes,
    Adherence,
    Product,
    Tier,
};
inline constexpr int FieldCount = static_cast<int>(Field::Tier) + 1;

// How a field's cells are read.
enum class FieldKind { Text, Integer, Bool, Duration, Date, Time, DateTime, Score, Money, Percent };

FieldKind fieldKind(Field field);
QString fieldKey(Field field);         // "conversation_id", "wait_s", …
QString fieldDescription(Field field); // one translated line for help texts and the mapping editor
std::optional<Field> fieldFromKey(QStringView key);

// Header names compared the way people write them: case, spaces, punctuation and a BOM ignored
// ("Answered (Y/N)" ≈ "answered y n", "user_name" ≈ "User Name").
QString normalizedHeader(QStringView header);

} // namespace huddle::importers
