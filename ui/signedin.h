#pragma once

#include "storage/users.h"

#include <optional>

namespace huddle::ui {

// Who is signed in, as far as the console needs to know to offer only what the server will accept (the
// server enforces the roles either way; storage/users.h). In a database file the one user is the admin.
struct SignedIn {
    // False while nothing limits the console: no database, or a server that could not say who is signed in
    // (everything is offered, and the server refuses what it must).
    bool limited = false;
    std::optional<storage::UserRole> role; // empty while limited: a login with no Huddle role
    std::optional<qint64> agent;           // an agent signed in on a server: which agent they are

    bool mayAddTo(const QString &table) const
    {
        return !limited || (role && storage::roleMayAddTo(*role, table));
    }
    bool evaluates() const { return !limited || (role && storage::roleEvaluates(*role)); }
    // Deciding disputes and running calibration: everyone but agents.
    bool arbitrates() const { return !limited || (role && *role != storage::UserRole::Agent); }
    // An agent peer-reviews as themself only; others may record a review for any colleague.
    bool mayReviewAs(qint64 reviewerAgentId) const { return !agent || *agent == reviewerAgentId; }
};

} // namespace huddle::ui
