#include "kpicard.h"

#include "kpilabels.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace huddle::ui {

KpiCard::KpiCard(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_bandLabel(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(120);
    m_caption->setWordWrap(true); // long captions in some languages wrap rather than clip
    setValueScale(1.6);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setWordWrap(true);
    QFont bandFont = m_bandLabel->font();
    bandFont.setBold(true);
    m_bandLabel->setFont(bandFont);
    m_bandLabel->hide();
    applyTextColours();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(1);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_bandLabel);
    layout->addWidget(m_detail);
    layout->addStretch(1);
}

void KpiCard::setValue(const QString &value, const QString &detail, const QString &tooltip, bool muted)
{
    m_value->setText(value);
    m_detail->setText(detail);
    QString tip = tooltip;
    if (m_activatable)
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) +
               tr("Double-click to list the conversations behind this figure.");
    setToolTip(tip);
    m_muted = muted;
    applyTextColours();
    updateAccessibleName();
}

void KpiCard::setBand(core::Band band, const QString &movement)
{
    m_band = band;
    // Without a band the card shows its parent's background; with one, a light tint of the band's colour.
    setAutoFillBackground(band != core::Band::None);
    if (band != core::Band::None) {
        QPalette tinted = palette();
        tinted.setColor(QPalette::Window, bandColor(band).lighter(112));
        setPalette(tinted);
    }
    applyTextColours();
    const QString text =
        band == core::Band::None ? movement : bandName(band) + QStringLiteral("  ") + movement;
    m_bandLabel->setText(text.trimmed());
    m_bandLabel->setVisible(!text.trimmed().isEmpty());
    updateAccessibleName();
}

// Captions and details are secondary, and a small-sample value is greyed; on a band's tint the usual
// disabled grey is too faint to read, so a darker grey stands in for it there.
void KpiCard::applyTextColours()
{
    const QPalette base = QWidget::palette();
    const QColor normal = base.color(QPalette::Active, QPalette::WindowText);
    const QColor secondary = m_band == core::Band::None ? base.color(QPalette::Disabled, QPalette::WindowText)
                                                        : QColor(0x4a, 0x4a, 0x4a);
    const auto paint = [](QLabel *label, const QColor &colour) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, colour);
        label->setPalette(palette);
    };
    paint(m_caption, secondary);
    paint(m_detail, secondary);
    paint(m_value, m_muted ? secondary : normal);
    paint(m_bandLabel, normal);
}

void KpiCard::setValueScale(double scale)
{
    QFont valueFont = font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * scale);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
}

void KpiCard::setActivatable(bool activatable)
{
    m_activatable = activatable;
    setFocusPolicy(activatable ? Qt::StrongFocus : Qt::NoFocus);
    setCursor(activatable ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

QString KpiCard::detailText() const
{
    return m_detail->text();
}

QString KpiCard::bandText() const
{
    return m_bandLabel->text();
}

void KpiCard::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_activatable)
        Q_EMIT activated();
    QFrame::mouseDoubleClickEvent(event);
}

void KpiCard::keyPressEvent(QKeyEvent *event)
{
    if (m_activatable && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        Q_EMIT activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiCard::updateAccessibleName()
{
    QStringList parts{m_caption->text(), m_value->text()};
    if (!m_bandLabel->text().isEmpty())
        parts.append(m_bandLabel->text());
    parts.append(m_detail->text());
    setAccessibleName(parts.join(QLatin1Char(' ')));
}

} // namespace huddle::ui
