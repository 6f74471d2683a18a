#include "sessionwidgets.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace huddle::ui::sessionwidgets {

QLabel *heading(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text), parent);
    label->setBuddy(buddy);
    return label;
}

QHBoxLayout *headingRow(const QString &text, QWidget *buddy, const QList<QWidget *> &buttons, QWidget *parent)
{
    auto *row = new QHBoxLayout;
    row->addWidget(heading(text, buddy, parent), 1);
    for (QWidget *button : buttons)
        row->addWidget(button);
    return row;
}

QPushButton *namedButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

QVBoxLayout *flatColumn(QWidget *box)
{
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

QDateEdit *dateEdit(QDate day, const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(day.isValid() ? day : QDate::currentDate(), parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

} // namespace huddle::ui::sessionwidgets
