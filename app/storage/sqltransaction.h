#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace huddle::storage {

// Runs `work` (returning a core::Result or core::Status) as one transaction on `db`: committed when it
// succeeds, rolled back when it fails, so a repository's write is all or nothing. `what` names the write
// in error messages ("closing the calibration session").
template <typename Work>
auto inTransaction(QSqlDatabase db, const QString &what, Work work) -> decltype(work())
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("huddle::storage::Transaction", text);
    };
    if (!db.transaction())
        return core::Error{tr("%1: could not start a transaction: %2").arg(what, db.lastError().text()), {}};
    auto result = work();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString reason = db.lastError().text();
        db.rollback();
        return core::Error{tr("%1: could not commit: %2").arg(what, reason), {}};
    }
    return result;
}

} // namespace huddle::storage
