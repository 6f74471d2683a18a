#include "demodatabase.h"

#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/serverurl.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace huddle::demo {

namespace {

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

core::Result<DemoSummary> createDemoFile(const QString &path, const DemoOptions &options,
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

// Generating takes about two fifths of the time, the copy to the server the rest (the default demo in the
// release build: 13 s, then 21 s; docs/shared-mode.md).
core::Result<DemoSummary> createDemoOnServer(const QString &url, const DemoOptions &options,
                                             const DemoProgress &progress)
{
    const auto empty = storage::isEmptyDatabase(url);
    if (!empty)
        return empty.error();
    if (!empty.value())
        return core::Error{
            QStringLiteral("%1 already holds tables; demo data goes into a new, empty database only")
                .arg(storage::displayLocation(url)),
            {}};
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return core::Error{QStringLiteral("no temporary folder for the demo: %1").arg(scratch.errorString()),
                           {}};
    const QString file = scratch.filePath(QStringLiteral("demo.sqlite"));
    const DemoProgress generating = [&](double done) { return !progress || progress(0.4 * done); };
    const auto summary = createDemoFile(file, options, generating);
    if (!summary)
        return summary;
    const auto from = storage::Database::open(file, storage::OpenMode::MustExist);
    if (!from)
        return from.error();
    const auto to = storage::Database::open(url, storage::OpenMode::MustExist);
    if (!to)
        return to.error();
    // Cancelling the copy rolls it back, as cancelling the generation leaves no file.
    std::atomic_bool cancel = false;
    const storage::CopyProgress copying = [&](const QString &, qint64) {
        if (progress && !progress(0.4))
            cancel = true;
    };
    if (const auto copied = storage::copyDatabase(*from.value(), *to.value(), copying, &cancel); !copied)
        return copied.error();
    if (progress)
        progress(1.0);
    return summary;
}

} // namespace

core::Result<DemoSummary> createDemoDatabase(const QString &path, const DemoOptions &options,
                                             const DemoProgress &progress)
{
    return storage::isServerUrl(path) ? createDemoOnServer(path, options, progress)
                                      : createDemoFile(path, options, progress);
}

} // namespace huddle::demo
