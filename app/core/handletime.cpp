#include "handletime.h"

namespace huddle::core {

HandleTime effectiveHandleTime(std::optional<int> talk, std::optional<int> hold, std::optional<int> acw,
                               std::optional<int> total)
{
    if (total)
        return {*total, HandleBasis::Total};
    if (hold || acw)
        return {talk.value_or(0) + hold.value_or(0) + acw.value_or(0), HandleBasis::Components};
    if (talk)
        return {*talk, HandleBasis::TalkOnly};
    return {};
}

} // namespace huddle::core
