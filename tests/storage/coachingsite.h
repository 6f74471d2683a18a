#pragma once

// Coaching sessions on the small site (sitefixture.h), for the tests of coaching storage and the layers above
// it: a full session with every kind of row, small planned ones, and phrases to set as homework.
#include "core/result.h"
#include "sitefixture.h"
#include "storage/coachingrepository.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace huddle::storage {
class Database;
}

namespace coachingsite {

// Noon UTC on D4, the "now" of the writes.
inline const QDateTime Now{fixture::D4, QTime(12, 0), QTimeZone::utc()};

// `count` phrases "Longer n" → "Shorter n", n from 1; returns their ids in that order.
huddle::core::Result<QList<qint64>> addPhrases(const huddle::storage::Database &database, int count);

// Ana's planned session on D2 by "Coach Kim": focus CSAT and AHT, notes, acknowledged on D3, follow-up on
// 10 March; agenda: a KPI item (csat), a conversation item (c1), a custom item with notes, discussed; action
// items: "Recap next steps" (agent, due D4, open) and "Listen back to c2" (Coach Kim, no due day, done on
// D3); the given phrases as homework.
huddle::storage::CoachingSession fullSession(const fixture::SmallSite &site, const QList<qint64> &phrases);

// A planned session with nothing but its agent, day, focus, coach "Coach Kim" and follow-up.
huddle::storage::CoachingSession
plannedSession(qint64 agentId, QDate day,
               const QList<huddle::core::KpiId> &focus = {huddle::core::KpiId::Csat}, QDate followUp = {});

// An open action item agreed in a session.
huddle::storage::CoachingAction action(const QString &body, QDate due = {}, const QString &owner = {});

} // namespace coachingsite
