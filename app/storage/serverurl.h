#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace huddle::storage {

// A PostgreSQL server named the way libpq and psql accept it:
// postgresql://user[:password]@host[:port]/database[?sslmode=MODE&connect_timeout=SECONDS&application_name=NAME]
// (https://www.postgresql.org/docs/15/libpq-connect.html#LIBPQ-CONNSTRING-URIS). postgres:// is accepted too.
struct ServerUrl {
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslMode;         // empty: libpq's default (prefer)
    int connectTimeout = 10; // seconds; libpq waits forever by default, a console must not
    QString applicationName = QStringLiteral("huddle");
};

bool isServerUrl(const QString &location);
core::Result<ServerUrl> parseServerUrl(const QString &location);
// The URL without its password, to show and to log.
QString displayUrl(const ServerUrl &url);
// A location as Database::open takes it, fit to show before it is opened: a file as it is, a server URL
// without its password (empty when it does not parse).
QString displayLocation(const QString &location);
// The URL to connect with: displayUrl() plus the password (percent-encoded) and the non-default options, so
// parseServerUrl(serverLocation(url)) gives `url` back.
QString serverLocation(const ServerUrl &url);
// libpq connection options other than host, port, database, user and password, in the form the QPSQL driver
// takes them (QSqlDatabase::setConnectOptions: "key=value;key=value").
QString connectOptions(const ServerUrl &url);
// Opens `db` (added with the QPSQL driver) on the server `url` names, with server notices kept off stderr;
// an error naming the server without its password when the driver is missing or the server refuses.
core::Status connectToServer(QSqlDatabase &db, const ServerUrl &url);

} // namespace huddle::storage
