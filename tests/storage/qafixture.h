#pragma once

// The small site (sitefixture.h) plus two hand-scored scorecards, for the QA storage tests: scorecards,
// evaluations and disputes. Every score the tests expect is worked out by hand beside the cards.
#include "core/records.h"
#include "core/result.h"
#include "sitefixture.h"
#include "storage/evaluationrepository.h"
#include "storage/qawriter.h"

#include <QVariantList>

#include <memory>

namespace qafixture {

// "Care card" (QA, calls):
//   Opening:    Greeting   yes/no weight 1, N/A not allowed
//               Verified   yes/no weight 2, auto-fail, N/A not allowed
//   Resolution: Solved     1–5    weight 3, N/A allowed
//               Empathy    1–5    weight 1, N/A allowed
// Possible points 1 + 2 + 3×4 + 1×4 = 19. A 1–5 answer earns points − 1.
huddle::core::ScorecardDefinition careCard();
// "Peer card" (peer reviews): Helpful yes/no weight 1; Clear 1–5 weight 1.
huddle::core::ScorecardDefinition peerCard();

// Good answers on the care card: Greeting yes, Verified yes, Solved 4 (earns 3 of 4), Empathy 3 (2 of 4):
// (1 + 2 + 3×3 + 1×2) / 19 = 14/19.
inline const QList<huddle::core::CriterionAnswer> goodAnswers{{false, 1}, {false, 1}, {false, 4}, {false, 3}};
inline const double goodScore = 100.0 * 14 / 19;

struct QaSite {
    std::unique_ptr<huddle::storage::Database> database;
    fixture::SmallSite site;
    huddle::storage::StoredScorecard care;
    huddle::storage::StoredScorecard peer;
};

// A new database file at `path` with the small site and both cards saved through ScorecardRepository.
huddle::core::Result<QaSite> openQaSite(const QString &path);

// A QA draft of the care card on conversation `key` ("c1"…"c9") by "Quinn".
huddle::storage::EvaluationDraft careDraft(const QaSite &qa, const char *key,
                                           const QList<huddle::core::CriterionAnswer> &answers);

// The first column of the first row of `sql`, and the row count of a `SELECT COUNT(*)`.
QVariant scalar(const huddle::storage::Database &database, const QString &sql,
                const QVariantList &values = {});
int count(const huddle::storage::Database &database, const QString &sql, const QVariantList &values = {});
// Audit entries of an entity, of one action when `action` is given.
int auditCount(const huddle::storage::Database &database, const QString &entity, qint64 entityId,
               const QString &action = {});
// From now on every insert into `table` fails: a statement in the middle of a write breaks.
bool breakInsertsInto(const huddle::storage::Database &database, const QString &table);
// Inserts into `table` work again (undoes breakInsertsInto).
bool repairInsertsInto(const huddle::storage::Database &database, const QString &table);

} // namespace qafixture
