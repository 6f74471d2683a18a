#include "rowconverter.h"
#include "translation.h"

#include "core/fnv1a.h"

#include <QCoreApplication>

#include <cmath>
#include <cstring>

namespace huddle::importers {

namespace {

QByteArrayView trimmed(QByteArrayView cell)
{
    while (!cell.isEmpty() && (cell.front() == ' ' || cell.front() == '\t'))
        cell = cell.sliced(1);
    while (!cell.isEmpty() && (cell.back() == ' ' || cell.back() == '\t'))
        cell.chop(1);
    return cell;
}

quint64 rowHash(const ImportRow &r)
{
    core::Fnv1a h;
    for (const QByteArray *text : {&r.conversationId, &r.agent, &r.team, &r.topic, &r.customerId, &r.subject,
                                   &r.transcript, &r.product, &r.tier})
        h.text(*text);
    h.plain(static_cast<int>(r.channel));
    h.plain(r.startedUtc);
    h.plain(r.day.isValid() ? r.day.toJulianDay() : 0);
    h.plain(r.answered);
    for (const std::optional<int> *v :
         {&r.waitS, &r.talkS, &r.holdS, &r.acwS, &r.handleS, &r.firstResponseS, &r.resolutionS, &r.onQueueS,
          &r.csat, &r.csatResponses, &r.nps, &r.calls, &r.saleCount, &r.lateMinutes, &r.shiftMinutes})
        h.value(*v);
    h.value(r.resolved);
    h.value(r.csatPercent);
    h.value(r.saleCents);
    h.value(r.closedUtc);
    h.value(r.adherence);
    h.value(r.attendance ? std::optional<int>(static_cast<int>(*r.attendance)) : std::nullopt);
    h.value(r.shiftStart ? std::optional<int>(r.shiftStart->msecsSinceStartOfDay()) : std::nullopt);
    return h.result();
}

bool equalsIgnoringCase(QByteArrayView a, const char *b)
{
    const auto n = static_cast<qsizetype>(std::strlen(b));
    return a.size() == n && qstrnicmp(a.data(), b, n) == 0;
}

std::optional<core::Channel> channelFrom(QByteArrayView text)
{
    struct Name {
        const char *text;
        core::Channel channel;
    };
    static constexpr Name names[] = {
        {"call", core::Channel::Call},     {"voice", core::Channel::Call},     {"phone", core::Channel::Call},
        {"inbound", core::Channel::Call},  {"outbound", core::Channel::Call},  {"chat", core::Channel::Chat},
        {"message", core::Channel::Chat},  {"messaging", core::Channel::Chat}, {"sms", core::Channel::Chat},
        {"email", core::Channel::Email},   {"e-mail", core::Channel::Email},   {"mail", core::Channel::Email},
        {"ticket", core::Channel::Ticket}, {"web", core::Channel::Ticket}};
    for (const Name &name : names) {
        if (equalsIgnoringCase(text, name.text))
            return name.channel;
    }
    return std::nullopt;
}

std::optional<core::AttendanceStatus> attendanceFrom(QByteArrayView text)
{
    struct Name {
        const char *text;
        core::AttendanceStatus status;
    };
    static constexpr Name names[] = {{"present", core::AttendanceStatus::Present},
                                     {"late", core::AttendanceStatus::Late},
                                     {"excused", core::AttendanceStatus::ExcusedAbsence},
                                     {"excused absence", core::AttendanceStatus::ExcusedAbsence},
                                     {"unexcused", core::AttendanceStatus::UnexcusedAbsence},
                                     {"unexcused absence", core::AttendanceStatus::UnexcusedAbsence},
                                     {"absent", core::AttendanceStatus::UnexcusedAbsence},
                                     {"ncns", core::AttendanceStatus::NoCallNoShow},
                                     {"no-call-no-show", core::AttendanceStatus::NoCallNoShow},
                                     {"no call no show", core::AttendanceStatus::NoCallNoShow}};
    for (const Name &name : names) {
        if (equalsIgnoringCase(text, name.text))
            return name.status;
    }
    return std::nullopt;
}

// Zendesk rates good/bad; on a 0–1 scale those words are the scores, and "offered"/"unoffered" mean the
// survey was sent but not answered.
std::optional<int> goodBadScore(QByteArrayView text)
{
    if (equalsIgnoringCase(text, "good"))
        return 1;
    if (equalsIgnoringCase(text, "bad"))
        return 0;
    return std::nullopt;
}

bool isUnansweredSurvey(QByteArrayView text)
{
    return equalsIgnoringCase(text, "offered") || equalsIgnoringCase(text, "unoffered");
}

template <typename T> bool take(core::Result<T> parsed, std::optional<T> &slot, QString &reason)
{
    if (!parsed) {
        reason = parsed.error().message;
        return false;
    }
    slot = parsed.value();
    return true;
}

QString dateOrderExample(DateOrder order)
{
    switch (order) {
    case DateOrder::Mdy:
        return QStringLiteral("M/D/YYYY");
    case DateOrder::Dmy:
        return QStringLiteral("D/M/YYYY");
    case DateOrder::Ymd:
        break;
    }
    return QStringLiteral("YYYY-MM-DD");
}

} // namespace

QStringList requiredFieldKeys(Shape shape)
{
    switch (shape) {
    case Shape::Conversations:
        return {QStringLiteral("agent"), QStringLiteral("date")};
    case Shape::AgentDay:
        return {QStringLiteral("agent"), QStringLiteral("date"), QStringLiteral("calls")};
    case Shape::Surveys:
        return {QStringLiteral("conversation_id"), QStringLiteral("csat")};
    case Shape::Sales:
        return {QStringLiteral("agent"), QStringLiteral("date"), QStringLiteral("sale_amount")};
    case Shape::Attendance:
        return {QStringLiteral("agent"), QStringLiteral("date"), QStringLiteral("attendance_status")};
    }
    return {};
}

core::Result<RowConverter> RowConverter::create(const QStringList &headers, const ImportSettings &settings,
                                                const Options &options)
{
    const QString found = headers.join(QStringLiteral(", "));
    std::vector<Column> columns;
    for (int f = 0; f < FieldCount; ++f) {
        const auto &mapping = settings.mapping[f];
        if (!mapping)
            continue;
        int index = static_cast<int>(headers.indexOf(mapping->header));
        for (int i = 0; index < 0 && i < headers.size(); ++i) {
            if (normalizedHeader(headers.at(i)) == normalizedHeader(mapping->header))
                index = i;
        }
        if (index < 0)
            return core::Error{tr("column '%1' mapped to '%2' is not in the file; headers found: %3")
                                   .arg(mapping->header, fieldKey(static_cast<Field>(f)), found),
                               {}};
        columns.push_back({static_cast<Field>(f), index, mapping->trueValue.toUtf8()});
    }
    // What each shape cannot do without. A date may come as started_at; CSAT may be an NPS answer instead.
    const auto has = [&](Field field) { return settings.column(field).has_value(); };
    QStringList missing;
    for (const QString &key : requiredFieldKeys(settings.shape)) {
        const Field field = *fieldFromKey(key);
        const bool present = has(field) || (field == Field::Date && has(Field::StartedAt)) ||
                             (field == Field::Csat && has(Field::Nps)) ||
                             (field == Field::SaleAmount && has(Field::SaleCount));
        if (!present)
            missing.append(QLatin1Char('\'') + key + QLatin1Char('\''));
    }
    if (!missing.isEmpty())
        return core::Error{tr("no column maps to %1; headers found: %2")
                               .arg(missing.join(tr(" or ")), found.isEmpty() ? tr("(none)") : found),
                           {}};
    return RowConverter(headers, settings, options, std::move(columns));
}

RowConverter::RowConverter(QStringList headers, ImportSettings settings, Options options,
                           std::vector<Column> columns)
    : m_headers(std::move(headers))
    , m_settings(std::move(settings))
    , m_options(std::move(options))
    , m_columns(std::move(columns))
{
}

RowConverter::Outcome RowConverter::convert(const SourceRow &source, ImportRow &row, Rejection &rejection)
{
    bool blank = true;
    for (const QByteArrayView cell : source.cells) {
        if (!trimmed(cell).isEmpty()) {
            blank = false;
            break;
        }
    }
    if (blank)
        return Outcome::Blank;

    row = ImportRow{};
    row.line = source.line;
    m_date.reset();
    m_time.reset();
    m_started.reset();
    QString reason;
    for (const Column &column : m_columns) {
        const QByteArrayView cell =
            column.index < source.cells.size() ? trimmed(source.cells.at(column.index)) : QByteArrayView();
        if (!parseCell(column, cell, row, reason)) {
            rejection = {source.line, column.index + 1, m_headers.at(column.index),
                         QString::fromUtf8(cell.data(), cell.size()), reason};
            return Outcome::Rejected;
        }
    }
    Field culprit = Field::Agent;
    if (!finishRow(row, reason, culprit)) {
        rejection = rejectionAt(source, culprit, reason);
        return Outcome::Rejected;
    }
    // A survey row without an answer (Zendesk's "offered") has nothing to record.
    if (m_settings.shape == Shape::Surveys && !row.csat && !row.nps)
        return Outcome::Blank;
    row.hash = rowHash(row);
    return Outcome::Converted;
}

// The column index resolved in create() (headers matched as normalizedHeader), not a second lookup by text.
Rejection RowConverter::rejectionAt(const SourceRow &source, Field field, const QString &reason) const
{
    for (const Column &column : m_columns) {
        if (column.field != field)
            continue;
        const QByteArrayView cell =
            column.index < source.cells.size() ? source.cells.at(column.index) : QByteArrayView();
        return {source.line, column.index + 1, m_headers.at(column.index),
                QString::fromUtf8(cell.data(), cell.size()), reason};
    }
    return {source.line, 0, {}, {}, reason};
}

// Empty cells leave a field unset; whether that is allowed is decided in finishRow.
bool RowConverter::parseCell(const Column &column, QByteArrayView cell, ImportRow &row, QString &reason)
{
    if (cell.isEmpty())
        return true;
    const bool comma = m_options.decimalComma;
    const DurationUnit unit = m_settings.durationUnit;
    switch (column.field) {
    case Field::ConversationId:
        row.conversationId = cell.toByteArray();
        return true;
    case Field::Agent:
        row.agent = cell.toByteArray();
        return true;
    case Field::Team:
        row.team = cell.toByteArray();
        return true;
    case Field::Topic:
        row.topic = cell.toByteArray();
        return true;
    case Field::CustomerId:
        row.customerId = cell.toByteArray();
        return true;
    case Field::Subject:
        row.subject = cell.toByteArray();
        return true;
    case Field::Transcript:
        row.transcript = cell.toByteArray();
        return true;
    case Field::Product:
        row.product = cell.toByteArray();
        return true;
    case Field::Tier:
        row.tier = cell.toByteArray();
        return true;
    case Field::Channel:
        if (const auto channel = channelFrom(cell)) {
            row.channel = *channel;
            return true;
        }
        reason = tr("expected a channel: call, chat, email or ticket");
        return false;
    case Field::Date:
        if (take(parseDate(cell, m_options.dateOrder), m_date, reason))
            return true;
        reason += tr(" (dates read as %1)").arg(dateOrderExample(m_options.dateOrder));
        return false;
    case Field::Time:
        return take(parseTimeOfDay(cell), m_time, reason);
    case Field::StartedAt:
        return take(parseDateTime(cell, m_options.dateOrder), m_started, reason);
    case Field::ClosedAt: {
        std::optional<DateTimeParts> closed;
        if (!take(parseDateTime(cell, m_options.dateOrder), closed, reason))
            return false;
        row.closedUtc = toUtc(closed->date, closed->time, closed->utcOffsetSeconds);
        return true;
    }
    case Field::Answered:
    case Field::Resolved: {
        std::optional<bool> flag;
        if (!column.trueValue.isEmpty())
            flag = cell.compare(QByteArrayView(column.trueValue), Qt::CaseInsensitive) == 0;
        else if (!take(parseBool(cell), flag, reason))
            return false;
        if (column.field == Field::Answered)
            row.answered = *flag;
        else
            row.resolved = flag;
        return true;
    }
    case Field::WaitS:
        return take(parseDurationSeconds(cell, unit, comma), row.waitS, reason);
    case Field::TalkS:
        return take(parseDurationSeconds(cell, unit, comma), row.talkS, reason);
    case Field::HoldS:
        return take(parseDurationSeconds(cell, unit, comma), row.holdS, reason);
    case Field::AcwS:
        return take(parseDurationSeconds(cell, unit, comma), row.acwS, reason);
    case Field::HandleS:
        return take(parseDurationSeconds(cell, unit, comma), row.handleS, reason);
    case Field::FirstResponseS:
        return take(parseDurationSeconds(cell, unit, comma), row.firstResponseS, reason);
    case Field::ResolutionS:
        return take(parseDurationSeconds(cell, unit, comma), row.resolutionS, reason);
    case Field::OnQueueS:
        return take(parseDurationSeconds(cell, unit, comma), row.onQueueS, reason);
    case Field::Csat:
        return parseCsat(cell, row, reason);
    case Field::Nps: {
        std::optional<qint64> nps;
        if (!take(parseInteger(cell), nps, reason))
            return false;
        if (*nps < 0 || *nps > 10) {
            reason = tr("NPS answers run from 0 to 10");
            return false;
        }
        row.nps = static_cast<int>(*nps);
        return true;
    }
    case Field::SaleAmount:
        return take(parseMoneyCents(cell, comma), row.saleCents, reason);
    case Field::Adherence:
        return take(parsePercent(cell, comma), row.adherence, reason);
    case Field::ShiftStart:
        return take(parseTimeOfDay(cell), row.shiftStart, reason);
    case Field::AttendanceStatus:
        row.attendance = attendanceFrom(cell);
        if (!row.attendance)
            reason = tr("expected present, late, excused, unexcused or ncns (no-call-no-show)");
        return row.attendance.has_value();
    case Field::SaleCount:
    case Field::Calls:
    case Field::CsatResponses:
    case Field::LateMinutes:
    case Field::ShiftMinutes:
        return parseCount(column.field, cell, row, reason);
    }
    return true;
}

bool RowConverter::parseCount(Field field, QByteArrayView cell, ImportRow &row, QString &reason)
{
    std::optional<qint64> count;
    if (!take(parseInteger(cell), count, reason))
        return false;
    if (*count < 0 || *count > std::numeric_limits<int>::max()) {
        reason = tr("expected a count of 0 or more");
        return false;
    }
    const int value = static_cast<int>(*count);
    switch (field) {
    case Field::SaleCount:
        row.saleCount = value;
        break;
    case Field::Calls:
        row.calls = value;
        break;
    case Field::CsatResponses:
        row.csatResponses = value;
        break;
    case Field::LateMinutes:
        row.lateMinutes = value;
        break;
    default:
        row.shiftMinutes = value;
        break;
    }
    return true;
}

// Per conversation: a score on the source's scale. Per agent-day: the day's CSAT %.
bool RowConverter::parseCsat(QByteArrayView cell, ImportRow &row, QString &reason)
{
    if (m_settings.shape == Shape::AgentDay) {
        if (!take(parsePercent(cell, m_options.decimalComma), row.csatPercent, reason))
            return false;
        if (*row.csatPercent < 0 || *row.csatPercent > 100) {
            reason = tr("a CSAT % runs from 0 to 100");
            return false;
        }
        return true;
    }
    const core::CsatScale scale = m_settings.csatScale;
    if (scale == core::CsatScale{0, 1}) {
        if (isUnansweredSurvey(cell))
            return true;
        if (const auto score = goodBadScore(cell)) {
            row.csat = score;
            return true;
        }
    }
    std::optional<qint64> score;
    if (!take(parseInteger(cell), score, reason))
        return false;
    if (!scale.contains(static_cast<int>(std::clamp<qint64>(*score, -1000, 1000)))) {
        reason = tr("CSAT %1 is outside the source's scale %2–%3").arg(*score).arg(scale.min).arg(scale.max);
        return false;
    }
    row.csat = static_cast<int>(*score);
    return true;
}

// What the shape needs beyond single cells: a start in time, an agent, and figures that add up.
bool RowConverter::finishRow(ImportRow &row, QString &reason, Field &culprit)
{
    if (m_started) {
        row.startedUtc = toUtc(m_started->date, m_started->time, m_started->utcOffsetSeconds);
    } else if (m_date) {
        row.startedUtc = toUtc(*m_date, m_time.value_or(QTime(0, 0)), std::nullopt);
    } else if (m_settings.shape != Shape::Surveys) {
        culprit = m_settings.column(Field::StartedAt) ? Field::StartedAt : Field::Date;
        reason = tr("the date is empty");
        return false;
    }
    if (m_started || m_date) {
        // Days follow the site's calendar; a file-local date without a time is already that day.
        row.day = (m_date && !m_time && !m_started)
                      ? *m_date
                      : QDateTime::fromSecsSinceEpoch(row.startedUtc, m_options.siteZone).date();
    }
    const bool needsAgent =
        m_settings.shape != Shape::Surveys && (m_settings.shape != Shape::Conversations || row.answered);
    if (needsAgent && row.agent.isEmpty()) {
        culprit = Field::Agent;
        reason = tr("the agent is empty");
        return false;
    }
    switch (m_settings.shape) {
    case Shape::Surveys:
        if (row.conversationId.isEmpty()) {
            culprit = Field::ConversationId;
            reason = tr("the conversation id is empty");
            return false;
        }
        break;
    case Shape::AgentDay:
        if (!row.calls) {
            culprit = Field::Calls;
            reason = tr("the number of conversations handled is empty");
            return false;
        }
        if (row.csatPercent && !row.csatResponses) {
            culprit = Field::CsatResponses;
            reason = tr("a CSAT % needs the number of responses it rests on");
            return false;
        }
        break;
    case Shape::Attendance:
        if (!row.attendance) {
            culprit = Field::AttendanceStatus;
            reason = tr("the attendance status is empty");
            return false;
        }
        break;
    case Shape::Sales:
        if (!row.saleCents) {
            culprit = Field::SaleAmount;
            reason = tr("the sale amount is empty");
            return false;
        }
        break;
    case Shape::Conversations:
        if (!row.answered && (row.talkS.value_or(0) > 0 || row.handleS.value_or(0) > 0)) {
            culprit = Field::Answered;
            reason = tr("marked as not answered but has a talk or handle time");
            return false;
        }
        break;
    }
    return true;
}

// Local wall-clock times become UTC through the file's zone. Looking the offset up once per day (and
// exactly only on days with a daylight-saving change) keeps a million rows from costing a million zone
// lookups.
qint64 RowConverter::toUtc(QDate date, QTime time, std::optional<int> offset)
{
    const qint64 localSeconds = (date.toJulianDay() - 2440588) * 86400 + time.msecsSinceStartOfDay() / 1000;
    if (offset)
        return localSeconds - *offset;
    const qint64 key = date.toJulianDay();
    auto it = m_offsetByDay.constFind(key);
    if (it == m_offsetByDay.constEnd()) {
        const QDateTime start(date, QTime(0, 0), m_options.fileZone);
        const QDateTime end(date, QTime(23, 59, 59), m_options.fileZone);
        const int a = m_options.fileZone.offsetFromUtc(start);
        const int b = m_options.fileZone.offsetFromUtc(end);
        it = m_offsetByDay.insert(key, a == b ? a : std::numeric_limits<int>::min());
    }
    if (*it != std::numeric_limits<int>::min())
        return localSeconds - *it;
    return QDateTime(date, time, m_options.fileZone).toSecsSinceEpoch();
}

} // namespace huddle::importers
