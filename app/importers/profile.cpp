#include "profile.h"
#include "translation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace huddle::importers {

namespace {

const char *const shapeKeys[] = {"conversations", "agent_day", "surveys", "sales", "attendance"};
const char *const dateOrderKeys[] = {"ymd", "mdy", "dmy"};
const char *const unitKeys[] = {"s", "ms", "min"};

template <typename E, std::size_t N>
std::optional<E> enumFromKey(const char *const (&keys)[N], QStringView key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key.compare(QLatin1String(keys[i]), Qt::CaseInsensitive) == 0)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

// The column of a rule in a file: the first of its headers the file has, compared as normalizedHeader,
// and not already claimed by an earlier rule (two fields never read the same column).
std::optional<QString> presentHeader(const FieldRule &rule, const QStringList &headers,
                                     const QStringList &claimed = {})
{
    for (const QString &candidate : rule.headers) {
        const QString wanted = normalizedHeader(candidate);
        for (const QString &header : headers) {
            if (normalizedHeader(header) == wanted && !claimed.contains(header))
                return header;
        }
    }
    return std::nullopt;
}

FieldRule rule(Field field, QStringList headers, bool required = false)
{
    return {field, std::move(headers), required, {}};
}

ImportProfile vendorProfile(const QString &name, const QString &source, QList<FieldRule> rules)
{
    ImportProfile profile;
    profile.name = name;
    profile.settings.source = source;
    profile.rules = std::move(rules);
    return profile;
}

// Header names from the platforms' documentation (domain.md, "Real export formats"). The agent who
// *handled* a Talkdesk call is handling_user_name; user_name is only a fallback (issue 4, item 5).
ImportProfile talkdeskProfile()
{
    ImportProfile profile = vendorProfile(
        QStringLiteral("Talkdesk calls"), QStringLiteral("talkdesk"),
        {rule(Field::ConversationId, {QStringLiteral("call_id")}, true),
         rule(Field::StartedAt, {QStringLiteral("start_at")}, true),
         rule(Field::Agent, {QStringLiteral("handling_user_name"), QStringLiteral("user_name")}, true),
         rule(Field::TalkS, {QStringLiteral("talk_time")}, true),
         rule(Field::HoldS, {QStringLiteral("hold_time")}), rule(Field::WaitS, {QStringLiteral("wait_time")}),
         rule(Field::Csat, {QStringLiteral("csat_score")}), rule(Field::Team, {QStringLiteral("team_name")}),
         rule(Field::CustomerId,
              {QStringLiteral("customer_phone_number"), QStringLiteral("contact_phone_number")}),
         rule(Field::Topic, {QStringLiteral("ring_groups")})});
    return profile;
}

ImportProfile genesysProfile()
{
    ImportProfile profile = vendorProfile(
        QStringLiteral("Genesys Cloud interactions"), QStringLiteral("genesys"),
        {rule(Field::ConversationId, {QStringLiteral("Conversation ID")}, true),
         rule(Field::StartedAt, {QStringLiteral("Date")}, true),
         rule(Field::Agent, {QStringLiteral("Users - Interacted")}, true),
         rule(Field::HandleS, {QStringLiteral("Total Handle")}, true),
         rule(Field::TalkS, {QStringLiteral("Total Talk")}), rule(Field::AcwS, {QStringLiteral("Total ACW")}),
         rule(Field::HoldS, {QStringLiteral("Total Hold")}),
         rule(Field::WaitS, {QStringLiteral("Total Queue")}), rule(Field::Topic, {QStringLiteral("Queue")}),
         rule(Field::Channel, {QStringLiteral("Media Type")}),
         rule(Field::CustomerId, {QStringLiteral("ANI")})});
    profile.settings.durationUnit = DurationUnit::Milliseconds; // Genesys exports durations in ms
    return profile;
}

ImportProfile five9Profile()
{
    ImportProfile profile = vendorProfile(
        QStringLiteral("Five9 call log"), QStringLiteral("five9"),
        {rule(Field::ConversationId, {QStringLiteral("CALL ID")}, true),
         rule(Field::StartedAt, {QStringLiteral("TIMESTAMP")}, true),
         rule(Field::Agent, {QStringLiteral("AGENT NAME"), QStringLiteral("AGENT")}, true),
         rule(Field::TalkS, {QStringLiteral("TALK TIME")}, true),
         rule(Field::HoldS, {QStringLiteral("HOLD TIME")}),
         rule(Field::AcwS, {QStringLiteral("AFTER CALL WORK TIME")}),
         rule(Field::WaitS, {QStringLiteral("QUEUE WAIT TIME")}),
         rule(Field::Topic, {QStringLiteral("CAMPAIGN")}), rule(Field::CustomerId, {QStringLiteral("ANI")})});
    return profile;
}

// Zendesk's satisfaction ratings: good/bad, credited to the ticket's assignee, joined to tickets already
// imported from the same source.
ImportProfile zendeskProfile()
{
    ImportProfile profile = vendorProfile(
        QStringLiteral("Zendesk satisfaction ratings"), QStringLiteral("zendesk"),
        {rule(Field::ConversationId, {QStringLiteral("Ticket ID"), QStringLiteral("ticket_id")}, true),
         rule(Field::Csat, {QStringLiteral("Score"), QStringLiteral("Satisfaction")}, true),
         rule(Field::Agent, {QStringLiteral("Assignee"), QStringLiteral("assignee_name")})});
    profile.settings.shape = Shape::Surveys;
    profile.settings.csatScale = {0, 1};
    profile.settings.defaultChannel = QStringLiteral("ticket");
    return profile;
}

// Common header names of hand-made and lesser-known exports, most specific first.
ImportProfile genericProfile()
{
    const auto r = [](Field field, std::initializer_list<const char *> names) {
        QStringList headers;
        for (const char *name : names)
            headers.append(QString::fromUtf8(name));
        return rule(field, headers);
    };
    return vendorProfile(
        QStringLiteral("Generic"), QStringLiteral("import"),
        {r(Field::ConversationId, {"conversation_id", "conversation id", "call id", "call_id",
                                   "interaction id", "contact id", "ticket id", "ticket_id", "id"}),
         r(Field::Agent, {"handling_user_name", "agent", "agent name", "agent_name", "user_name", "user name",
                          "Users - Interacted", "assignee", "employee", "rep"}),
         r(Field::Team, {"team", "team_name", "team name", "group"}),
         r(Field::Date, {"date", "call date", "day", "report date"}),
         r(Field::Time, {"time", "call time", "start time of day"}),
         r(Field::StartedAt, {"started_at", "start_at", "start time", "started", "timestamp", "created_at",
                              "conversation start", "date time", "datetime"}),
         r(Field::Answered, {"answered", "answered (y/n)", "is answered"}),
         r(Field::WaitS, {"wait_s", "wait_time", "wait time", "speed of answer", "speed of answer in seconds",
                          "queue time", "queue wait time", "total queue"}),
         r(Field::TalkS, {"talk_s", "talk_time", "talk time", "total talk", "talk duration", "talk seconds"}),
         r(Field::HoldS, {"hold_s", "hold_time", "hold time", "total hold"}),
         r(Field::AcwS, {"acw_s", "acw", "after call work", "after call work time", "total acw",
                         "wrap up time", "wrap_up_time"}),
         r(Field::HandleS, {"handle_s", "handle time", "handle_time", "total handle", "handling time"}),
         r(Field::Resolved, {"resolved", "resolved (y/n)", "first contact resolution", "fcr"}),
         r(Field::Csat, {"csat", "csat_score", "csat score", "satisfaction rating", "satisfaction score",
                         "satisfaction", "rating"}),
         r(Field::Nps, {"nps", "nps_score", "nps score", "likelihood to recommend"}),
         r(Field::SaleCount, {"sale_count", "sales", "sales count", "sale count", "units sold"}),
         r(Field::SaleAmount, {"sale_amount", "sale amount", "sales amount", "revenue", "amount"}),
         r(Field::Channel, {"channel", "media type", "media_type"}),
         r(Field::Topic, {"topic", "queue", "queue name", "campaign", "skill"}),
         r(Field::CustomerId, {"customer_id", "customer id", "customer", "caller id", "ani", "requester"}),
         r(Field::Calls, {"calls", "calls handled", "handled", "answered calls", "contacts handled"}),
         r(Field::FirstResponseS, {"first_response_s", "first response time", "first_response_time", "frt"}),
         r(Field::ResolutionS, {"resolution_s", "resolution time", "full resolution time"}),
         r(Field::ClosedAt, {"closed_at", "closed at", "solved at", "closed"}),
         r(Field::OnQueueS, {"on_queue_s", "on queue", "on queue time", "logged in time"}),
         r(Field::Subject, {"subject"}),
         r(Field::Transcript, {"transcript", "transcript url", "recording", "recording url"}),
         r(Field::CsatResponses, {"csat_responses", "csat responses", "survey responses"}),
         r(Field::AttendanceStatus, {"attendance_status", "attendance", "attendance status", "status"}),
         r(Field::LateMinutes, {"late_minutes", "late minutes", "minutes late"}),
         r(Field::ShiftStart, {"shift_start", "shift start", "scheduled start"}),
         r(Field::ShiftMinutes, {"shift_minutes", "shift minutes", "shift length"}),
         r(Field::Adherence, {"adherence", "schedule adherence", "adherence %"}),
         r(Field::Product, {"product"}),
         r(Field::Tier, {"tier", "product tier"})});
}

QJsonObject settingsObject(const ImportSettings &s)
{
    QJsonObject mapping;
    for (int i = 0; i < FieldCount; ++i) {
        if (!s.mapping[i])
            continue;
        QJsonObject column{{QStringLiteral("header"), s.mapping[i]->header}};
        if (!s.mapping[i]->trueValue.isEmpty())
            column.insert(QStringLiteral("true_value"), s.mapping[i]->trueValue);
        mapping.insert(fieldKey(static_cast<Field>(i)), column);
    }
    QJsonObject object{
        {QStringLiteral("shape"), shapeKey(s.shape)},
        {QStringLiteral("source"), s.source},
        {QStringLiteral("mapping"), mapping},
        {QStringLiteral("csat_min"), s.csatScale.min},
        {QStringLiteral("csat_max"), s.csatScale.max},
        {QStringLiteral("time_zone"), s.timeZone},
        {QStringLiteral("duration_unit"), QLatin1String(unitKeys[static_cast<int>(s.durationUnit)])},
        {QStringLiteral("averages"), s.durationsAreAverages},
        {QStringLiteral("default_team"), s.defaultTeam},
        {QStringLiteral("default_channel"), s.defaultChannel},
        {QStringLiteral("reject_threshold"), s.rejectThreshold},
        {QStringLiteral("sheet"), s.sheet}};
    if (s.dateOrder)
        object.insert(QStringLiteral("date_order"),
                      QLatin1String(dateOrderKeys[static_cast<int>(*s.dateOrder)]));
    if (s.decimalComma)
        object.insert(QStringLiteral("decimal_comma"), *s.decimalComma);
    return object;
}

core::Result<ImportSettings> settingsFromObject(const QJsonObject &object)
{
    ImportSettings s;
    const auto shape = shapeFromKey(object.value(QStringLiteral("shape")).toString());
    if (!shape)
        return core::Error{tr("unknown shape '%1'").arg(object.value(QStringLiteral("shape")).toString()),
                           {}};
    s.shape = *shape;
    s.source = object.value(QStringLiteral("source")).toString(s.source);
    const QJsonObject mapping = object.value(QStringLiteral("mapping")).toObject();
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        const auto field = fieldFromKey(it.key());
        if (!field)
            return core::Error{tr("unknown field '%1'").arg(it.key()), {}};
        const QJsonObject column = it.value().toObject();
        s.map(*field, {column.value(QStringLiteral("header")).toString(),
                       column.value(QStringLiteral("true_value")).toString()});
    }
    s.csatScale = {object.value(QStringLiteral("csat_min")).toInt(1),
                   object.value(QStringLiteral("csat_max")).toInt(5)};
    s.timeZone = object.value(QStringLiteral("time_zone")).toString();
    if (object.contains(QStringLiteral("date_order")))
        s.dateOrder =
            enumFromKey<DateOrder>(dateOrderKeys, object.value(QStringLiteral("date_order")).toString());
    s.durationUnit =
        enumFromKey<DurationUnit>(unitKeys, object.value(QStringLiteral("duration_unit")).toString())
            .value_or(DurationUnit::Seconds);
    if (object.contains(QStringLiteral("decimal_comma")))
        s.decimalComma = object.value(QStringLiteral("decimal_comma")).toBool();
    s.durationsAreAverages = object.value(QStringLiteral("averages")).toBool();
    s.defaultTeam = object.value(QStringLiteral("default_team")).toString();
    s.defaultChannel = object.value(QStringLiteral("default_channel")).toString(s.defaultChannel);
    s.rejectThreshold = object.value(QStringLiteral("reject_threshold")).toDouble(s.rejectThreshold);
    s.sheet = object.value(QStringLiteral("sheet")).toInt();
    return s;
}

} // namespace

