#pragma once

#include <optional>

namespace huddle::core {

// Which durations a conversation's handle time was built from. AHT shown from talk time alone is
// labelled "talk only" in the UI (domain.md, AHT).
// For a group, PartlyTalkOnly: some of its handle times are talk alone, so its AHT is understated.
enum class HandleBasis { None, Total, Components, TalkOnly, PartlyTalkOnly };

struct HandleTime {
    std::optional<int> seconds;
    HandleBasis basis = HandleBasis::None;
};

// The one definition of a conversation's handle time: the export's total when it gives one, else
// talk + hold + ACW when hold or ACW is known (any missing part counted as zero: exports leave a
// component empty when it did not happen), else talk alone ("talk only").
HandleTime effectiveHandleTime(std::optional<int> talk, std::optional<int> hold, std::optional<int> acw,
                               std::optional<int> total);

} // namespace huddle::core
