#pragma once

#include <QProxyStyle>

namespace huddle::ui {

// The desktop's style, with the keyboard focus shown on item views as well. Fusion draws the frame of a
// table, tree or list the same with and without the focus; once a view has rows its current cell shows a
// focus rect, but an empty one (no imports yet, no items in a queue) gave a keyboard user no sign of where
// Tab had put them. Here a focused view's frame is drawn in the palette's highlight colour (WCAG 2.1, 2.4.7
// Focus Visible: https://www.w3.org/TR/WCAG21/#focus-visible). Everything else is the base style's.
class FocusCueStyle : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace huddle::ui
