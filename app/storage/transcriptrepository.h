#pragma once

#include "core/records.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

namespace huddle::storage {

class Database;

// Conversation transcripts, line by line, for the evaluation form and transcript-line annotations.
class TranscriptRepository {
public:
    explicit TranscriptRepository(const Database &database);

    core::Result<QList<core::TranscriptLine>> lines(qint64 conversationId) const;
    // Replaces the conversation's transcript in one transaction. Refused when an annotation points at a line
    // the new transcript does not have.
    core::Status replace(qint64 conversationId, const QList<core::TranscriptLine> &lines);
    // Bulk path for generated data (the demo): adds the transcript of a conversation that has none inside the
    // transaction the connection already has open (a RecordWriter's), without one of its own.
    core::Status insertTranscript(qint64 conversationId, const QList<core::TranscriptLine> &lines) const;

private:
    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::TranscriptRepository)
};

} // namespace huddle::storage
