#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace huddle::ui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &plan, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    auto *text = new QLabel(tr("Not yet available in this version.") + QStringLiteral("\n\n") + plan, this);
    text->setWordWrap(true);
    text->setMaximumWidth(640);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(heading, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace huddle::ui
