#include "kpicard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace huddle::ui {

KpiCard::KpiCard(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(150);
    m_caption->setWordWrap(true); // long captions in some languages wrap rather than clip
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.7);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette mutedPalette = m_caption->palette();
    mutedPalette.setColor(QPalette::WindowText, mutedPalette.color(QPalette::Disabled, QPalette::WindowText));
    m_caption->setPalette(mutedPalette);
    m_detail->setPalette(mutedPalette);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
}

void KpiCard::setValue(const QString &value, const QString &detail, const QString &tooltip, bool muted)
{
    m_value->setText(value);
    m_detail->setText(detail);
    setToolTip(tooltip);
    QPalette palette = m_value->palette();
    palette.setColor(QPalette::WindowText, muted ? palette.color(QPalette::Disabled, QPalette::WindowText)
                                                 : QWidget::palette().color(QPalette::WindowText));
    m_value->setPalette(palette);
    setAccessibleName(m_caption->text() + QLatin1Char(' ') + value + QLatin1Char(' ') + detail);
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

} // namespace huddle::ui
