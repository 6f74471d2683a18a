#pragma once

#include "multirowinsert.h"

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace huddle::storage {

// The PostgreSQL path of an import's conversations (ImportWriter). Row by row, each conversation took two
// round trips to the server: a SELECT for its key and the INSERT. Here the keys of the source's conversations
// are read once, at the start of the import, and new conversations are written with multi-row INSERTs of
// several hundred rows. The import holds the import lock (ImportWriter::waitForOtherImports) from before the
// keys are read, so no other import can add a key meanwhile.
//
// Of a pending row the id is not known until its INSERT has run: it is 0 in Known until then, and an update
// of such a row flushes first. A refused multi-row INSERT rolls the whole import back, as a refused row did.
// Its error names the first and last conversation ids written together, besides the server's message (which
// names the offending key where there is one); the file line the importer adds is that of the row being
// written when the batch went, not necessarily the offending one. The importer has checked every value by
// then, so a refusal means the server's trouble (a lost connection, a full disk) more than the file's.
class ConversationBatch {
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::ConversationBatch)

public:
    struct Known {
        qint64 id = 0; // 0: written by this import, its INSERT still pending
        quint64 hash = 0;
        qint64 importId = 0;
    };

    // Reads the keys of `source`'s conversations on `db` (in the import's transaction); nullptr when the
    // source holds more than `maxKnown` of them, whose keys would take too much memory (about 100 bytes
    // each): that import goes row by row. `columns` are the INSERT's, in the order of the values add() takes.
    static core::Result<std::unique_ptr<ConversationBatch>>
    load(const QSqlDatabase &db, const QByteArray &source, const QStringList &columns, qint64 maxKnown);

    // The stored or pending conversation of the source with this external id; nullptr when there is none.
    Known *find(const QByteArray &externalId);
    // Queues a new conversation's row (its values in column order), written once enough rows are queued.
    core::Status add(const QByteArray &externalId, quint64 hash, qint64 importId, const QVariantList &values);
    // Writes the queued rows and learns their ids.
    core::Status flush();

private:
    ConversationBatch(const QSqlDatabase &db, const QStringList &columns);

    QHash<QByteArray, Known> m_known;
    QList<QByteArray> m_pendingKeys; // to name them when their INSERT fails
    // Declared before the INSERT that takes its statements from it, so they go after it.
    PreparedStatements m_statements;
    MultiRowInsert m_insert;
};

} // namespace huddle::storage
