#pragma once

#include "mainwindow.h"

#include <QDate>

#include <memory>

namespace huddle::testsupport {

// The main window on a small demo database, as the console tests drive it: `teams` teams of `agents`
// agents over `days` days ending on `endDay`, opened and shown, with the dashboard's first load done.
// Null (with a failed QVERIFY-style message in `error`) when the database could not be made or opened.
std::unique_ptr<ui::MainWindow> openDemoWindow(const QString &path, int teams, int agents, int days,
                                               QDate endDay, QString *error);

// Pages load on a worker thread; true once `page` shows what was asked for (within 30 s).
bool waitForLoad(const ui::Page *page);
// A failed QVERIFY when `page` has not loaded within those 30 s.
void verifyLoaded(const ui::Page *page);

// One number from plain SQL on a connection of its own, independent of the code under test.
qint64 scalarAt(const QString &path, const QString &sql);

} // namespace huddle::testsupport
