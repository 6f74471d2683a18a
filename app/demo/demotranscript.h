#pragma once

#include "core/records.h"

#include <QList>
#include <QString>

namespace huddle::demo {

class Random;

// What a demo transcript is about and how it went.
struct TranscriptScene {
    QString agentFirstName;
    int teamIndex = 0;       // picks the topic: billing, tech support, sales, …
    bool wentWell = true;    // the customer leaves satisfied or not
    int durationSeconds = 0; // talk time the line offsets are spread over
    core::Channel channel = core::Channel::Call;
};

// A plausible English transcript of 6–14 lines, agent and customer taking turns, the agent first, with
// offsets into the conversation.
QList<core::TranscriptLine> demoTranscript(Random &random, const TranscriptScene &scene);

} // namespace huddle::demo
