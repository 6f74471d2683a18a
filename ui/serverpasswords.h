#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace huddle::ui {

// Passwords of PostgreSQL servers in the desktop's keyring — the Secret Service (GNOME Keyring, KeePassXC) or
// KWallet — through QtKeychain, the keyring library KDE and Nextcloud's client use
// (https://github.com/frankosterfeld/qtkeychain; Debian's qtkeychain-qt6). Each password is filed under the
// server's URL without it (storage::displayUrl), so the recent-servers list, which never holds passwords,
// finds it again. Where no keyring answers (no desktop session, no keyring service), nothing is stored and
// the reason is returned: Huddle never writes a password to its own settings.
class ServerPasswords {
public:
    // Stores the password `location` (a postgresql:// URL) carries; an error when it has none or the keyring
    // refuses.
    static core::Status store(const QString &location);
    // `location` with the password the keyring holds for it; `location` unchanged when it has a password of
    // its own, when none is stored or when no keyring answers.
    static QString withStoredPassword(const QString &location);
    // Removes the password stored for `location`'s server, if any.
    static core::Status forget(const QString &location);

private:
    Q_DECLARE_TR_FUNCTIONS(huddle::ui::ServerPasswords)
};

} // namespace huddle::ui
