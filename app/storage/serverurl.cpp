#include "serverurl.h"
#include "translation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace huddle::storage {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Status;

namespace {

// libpq's sslmode values (https://www.postgresql.org/docs/15/libpq-ssl.html#LIBPQ-SSL-PROTECTION).
const QStringList sslModes{QStringLiteral("disable"),   QStringLiteral("allow"),
                           QStringLiteral("prefer"),    QStringLiteral("require"),
                           QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

Status readParameter(ServerUrl &url, const QString &key, const QString &value)
{
    if (key == QLatin1String("sslmode")) {
        if (!sslModes.contains(value))
            return core::Error{
                tr("sslmode must be one of %1, not '%2'").arg(sslModes.join(QStringLiteral(", ")), value),
                {}};
        url.sslMode = value;
        return core::Done{};
    }
    if (key == QLatin1String("connect_timeout")) {
        bool ok = false;
        url.connectTimeout = value.toInt(&ok);
        if (!ok || url.connectTimeout < 1)
            return core::Error{tr("connect_timeout must be a number of seconds, not '%1'").arg(value), {}};
        return core::Done{};
    }
    if (key == QLatin1String("application_name")) {
        // Passed on unquoted in libpq's key=value string, so only plain characters.
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.-]{1,63}$"));
        if (!plain.match(value).hasMatch())
            return core::Error{
                tr("application_name may hold letters, digits, '_', '.' and '-' only, not '%1'").arg(value),
                {}};
        url.applicationName = value;
        return core::Done{};
    }
    return core::Error{
        tr("unknown parameter '%1' (known: sslmode, connect_timeout, application_name)").arg(key), {}};
}

} // namespace

bool isServerUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

core::Result<ServerUrl> parseServerUrl(const QString &location)
{
    const QUrl qurl(location, QUrl::StrictMode);
    if (!isServerUrl(location) || !qurl.isValid())
        return core::Error{tr("not a valid server address; expected "
                              "postgresql://user@host[:port]/database"),
                           {}};
    ServerUrl url;
    url.host = qurl.host();
    url.user = qurl.userName();
    url.password = qurl.password();
    url.database = qurl.path().mid(1);
    if (url.host.isEmpty())
        return core::Error{tr("the server address names no host: postgresql://user@HOST/database"), {}};
    if (url.user.isEmpty())
        return core::Error{tr("the server address names no user: postgresql://USER@host/database"), {}};
    if (url.database.isEmpty() || url.database.contains(QLatin1Char('/')))
        return core::Error{tr("the server address names no database: postgresql://user@host/DATABASE"), {}};
    url.port = qurl.port(5432);
    const QUrlQuery query(qurl);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        if (auto status = readParameter(url, key, value); !status)
            return status.error();
    return url;
}

QString displayUrl(const ServerUrl &url)
{
    QString text = QStringLiteral("postgresql://%1@%2").arg(url.user, url.host);
    if (url.port != 5432)
        text += QStringLiteral(":%1").arg(url.port);
    return text + QLatin1Char('/') + url.database;
}

QString displayLocation(const QString &location)
{
    if (!isServerUrl(location))
        return location;
    const auto url = parseServerUrl(location);
    return url ? displayUrl(url.value()) : QString();
}

QString serverLocation(const ServerUrl &url)
{
    QUrl qurl;
    qurl.setScheme(QStringLiteral("postgresql"));
    qurl.setUserName(url.user);
    if (!url.password.isEmpty()) // an empty one would still leave "user:@"
        qurl.setPassword(url.password);
    qurl.setHost(url.host);
    if (url.port != 5432)
        qurl.setPort(url.port);
    qurl.setPath(QLatin1Char('/') + url.database);
    QUrlQuery query;
    if (!url.sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), url.sslMode);
    if (url.connectTimeout != ServerUrl().connectTimeout)
        query.addQueryItem(QStringLiteral("connect_timeout"), QString::number(url.connectTimeout));
    if (url.applicationName != ServerUrl().applicationName)
        query.addQueryItem(QStringLiteral("application_name"), url.applicationName);
    qurl.setQuery(query);
    return qurl.toString(QUrl::FullyEncoded);
}

QString connectOptions(const ServerUrl &url)
{
    QStringList options{QStringLiteral("connect_timeout=%1").arg(url.connectTimeout),
                        QStringLiteral("application_name=%1").arg(url.applicationName)};
    if (!url.sslMode.isEmpty())
        options.append(QStringLiteral("sslmode=%1").arg(url.sslMode));
    return options.join(QLatin1Char(';'));
}

Status connectToServer(QSqlDatabase &db, const ServerUrl &url)
{
    if (!db.isValid())
        return core::Error{tr("the PostgreSQL driver for Qt (QPSQL) is not installed; install the"
                              " libqt6sql6-psql package"),
                           {}};
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setDatabaseName(url.database);
    db.setUserName(url.user);
    db.setPassword(url.password);
    db.setConnectOptions(connectOptions(url));
    if (!db.open())
        return core::Error{
            tr("cannot connect to %1: %2").arg(displayUrl(url), db.lastError().text().trimmed()), {}};
    // libpq prints the server's notices on stderr ("relation … already exists, skipping" for every
    // CREATE … IF NOT EXISTS); only warnings and errors are worth a line there.
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    return core::Done{};
}

} // namespace huddle::storage
