#pragma once

#include "conversationbatch.h"
#include "dialect.h"
#include "enginestatement.h"
#include "fcrinference.h"

#include "core/csatscale.h"
#include "core/importrow.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <map>
#include <memory>

namespace huddle::storage {

class Database;

// What is recorded about an import in the imports table.
struct ImportMeta {
    QString fileName;
    QString sha256;
    qint64 fileSize = 0;
    QString profile;
    core::ImportShape shape = core::ImportShape::Conversations;
    QString source;
    QByteArray settingsJson;
    core::CsatScale csatScale;
    QString defaultTeam;               // team of agents the file does not place in one
    bool writesSurvey = false;         // the file maps CSAT or NPS: a re-import overwrites survey answers
    bool writesSales = false;          // … sale count or amount
    bool durationsAreAverages = false; // agent-day files: durations per call, to be multiplied by calls
    QString siteTimeZone;              // recorded as the site's zone when the database has none yet
    qint64 estimatedRows = 0;          // rows the file probably holds (from its size), for bulk tactics
    QString actor; // who imports, named in the audit log (late bonus data); empty: "huddle"
};

struct ImportCounts {
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 duplicates = 0;
    qint64 blank = 0;
    qint64 rejected = 0;
};

// ConflictInFile: the file has a second, different row for an agent-day or attendance key it already wrote.
enum class WriteOutcome { Inserted, Updated, Duplicate, NotFound, ConflictInFile };

// Writes the rows of one import in one transaction, on either engine through EngineStatement (on SQLite the
// native handle, the bulk path of architecture.md; on PostgreSQL prepared statements on the connection). Rows
// are keyed so that a re-import never duplicates:
//  - conversations by (source, conversation id); without an id column by their content key
//    "~started_at|agent|customer" — an identical row again is a duplicate, a different row with the same
//    key gets "#2", "#3", … in file order, so re-importing the same file finds the same keys;
//  - survey rows join the conversation with that id from the same source (NotFound otherwise);
//  - agent-day rows by (source, agent, day); attendance by (agent, day);
//  - sales by (source, conversation id when mapped, else content key with occurrence number).
// An unchanged row (same row_hash) is a Duplicate and left alone; a changed one is Updated after its old
// values are saved to import_replaced, so ImportHistory::undo can restore them. Agents and teams are
// found by name and created when new (recorded with the import, like the team memberships of new agents).
// Nothing is visible to other connections until commit(); destroying the writer without commit rolls
// everything back.
class ImportWriter {
public:
    // On PostgreSQL, waits while another client's import into the same database is running (imports there run
    // one at a time, as on SQLite) and gives up with an error when `cancel` is set meanwhile.
    static core::Result<std::unique_ptr<ImportWriter>> begin(const Database &database, ImportMeta meta,
                                                             const std::atomic_bool *cancel = nullptr);
    ~ImportWriter();

    // On a server, an import of conversations holds the keys of their source's stored conversations in
    // memory unless there are more than this many (default 2,000,000); above, it looks each key up on the
    // server. Tests set 0 to run that path on a small file.
    static void setConversationKeysInMemoryLimit(qint64 limit);

    core::Result<WriteOutcome> write(const core::ImportRow &source);
    // Records the counts, brings inferred FCR up to date, records rows that fall in locked bonus months
    // (storage/bonuslatedata.h) and commits.
    core::Status commit(const ImportCounts &counts);
    // After commit: the locked bonus months the import wrote rows in (inserted or updated, by the row's site
    // day; a survey answer by its conversation's day) → how many rows.
    const QMap<QDate, int> &lockedBonusMonths() const { return m_lockedBonusMonths; }
    qint64 importId() const { return m_importId; }
    // The file's SHA-256, known only once it has been read through; recorded by commit().
    void setSha256(const QString &sha256) { m_meta.sha256 = sha256; }

private:
    ImportWriter(QSqlDatabase db, ImportMeta meta);
    core::Status waitForOtherImports(const std::atomic_bool *cancel);
    core::Status prepareStatements();
    core::Status insertImportRecord();

