#pragma once

#include "records.h"
#include "result.h"

#include <QList>

// Plain-text transcripts as chat tools and call transcription export them, one utterance per line:
// "[mm:ss] Speaker: text" or "Speaker: text" (the time optional, also h:mm:ss). Speakers are mapped to
// agent / customer / system by name ("Agent", "Customer", "System", or the given agent's name).
namespace huddle::core {

// Errors name the line (sourceName:line:column) and what was expected; blank lines are skipped. Utterances
// are numbered 1, 2, 3 … in order (TranscriptLine::lineNo, what annotations point at). Any other speaker name
// (the customer's own name in a chat export) is the customer.
Result<QList<TranscriptLine>> parseTranscript(const QString &text, const QString &sourceName,
                                              const QString &agentName);

// "mm:ss" (or "h:mm:ss" from an hour on) for an annotation anchored to a second of the call.
QString callTimestamp(int seconds);
// Parses "mm:ss", "m:ss" or "h:mm:ss"; empty for anything else.
std::optional<int> parseCallTimestamp(const QString &text);

} // namespace huddle::core
