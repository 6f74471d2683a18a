#include "transcriptrepository.h"
#include "translation.h"

#include "boundquery.h"
#include "database.h"
#include "sqltransaction.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace huddle::storage {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Status;

namespace {

// Lines are numbered 1, 2, 3, … in order (0 lets the position number a line); speakers are the three the
// evaluation form knows.
Status validate(const QList<core::TranscriptLine> &lines)
{
    static const QStringList speakers{QStringLiteral("agent"), QStringLiteral("customer"),
                                      QStringLiteral("system")};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const core::TranscriptLine &line = lines[i];
        const int number = static_cast<int>(i + 1);
        if (line.lineNo != 0 && line.lineNo != number)
            return core::Error{tr("transcript line %1 is numbered %2; lines are numbered 1, 2, 3, … in order")
                                   .arg(number)
                                   .arg(line.lineNo),
                               {}};
        if (!speakers.contains(line.speaker))
            return core::Error{tr("transcript line %1: the speaker is '%2', not agent, customer or system")
                                   .arg(number)
                                   .arg(line.speaker),
                               {}};
        if (line.body.trimmed().isEmpty())
            return core::Error{tr("transcript line %1 is empty").arg(number), {}};
        if (line.offsetSeconds && *line.offsetSeconds < 0)
            return core::Error{tr("transcript line %1 starts before the call").arg(number), {}};
    }
    return core::Done{};
}

// The highest transcript line an annotation of any evaluation of the conversation points at; 0: none.
core::Result<int> highestAnchoredLine(QSqlDatabase db, qint64 conversationId)
{
    QSqlQuery q(db);
    const QString what = tr("reading the annotations of conversation %1").arg(conversationId);
    if (auto done = runBound(q,
                             QStringLiteral("SELECT COALESCE(MAX(an.anchor_value), 0) FROM annotations an"
                                            " JOIN evaluations e ON e.id = an.evaluation_id"
                                            " WHERE e.conversation_id = ? AND an.anchor_kind = 'line'"),
                             {conversationId}, what);
        !done)
        return done.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Status requireConversation(QSqlDatabase db, qint64 conversationId)
{
    QSqlQuery q(db);
    if (auto done = runBound(q, QStringLiteral("SELECT 1 FROM conversations WHERE id = ?"), {conversationId},
                             tr("reading conversation %1").arg(conversationId));
        !done)
        return done;
    if (!q.next())
        return core::Error{tr("conversation %1 does not exist").arg(conversationId), {}};
    return core::Done{};
}

} // namespace

TranscriptRepository::TranscriptRepository(const Database &database)
    : m_database(&database)
{
}

core::Result<QList<core::TranscriptLine>> TranscriptRepository::lines(qint64 conversationId) const
{
    QSqlQuery q(m_database->connection());
    if (auto done =
            runBound(q,
                     QStringLiteral("SELECT line_no, offset_s, speaker, body FROM transcript_lines"
                                    " WHERE conversation_id = ? ORDER BY line_no"),
                     {conversationId}, tr("reading the transcript of conversation %1").arg(conversationId));
        !done)
        return done.error();
    QList<core::TranscriptLine> lines;
    while (q.next())
        lines.append(
            {q.value(0).toInt(), optionalInt(q.value(1)), q.value(2).toString(), q.value(3).toString()});
    return lines;
}

core::Status TranscriptRepository::replace(qint64 conversationId, const QList<core::TranscriptLine> &lines)
{
    if (auto valid = validate(lines); !valid)
        return valid;
    QSqlDatabase db = m_database->connection();
    return inTransaction(db, tr("replacing the transcript"), [&]() -> core::Status {
        if (auto exists = requireConversation(db, conversationId); !exists)
            return exists;
        const auto anchored = highestAnchoredLine(db, conversationId);
        if (!anchored)
            return anchored.error();
        if (anchored.value() > lines.size())
            return core::Error{
                tr("an annotation points at line %1 of the transcript, which the new transcript"
                   " (%2 lines) does not have")
                    .arg(anchored.value())
                    .arg(lines.size()),
                {}};
        QSqlQuery q(db);
        if (auto removed =
                runBound(q, QStringLiteral("DELETE FROM transcript_lines WHERE conversation_id = ?"),
                         {conversationId}, tr("removing the old transcript"));
            !removed)
            return removed;
        return insertTranscript(conversationId, lines);
    });
}

core::Status TranscriptRepository::insertTranscript(qint64 conversationId,
                                                    const QList<core::TranscriptLine> &lines) const
{
    if (auto valid = validate(lines); !valid)
        return valid;
    QSqlQuery q(m_database->connection());
    q.prepare(
        QStringLiteral("INSERT INTO transcript_lines (conversation_id, line_no, offset_s, speaker, body)"
                       " VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        q.addBindValue(conversationId);
        q.addBindValue(static_cast<int>(i + 1));
        q.addBindValue(nullable(lines[i].offsetSeconds));
        q.addBindValue(lines[i].speaker);
        q.addBindValue(lines[i].body);
        if (auto done = execute(q, tr("writing line %1 of the transcript").arg(i + 1)); !done)
            return done;
    }
    return core::Done{};
}

} // namespace huddle::storage
