#include "migrations.h"

#include "sqlutil.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace huddle::storage {

namespace {

// Migration files separate statements with a line holding only ";;" (see 001_initial.sql).
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    static const QRegularExpression separator(QStringLiteral("^;;\\s*$"),
                                              QRegularExpression::MultilineOption);
    for (const QString &part : script.split(separator)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            statements.append(trimmed);
    }
    return statements;
}

bool recordVersion(QSqlQuery &query, Dialect dialect, int version)
{
    if (dialect == Dialect::SQLite)
        return query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    return query.exec(QStringLiteral("DELETE FROM schema_version")) &&
           query.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version));
}

core::Status applyMigration(QSqlDatabase &db, const Migration &migration, Dialect dialect)
{
    if (!db.transaction())
        return core::Error{QStringLiteral("could not start migration %1").arg(migration.version), {}};
    QSqlQuery query(db);
    for (const QString &statement : migration.statements) {
        if (!query.exec(statement)) {
            const core::Error error = sqlError(
                query, QStringLiteral("migration %1 (%2)").arg(migration.version).arg(migration.name));
            db.rollback();
            return error;
        }
    }
    if (!recordVersion(query, dialect, migration.version) || !db.commit()) {
        const core::Error error =
            sqlError(query, QStringLiteral("recording migration %1").arg(migration.version));
        db.rollback();
        return error;
    }
    return core::Done{};
}

} // namespace

QList<Migration> builtInMigrations(Dialect dialect)
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{3})_(\\w+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(dialect == Dialect::SQLite ? QStringLiteral(":/huddle/sql")
                                              : QStringLiteral(":/huddle/sql/postgresql"));
    for (const QString &entry : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = fileName.match(entry);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2),
                           splitStatements(QString::fromUtf8(file.readAll()))});
    }
    return migrations;
}

core::Result<int> readSchemaVersion(QSqlDatabase &db, Dialect dialect)
{
    QSqlQuery query(db);
    if (dialect == Dialect::SQLite) {
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return sqlError(query, QStringLiteral("reading the schema version"));
        return query.value(0).toInt();
    }
    // Only created when missing: CREATE … IF NOT EXISTS needs the right to create tables even when the table
    // is there, which the people of a site signing in with their own logins do not have (storage/users.h).
    if (!query.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NULL")) || !query.next())
        return sqlError(query, QStringLiteral("reading the schema version"));
    if (query.value(0).toBool() &&
        !query.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")))
        return sqlError(query, QStringLiteral("reading the schema version"));
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !query.next())
        return sqlError(query, QStringLiteral("reading the schema version"));
    return query.value(0).toInt();
}

core::Status migrate(QSqlDatabase &db, const QList<Migration> &migrations, Dialect dialect)
{
    const core::Result<int> current = readSchemaVersion(db, dialect);
    if (!current)
        return current.error();
    for (const Migration &migration : migrations) {
        if (migration.version <= current.value())
            continue;
        const core::Status applied = applyMigration(db, migration, dialect);
        if (!applied)
            return applied;
    }
    return core::Done{};
}

} // namespace huddle::storage
