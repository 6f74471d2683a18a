#include "enginestatement.h"

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

EngineStatement::EngineStatement(const QSqlDatabase &db)
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

EngineStatement::~EngineStatement() = default;

core::Status EngineStatement::prepare(const QString &sql)
{
    if (m_query) {
        m_executed = false;
        m_parameters = static_cast<int>(sql.count(QLatin1Char('?')));
        if (!m_query->prepare(sql))
            return queryError(*m_query);
        return core::Done{};
    }
    if (!m_db)
        return core::Error{QStringLiteral("this needs an SQLite or PostgreSQL connection"), {}};
    return m_native.prepare(m_db, sql);
}

void EngineStatement::bindNull(int index)
{
    if (m_query)
        m_query->bindValue(index - 1, QVariant());
    else
        m_native.bindNull(index);
}

void EngineStatement::bind(int index, qint64 value)
{
    if (m_query)
        m_query->bindValue(index - 1, value);
    else
        m_native.bind(index, value);
}

void EngineStatement::bind(int index, double value)
{
    if (m_query)
        m_query->bindValue(index - 1, value);
    else
        m_native.bind(index, value);
}

void EngineStatement::bind(int index, const QByteArray &utf8)
{
    if (m_query)
        m_query->bindValue(index - 1, utf8.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(utf8)));
    else
        m_native.bind(index, utf8);
}

void EngineStatement::bindText(int index, const QString &text)
{
    if (m_query)
        m_query->bindValue(index - 1, text.isEmpty() ? QVariant() : QVariant(text));
    else
        m_native.bindText(index, text);
}

bool EngineStatement::step(core::Error &error)
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

QVariantList EngineStatement::boundValues() const
{
    return m_query ? m_query->boundValues() : QVariantList();
}

int EngineStatement::parameterCount() const
{
    return m_query ? m_parameters : m_native.parameterCount();
}

void EngineStatement::reset()
{
    if (!m_query) {
        m_native.reset();
        return;
    }
    m_query->finish();
    for (int i = 0; i < m_parameters; ++i)
        m_query->bindValue(i, QVariant());
    m_executed = false;
}

core::Status EngineStatement::run()
{
    core::Error error;
    while (step(error)) {
    }
    reset();
    if (!error.message.isEmpty())
        return error;
    return core::Done{};
}

// SqliteStatement reads integers and text; a REAL comes as SQLite's 15-significant-digit text of it.
double EngineStatement::columnReal(int index) const
{
    if (m_query)
        return m_query->value(index).toDouble();
    return m_native.columnIsNull(index) ? 0.0 : m_native.columnText(index).toDouble();
}

} // namespace huddle::storage
