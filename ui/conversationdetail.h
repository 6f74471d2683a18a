#pragma once

#include "storage/conversationrepository.h"
#include "storage/evaluationrepository.h"
#include "storage/reviewnoterepository.h"

#include <QTimeZone>

namespace huddle::ui {

// The detail pane's text: every field of a conversation, its survey answers and its review notes.
QString conversationDetailHtml(const storage::ConversationRow &row,
                               const QList<storage::ReviewNoteEntry> &notes, const QTimeZone &zone);
// The same with the conversation's QA evaluations and peer reviews (kind, status, evaluator, score).
QString conversationDetailHtml(const storage::ConversationRow &row,
                               const QList<storage::ReviewNoteEntry> &notes,
                               const QList<storage::EvaluationListEntry> &evaluations, const QTimeZone &zone);

} // namespace huddle::ui
