#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

namespace huddle::storage {

// A prepared statement on the native SQLite handle, for the bulk paths where QSqlQuery's QVariant
// round trips cost more than the work; used through EngineStatement. Bind by 1-based position.
class SqliteStatement {
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    core::Status prepare(sqlite3 *db, const QString &sql);
    void reset();
    int parameterCount() const;

    void bindNull(int index);
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QByteArray &utf8); // empty → NULL; the bytes must live until step()
    void bindText(int index, const QString &text);

    // Steps once: true when a row is available, false when done; errors go to `error`.
    bool step(core::Error &error);

    qint64 columnInt(int index) const;
    bool columnIsNull(int index) const;
    QByteArray columnText(int index) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

// The sqlite3 handle behind a Qt connection (QSQLITE exposes it through QSqlDriver::handle()).
sqlite3 *nativeHandle(const QSqlDatabase &db);

} // namespace huddle::storage
