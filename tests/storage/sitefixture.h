#pragma once

// Small hand-built databases for the storage tests, written through RecordWriter and QaWriter. Every
// number the tests expect from them is worked out by hand in tst_storage.cpp.
#include "core/records.h"
#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace huddle::storage {
class Database;
}

namespace fixture {

// The four days of the small site: Friday 1 to Monday 4 March 2024.
inline const QDate D1{2024, 3, 1};
inline const QDate D2{2024, 3, 2};
inline const QDate D3{2024, 3, 3};
inline const QDate D4{2024, 3, 4};

// Two teams, three agents; Ben moves from Alpha to Bravo on D3. Conversations c1…c9, surveys, sales,
// attendance of every status, evaluations and review notes whose bodies are "n1"…"n5" (see
// sitefixture.cpp for the rows).
struct SmallSite {
    qint64 alpha = 0;
    qint64 bravo = 0;
    qint64 ana = 0;
    qint64 ben = 0;
    qint64 cat = 0;
    QHash<QString, qint64> conversations; // "c1" → id
};

huddle::core::Result<SmallSite> buildSmallSite(huddle::storage::Database &database);

// A new database file at `path` holding the small site.
struct OpenedSite {
    std::unique_ptr<huddle::storage::Database> database;
    SmallSite site;
};
huddle::core::Result<OpenedSite> openSmallSite(const QString &path);

// What the paging tests need to know about each conversation, kept independently of the database.
struct PagedConversation {
    qint64 id = 0;
    QString externalId;
    QString startedAt; // as stored: ISO-8601 UTC text
    QDate day;
    std::optional<QString> agent;
    qint64 agentId = 0;
    qint64 teamId = 0;
    QString channel;
    std::optional<QString> queue;
    std::optional<int> wait;
    std::optional<int> handle;
    std::optional<int> resolved;
    std::optional<int> csat;
    QString customerId;
};

// Sixty conversations with many ties and NULLs in every sortable column, plus ids and customers holding
// '%' and '_' for the search tests.
huddle::core::Result<QList<PagedConversation>> buildPagingSite(huddle::storage::Database &database);

} // namespace fixture
