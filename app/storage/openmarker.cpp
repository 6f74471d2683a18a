#include "openmarker.h"

namespace huddle::storage {

OpenMarker::OpenMarker(const QString &databasePath)
    : m_lock(std::make_unique<QLockFile>(databasePath + QStringLiteral(".lock")))
{
    // Held for as long as the console has the file open: never stale while this process lives.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return;
    if (m_lock->error() != QLockFile::LockFailedError)
        return; // a folder we cannot write to: no mark, and no one to warn about
    QString application;
    m_heldElsewhere = m_lock->getLockInfo(&m_otherProcess, &m_otherHost, &application);
}

} // namespace huddle::storage