    core::Result<WriteOutcome> writeShaped(const core::ImportRow &row);
    void countWritten(QDate day, WriteOutcome outcome);
    core::Result<WriteOutcome> writeConversation(const core::ImportRow &row);
    core::Result<WriteOutcome> writeSurvey(const core::ImportRow &row);
    core::Result<WriteOutcome> writeAgentDay(const core::ImportRow &row);
    core::Result<WriteOutcome> writeAttendance(const core::ImportRow &row);
    core::Result<WriteOutcome> writeSale(const core::ImportRow &row);

    // Existing row by key: id, its row_hash and which import last wrote it.
    struct Existing {
        qint64 id = 0;
        quint64 hash = 0;
        qint64 importId = 0;
    };
    core::Result<std::optional<Existing>> find(EngineStatement &select);
    core::Result<WriteOutcome> upsert(const QString &table, EngineStatement &select, EngineStatement &insert,
                                      EngineStatement &update, quint64 hash,
                                      const std::function<void(EngineStatement &)> &bindValues);
    core::Result<WriteOutcome> overwrite(const QString &table, EngineStatement &update,
                                         const Existing &existing,
                                         const std::function<void(EngineStatement &)> &bindValues);
    core::Result<WriteOutcome> upsertBatched(const QByteArray &externalId, quint64 hash,
                                             const std::function<void(EngineStatement &)> &bindValues);
    core::Status snapshot(const QString &table, qint64 rowId);
    QByteArray contentKey(const core::ImportRow &row, QByteArray key, bool identicalIsDuplicate,
                          bool &duplicateInFile);

    core::Result<qint64> agentId(const QByteArray &name, QDate day, const QByteArray &team);
    core::Result<qint64> teamId(const QByteArray &name);
    core::Result<qint64> teamOf(qint64 agentId, QDate day);
    core::Result<qint64> findOrInsertNamed(const QByteArray &name, EngineStatement &select,
                                           EngineStatement &insert, bool &created);
    core::Status addMembershipsOfNewAgents();
    core::Status recordLockedMonths();
    core::Status deferIndexesForBulkLoad();
    core::Status recreateDeferredIndexes(const QStringList &names);

    QSqlDatabase m_db;
    const Database *m_database = nullptr;
    Dialect m_dialect = Dialect::SQLite;
    ImportMeta m_meta;
    QByteArray m_source;
    quint64 m_settingsHash = 0; // FNV-1a of the settings that shape stored values
    qint64 m_importId = 0;
    bool m_open = false;
    QList<std::pair<QString, QString>> m_deferredIndexes; // name, CREATE statement
    FcrChanges m_fcr;
    QHash<QDate, int> m_rowsPerMonth; // first day of a month → rows inserted or updated in it
    QMap<QDate, int> m_lockedBonusMonths;
    QHash<QByteArray, qint64> m_agents;
    QHash<QByteArray, qint64> m_teams;
    struct NewAgent {
        QDate firstDay;
        qint64 teamId = 0;
    };
    QHash<qint64, NewAgent> m_newAgents;
    struct Membership {
        QDate from, to;
        qint64 teamId;
    };
    QHash<qint64, QList<Membership>> m_memberships;
    QHash<QByteArray, QList<quint64>> m_seenKeys;
    std::unique_ptr<ConversationBatch> m_conversationBatch; // PostgreSQL, conversations: see its header
    std::map<QString, std::unique_ptr<EngineStatement>>
        m_snapshots; // per table // content key → row hashes seen in this file
    std::unique_ptr<EngineStatement> m_findConversation, m_insertConversation, m_updateConversation,
        m_updateSurvey, m_findStats, m_insertStats, m_updateStats, m_findAttendance, m_insertAttendance,
        m_updateAttendance, m_findSale, m_insertSale, m_updateSale, m_findAgent, m_insertAgent, m_findTeam,
        m_insertTeam, m_memberships_q;
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::ImportWriter)
};

} // namespace huddle::storage
