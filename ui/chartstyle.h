#pragma once

#include "core/kpiplan.h"

#include <QBrush>
#include <QColor>
#include <QPen>
#include <QScatterSeries>

class QAreaSeries;

namespace huddle::ui {

// How one line of the trend chart looks. Lines must stay apart without colour (colour-blind readers,
// grey-scale prints): every compared line has its own dash pattern as well as its own colour, and CSAT and
// AHT differ in width and point shape.
struct LineStyle {
    QColor color;
    Qt::PenStyle dash = Qt::SolidLine;
    qreal width = 2.5;
    QScatterSeries::MarkerShape shape = QScatterSeries::MarkerShapeCircle;
    qreal markerSize = 8;
};

// `trend` 0 is the scope (team, site or agent); 1–4 the compared agents, drawn only when `comparing`.
LineStyle trendLineStyle(int trend, core::KpiId kpi, bool comparing);

QColor csatColor();      // teal: quality
QColor ahtColor();       // amber: speed
QColor highlightColor(); // the selected review note's day
QColor smallSampleColor();

// An area series between two line series it owns (QAreaSeries does not delete the ones it is given).
QAreaSeries *newBandSeries(const QBrush &brush, const QPen &pen);

} // namespace huddle::ui
