#pragma once

// Qt SQL connections are looked up by name, and each belongs to one thread. Every connection Huddle makes
// gets a name no other connection of the process has (uniqueConnectionName); a short task beside an open
// Database — checking a backup file, asking a server whether its database is empty — holds one in a
// ScopedConnection, which closes and removes it when it goes out of scope.
#include <QSqlDatabase>
#include <QString>

namespace huddle::storage {

// "huddle-<purpose>-<n>", n counting up over the whole process.
QString uniqueConnectionName(const char *purpose);

class ScopedConnection {
public:
    ScopedConnection(const QString &driver, const char *purpose);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace huddle::storage
