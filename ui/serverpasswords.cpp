#include "serverpasswords.h"

#include "storage/serverurl.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace huddle::ui {

namespace {

const QString service = QStringLiteral("Huddle PostgreSQL servers");

// Runs a keyring job to its end. Keyring calls answer within milliseconds (or fail as fast when there is no
// service), and the callers need the answer before they connect, so they wait here.
bool finish(QKeychain::Job &job, QString &error)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError)
        return true;
    error = job.errorString();
    return false;
}

} // namespace

core::Status ServerPasswords::store(const QString &location)
{
    const auto url = storage::parseServerUrl(location);
    if (!url)
        return url.error();
    if (url.value().password.isEmpty())
        return core::Error{tr("there is no password to store"), {}};
    QKeychain::WritePasswordJob job(service);
    job.setKey(storage::displayUrl(url.value()));
    job.setTextData(url.value().password);
    QString error;
    if (!finish(job, error))
        return core::Error{tr("the system keyring did not store the password: %1").arg(error), {}};
    return core::Done{};
}

QString ServerPasswords::withStoredPassword(const QString &location)
{
    auto url = storage::parseServerUrl(location);
    if (!url || !url.value().password.isEmpty())
        return location;
    QKeychain::ReadPasswordJob job(service);
    job.setKey(storage::displayUrl(url.value()));
    QString error;
    if (!finish(job, error) || job.textData().isEmpty())
        return location;
    url.value().password = job.textData();
    return storage::serverLocation(url.value());
}

core::Status ServerPasswords::forget(const QString &location)
{
    const auto url = storage::parseServerUrl(location);
    if (!url)
        return url.error();
    QKeychain::DeletePasswordJob job(service);
    job.setKey(storage::displayUrl(url.value()));
    QString error;
    if (!finish(job, error) && job.error() != QKeychain::EntryNotFound)
        return core::Error{tr("the system keyring did not remove the password: %1").arg(error), {}};
    return core::Done{};
}

} // namespace huddle::ui
