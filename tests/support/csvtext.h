#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace huddle::testsupport {

// RFC 4180 CSV read the simplest possible way (fields may be quoted, "" is a quote inside, records end with
// LF or CRLF), independent of
// the importer's reader, for checking what the CLI and the importer write.
QList<QStringList> parseCsv(const QString &text);

} // namespace huddle::testsupport
