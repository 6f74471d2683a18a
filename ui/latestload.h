#pragma once

#include "core/result.h"
#include "storage/database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

#include <functional>
#include <optional>

namespace huddle::ui {

// Runs `work` on a worker thread with a database connection of its own (opened from `databasePath`), then
// `apply` on `owner`'s thread. Each call increments `generation`, a counter the owner keeps; a result whose
// load was superseded by a newer one is dropped, so the screen always shows the latest request. The result
// never arrives after `owner` is gone: the watcher and the connection belong to it.
template <typename T>
void loadLatest(QObject *owner, int &generation, const QString &databasePath,
                std::function<core::Result<T>(const storage::Database &)> work,
                std::function<void(const core::Result<T> &)> apply)
{
    using Outcome = std::optional<core::Result<T>>; // QFuture wants a default-constructible result
    const int current = ++generation;
    auto *watcher = new QFutureWatcher<Outcome>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [watcher, current, &generation, apply] {
        watcher->deleteLater();
        if (current == generation)
            apply(*watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([databasePath, work]() -> Outcome {
        auto database = storage::Database::open(databasePath, storage::OpenMode::MustExist);
        if (!database)
            return core::Result<T>(database.error());
        return work(*database.value());
    }));
}

} // namespace huddle::ui
