#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace huddle::storage {

struct Migration {
    int version = 0;
    QString name;
    QStringList statements;
};

// The numbered migrations compiled in from resources/sql/NNN_name.sql, in order.
QList<Migration> builtInMigrations();

// Brings the schema from its current PRAGMA user_version to the newest level, one transaction per
// migration, so a failure leaves the database at the last complete level.
core::Status migrate(QSqlDatabase &db, const QList<Migration> &migrations);

} // namespace huddle::storage
