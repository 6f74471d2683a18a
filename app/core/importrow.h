#pragma once

#include "records.h"

#include <QByteArray>
#include <QDate>
#include <QTime>

#include <optional>

namespace huddle::core {

// What one row of an imported file describes.
enum class ImportShape { Conversations, AgentDay, Surveys, Sales, Attendance };

// One row of an imported file, parsed and validated, in Huddle's terms (text as UTF-8). Which members are
// set depends on the shape. Importers fill it; storage writes it.
struct ImportRow {
    qint64 line = 0;
    QByteArray conversationId; // empty: storage keys the row by its content
    QByteArray agent;
    QByteArray team;
    QByteArray topic;
    QByteArray customerId;
    QByteArray subject;
    QByteArray transcript;
    QByteArray product;
    QByteArray tier;
    Channel channel = Channel::Call;
    qint64 startedUtc = 0; // seconds since the epoch; valid when `day` is
    QDate day;             // calendar day in the site's time zone
    bool answered = true;
    std::optional<int> waitS, talkS, holdS, acwS, handleS, firstResponseS, resolutionS, onQueueS;
    std::optional<bool> resolved;
    std::optional<int> csat;           // raw score on the import's CSAT scale
    std::optional<double> csatPercent; // agent-day: CSAT % of the day
    std::optional<int> csatResponses;
    std::optional<int> nps;
    std::optional<int> calls;
    std::optional<int> saleCount;
    std::optional<qint64> saleCents;
    std::optional<qint64> closedUtc;
    std::optional<AttendanceStatus> attendance;
    std::optional<int> lateMinutes, shiftMinutes;
    std::optional<QTime> shiftStart;
    std::optional<double> adherence;
    quint64 hash = 0; // of every value above, to recognise an unchanged re-import
};

} // namespace huddle::core
