#pragma once

#include "storage/database.h"

#include <QDialog>

namespace huddle::ui {

// The scorecard designer (QA → Scorecards…): list of scorecards; sections and criteria with weights, kinds,
// auto-fail, N/A allowed and guidelines; undo/redo; import/export as JSON. Saving a scorecard that evaluations
// already use stores a new version.
class ScorecardDesigner : public QDialog {
    Q_OBJECT
public:
    ScorecardDesigner(const storage::Database &database, const QString &user, QWidget *parent = nullptr);

Q_SIGNALS:
    void scorecardsChanged();
};

} // namespace huddle::ui
