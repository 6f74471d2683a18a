#pragma once

#include <QtGlobal>

namespace huddle::ui {

// The part of a chart's x range on screen: zoomed and panned inside the data's full range, never out of
// it, and never narrower than a minimum span (a day for daily buckets) so a zoom always shows something.
class TimeWindow {
public:
    // Shows the whole of [from, to] again.
    void setFull(qreal from, qreal to);
    void setMinimumSpan(qreal span) { m_minimumSpan = span; }

    qreal from() const { return m_from; }
    qreal to() const { return m_to; }
    qreal fullFrom() const { return m_fullFrom; }
    qreal fullTo() const { return m_fullTo; }
    bool isZoomed() const { return m_from > m_fullFrom || m_to < m_fullTo; }

    // Scales the span by `factor` (below 1 zooms in) keeping `anchor` at the same place on screen.
    void zoom(qreal factor, qreal anchor);
    // Moves the window by `delta` (positive: later), stopping at the ends of the full range.
    void pan(qreal delta);
    // Shows [from, to] (in either order), widened to the minimum span and kept inside the full range.
    void show(qreal from, qreal to);
    void reset();

private:
    void clampToFull();

    qreal m_fullFrom = 0;
    qreal m_fullTo = 1;
    qreal m_from = 0;
    qreal m_to = 1;
    qreal m_minimumSpan = 0;
};

} // namespace huddle::ui