QString shapeKey(Shape shape)
{
    return QString::fromLatin1(shapeKeys[static_cast<int>(shape)]);
}

std::optional<Shape> shapeFromKey(QStringView key)
{
    if (key.compare(QLatin1String("agent-day"), Qt::CaseInsensitive) == 0)
        return Shape::AgentDay;
    return enumFromKey<Shape>(shapeKeys, key);
}

bool shapeUsesField(Shape shape, Field field)
{
    using F = Field;
    switch (shape) {
    case Shape::Conversations:
        return field != F::Calls && field != F::OnQueueS && field != F::CsatResponses &&
               field != F::AttendanceStatus && field != F::LateMinutes && field != F::ShiftStart &&
               field != F::ShiftMinutes && field != F::Adherence && field != F::Product && field != F::Tier;
    case Shape::AgentDay:
        for (const F used :
             {F::Agent, F::Team, F::Date, F::StartedAt, F::Calls, F::WaitS, F::TalkS, F::HoldS, F::AcwS,
              F::HandleS, F::Csat, F::CsatResponses, F::SaleCount, F::SaleAmount, F::OnQueueS}) {
            if (field == used)
                return true;
        }
        return false;
    case Shape::Surveys:
        return field == F::ConversationId || field == F::Agent || field == F::Csat || field == F::Nps ||
               field == F::Date || field == F::StartedAt;
    case Shape::Sales:
        return field == F::ConversationId || field == F::Agent || field == F::Team || field == F::Date ||
               field == F::StartedAt || field == F::SaleAmount || field == F::Product || field == F::Tier;
    case Shape::Attendance:
        return field == F::Agent || field == F::Team || field == F::Date || field == F::AttendanceStatus ||
               field == F::LateMinutes || field == F::ShiftStart || field == F::ShiftMinutes ||
               field == F::Adherence;
    }
    return false;
}

