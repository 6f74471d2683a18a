#pragma once

#include <QDate>
#include <QList>
#include <QString>

class QDateEdit;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;
class QWidget;

// The small parts the planning and session dialogs are built of, so their lists, headings and date fields
// look and behave alike.
namespace huddle::ui::sessionwidgets {

// A bold heading whose mnemonic focuses `buddy`.
QLabel *heading(const QString &text, QWidget *buddy, QWidget *parent);
// A heading on the left and `buttons` on the right: the top row of each list of the session dialog.
QHBoxLayout *headingRow(const QString &text, QWidget *buddy, const QList<QWidget *> &buttons,
                        QWidget *parent);
QPushButton *namedButton(const QString &text, const QString &objectName, QWidget *parent);
// A column layout on `box` without margins, for a part inside a splitter.
QVBoxLayout *flatColumn(QWidget *box);
// A day in the locale's short format, picked from a calendar.
QDateEdit *dateEdit(QDate day, const QString &objectName, QWidget *parent);

} // namespace huddle::ui::sessionwidgets
