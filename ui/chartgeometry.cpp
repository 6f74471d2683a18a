#include "chartgeometry.h"

#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>

namespace huddle::ui {

QPointF viewportPosition(const QChartView *view, const QPointF &value, QAbstractSeries *series)
{
    QChart *chart = view->chart();
    return view->mapFromScene(chart->mapToScene(chart->mapToPosition(value, series)));
}

QRectF plotRectInViewport(const QChartView *view)
{
    QChart *chart = view->chart();
    return view->mapFromScene(chart->mapToScene(chart->plotArea())).boundingRect();
}

qreal timeAt(const QChartView *view, const QDateTimeAxis *axis, qreal x)
{
    const QRectF plot = plotRectInViewport(view);
    const auto from = static_cast<qreal>(axis->min().toMSecsSinceEpoch());
    const auto to = static_cast<qreal>(axis->max().toMSecsSinceEpoch());
    if (plot.width() <= 0)
        return from;
    return from + (x - plot.left()) / plot.width() * (to - from);
}

} // namespace huddle::ui
