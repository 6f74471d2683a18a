#include "database.h"

#include "auditlog.h"
#include "backup.h"
#include "migrations.h"
#include "scopedconnection.h"
#include "scorecardrepository.h"
#include "serverurl.h"
#include "sqlutil.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace huddle::storage {

namespace {

// WAL lets the GUI read while an import writes; foreign keys are off by default in SQLite. Temporary
// storage in memory: every INSERT … RETURNING id (the portable way to learn a new row's id, sqlutil.h) keeps
// a statement journal, which SQLite otherwise writes to a temporary file, a system call per page, so a
// demo database took twenty times longer to write (https://sqlite.org/tempfiles.html#stmtjrnl).
core::Status applyPragmas(QSqlDatabase &db)
{
    QSqlQuery query(db);
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = NORMAL", "PRAGMA temp_store = MEMORY"}) {
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

// The tables of the database (for PostgreSQL: of the connection's schema, without schema_version, which
// migrations.cpp keeps there).
core::Result<QStringList> tableNames(QSqlDatabase &db, Dialect dialect)
{
    QSqlQuery query(db);
    const QString sql =
        dialect == Dialect::SQLite
            ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")
            : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema"
                             " = current_schema() AND table_type = 'BASE TABLE' AND table_name"
                             " <> 'schema_version'");
    if (!query.exec(sql))
        return sqlError(query, QStringLiteral("reading the database"));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

core::Result<SchemaState> readSchemaState(QSqlDatabase &db, Dialect dialect)
{
    const core::Result<QStringList> tables = tableNames(db, dialect);
    if (!tables)
        return tables.error();
    SchemaState state;
    state.hasTables = !tables.value().isEmpty();
    // Only a database that is empty or already Huddle's gets a schema_version table (PostgreSQL).
    if (!state.hasTables || tables.value().contains(QStringLiteral("settings"))) {
        const core::Result<int> version = readSchemaVersion(db, dialect);
        if (!version)
            return version.error();
        state.version = version.value();
    }
    QSqlQuery query(db);
    if (tables.value().contains(QStringLiteral("settings")) &&
        query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'application'")) && query.next())
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

// Before changing the schema of a database that already holds data, keep a copy beside it (backup.h).
core::Status backUpBeforeMigrating(const Database &database, const QString &path, int version)
{
    const QString backup = QStringLiteral("%1.v%2.bak").arg(path).arg(version);
    QFile::remove(backup);
    if (const core::Status written = backUp(database, backup); !written)
        return core::Error{QStringLiteral("could not back up %1 before upgrading its schema: %2")
                               .arg(path, written.error().message),
                           {}};
    return core::Done{};
}

// A new database file is created empty and private to its owner before SQLite opens it (SQLite gives its
// -wal and -shm files the same permissions): it holds agents' names and pay.
core::Status createPrivateFile(const QString &path)
{
    if (path == QLatin1String(":memory:") || QFileInfo::exists(path))
        return core::Done{};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !restrictToOwner(path))
        return core::Error{QStringLiteral("cannot create %1: %2").arg(path, file.errorString()), {}};
    return core::Done{};
}

// Holds PostgreSQL's session-level advisory lock for migrating while it lives, so two clients that connect
// to a new or older database at the same moment migrate it one after the other: the second then finds it
// at the newest level (https://www.postgresql.org/docs/15/explicit-locking.html#ADVISORY-LOCKS).
class MigrationLock {
public:
    explicit MigrationLock(QSqlDatabase db)
        : m_db(std::move(db))
    {
        QSqlQuery query(m_db);
        m_held = query.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(lockKey));
        if (!m_held)
            m_error = query.lastError().text();
    }
    ~MigrationLock()
    {
        if (m_held)
            QSqlQuery(m_db).exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(lockKey));
    }
    MigrationLock(const MigrationLock &) = delete;
    MigrationLock &operator=(const MigrationLock &) = delete;
    bool held() const { return m_held; }
    QString error() const { return m_error; }

private:
    static constexpr qint64 lockKey = 79669032676453; // "Huddle" in ASCII, as a number
    QSqlDatabase m_db;
    bool m_held = false;
    QString m_error;
};

core::Status checkFile(const QString &path, OpenMode mode)
{
    if (path == QLatin1String(":memory:"))
        return core::Done{};
    if (mode == OpenMode::MustExist && !QFileInfo::exists(path))
        return core::Error{QStringLiteral("database file not found: %1").arg(path), {}};
    if (QFileInfo(path).isDir())
        return core::Error{QStringLiteral("%1 is a folder, not a database file").arg(path), {}};
    return core::Done{};
}

} // namespace

