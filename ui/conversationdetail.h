#pragma once

#include "storage/conversationrepository.h"
#include "storage/reviewnoterepository.h"

#include <QTimeZone>

namespace huddle::ui {

// The detail pane's text: every field of a conversation, its survey answers and its review notes.
QString conversationDetailHtml(const storage::ConversationRow &row,
                               const QList<storage::ReviewNoteEntry> &notes, const QTimeZone &zone);

} // namespace huddle::ui
