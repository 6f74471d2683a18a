#pragma once

#include "core/coachingeffect.h"

#include <QWidget>

namespace huddle::ui {

// A focus KPI before and after a session as two bars from zero, each labelled with its value and n; a bar
// on fewer than `minN` observations is grey, like every small-sample figure. The caption is the model's
// verdict ("Improved", "Not enough data", "Measuring"): the chart never claims more than the numbers allow.
// Painted directly: two bars do not need a chart engine, and it stays legible at 160 × 140.
class EffectChart : public QWidget {
    Q_OBJECT
public:
    explicit EffectChart(QWidget *parent = nullptr);

    // `title`: empty for the KPI's name.
    void setEffect(const core::FocusEffect &effect, qint64 minN, const QString &title = {});
    const core::FocusEffect &effect() const { return m_effect; }
    // What the caption under the bars says.
    QString caption() const;

    QSize sizeHint() const override { return {190, 150}; }
    QSize minimumSizeHint() const override { return {140, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintBar(QPainter &painter, const QRectF &slot, const core::KpiReading &reading, qreal zeroY,
                  qreal valueY, const QString &label, const QColor &color) const;
    void updateAccessibleText();

    core::FocusEffect m_effect;
    QString m_title;
    qint64 m_minN = 10;
};

} // namespace huddle::ui
