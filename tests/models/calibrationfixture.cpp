#include "calibrationfixture.h"

#include "storage/calibrationrepository.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "storage/scorecardrepository.h"

#include <QCoreApplication>
#include <QLocale>

using namespace huddle;

namespace calibrationfixture {

core::Result<fixture::OpenedSite> openQaTestSite(const QString &path)
{
    QCoreApplication::setOrganizationName(QStringLiteral("HuddleTests"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    return fixture::openSmallSite(path);
}

core::Result<qint64> testCardVersion(const storage::Database &database)
{
    const auto cards = storage::ScorecardRepository(database).list(false);
    if (!cards)
        return cards.error();
    for (const storage::ScorecardSummary &card : cards.value())
        if (card.name == QLatin1String("Test card"))
            return card.latestVersionId;
    return core::Error{QStringLiteral("the small site has no Test card"), {}};
}

core::Result<qint64> publishScore(const storage::Database &database, qint64 sessionId, qint64 conversation,
                                  const QString &evaluator, int verified, int solved)
{
    const auto version = testCardVersion(database);
    if (!version)
        return version.error();
    storage::EvaluationDraft draft;
    draft.conversationId = conversation;
    draft.scorecardVersionId = version.value();
    draft.kind = sessionId != 0 ? core::EvaluationKind::Calibration : core::EvaluationKind::Qa;
    draft.calibrationSessionId = sessionId;
    draft.evaluator = evaluator;
    draft.answers = {{false, verified}, {false, solved}};
    draft.answerComments = {QString(), QString()};
    return storage::EvaluationRepository(database).publish(draft, evaluator);
}

// Totals (possible = 1 + 3 × 4 = 13; Verified "no" is critical → 0):
//            c1                 c2                  c5
//   Alex     yes, 5 → 100 %     yes, 3 → 7/13       no, 4 → 0 %
//   Bea      yes, 4 → 10/13     yes, 3 → 7/13       yes, 2 → 4/13
// In thirteenths: (13, 10), (7, 7), (0, 4). Interval α = 1 − D_o / D_e with n = 6 values:
//   D_o = (1/n) Σ_u 2 d_u² = 2 (9 + 0 + 16) / 6 = 50/6
//   D_e = Σ_{i≠j} (v_i − v_j)² / (n (n − 1)) = 2 (6 × 383 − 41²) / 30 = 1234/30
//   α = 1 − (50/6) / (1234/30) = 1 − 250/1234 = 0.797 (tentative).
// Verified (nominal): units (1,1), (1,1), (0,1); D_o = 2/6, D_e = (2 × 5 × 1)/30 → α = 0.000; agreement 2
// of 3. Solved (interval): units (5,4), (3,3), (4,2); D_o = 2 × 5 / 6, D_e = 2 (6 × 79 − 21²)/30 = 66/30 →
//   α = 1 − (10/6)/(66/30) = 1 − 50/66 = 0.242; agreement 1 of 3.
// Mean deviation from the conversation's mean, in points: Alex (+11.54 + 0 − 15.38)/3 = −1.28 (strictest),
// Bea +1.28 (most lenient). Spread: c5 30.77, c1 23.08, c2 0.
core::Result<qint64> handComputedSession(const storage::Database &database, const fixture::SmallSite &site,
                                         bool close)
{
    const auto version = testCardVersion(database);
    if (!version)
        return version.error();
    const auto c = [&](const char *key) { return site.conversations.value(QLatin1String(key)); };
    storage::CalibrationRepository calibration(database);
    const auto session = calibration.create({QStringLiteral("Hand-computed"),
                                             version.value(),
                                             {c("c1"), c("c2"), c("c5")},
                                             {Alex, Bea},
                                             Alex,
                                             {}});
    if (!session)
        return session.error();
    struct Score {
        const QString &evaluator;
        const char *conversation;
        int verified, solved;
    };
    const QList<Score> scores{{Alex, "c1", 1, 5}, {Alex, "c2", 1, 3}, {Alex, "c5", 0, 4},
                              {Bea, "c1", 1, 4},  {Bea, "c2", 1, 3},  {Bea, "c5", 1, 2}};
    for (const Score &score : scores)
        if (auto published = publishScore(database, session.value(), c(score.conversation), score.evaluator,
                                          score.verified, score.solved);
            !published)
            return published.error();
    if (close)
        if (auto closed = calibration.close(session.value(), Alex); !closed)
            return closed.error();
    return session.value();
}

} // namespace calibrationfixture
