#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace huddle::storage {

class Database;

struct ImportEntry {
    qint64 id = 0;
    QString fileName;
    QString sha256;
    qint64 fileSize = 0;
    QDateTime importedAt; // UTC
    QString profile;
    QString shape;
    QString source;
    qint64 rowsRead = 0, imported = 0, updated = 0, duplicates = 0, blank = 0, rejected = 0;
    QDateTime undoneAt; // invalid while in effect
};

struct SavedProfile {
    QString name;
    QByteArray definition; // JSON, see importers/profile.h
};

// The record of imports: listing, undo as a whole, and the saved column-mapping profiles.
class ImportHistory {
public:
    explicit ImportHistory(const Database &database);

    core::Result<QList<ImportEntry>> entries() const; // newest first
    // Undoes an import in one transaction: deletes the rows it added (and the agents, teams and memberships
    // it created, when nothing else refers to them) and restores the rows it overwrote. Refused when a later
    // import still in effect changed the same rows (undo that one first), or when QA evaluations or review
    // notes refer to conversations it would delete.
    core::Status undo(qint64 importId);

    core::Result<QList<SavedProfile>> profiles() const;
    core::Status saveProfile(const SavedProfile &profile);
    core::Status deleteProfile(const QString &name);

private:
    const Database *m_database;
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::ImportHistory)
};

} // namespace huddle::storage
