#include "csatscale.h"

#include <cmath>

namespace huddle::core {

int defaultSatisfiedThreshold(CsatScale scale)
{
    if (scale == CsatScale{1, 5})
        return 4;
    if (scale == CsatScale{1, 10})
        return 8;
    if (scale == CsatScale{0, 10})
        return 9;
    if (scale == CsatScale{0, 1})
        return 1;
    return scale.min + static_cast<int>(std::ceil(0.75 * (scale.max - scale.min)));
}

int CsatRules::satisfiedThreshold(CsatScale scale) const
{
    int override = -1;
    if (scale == CsatScale{1, 5})
        override = threshold1to5;
    else if (scale == CsatScale{1, 10})
        override = threshold1to10;
    else if (scale == CsatScale{0, 10})
        override = threshold0to10;
    return override >= 0 ? override : defaultSatisfiedThreshold(scale);
}

} // namespace huddle::core
