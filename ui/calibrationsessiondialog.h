#pragma once

#include "models/scope.h"
#include "storage/calibrationrepository.h"
#include "storage/database.h"

#include <QDialog>
#include <QHash>
#include <QTimeZone>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace huddle::ui {

// Calibration → New session…: a name, a QA scorecard, the conversations to score (picked from the handled
// conversations of the console's scope, searchable, several at once) and the evaluators (one per line, at
// least two, the current user first). OK stays disabled, with the reason shown, until the session is
// complete; OK creates it.
class CalibrationSessionDialog : public QDialog {
    Q_OBJECT
public:
    CalibrationSessionDialog(const storage::Database &database, const models::Scope &scope,
                             const QString &user, QWidget *parent = nullptr);

    qint64 sessionId() const { return m_sessionId; } // 0 until created
    storage::CalibrationSessionSpec spec() const;
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *scorecardBox() const { return m_scorecard; }
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *conversationList() const { return m_conversations; }
    QPlainTextEdit *evaluatorsEdit() const { return m_evaluators; }
    QPushButton *okButton() const;

Q_SIGNALS:
    void sessionCreated(qint64 sessionId);

public Q_SLOTS:
    void accept() override;

private:
    void fillScorecards();
    void fillConversations();
    void onItemChanged(QListWidgetItem *item);
    void addConversationItem(qint64 id, const QString &label, bool chosen);
    QStringList evaluatorNames() const;
    void validate();

    const storage::Database *m_database;
    models::Scope m_scope;
    QString m_user;
    QTimeZone m_zone;
    QLineEdit *m_name;
    QComboBox *m_scorecard;
    QLineEdit *m_search;
    QListWidget *m_conversations;
    QLabel *m_chosenCount;
    QPlainTextEdit *m_evaluators;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QList<qint64> m_chosen;          // in the order picked: the session's order
    QHash<qint64, QString> m_labels; // of every conversation listed so far, so a chosen one stays listed
    qint64 m_sessionId = 0;
};

} // namespace huddle::ui
