#pragma once

#include "core/result.h"

#include <QString>

class QWidget;

namespace huddle::ui {

// Where the demo database lives when the user has not chosen one: the XDG data folder.
QString defaultDemoDatabasePath();

// Creates the demo database at `path` on a worker thread behind a cancellable progress dialog.
// Cancelling, failing or being killed leaves no file at `path` (see demo::createDemoDatabase).
core::Status createDemoDatabase(const QString &path, QWidget *parent);

} // namespace huddle::ui
