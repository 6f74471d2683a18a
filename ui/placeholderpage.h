#pragma once

#include <QWidget>

namespace huddle::ui {

// An honest page for a capability that is not built yet: what it will do, and no made-up numbers.
class PlaceholderPage : public QWidget {
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &plan, QWidget *parent = nullptr);
};

} // namespace huddle::ui
