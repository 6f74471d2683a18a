#pragma once

#include <QStringList>

namespace huddle::testsupport {

// Runs statements on a connection of its own (SQLite file or postgresql:// URL, see testdatabase.h),
// independent of the code under test, and closes it again before returning. False when opening or any
// statement fails.
bool runRaw(const QString &path, const QStringList &statements);

} // namespace huddle::testsupport
