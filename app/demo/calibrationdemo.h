#pragma once

#include "core/result.h"
#include "qademo.h"

#include <QSet>

namespace huddle::demo {

// The demo's calibration sessions on the voice scorecard: a closed one of last fortnight (four evaluators ×
// six calls, each evaluator leaning their own way, so they disagree as real ones do) and an open one of this
// week, partly scored. A session without enough suitable calls is left out.
class CalibrationDemo {
public:
    CalibrationDemo(storage::Database &database, storage::QaWriter &writer, Random &random,
                    const storage::StoredScorecard &voice);

    // `calls`: recent handled calls to choose from; `evaluated`: conversations a coach already evaluated.
    core::Status write(const QList<DemoCall> &calls, const QSet<qint64> &evaluated, QDate endDay,
                       const QTimeZone &zone);

    const QList<DemoCall> &callsUsed() const { return m_used; }
    int sessions() const { return m_sessions; }
    int scores() const { return m_scores; }

private:
    struct Plan {
        QString name;
        QList<DemoCall> calls;
        QStringList evaluators;
        QList<double> leaning;  // per evaluator
        QList<int> callsScored; // per evaluator: how many of the calls (from the first) they have scored
        QDateTime createdAt;
        QDateTime closedAt; // invalid: open
    };
    QList<DemoCall> pick(const QList<DemoCall> &eligible, int count);
    core::Status writeSession(const Plan &plan);

    storage::Database &m_database;
    storage::QaWriter &m_writer;
    Random &m_random;
    const storage::StoredScorecard &m_voice;
    QList<DemoCall> m_used;
    int m_sessions = 0;
    int m_scores = 0;
};

} // namespace huddle::demo
