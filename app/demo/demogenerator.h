#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>

#include <functional>

namespace huddle::storage {
class Database;
}

namespace huddle::demo {

struct DemoOptions {
    int teams = 4;
    int agents = 48; // spread over the teams
    int days = 180;  // calendar days ending on endDay
    quint64 seed = 42;
    QDate endDay = QDate::currentDate();
    QString timeZone = QStringLiteral("America/Chicago");
};

struct DemoSummary {
    int teams = 0;
    int agents = 0;
    qint64 conversations = 0;
    qint64 surveys = 0;
    qint64 sales = 0;
    qint64 shifts = 0;
    qint64 reviewNotes = 0;
    qint64 evaluations = 0;      // QA evaluations
    qint64 coachingSessions = 0; // the improving agents' showcase sessions and the coaching demo's
    qint64 phrases = 0;          // the phrase library, retired ones included
    qint64 peerReviews = 0;      // peer evaluations, each tied to its review note
    qint64 calibrationSessions = 0;
    qint64 calibrationScores = 0;
    qint64 disputes = 0;
    qint64 transcripts = 0; // conversations with a transcript
    int bonusPlanVersions = 0;
    QDate lockedBonusMonth; // first day of the bonus month the demo locked; invalid when none
};

// Called with the share done (0–1); returning false cancels, and nothing is written.
using DemoProgress = std::function<bool(double)>;

// Fills an empty database with a realistic, deterministic contact centre: the same options give the
// same data. Everything is written in one transaction, but for the few QA disputes, the Coaching page's
// sessions and phrases and the Bonus page's plans, locked month and late correction, which go through their
// repositories afterwards like a user's (see disputedemo.h, coachingdemo.h and bonusdemo.h).
core::Result<DemoSummary> generateDemo(storage::Database &database, const DemoOptions &options,
                                       const DemoProgress &progress = {});

} // namespace huddle::demo