QByteArray ImportSettings::toJson() const
{
    return QJsonDocument(settingsObject(*this)).toJson(QJsonDocument::Compact);
}

core::Result<ImportSettings> ImportSettings::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return core::Error{tr("import settings are not valid JSON: %1").arg(error.errorString()), {}};
    return settingsFromObject(document.object());
}

std::optional<int> ImportProfile::fit(const QStringList &headers) const
{
    if (!exactHeaders.isEmpty()) {
        if (exactHeaders.size() != headers.size())
            return std::nullopt;
        for (int i = 0; i < headers.size(); ++i) {
            if (normalizedHeader(exactHeaders.at(i)) != normalizedHeader(headers.at(i)))
                return std::nullopt;
        }
        return 1000; // an exact match beats any rule count
    }
    int found = 0;
    for (const FieldRule &r : rules) {
        const bool present = presentHeader(r, headers).has_value();
        if (r.required && !present)
            return std::nullopt;
        found += present ? 1 : 0;
    }
    return found;
}

ImportSettings ImportProfile::resolve(const QStringList &headers) const
{
    ImportSettings resolved = settings;
    QStringList claimed;
    for (const FieldRule &r : rules) {
        if (const auto header = presentHeader(r, headers, claimed)) {
            resolved.map(r.field, {*header, r.trueValue});
            claimed.append(*header);
        }
    }
    return resolved;
}