core::Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    if (isServerUrl(path)) {
        const core::Result<ServerUrl> url = parseServerUrl(path);
        if (!url)
            return url.error();
        std::unique_ptr<Database> database(
            new Database(uniqueConnectionName("db"), path, Dialect::PostgreSQL));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
        if (const core::Status connected = connectToServer(db, url.value()); !connected)
            return connected.error();
        const MigrationLock lock(db);
        if (!lock.held())
            return core::Error{QStringLiteral("cannot lock %1 for its schema check: %2")
                                   .arg(displayUrl(url.value()), lock.error()),
                               {}};
        if (const core::Status ready = database->prepareSchema(displayUrl(url.value())); !ready)
            return ready.error();
        return database;
    }
    if (const core::Status usable = checkFile(path, mode); !usable)
        return usable.error();
    if (const core::Status created = createPrivateFile(path); !created)
        return created.error();
    std::unique_ptr<Database> database(new Database(uniqueConnectionName("db"), path, Dialect::SQLite));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return core::Error{QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()), {}};
    if (const core::Status ready = database->prepareSchema(path); !ready)
        return ready.error();
    return database;
}

// Checks that the database is Huddle's (or empty) and not newer than this binary, then migrates it; an SQLite
// file that holds data is backed up first. `name` is how messages name the database.
core::Status Database::prepareSchema(const QString &name)
{
    QSqlDatabase db = connection();
    const core::Result<SchemaState> state = readSchemaState(db, m_dialect);
    if (!state)
        return core::Error{
            QStringLiteral("%1 is not a Huddle database (%2)").arg(name, state.error().message), {}};
    if (const core::Status valid = checkSchema(state.value(), name); !valid)
        return valid.error();
    if (m_dialect == Dialect::SQLite) {
        if (const core::Status pragmas = applyPragmas(db); !pragmas)
            return pragmas.error();
        if (state.value().version > 0 && state.value().version < latestSchemaVersion() &&
            m_path != QLatin1String(":memory:"))
            if (const core::Status backedUp = backUpBeforeMigrating(*this, m_path, state.value().version);
                !backedUp)
                return backedUp.error();
    }
    if (const core::Status migrated = migrate(db, builtInMigrations(m_dialect), m_dialect); !migrated)
        return migrated.error();
    // The audit log's entries from before its hash chain (level 7) are chained once, on the upgrade. Only
    // then: chaining on every open would also chain an entry slipped in later, making it look legitimate.
    constexpr int auditChainLevel = 7;
    if (state.value().version < auditChainLevel && latestSchemaVersion() >= auditChainLevel)
        if (const core::Status chained = AuditLog(*this).chainUnhashedEntries(); !chained)
            return chained.error();
    // The QA schema (level 5) arrives with ready-to-use scorecards, whether the database is new or upgraded.
    constexpr int qaSchemaLevel = 5;
    if (state.value().version < qaSchemaLevel && latestSchemaVersion() >= qaSchemaLevel)
        if (const core::Status installed =
                ScorecardRepository(*this).installDefaults(QStringLiteral("huddle"));
            !installed)
            return installed.error();
    return core::Done{};
}

Database::Database(QString connectionName, QString path, Dialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_dialect(dialect)
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
    QSqlDatabase db = connection();
    const core::Result<int> version = readSchemaVersion(db, m_dialect);
    return version ? version.value() : 0;
}

QString Database::displayName() const
{
    if (m_dialect == Dialect::SQLite)
        return m_path;
    const core::Result<ServerUrl> url = parseServerUrl(m_path);
    return url ? displayUrl(url.value()) : QString();
}

int Database::latestSchemaVersion()
{
    static const int latest = builtInMigrations().isEmpty() ? 0 : builtInMigrations().constLast().version;
    return latest;
}

} // namespace huddle::storage
