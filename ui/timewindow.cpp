#include "timewindow.h"

#include <algorithm>
#include <utility>

namespace huddle::ui {

void TimeWindow::setFull(qreal from, qreal to)
{
    if (to < from)
        std::swap(from, to);
    m_fullFrom = from;
    m_fullTo = to > from ? to : from + 1;
    reset();
}

void TimeWindow::reset()
{
    m_from = m_fullFrom;
    m_to = m_fullTo;
}

void TimeWindow::zoom(qreal factor, qreal anchor)
{
    if (!(factor > 0))
        return;
    anchor = std::clamp(anchor, m_from, m_to);
    m_from = anchor - (anchor - m_from) * factor;
    m_to = anchor + (m_to - anchor) * factor;
    clampToFull();
}

void TimeWindow::pan(qreal delta)
{
    const qreal span = m_to - m_from;
    m_from = std::clamp(m_from + delta, m_fullFrom, m_fullTo - span);
    m_to = m_from + span;
}

void TimeWindow::show(qreal from, qreal to)
{
    if (to < from)
        std::swap(from, to);
    m_from = from;
    m_to = to;
    clampToFull();
}

// Widens a too-narrow window around its middle, narrows one wider than the data to the data, then slides
// it back inside the full range.
void TimeWindow::clampToFull()
{
    const qreal fullSpan = m_fullTo - m_fullFrom;
    const qreal span = std::clamp(m_to - m_from, std::min(m_minimumSpan, fullSpan), fullSpan);
    const qreal middle = (m_from + m_to) / 2;
    m_from = std::clamp(middle - span / 2, m_fullFrom, m_fullTo - span);
    m_to = m_from + span;
}

} // namespace huddle::ui