QList<ImportProfile> builtInProfiles()
{
    return {talkdeskProfile(), genesysProfile(), five9Profile(), zendeskProfile(), genericProfile()};
}

ImportProfile chooseProfile(const QStringList &headers, const QList<ImportProfile> &savedProfiles)
{
    std::optional<ImportProfile> best;
    int bestFit = -1;
    for (const QList<ImportProfile> &group : {savedProfiles, builtInProfiles()}) {
        for (const ImportProfile &profile : group) {
            if (profile.name == QStringLiteral("Generic"))
                continue;
            const auto fit = profile.fit(headers);
            if (fit && *fit > bestFit) {
                best = profile;
                bestFit = *fit;
            }
        }
    }
    return best ? *best : genericProfile();
}

std::optional<ImportProfile> findProfile(const QString &name, const QList<ImportProfile> &savedProfiles)
{
    for (const QList<ImportProfile> &group : {savedProfiles, builtInProfiles()}) {
        for (const ImportProfile &profile : group) {
            if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
                return profile;
        }
    }
    return std::nullopt;
}

ImportProfile savedProfile(const QString &name, const ImportSettings &settings, const QStringList &headers)
{
    ImportProfile profile;
    profile.name = name;
    profile.builtIn = false;
    profile.settings = settings;
    profile.exactHeaders = headers;
    for (int i = 0; i < FieldCount; ++i) {
        if (settings.mapping[i])
            profile.rules.append(
                {static_cast<Field>(i), {settings.mapping[i]->header}, true, settings.mapping[i]->trueValue});
    }
    return profile;
}

QByteArray profileToJson(const ImportProfile &profile)
{
    const QJsonObject object{{QStringLiteral("settings"), settingsObject(profile.settings)},
                             {QStringLiteral("headers"), QJsonArray::fromStringList(profile.exactHeaders)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

core::Result<ImportProfile> profileFromJson(const QString &name, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return core::Error{tr("profile '%1' is not valid JSON: %2").arg(name, error.errorString()), {}};
    auto settings = settingsFromObject(document.object().value(QStringLiteral("settings")).toObject());
    if (!settings)
        return core::Error{tr("profile '%1': %2").arg(name, settings.error().message), {}};
    QStringList headers;
    for (const QJsonValue &value : document.object().value(QStringLiteral("headers")).toArray())
        headers.append(value.toString());
    return savedProfile(name, settings.value(), headers);
}

} // namespace huddle::importers
