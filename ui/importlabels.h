#pragma once

#include "importers/profile.h"

#include <QCoreApplication>
#include <QString>

namespace huddle::ui {

// Names of the import options as the dialog and the history page show them.
class ImportLabels {
    Q_DECLARE_TR_FUNCTIONS(huddle::ui::ImportLabels)
public:
    static QString shape(importers::Shape shape);
    // The stored key ("agent_day") as a label; an unknown key is shown as it is.
    static QString shapeKey(const QString &key);
    static QString dateOrder(importers::DateOrder order);
    static QString durationUnit(importers::DurationUnit unit);
};

} // namespace huddle::ui
