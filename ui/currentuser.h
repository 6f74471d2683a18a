#pragma once

#include <QString>

// Who is using the console, as written into evaluations, disputes and the audit log. Until shared mode brings
// accounts (issue 9), it is a name the user sets once (Settings → Your name…), defaulting to the login name.
namespace huddle::ui {

QString currentUserName();
void setCurrentUserName(const QString &name); // stored in QSettings; empty restores the login name
// `huddle --user NAME`: this name until the program ends, whatever is stored; nothing is stored. Empty ends
// the override.
void overrideCurrentUserName(const QString &name);

} // namespace huddle::ui
