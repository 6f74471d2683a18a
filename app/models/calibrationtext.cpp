#include "calibrationtext.h"

#include "translation.h"

#include <QLocale>

#include <cmath>

namespace huddle::models {

QString formatAlpha(const std::optional<double> &alpha)
{
    if (!alpha)
        return QStringLiteral("–");
    // A value that rounds to zero reads "0.000", never "-0.000".
    return QLocale().toString(std::abs(*alpha) < 0.0005 ? 0.0 : *alpha, 'f', 3);
}

QString verdictText(core::AlphaVerdict verdict)
{
    switch (verdict) {
    case core::AlphaVerdict::Good:
        return tr("Good agreement");
    case core::AlphaVerdict::Tentative:
        return tr("Tentative agreement: draw conclusions with care");
    case core::AlphaVerdict::Recalibrate:
        return tr("Low agreement: recalibrate");
    case core::AlphaVerdict::Undefined:
        break;
    }
    return tr("Not measurable: too few paired scores, or every score the same");
}

QColor verdictColor(core::AlphaVerdict verdict)
{
    switch (verdict) {
    case core::AlphaVerdict::Good:
        return QColor(0x1b, 0x7f, 0x3b);
    case core::AlphaVerdict::Tentative:
        return QColor(0xa8, 0x5d, 0x00);
    case core::AlphaVerdict::Recalibrate:
        return QColor(0xb3, 0x26, 0x1e);
    case core::AlphaVerdict::Undefined:
        break;
    }
    return QColor(0x6b, 0x6b, 0x6b);
}

QString alphaMetricText(core::AlphaMetric metric)
{
    return metric == core::AlphaMetric::Interval ? tr("interval") : tr("nominal");
}

QString alphaExplanation()
{
    return tr("Krippendorff's α: how far the evaluators agree beyond what chance alone would give.\n"
              "1 is perfect agreement, 0 is no better than chance, below 0 is systematic disagreement.\n"
              "Totals use the interval metric (how far apart two scores are matters); yes/no criteria use "
              "the nominal metric (same answer or not).\n"
              "α ≥ 0.800 good · 0.667–0.800 tentative · below 0.667: recalibrate.");
}

QString formatDeviation(const std::optional<double> &points)
{
    if (!points)
        return QStringLiteral("–");
    const QString number = QLocale().toString(std::abs(*points), 'f', 1);
    // U+2212 minus: a hyphen reads as a dash in a table column.
    const QString sign = *points > 0.05    ? QStringLiteral("+")
                         : *points < -0.05 ? QStringLiteral("−")
                                           : QString();
    return tr("%1%2 points").arg(sign, number);
}

} // namespace huddle::models
