#pragma once

// A calibration session and QA evaluations on the small site of tests/storage/sitefixture.cpp, written
// through the real repositories, for the calibration and dispute model and GUI tests.
#include "core/result.h"
#include "sitefixture.h"

#include <QString>

namespace huddle::storage {
class Database;
}

namespace calibrationfixture {

// What the QA tests expect around them: an organisation name of their own (the user's settings stay
// untouched), English (United States) numbers and dates, and the small site in a new file `path`.
huddle::core::Result<fixture::OpenedSite> openQaTestSite(const QString &path);

// The evaluators of the hand-computed session.
inline const QString Alex = QStringLiteral("Alex Evaluator");
inline const QString Bea = QStringLiteral("Bea Evaluator");

// The latest version of the small site's "Test card" (Verified yes/no weight 1 critical, Solved 1–5 weight
// 3).
huddle::core::Result<qint64> testCardVersion(const huddle::storage::Database &database);

// A published score of `conversation` with answers Verified = `verified` (0/1) and Solved = `solved` (1–5):
// a blind calibration score when `sessionId` is set, else a QA evaluation.
huddle::core::Result<qint64> publishScore(const huddle::storage::Database &database, qint64 sessionId,
                                          qint64 conversation, const QString &evaluator, int verified,
                                          int solved);

// The session worked out by hand in calibrationfixture.cpp: conversations c1, c2, c5 (in that order), Alex
// and Bea, every score published. Closed when `close` is set.
huddle::core::Result<qint64> handComputedSession(const huddle::storage::Database &database,
                                                 const fixture::SmallSite &site, bool close);

} // namespace calibrationfixture
