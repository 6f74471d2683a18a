#pragma once

#include "core/csatscale.h"
#include "core/daterange.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace huddle::storage {

class Database;

// The conversations behind one KPI figure, for drill-down: opening a figure lists exactly the rows its n
// counts, by the conditions KpiRepository counts them with (kpisources.cpp). Figures from per-agent-day
// summaries (agent_day_stats) have no conversations to list, so where a site imports those, a summary's
// share of n has no rows here.
enum class ConversationSubset {
    All,           // offered: the n of service level and abandon %
    Handled,       // answered: handled, and the n of sales conversion and CpH
    HandleTimes,   // answered with a handle time: AHT
    Waits,         // answered with a wait time: ASA
    FcrDecided,    // answered, with a resolved flag exported or inferred: FCR
    CsatResponses, // with a CSAT answer
    NpsResponses,  // with an NPS answer
    Sales,         // with a sale on the conversation or recorded against it
    Abandoned,
};

struct ConversationFilter {
    core::DateRange range;
    std::optional<qint64> teamId;
    std::optional<qint64> agentId;
    QString search; // part of the external id or the customer id
    ConversationSubset subset = ConversationSubset::All;
};

enum class ConversationSort { StartedAt, ExternalId, Agent, Channel, Queue, Wait, Handle, Resolved, Csat };

struct ConversationRow {
    qint64 id = 0;
    QString source;
    QString externalId;
    QDateTime startedAt;
    QDate day;
    QString channel;
    QString queue;
    QString agentName;
    QString teamName;
    QString customerId;
    bool answered = false;
    std::optional<int> waitSeconds;
    std::optional<int> talkSeconds;
    std::optional<int> holdSeconds;
    std::optional<int> acwSeconds;
    std::optional<int> handleSeconds;
    QString handleBasis;
    std::optional<bool> resolved;         // as exported
    std::optional<bool> resolvedInferred; // without an exported flag: no repeat contact within the FCR window
    std::optional<int> csatScore;
    core::CsatScale csatScale;
    std::optional<int> npsScore;
    QString transcriptRef;
};

// Where the previous page ended: the sort value and id of its last row (keyset paging, so page 4,000 of a
// million rows costs what page 1 costs).
struct PageCursor {
    QVariant sortValue;
    qint64 id = 0;
};

struct ConversationPage {
    QList<ConversationRow> rows;
    std::optional<PageCursor> next; // empty at the end
};

class ConversationRepository {
public:
    explicit ConversationRepository(const Database &database);

    core::Result<ConversationPage> page(const ConversationFilter &filter, ConversationSort sort,
                                        Qt::SortOrder order, const std::optional<PageCursor> &after,
                                        int limit) const;
    core::Result<qint64> count(const ConversationFilter &filter) const;
    core::Result<ConversationRow> byId(qint64 id) const;

private:
    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
};

} // namespace huddle::storage
