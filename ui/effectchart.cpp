#include "effectchart.h"

#include "chartstyle.h"
#include "models/coachingtext.h"
#include "models/kpitext.h"

#include <QPainter>

#include <algorithm>

namespace huddle::ui {

namespace {

QColor beforeColor()
{
    return {0x5b, 0x6b, 0x7a}; // slate: what was
}

QColor afterColor()
{
    return {0x00, 0x72, 0xb2}; // Okabe & Ito blue: what is
}

bool isJudged(core::EffectVerdict verdict)
{
    return verdict == core::EffectVerdict::Improved || verdict == core::EffectVerdict::Unchanged ||
           verdict == core::EffectVerdict::Worsened;
}

} // namespace

EffectChart::EffectChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void EffectChart::setEffect(const core::FocusEffect &effect, qint64 minN, const QString &title)
{
    m_effect = effect;
    m_title = title.isEmpty() ? models::kpiName(effect.kpi) : title;
    m_minN = minN;
    updateAccessibleText();
    update();
}

QString EffectChart::caption() const
{
    const QString verdict = models::CoachingText::verdictName(m_effect.verdict);
    if (!isJudged(m_effect.verdict) || !m_effect.change)
        return verdict;
    return tr("%1: %2").arg(verdict, models::CoachingText::change(m_effect.kpi, *m_effect.change));
}

void EffectChart::updateAccessibleText()
{
    setAccessibleName(tr("%1 before and after").arg(m_title));
    setAccessibleDescription(tr("Before %1, after %2. %3")
                                 .arg(models::CoachingText::reading(m_effect.kpi, m_effect.before),
                                      models::CoachingText::reading(m_effect.kpi, m_effect.after),
                                      caption()));
}

void EffectChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(font());
    const qreal line = metrics.height();
    QRectF area = QRectF(rect()).adjusted(4, 2, -4, -2);

    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                     m_title);
    painter.setFont(font());
    painter.drawText(QRectF(area.left(), area.bottom() - line, area.width(), line),
                     Qt::AlignLeft | Qt::AlignVCenter, caption());

    // Bars from zero (a bar's length is its value); room above for the value and below for the labels.
    const QRectF plot = area.adjusted(0, 2 * line + 2, 0, -3 * line - 4);
    const double before = m_effect.before.value.value_or(0);
    const double after = m_effect.after.value.value_or(0);
    const double top = std::max({before, after, 0.0});
    const double bottom = std::min({before, after, 0.0});
    const double span = top - bottom > 0 ? top - bottom : 1.0;
    const qreal zeroY = plot.top() + plot.height() * top / span;
    const auto yOf = [&](double value) { return zeroY - plot.height() * value / span; };
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawLine(QPointF(plot.left(), zeroY), QPointF(plot.right(), zeroY));
    const qreal slot = plot.width() / 2;
    paintBar(painter, QRectF(plot.left(), plot.top(), slot, plot.height()), m_effect.before, zeroY,
             yOf(before), tr("Before"), beforeColor());
    paintBar(painter, QRectF(plot.left() + slot, plot.top(), slot, plot.height()), m_effect.after, zeroY,
             yOf(after), tr("After"), afterColor());
}

// One bar in its slot from the zero line to `valueY`, its value beyond the bar's end and its label and n
// below the plot.
void EffectChart::paintBar(QPainter &painter, const QRectF &slot, const core::KpiReading &reading,
                           qreal zeroY, qreal valueY, const QString &label, const QColor &color) const
{
    const qreal line = QFontMetricsF(font()).height();
    const qreal width = std::min<qreal>(slot.width() * 0.55, 56);
    const QRectF bar(slot.center().x() - width / 2, std::min(zeroY, valueY), width, std::abs(valueY - zeroY));
    const bool small = reading.n < m_minN;
    if (reading.value) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(small ? smallSampleColor() : color);
        painter.drawRect(bar);
    }
    painter.setPen(palette().color(small ? QPalette::PlaceholderText : QPalette::WindowText));
    const bool up = valueY <= zeroY;
    const QRectF valueBox(slot.left(), up ? bar.top() - line - 1 : bar.bottom() + 1, slot.width(), line);
    painter.drawText(valueBox, Qt::AlignCenter, models::CoachingText::value(m_effect.kpi, reading.value));
    painter.setPen(palette().color(QPalette::WindowText));
    const QRectF labelBox(slot.left(), slot.bottom() + 2, slot.width(), 2 * line);
    painter.drawText(labelBox, Qt::AlignHCenter | Qt::AlignTop,
                     tr("%1\nn %2").arg(label, QLocale().toString(reading.n)));
}

} // namespace huddle::ui
