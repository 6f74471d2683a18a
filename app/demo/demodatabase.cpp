#include "demodatabase.h"

#include "storage/database.h"

#include <QFile>
#include <QFileInfo>

namespace huddle::demo {

namespace {

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

core::Result<DemoSummary> createDemoDatabase(const QString &path, const DemoOptions &options,
                                             const DemoProgress &progress)
{
    if (QFileInfo::exists(path))
        return core::Error{
            QStringLiteral("%1 already exists; demo data goes into a new database only").arg(path), {}};
    const QString partial = path + QStringLiteral(".partial");
    removeDatabaseFiles(partial); // left over from an earlier run that was killed
    core::Result<DemoSummary> summary = core::Error{};
    {
        auto database = storage::Database::open(partial, storage::OpenMode::CreateIfMissing);
        if (!database)
            return database.error();
        summary = generateDemo(*database.value(), options, progress);
    } // closing the last connection folds the WAL into the file, so the file alone is the database
    if (!summary) {
        removeDatabaseFiles(partial);
        return summary;
    }
    if (QFile::exists(partial + QStringLiteral("-wal")) || !QFile::rename(partial, path)) {
        removeDatabaseFiles(partial);
        return core::Error{QStringLiteral("could not move the finished demo database to %1").arg(path), {}};
    }
    return summary;
}

} // namespace huddle::demo
