#include "database.h"

#include "auditlog.h"
#include "migrations.h"
#include "scorecardrepository.h"
#include "sqlutil.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace huddle::storage {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("huddle-%1").arg(counter.fetchAndAddRelaxed(1));
}

// WAL lets the GUI read while an import writes; foreign keys are off by default in SQLite.
core::Status applyPragmas(QSqlDatabase &db)
{
    QSqlQuery query(db);
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        const core::Status done =
            execute(query, QString::fromLatin1(pragma), QStringLiteral("setting up the database"));
        if (!done)
            return done;
    }
    return core::Done{};
}

struct SchemaState {
    int version = 0;
    bool hasTables = false;
    bool hasHuddleMarker = false;
};

core::Result<SchemaState> readSchemaState(QSqlDatabase &db)
{
    QSqlQuery query(db);
    SchemaState state;
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sqlError(query, QStringLiteral("reading the database"));
    state.version = query.value(0).toInt();
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return sqlError(query, QStringLiteral("reading the database"));
    bool hasSettings = false;
    while (query.next()) {
        state.hasTables = true;
        hasSettings = hasSettings || query.value(0).toString() == QLatin1String("settings");
    }
    if (hasSettings && query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'application'")) &&
        query.next())
        state.hasHuddleMarker = query.value(0).toString() == QLatin1String("huddle");
    return state;
}

core::Status checkSchema(const SchemaState &state, const QString &path)
{
    if (state.version == 0 && state.hasTables)
        return core::Error{
            QStringLiteral("%1 is not a Huddle database (it holds tables of another application)").arg(path),
            {}};
    if (state.version > 0 && !state.hasHuddleMarker)
        return core::Error{QStringLiteral("%1 is not a Huddle database").arg(path), {}};
    if (state.version > Database::latestSchemaVersion())
        return core::Error{
            QStringLiteral("%1 has schema version %2, newer than this Huddle understands (%3); "
                           "update Huddle to open it")
                .arg(path)
                .arg(state.version)
                .arg(Database::latestSchemaVersion()),
            {}};
    return core::Done{};
}

// Before changing the schema of a database that already holds data, keep a copy beside it.
core::Status backUpBeforeMigrating(QSqlDatabase &db, const QString &path, int version)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QString backup = QStringLiteral("%1.v%2.bak").arg(path).arg(version);
    QFile::remove(backup);
    if (!QFile::copy(path, backup))
        return core::Error{
            QStringLiteral("could not back up %1 to %2 before upgrading its schema").arg(path, backup), {}};
    return core::Done{};
}

} // namespace

core::Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory && mode == OpenMode::MustExist && !QFileInfo::exists(path))
        return core::Error{QStringLiteral("database file not found: %1").arg(path), {}};
    if (!inMemory && QFileInfo(path).isDir())
        return core::Error{QStringLiteral("%1 is a folder, not a database file").arg(path), {}};

    std::unique_ptr<Database> database(new Database(nextConnectionName(), path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return core::Error{QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()), {}};

    const core::Result<SchemaState> state = readSchemaState(db);
    if (!state)
        return core::Error{
            QStringLiteral("%1 is not a Huddle database (%2)").arg(path, state.error().message), {}};
    if (const core::Status valid = checkSchema(state.value(), path); !valid)
        return valid.error();
    if (const core::Status pragmas = applyPragmas(db); !pragmas)
        return pragmas.error();
    if (state.value().version > 0 && state.value().version < latestSchemaVersion() && !inMemory)
        if (const core::Status backedUp = backUpBeforeMigrating(db, path, state.value().version); !backedUp)
            return backedUp.error();
    if (const core::Status migrated = migrate(db, builtInMigrations()); !migrated)
        return migrated.error();
    // The audit log's entries from before its hash chain (level 7) are chained once, on the upgrade. Only
    // then: chaining on every open would also chain an entry slipped in later, making it look legitimate.
    constexpr int auditChainLevel = 7;
    if (state.value().version < auditChainLevel && latestSchemaVersion() >= auditChainLevel)
        if (const core::Status chained = AuditLog(*database).chainUnhashedEntries(); !chained)
            return chained.error();
    // The QA schema (level 5) arrives with ready-to-use scorecards, whether the file is new or upgraded.
    constexpr int qaSchemaLevel = 5;
    if (state.value().version < qaSchemaLevel && latestSchemaVersion() >= qaSchemaLevel)
        if (const core::Status installed =
                ScorecardRepository(*database).installDefaults(QStringLiteral("huddle"));
            !installed)
            return installed.error();
    return database;
}

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return 0;
}

int Database::latestSchemaVersion()
{
    static const int latest = builtInMigrations().isEmpty() ? 0 : builtInMigrations().constLast().version;
    return latest;
}

} // namespace huddle::storage
