#pragma once

#include "models/scope.h"
#include "signedin.h"
#include "storage/database.h"

#include <QWidget>

#include <functional>

namespace huddle::ui {

// One tab of the QA page (queue, evaluations, mistakes, calibration, disputes, peer reviews). The page hands
// every tab the open database and the console's scope; a tab reloads only when shown.
class QaTab : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // `database` is null when the database is closed: drop everything that refers to it.
    virtual void reload(const storage::Database *database, const models::Scope &scope) = 0;
    // Who is signed in (the page's source, MainWindow::signedIn): a tab offers only what they may do.
    void setSignedInSource(std::function<SignedIn()> source) { m_signedIn = std::move(source); }

Q_SIGNALS:
    // The tab wrote something (an evaluation, a dispute decision, a closed session): the other tabs and the
    // dashboard's QA figures must reload.
    void qaDataChanged();

protected:
    SignedIn signedIn() const { return m_signedIn ? m_signedIn() : SignedIn{}; }

private:
    std::function<SignedIn()> m_signedIn;
};

} // namespace huddle::ui
