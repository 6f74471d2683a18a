#pragma once

#include "sqlitestatement.h"

#include "core/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

struct sqlite3;

namespace huddle::storage {

// One statement of the KPI read path on either engine, with SqliteStatement's interface: bind by 1-based
// position, step, read the row's columns by 0-based position. On SQLite it is a SqliteStatement on the
// native handle, as the KPI path always was: a team's year by agent and day is tens of thousands of rows,
// and a QVariant per value would cost more than the sums. PostgreSQL has no such handle to share, so there
// it is a forward-only QSqlQuery (the server does the sums; what comes back is small). Values read alike on
// both: integers as qint64 — PostgreSQL's SUM over BIGINT is NUMERIC, read exactly from its text — NULL as
// null (0 or empty text when read as a number or text), days as their stored 'YYYY-MM-DD' text.
class KpiCursor {
public:
    explicit KpiCursor(const QSqlDatabase &db);
    ~KpiCursor();
    KpiCursor(const KpiCursor &) = delete;
    KpiCursor &operator=(const KpiCursor &) = delete;

    core::Status prepare(const QString &sql);
    void bindNull(int index);
    void bind(int index, qint64 value);
    void bindText(int index, const QString &text); // empty → NULL, as SqliteStatement binds it

    // Steps once: true when a row is available, false when done; errors go to `error`.
    bool step(core::Error &error);

    // Inline, so that on SQLite reading a value costs one branch more than SqliteStatement alone.
    qint64 columnInt(int index) const
    {
        return m_query ? m_query->value(index).toLongLong() : m_native.columnInt(index);
    }
    bool columnIsNull(int index) const
    {
        return m_query ? m_query->isNull(index) : m_native.columnIsNull(index);
    }
    QByteArray columnText(int index) const
    {
        return m_query ? m_query->value(index).toString().toUtf8() : m_native.columnText(index);
    }
    double columnReal(int index) const;

private:
    sqlite3 *m_db = nullptr; // SQLite: the native handle
    SqliteStatement m_native;
    std::unique_ptr<QSqlQuery> m_query; // PostgreSQL
    bool m_executed = false;
};

} // namespace huddle::storage
