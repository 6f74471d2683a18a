#pragma once

#include "coachingrepository.h"

#include <QJsonObject>
#include <QStringList>

// Internal to storage: what a save changes in a coaching session, compared with the stored state — to refuse
// changes to a closed session, to skip writing what did not change and to describe the change in the audit
// log.
namespace huddle::storage {

// Ids of the rows a list write added, changed (content or position) and removed.
struct ListChanges {
    QList<qint64> added;
    QList<qint64> changed;
    QList<qint64> removed;

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
};

// Phrase ids in ascending order without repeats: homework is a set.
QList<qint64> homeworkSet(const QList<qint64> &phraseIds);

// The session's own columns (agent, coach, day, focus, notes, acknowledgement, follow-up) differ.
bool sessionFieldsDiffer(const CoachingSession &stored, const CoachingSession &given);

// An action's agreement — text, owner, due day — as opposed to its done state.
bool sameAgreement(const CoachingAction &stored, const CoachingAction &given);

// What `given` changes of a closed session beyond acknowledgement, follow-up and the done state of its
// action items, as names for the refusal message ("notes", "agenda", …); empty when the save is allowed.
QStringList frozenChanges(const CoachingSession &stored, const CoachingSession &given);

// The audit detail of a save: changed fields with before and after (notes only flagged, they can be long),
// row ids of the agenda and action-item changes, and the homework before and after. Only what changed.
QJsonObject saveDetail(const CoachingSession &stored, const CoachingSession &given, const ListChanges &agenda,
                       const ListChanges &actions);

// The audit detail of planning or deleting a session: agent, day, focus codes, status.
QJsonObject sessionDetail(const CoachingSession &session);

} // namespace huddle::storage
