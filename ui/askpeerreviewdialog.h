#pragma once

#include "storage/database.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace huddle::ui {

// Asks a colleague to peer-review a conversation (storage::PeerReviewAssignments): it goes on their
// to-review list, and on a server it is what lets them open that conversation at all.
class AskPeerReviewDialog : public QDialog {
    Q_OBJECT
public:
    AskPeerReviewDialog(const storage::Database &database, qint64 conversationId, const QString &user,
                        QWidget *parent = nullptr);

Q_SIGNALS:
    void asked(const QString &reviewer);

private:
    void fillColleagues(const QString &handledBy, QDate day);
    void ask();

    const storage::Database *m_database;
    qint64 m_conversationId;
    QString m_user;
    QLabel *m_title;
    QComboBox *m_reviewer;
    QLabel *m_message;
    QPushButton *m_ask;
};

} // namespace huddle::ui
