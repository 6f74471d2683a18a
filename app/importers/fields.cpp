#include "fields.h"

#include <QCoreApplication>

namespace huddle::importers {

namespace {

struct FieldInfo {
    const char *key;
    FieldKind kind;
    const char *description;
};

// In the order of enum Field.
constexpr FieldInfo fieldTable[FieldCount] = {
    {"conversation_id", FieldKind::Text,
     QT_TRANSLATE_NOOP("huddle::importers::Fields", "conversation, call or ticket id in the source")},
    {"agent", FieldKind::Text,
     QT_TRANSLATE_NOOP("huddle::importers::Fields", "agent who handled it (display name)")},
    {"team", FieldKind::Text, QT_TRANSLATE_NOOP("huddle::importers::Fields", "team name")},
    {"date", FieldKind::Date,
     QT_TRANSLATE_NOOP("huddle::importers::Fields", "date (combined with time when both are mapped)")},
    {"time", FieldKind::Time,
     QT_TRANSLATE_NOOP("huddle::importers::Fields", "time of day the conversation started")},
    {"started_at", FieldKind::DateTime,
     QT_TRANSLATE_NOOP("huddle::importers::Fields", "date and time it started")},
    {"answered", FieldKind::Bool,
     QT_TRANSLATE_NOOP("huddle::importers::Fields", "answered (yes) or abandoned (no)")},
    {"wait_s", FieldKind::Duration,
     QT_TRANSLATE_NOOP("huddle::importers::Fields", "wait before answer (speed of answer)")},
    {"talk_s", FieldKind::Duration, QT_TRANSLATE_NOOP("huddle::importers::Fields", "talk time")},
    {"hold_s", FieldKind::Duration, QT_TRANSLATE_NOOP("huddle::importers::Fields", "hold time")},
    {"acw_s", FieldKind::Duration, QT_TRANSLATE_NOOP("huddle::importers::Fields", "after-call work time")},
    {"handle_s", FieldKind::Duration,
     QT_TRANSLATE_NOOP("huddle::importers::Fields", "total handle time as exported")},
    {"resolved", FieldKind::Bool,
     QT_TRANSLATE_NOOP("huddle::importers::Fields", "resolved on first contact")},
    {"csat", FieldKind::Score,
     QT_TRANSLATE_NOOP("huddle::importers::Fields",
                       "CSAT answer on the source's scale (per agent-day: CSAT %)")},
    {"nps", FieldKind::Integer, QT_TRANSLATE_NOOP("huddle::importers::Fields", "NPS answer 0–10")},
    {"sale_count", FieldKind::Integer, QT_TRANSLATE_NOOP("huddle::importers::Fields", "number of sales")},
    {"sale_amount", FieldKind::Money, QT_TRANSLATE_NOOP("huddle::importers::Fields", "sales amount")},
    {"channel", FieldKind::Text,
     QT_TRANSLATE_NOOP("huddle::importers::Fields", "channel: call, chat, email or ticket")},
    {"topic", FieldKind::Text, QT_TRANSLATE_NOOP("huddle::importers::Fields", "queue, topic or campaign")},
    {"customer_id", FieldKind::Text,
     QT_TRANSLATE_NOOP("huddle::importers::Fields",
                       "customer id or phone number (for FCR without a resolved flag)")},
    {"calls", FieldKind::Integer,
     QT_TRANSLATE_NOOP("huddle::importers::Fields", "conversations handled (per agent-day)")},
    {"first_response_s", FieldKind::Duration,
     QT_TRANSLATE_NOOP("huddle::importers::Fields", "first response time (chat, e-mail)")},
    {"resolution_s", FieldKind::Duration,
     QT_TRANSLATE_NOOP("huddle::importers::Fields", "resolution time (chat, e-mail)")},
    {"closed_at", FieldKind::DateTime,
     QT_TRANSLATE_NOOP("huddle::importers::Fields", "date and time it was closed")},
    {"on_queue_s", FieldKind::Duration,
     QT_TRANSLATE_NOOP("huddle::importers::Fields", "time on queue (per agent-day, for CpH)")},
    {"subject", FieldKind::Text, QT_TRANSLATE_NOOP("huddle::importers::Fields", "subject line")},
    {"transcript", FieldKind::Text,
     QT_TRANSLATE_NOOP("huddle::importers::Fields", "transcript or recording reference")},
    {"csat_responses", FieldKind::Integer,
     QT_TRANSLATE_NOOP("huddle::importers::Fields", "CSAT responses (per agent-day)")},
    {"attendance_status", FieldKind::Text,
     QT_TRANSLATE_NOOP("huddle::importers::Fields", "present, late, excused, unexcused or no-call-no-show")},
    {"late_minutes", FieldKind::Integer, QT_TRANSLATE_NOOP("huddle::importers::Fields", "minutes late")},
    {"shift_start", FieldKind::Time, QT_TRANSLATE_NOOP("huddle::importers::Fields", "scheduled shift start")},
    {"shift_minutes", FieldKind::Integer,
     QT_TRANSLATE_NOOP("huddle::importers::Fields", "scheduled shift length in minutes")},
    {"adherence", FieldKind::Percent, QT_TRANSLATE_NOOP("huddle::importers::Fields", "schedule adherence %")},
    {"product", FieldKind::Text, QT_TRANSLATE_NOOP("huddle::importers::Fields", "product sold")},
    {"tier", FieldKind::Text, QT_TRANSLATE_NOOP("huddle::importers::Fields", "product tier")},
};

} // namespace

FieldKind fieldKind(Field field)
{
    return fieldTable[static_cast<int>(field)].kind;
}

QString fieldKey(Field field)
{
    return QString::fromLatin1(fieldTable[static_cast<int>(field)].key);
}

QString fieldDescription(Field field)
{
    return QCoreApplication::translate("huddle::importers::Fields",
                                       fieldTable[static_cast<int>(field)].description);
}

std::optional<Field> fieldFromKey(QStringView key)
{
    for (int i = 0; i < FieldCount; ++i) {
        if (key.compare(QLatin1String(fieldTable[i].key), Qt::CaseInsensitive) == 0)
            return static_cast<Field>(i);
    }
    return std::nullopt;
}

QString normalizedHeader(QStringView header)
{
    QString out;
    out.reserve(header.size());
    bool pendingSpace = false;
    for (const QChar c : header) {
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out.append(QLatin1Char(' '));
            pendingSpace = false;
            out.append(c.toLower());
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

} // namespace huddle::importers
