#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace huddle::storage {

class Database;

// A script rewrite in the shared phrase library: the LONGER phrase agents use and the SHORTER one to use
// instead, the situations it fits (tags), and whether its effect on CSAT was checked (and how).
struct Phrase {
    qint64 id = 0; // 0 until stored
    QString longer;
    QString shorter;
    QStringList situations; // tags, trimmed, without repeats (case-insensitive), in the order given
    bool csatChecked = false;
    QString csatNote;
    QString createdBy;
    QDateTime createdAt; // UTC
    bool retired = false;
    int homeworkCount = 0; // sessions that set it as homework (read-only)

    bool operator==(const Phrase &) const = default;
};

// The phrase library. Phrases are never deleted once a session set them as homework; they are retired.
// Writes are audited (entity "phrase", actions "add", "edit", "retire", "restore", "delete").
class PhraseRepository {
public:
    explicit PhraseRepository(const Database &database);

    // By id; retired ones only when asked.
    core::Result<QList<Phrase>> phrases(bool includeRetired) const;
    core::Result<Phrase> phrase(qint64 id) const;
    // Refuses a blank longer or shorter phrase. Returns the new id.
    core::Result<qint64> add(const Phrase &phrase, const QString &actor, const QDateTime &now);
    core::Status update(const Phrase &phrase, const QString &actor, const QDateTime &now);
    core::Status setRetired(qint64 id, bool retired, const QString &actor, const QDateTime &now);
    // Only a phrase no session set as homework; otherwise refused with a message to retire it instead.
    core::Status remove(qint64 id, const QString &actor, const QDateTime &now);
    // Every tag in use, sorted case-insensitively, for the situation filter.
    core::Result<QStringList> situations() const;

    // Splits "a, b ,, A" into {"a", "b"}: trimmed, blanks dropped, repeats (case-insensitive) dropped.
    static QStringList normalizedSituations(const QStringList &tags);

private:
    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::PhraseRepository)
};

} // namespace huddle::storage
