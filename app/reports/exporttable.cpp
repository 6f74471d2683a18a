#include "exporttable.h"

#include <cmath>

namespace huddle::reports {

bool TableCell::hasValue() const
{
    switch (kind) {
    case CellKind::Text:
        return false;
    case CellKind::MoneyCents:
        return true;
    case CellKind::Number:
    case CellKind::Percent:
    case CellKind::Seconds:
        break;
    }
    return std::isfinite(number);
}

} // namespace huddle::reports
