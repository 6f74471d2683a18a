#include "qadialogs.h"

#include "currentuser.h"

namespace huddle::ui {

QDialog *showWindowModal(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

EvaluationDialog *openEvaluationDialog(const storage::Database &database, const EvaluationRequest &request,
                                       QWidget *parent)
{
    auto *dialog = new EvaluationDialog(database, request, currentUserName(), parent);
    showWindowModal(dialog);
    return dialog;
}

} // namespace huddle::ui
