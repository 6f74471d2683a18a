#pragma once

#include "dialect.h"

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <deque>
#include <functional>

namespace huddle::storage {

// The prepared statements of one transaction, kept until it has ended: Qt's QPSQL driver deallocates a
// statement when its QSqlQuery goes, and a DEALLOCATE inside a transaction that an error has aborted fails
// (Qt warns "Unable to free statement" on standard error). Declare it before the transaction's guard.
class PreparedStatements {
public:
    explicit PreparedStatements(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    QSqlQuery &add() { return m_queries.emplace_back(m_db); }

private:
    QSqlDatabase m_db;
    std::deque<QSqlQuery> m_queries; // a deque keeps the references it handed out valid
};

// Writes queued rows with multi-row INSERTs: one statement per few hundred rows instead of one per row, which
// is what a server's round trips make slow (Qt's QPSQL driver runs QSqlQuery::execBatch as one EXECUTE per
// row). A full statement is prepared once; what is left at the end goes in one shorter statement. Used by
// the database copy (databasecopy.cpp) and by an import's conversations on a server (conversationbatch.h).
class MultiRowInsert {
public:
    // Into `table` (`columns`), both as the SQL names them (quoted by the caller where needed). With
    // `returning`, each statement ends with RETURNING it and `returned` sees every row it gives back. Its
    // two statements come from `statements`.
    MultiRowInsert(Dialect dialect, PreparedStatements &statements, const QString &table,
                   const QStringList &columns, const QString &returning = {},
                   std::function<void(const QSqlQuery &)> returned = {});

    // One row's values, in column order.
    void queue(const QVariantList &row);
    // As many rows are queued as one statement takes.
    bool isFull() const { return m_queued == m_rowsPerStatement; }
    // Writes the queued rows; an error names `what` (sqlutil.h's sqlError), and the rows stay queued.
    core::Status flush(const QString &what);

private:
    QString insertSql(int rows) const;

    QString m_table;
    QStringList m_columns;
    QString m_returning;
    std::function<void(const QSqlQuery &)> m_returned;
    int m_rowsPerStatement = 1;
    int m_queued = 0;
    QVariantList m_values;
    QSqlQuery &m_full;
    bool m_fullPrepared = false;
    QSqlQuery &m_rest; // prepared again for each shorter batch
};

} // namespace huddle::storage
