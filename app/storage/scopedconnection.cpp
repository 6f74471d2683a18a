#include "scopedconnection.h"

#include <QAtomicInteger>

namespace huddle::storage {

QString uniqueConnectionName(const char *purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("huddle-%1-%2").arg(QLatin1String(purpose)).arg(counter.fetchAndAddRelaxed(1));
}

ScopedConnection::ScopedConnection(const QString &driver, const char *purpose)
    : m_name(uniqueConnectionName(purpose))
{
    QSqlDatabase::addDatabase(driver, m_name);
}

ScopedConnection::~ScopedConnection()
{
    {
        QSqlDatabase db = connection();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace huddle::storage
