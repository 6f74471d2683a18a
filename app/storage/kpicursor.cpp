#include "kpicursor.h"

#include "sqldialect.h"

#include <QSqlError>
#include <QVariant>

namespace huddle::storage {

namespace {

core::Error queryError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return core::Error{text + QStringLiteral(" in: ") + query.lastQuery(), {}};
}

} // namespace

KpiCursor::KpiCursor(const QSqlDatabase &db)
{
    if (dialectOf(db) == Dialect::SQLite) {
        m_db = nativeHandle(db);
        return;
    }
    m_query = std::make_unique<QSqlQuery>(db);
    m_query->setForwardOnly(true);
    // NUMERIC (SUM over BIGINT) as its exact text rather than a double; toLongLong() reads that text.
    m_query->setNumericalPrecisionPolicy(QSql::HighPrecision);
}

KpiCursor::~KpiCursor() = default;

core::Status KpiCursor::prepare(const QString &sql)
{
    if (m_query) {
        m_executed = false;
        if (!m_query->prepare(sql))
            return queryError(*m_query);
        return core::Done{};
    }
    if (!m_db)
        return core::Error{QStringLiteral("KPI queries need an SQLite or PostgreSQL connection"), {}};
    return m_native.prepare(m_db, sql);
}

void KpiCursor::bindNull(int index)
{
    if (m_query)
        m_query->bindValue(index - 1, QVariant());
    else
        m_native.bindNull(index);
}

void KpiCursor::bind(int index, qint64 value)
{
    if (m_query)
        m_query->bindValue(index - 1, value);
    else
        m_native.bind(index, value);
}

void KpiCursor::bindText(int index, const QString &text)
{
    if (m_query)
        m_query->bindValue(index - 1, text.isEmpty() ? QVariant() : QVariant(text));
    else
        m_native.bindText(index, text);
}

bool KpiCursor::step(core::Error &error)
{
    if (!m_query)
        return m_native.step(error);
    if (!m_executed) {
        m_executed = true;
        if (!m_query->exec()) {
            error = queryError(*m_query);
            return false;
        }
    }
    if (m_query->next())
        return true;
    if (m_query->lastError().isValid())
        error = queryError(*m_query);
    return false;
}

// SqliteStatement reads integers and text; a REAL comes as SQLite's 15-significant-digit text of it.
double KpiCursor::columnReal(int index) const
{
    if (m_query)
        return m_query->value(index).toDouble();
    return m_native.columnIsNull(index) ? 0.0 : m_native.columnText(index).toDouble();
}

} // namespace huddle::storage
