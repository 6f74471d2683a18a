#pragma once

// Marks a database file as open in a console, so that a second console opening the same file can tell its
// user (issue 10: "two huddle instances on the same file: no corruption, second one warned"). Both may go on
// working: SQLite serialises their writes and WAL lets each read while the other writes, but neither sees the
// other's changes until it reloads, and two people may be about to edit the same evaluation.
//
// The mark is a lock file beside the database (FILE.lock, QLockFile): it goes when the console closes the
// file, and one left by a console that crashed is taken over, as QLockFile finds its process gone.
#include <QLockFile>
#include <QString>

#include <memory>

namespace huddle::storage {

class OpenMarker {
public:
    explicit OpenMarker(const QString &databasePath);

    // Whether another running console has the file open; who, then.
    bool heldElsewhere() const { return m_heldElsewhere; }
    qint64 otherProcess() const { return m_otherProcess; }
    QString otherHost() const { return m_otherHost; }

private:
    std::unique_ptr<QLockFile> m_lock;
    bool m_heldElsewhere = false;
    qint64 m_otherProcess = 0;
    QString m_otherHost;
};

} // namespace huddle::storage
