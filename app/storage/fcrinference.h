#pragma once

#include "core/result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace huddle::storage {

// What a write transaction changed that inferred FCR depends on.
struct FcrChanges {
    QSet<QString> customers; // customers who got a conversation in this transaction
    QString newestBefore;    // newest started_at before the transaction ('' when the table was empty)
    qint64 importId = 0;     // also every customer of the conversations this import wrote (read back in SQL,
                             // so a million-row import needs no customer set in memory)
    bool allCustomers = false; // recheck every customer: cheaper than listing them when the transaction
                               // wrote most of the table (a bulk import)
};

// FCR without a resolved flag (domain.md): a handled conversation counts as resolved on first contact when
// the same customer made no new contact within the window (setting fcr_window_days, default 7 days).
// Rechecks only what the transaction can have changed: every conversation of the customers it touched, and
// conversations still undecided because their window reached past the newest data. Such conversations stay
// undecided (NULL) rather than being counted resolved too early. Runs in the caller's transaction.
core::Status inferFirstContactResolution(QSqlDatabase db, const FcrChanges &changes);

// The newest started_at now, to be passed back as FcrChanges::newestBefore.
QString newestConversationStart(QSqlDatabase db);

} // namespace huddle::storage
