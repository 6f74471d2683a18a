#pragma once

#include "core/records.h"
#include "core/result.h"
#include "qawriter.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace huddle::storage {

class Database;

struct ScorecardSummary {
    qint64 scorecardId = 0;
    qint64 latestVersionId = 0;
    QString name;
    int latestVersion = 1;
    core::ScorecardPurpose purpose = core::ScorecardPurpose::Qa;
    std::optional<core::Channel> channel;
    bool retired = false;
    int criteria = 0;    // in the latest version
    int evaluations = 0; // over all versions
    // Of the latest version alone: saving an edit stores a new version when it is above 0. -1: not counted.
    int latestVersionEvaluations = -1;
};

// Scorecards and their versions. A version that evaluations use is never changed: saving an edited
// definition of a scorecard whose latest version is in use stores a new version, so existing evaluations
// keep the criteria they were scored with. An unused latest version is replaced in place.
class ScorecardRepository {
public:
    explicit ScorecardRepository(const Database &database);

    core::Result<QList<ScorecardSummary>> list(bool includeRetired) const;
    core::Result<StoredScorecard> version(qint64 versionId) const;
    core::Result<StoredScorecard> latest(qint64 scorecardId) const;
    // Every version of a scorecard, oldest first.
    core::Result<QList<StoredScorecard>> versions(qint64 scorecardId) const;

    // Saves `definition` as a new scorecard (scorecardId empty) or as the next state of an existing one.
    // Validated with core::validateScorecard; names must be unique among scorecards. One transaction; an
    // audit entry records a new scorecard, a new version or an in-place edit.
    core::Result<StoredScorecard> save(std::optional<qint64> scorecardId,
                                       const core::ScorecardDefinition &definition, const QString &actor);
    core::Status setRetired(qint64 scorecardId, bool retired, const QString &actor);

    // Stores core::defaultScorecards() when the database has no scorecard with a given purpose yet.
    core::Status installDefaults(const QString &actor);

private:
    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::ScorecardRepository)
};

} // namespace huddle::storage
