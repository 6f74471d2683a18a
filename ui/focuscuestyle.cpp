#include "focuscuestyle.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QStyleOption>

namespace huddle::ui {

void FocusCueStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_Frame || !(option->state & State_HasFocus) ||
        !qobject_cast<const QAbstractItemView *>(widget))
        return;
    // Two pixels inside the frame's rectangle, so the cue does not depend on the frame's own width.
    painter->save();
    painter->setPen(QPen(option->palette.color(QPalette::Highlight), 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option->rect).adjusted(1, 1, -1, -1));
    painter->restore();
}

} // namespace huddle::ui
