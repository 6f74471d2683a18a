#include "chartstyle.h"

#include <QAreaSeries>
#include <QLineSeries>

#include <algorithm>
#include <array>

namespace huddle::ui {

namespace {

// The scope in near-black, then agents in colours from Okabe & Ito's colour-blind-safe palette
// ("Color Universal Design", 2008): blue, vermillion, bluish green, reddish purple.
const std::array<QColor, 5> comparisonColors{QColor(0x22, 0x22, 0x22), QColor(0x00, 0x72, 0xb2),
                                             QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
                                             QColor(0xcc, 0x79, 0xa7)};
const std::array<Qt::PenStyle, 5> comparisonDashes{Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                                   Qt::DashDotDotLine};

} // namespace

QColor csatColor()
{
    return {0x1b, 0x7f, 0x79};
}

QColor ahtColor()
{
    return {0xd9, 0x73, 0x1a};
}

QColor highlightColor()
{
    return {0x6a, 0x4c, 0x93};
}

QColor smallSampleColor()
{
    return {0xb4, 0xb4, 0xb4};
}

QAreaSeries *newBandSeries(const QBrush &brush, const QPen &pen)
{
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    auto *band = new QAreaSeries(upper, lower);
    upper->setParent(band);
    lower->setParent(band);
    band->setBrush(brush);
    band->setPen(pen);
    return band;
}

LineStyle trendLineStyle(int trend, core::KpiId kpi, bool comparing)
{
    const bool csat = kpi == core::KpiId::Csat;
    LineStyle style;
    style.shape = csat ? QScatterSeries::MarkerShapeCircle : QScatterSeries::MarkerShapeRectangle;
    style.markerSize = csat ? 8 : 7;
    if (!comparing) {
        // One scope: the KPI colours, and a dashed AHT so the two read apart in grey too.
        style.color = csat ? csatColor() : ahtColor();
        style.dash = csat ? Qt::SolidLine : Qt::DashLine;
        return style;
    }
    const auto index = static_cast<std::size_t>(std::clamp(trend, 0, 4));
    style.color = comparisonColors[index];
    style.dash = comparisonDashes[index];
    style.width = csat ? 2.5 : 1.25;
    style.markerSize = csat ? 6 : 5; // ten lines of points: smaller, so they overlap less
    return style;
}

} // namespace huddle::ui
