#pragma once

#include "core/records.h"
#include "core/result.h"
#include "qawriter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

// Internal to storage: the writes behind ScorecardRepository::save() and installDefaults(), inside the
// transaction the repository holds. A version that evaluations or a calibration session use never changes.
namespace huddle::storage {

class Database;

class ScorecardWriter {
public:
    ScorecardWriter(const Database &database, const QString &actor);

    // A new scorecard at version 1; its name must be free.
    core::Result<StoredScorecard> create(const core::ScorecardDefinition &definition);
    // The next state of a stored scorecard: nothing when the definition is the same; the version edited in
    // place when nothing uses it; otherwise a new version.
    core::Result<StoredScorecard> update(qint64 scorecardId, const core::ScorecardDefinition &definition);

private:
    core::Status checkNameFree(const QString &name, qint64 exceptId);
    core::Result<bool> inUse(const QString &versionCondition, qint64 id);
    core::Status updateHeader(qint64 scorecardId, const core::ScorecardDefinition &old,
                              const core::ScorecardDefinition &definition);
    core::Status replaceInPlace(const StoredScorecard &latest, const core::ScorecardDefinition &definition);
    core::Status audit(qint64 scorecardId, const QString &action, const QJsonObject &detail);

    const Database &m_database;
    QSqlDatabase m_db;
    QString m_actor;
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::ScorecardWriter)
};

} // namespace huddle::storage
