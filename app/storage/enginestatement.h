#pragma once

#include "sqlitestatement.h"

#include "core/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

struct sqlite3;

namespace huddle::storage {

// One statement of the two bulk paths, the KPI reads and the import writer, on either engine, with
// SqliteStatement's interface: bind by 1-based position, step, read the row's columns by 0-based position.
// Parameters are plain '?', in order (Qt's PostgreSQL driver numbers them itself; "?1" would become "$11").
// On SQLite it is a SqliteStatement on the native handle: a team's year by agent and day is tens of
// thousands of rows, an import hundreds of thousands, and a QVariant per value would cost more than the
// work. PostgreSQL has no such handle to share, so there it is a forward-only QSqlQuery (for reads the
// server does the sums and what comes back is small; an import's rows cross the connection one by one).
// Values read alike on both: integers as qint64 — PostgreSQL's SUM over BIGINT is NUMERIC, read exactly from
// its text — NULL as null (0 or empty text when read as a number or text), days as their stored
// 'YYYY-MM-DD' text. Text is bound as text on both (a QByteArray would be bytea on PostgreSQL).
class EngineStatement {
public:
    explicit EngineStatement(const QSqlDatabase &db);
    ~EngineStatement();
    EngineStatement(const EngineStatement &) = delete;
    EngineStatement &operator=(const EngineStatement &) = delete;

    core::Status prepare(const QString &sql);
    // The statement's placeholders. On PostgreSQL they are the '?' of the text, counted as written (QPSQL
    // tells none): the statements Huddle prepares here hold no '?' inside a literal or a name.
    int parameterCount() const;
    void bindNull(int index);
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QByteArray &utf8); // empty → NULL; on SQLite the bytes must live until step()
    void bindText(int index, const QString &text); // empty → NULL, as SqliteStatement binds it
    template <typename T> void bindOptional(int index, const std::optional<T> &value)
    {
        if (value)
            bind(index, static_cast<std::conditional_t<std::is_floating_point_v<T>, double, qint64>>(*value));
        else
            bindNull(index);
    }

    // PostgreSQL: the values bound so far, in parameter order, for a statement run elsewhere (an import's
    // multi-row INSERT, storage/conversationbatch.h); empty on SQLite.
    QVariantList boundValues() const;

    // Steps once: true when a row is available, false when done; errors go to `error`.
    bool step(core::Error &error);
    // Ready to bind and step again (and clears the bindings).
    void reset();
    core::Status run(); // step to completion, then reset

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
    int m_parameters = 0; // PostgreSQL: the '?' in the statement
};

} // namespace huddle::storage
