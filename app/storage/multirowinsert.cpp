#include "multirowinsert.h"

#include "sqlutil.h"

#include <algorithm>

namespace huddle::storage {

namespace {

// Bound values per statement. SQLite: 999, its limit before 3.32.0 (https://sqlite.org/limits.html, item 9);
// more rows per statement do not make it faster. PostgreSQL: below the 65,535 parameters of its protocol;
// measured on 194,174 conversations (41 columns), 30,000 (731 rows a statement) copied in half the time of
// 999.
int maxParameters(Dialect dialect)
{
    return dialect == Dialect::SQLite ? 999 : 30000;
}

} // namespace

MultiRowInsert::MultiRowInsert(Dialect dialect, PreparedStatements &statements, const QString &table,
                               const QStringList &columns, const QString &returning,
                               std::function<void(const QSqlQuery &)> returned)
    : m_table(table)
    , m_columns(columns)
    , m_returning(returning)
    , m_returned(std::move(returned))
    , m_rowsPerStatement(std::max<int>(1, maxParameters(dialect) / std::max<int>(1, int(columns.size()))))
    , m_full(statements.add())
    , m_rest(statements.add())
{
}

void MultiRowInsert::queue(const QVariantList &row)
{
    m_values.append(row);
    ++m_queued;
}

core::Status MultiRowInsert::flush(const QString &what)
{
    if (m_queued == 0)
        return core::Done{};
    const bool full = isFull();
    QSqlQuery &insert = full ? m_full : m_rest;
    if (!full || !m_fullPrepared) {
        if (!insert.prepare(insertSql(m_queued)))
            return sqlError(insert, what);
        m_fullPrepared = m_fullPrepared || full;
    }
    for (int i = 0; i < m_values.size(); ++i)
        insert.bindValue(i, m_values.at(i));
    if (!insert.exec())
        return sqlError(insert, what);
    if (m_returned)
        while (insert.next())
            m_returned(insert);
    insert.finish();
    m_values.clear();
    m_queued = 0;
    return core::Done{};
}

QString MultiRowInsert::insertSql(int rows) const
{
    const QString row = QLatin1Char('(') +
                        QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                      .arg(m_table, m_columns.join(QStringLiteral(", ")),
                           QStringList(rows, row).join(QLatin1Char(',')));
    if (!m_returning.isEmpty())
        sql += QStringLiteral(" RETURNING ") + m_returning;
    return sql;
}

} // namespace huddle::storage
