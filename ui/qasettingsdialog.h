#pragma once

#include "storage/database.h"

#include <QDialog>

class QLabel;
class QSpinBox;

namespace huddle::ui {

// QA → QA settings…: how many conversations of each agent the weekly sample picks, how many days after
// publishing an evaluation can be disputed, and how many days the arbitrator has to decide. OK saves what
// changed; a value that can't be read or saved is shown, and the dialog stays open.
class QaSettingsDialog : public QDialog {
    Q_OBJECT
public:
    QaSettingsDialog(const storage::Database &database, const QString &user, QWidget *parent = nullptr);

    QSpinBox *sampleEdit() const { return m_sample; }
    QSpinBox *windowEdit() const { return m_window; }
    QSpinBox *decisionEdit() const { return m_decision; }
    QString problem() const;

Q_SIGNALS:
    void settingsSaved();

public Q_SLOTS:
    void accept() override;

private:
    void readSettings();
    core::Status save();

    const storage::Database *m_database;
    QString m_user;
    QSpinBox *m_sample;
    QSpinBox *m_window;
    QSpinBox *m_decision;
    QLabel *m_problem;
    int m_storedSample = 0;
    int m_storedWindow = 0;
    int m_storedDecision = 0;
};

} // namespace huddle::ui
