#pragma once

#include "evaluationdialog.h"

namespace huddle::ui {

// Shows `dialog` window-modal (the database it uses must stay open while it is up), deleted when closed.
QDialog *showWindowModal(QDialog *dialog);

// Opens the evaluation form over `parent` (window-modal: the database must stay open while it is up),
// deleted when closed. Callers connect to evaluationSaved to reload what they show.
EvaluationDialog *openEvaluationDialog(const storage::Database &database, const EvaluationRequest &request,
                                       QWidget *parent);

} // namespace huddle::ui
