#include "readablepalette.h"

#include <QColor>

#include <algorithm>
#include <cmath>

namespace huddle::ui {

namespace {

// WCAG 2.1 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance).
double relativeLuminance(const QColor &color)
{
    const auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    // Values, not std::minmax: it returns references, which would outlive the temporaries it compared.
    const double first = relativeLuminance(a);
    const double second = relativeLuminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

constexpr double minimumContrast = 4.5;

} // namespace

QPalette readablePalette(QPalette palette)
{
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor text = palette.color(group, QPalette::HighlightedText);
        QColor selection = palette.color(group, QPalette::Highlight);
        const bool darken = relativeLuminance(text) > relativeLuminance(selection);
        // 5 % a step keeps the hue; at most 40 steps reach black or white from any colour.
        for (int step = 0; step < 40 && contrastRatio(text, selection) < minimumContrast; ++step)
            selection = darken ? selection.darker(105) : selection.lighter(105);
        palette.setColor(group, QPalette::Highlight, selection);
    }
    return palette;
}

} // namespace huddle::ui
