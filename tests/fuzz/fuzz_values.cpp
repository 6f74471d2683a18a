// Feeds one input to every cell parser in every mode, and to guessDateOrder as one sample per line. Beyond
// surviving, each success must keep its parser's promise (durations never negative, dates valid, numbers
// finite, offsets within ±14 h), and each failure must carry a message: a broken promise aborts, so the
// fuzzer reports it like a crash.
#include "importers/values.h"

#include <QList>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace huddle::importers;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

template <typename T> bool succeeded(const huddle::core::Result<T> &result)
{
    require(result.ok() || !result.error().message.isEmpty());
    return result.ok();
}

void parseNumbers(QByteArrayView text, bool decimalComma)
{
    if (const auto number = parseNumber(text, decimalComma); succeeded(number))
        require(std::isfinite(number.value()));
    if (const auto percent = parsePercent(text, decimalComma); succeeded(percent))
        require(std::isfinite(percent.value()));
    if (const auto cents = parseMoneyCents(text, decimalComma); succeeded(cents))
        require(cents.value() >= -1'000'000'000'000'000 && cents.value() <= 1'000'000'000'000'000);
    for (const DurationUnit unit :
         {DurationUnit::Seconds, DurationUnit::Milliseconds, DurationUnit::Minutes}) {
        if (const auto seconds = parseDurationSeconds(text, unit, decimalComma); succeeded(seconds))
            require(seconds.value() >= 0);
    }
}

void parseDates(QByteArrayView text)
{
    for (const DateOrder order : {DateOrder::Ymd, DateOrder::Mdy, DateOrder::Dmy}) {
        if (const auto date = parseDate(text, order); succeeded(date))
            require(date.value().isValid());
        if (const auto parts = parseDateTime(text, order); succeeded(parts)) {
            require(parts->date.isValid() && parts->time.isValid());
            require(!parts->utcOffsetSeconds || std::abs(*parts->utcOffsetSeconds) <= 14 * 3600);
        }
    }
    if (const auto time = parseTimeOfDay(text); succeeded(time))
        require(time.value().isValid());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    succeeded(parseInteger(text));
    succeeded(parseBool(text));
    parseNumbers(text, false);
    parseNumbers(text, true);
    parseDates(text);

    QList<QByteArrayView> samples;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n') {
            samples.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    guessDateOrder(samples);
    return 0;
}
