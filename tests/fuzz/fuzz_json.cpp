// Feeds one input to every JSON reader a user can hand Huddle a file for — scorecards, bonus plans, KPI plans
// and the attendance ladder — and checks each one's promise: a failure carries a message; a success writes
// JSON that reads back to the same thing (the strict round trip the designer's import and export rely on).
// A broken promise aborts, so the fuzzer reports it like a crash.
#include "core/attendanceladder.h"
#include "core/bonusplan.h"
#include "core/kpiplan.h"
#include "core/scorecardjson.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace huddle::core;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

template <typename T> bool succeeded(const Result<T> &result)
{
    require(result.ok() || !result.error().message.isEmpty());
    return result.ok();
}

// For the types with ==: the written JSON reads back equal.
template <typename Plan> void roundTripEqual(const QByteArray &json)
{
    const Result<Plan> plan = Plan::fromJson(json);
    if (!succeeded(plan))
        return;
    const Result<Plan> again = Plan::fromJson(plan.value().toJson());
    require(again.ok() && again.value() == plan.value());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    if (const auto scorecard = scorecardFromJson(json, QStringLiteral("fuzz.json")); succeeded(scorecard)) {
        const QByteArray written = scorecardToJson(scorecard.value());
        const auto again = scorecardFromJson(written, QStringLiteral("again.json"));
        require(again.ok() && scorecardToJson(again.value()) == written);
    }
    roundTripEqual<BonusPlan>(json);
    roundTripEqual<KpiPlan>(json);
    if (const auto ladder = AttendanceLadder::fromJson(json); succeeded(ladder)) {
        const QByteArray written = ladder.value().toJson();
        const auto again = AttendanceLadder::fromJson(written);
        require(again.ok() && again.value().toJson() == written);
    }
    return 0;
}
