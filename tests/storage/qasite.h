#pragma once

// A small hand-built site for the QA storage tests (calibration sessions, the evaluation queue, mistakes by
// impact, transcripts), written through RecordWriter and QaWriter. Each test lists the conversations it
// needs, so the numbers it expects can be worked out from the test alone.
#include "core/records.h"
#include "core/result.h"
#include "storage/qawriter.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace huddle::storage {
class Database;
}

namespace qasite {

// Two teams since 1 January 2024: Alpha (Ana, Ben) and Bravo (Cat).
struct Site {
    std::unique_ptr<huddle::storage::Database> db;
    qint64 alpha = 0;
    qint64 bravo = 0;
    qint64 ana = 0;
    qint64 ben = 0;
    qint64 cat = 0;
    QHash<QString, qint64> conversations; // ref → id
};

struct Conversation {
    QString ref;
    QDate day;
    qint64 agentId = 0; // 0: abandoned in the queue of `teamId`
    qint64 teamId = 0;
    std::optional<int> handleSeconds; // stored as the export's total handle time
    std::optional<int> csat;
    int csatMin = 1;
    int csatMax = 5;
    QList<qint64> saleCents; // one sale on the conversation per amount
};

huddle::core::Result<Site> openSite(const QString &path);
// Writes the conversations in one transaction, started at 09:00 UTC plus a minute per position in the list.
huddle::core::Status addConversations(Site &site, const QList<Conversation> &conversations);

huddle::core::Result<huddle::storage::StoredScorecard>
addScorecard(const huddle::storage::Database &db, const huddle::core::ScorecardDefinition &definition);

struct Evaluation {
    QString conversation; // ref
    QString evaluator;
    QList<huddle::core::CriterionAnswer> answers;
    huddle::core::EvaluationKind kind = huddle::core::EvaluationKind::Qa;
    huddle::core::EvaluationStatus status = huddle::core::EvaluationStatus::Published;
    QStringList comments = {};
};
huddle::core::Result<qint64> addEvaluation(const Site &site,
                                           const huddle::storage::StoredScorecard &scorecard,
                                           const Evaluation &evaluation);

huddle::core::CriterionDefinition yesNo(const QString &name, double weight, bool autoFail = false);
huddle::core::CriterionDefinition scale(const QString &name, double weight);

} // namespace qasite
