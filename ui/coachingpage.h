#pragma once

#include "page.h"

namespace huddle::ui {

// The Coaching page: tabs Follow-ups (upcoming and overdue follow-ups, open action items per team), Sessions
// (every session, filterable; plan, open, delete planned), Effect (which focus areas moved most after
// coaching), Phrases (the shared phrase library) and Attendance (violations per agent and month, warning
// ladder, entering shifts). Follows the scope bar's team and range.
class CoachingPage : public Page {
    Q_OBJECT
public:
    explicit CoachingPage(QWidget *parent = nullptr);
};

} // namespace huddle::ui
