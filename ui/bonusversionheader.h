#pragma once

#include "storage/directoryrepository.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace huddle::ui {

// Above the plan editor: what is shown — a stored version (read-only), or a draft with the scope it will be
// saved for (the site or a team), the month it is valid from and a note for the audit log.
class BonusVersionHeader : public QWidget {
    Q_OBJECT
public:
    explicit BonusVersionHeader(QWidget *parent = nullptr);

    void setTeams(const QList<storage::TeamEntry> &teams);
    void showVersion(const QString &title, const QString &details);
    void showDraft(std::optional<qint64> scope, QDate validFrom, const QString &note);

    std::optional<qint64> scope() const; // empty: the site
    QDate validFrom() const;             // the first day of the month
    QString note() const;

    QComboBox *scopeBox() const { return m_scope; }
    QDateEdit *validFromEdit() const { return m_validFrom; }
    QLineEdit *noteEdit() const { return m_note; }

private:
    QStackedWidget *m_pages;
    QLabel *m_title;
    QLabel *m_details;
    QComboBox *m_scope;
    QDateEdit *m_validFrom;
    QLineEdit *m_note;
};

} // namespace huddle::ui
