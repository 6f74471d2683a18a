#include "drilldown.h"

#include "uitranslation.h"

#include "models/kpitext.h"

#include "storage/evaluationrepository.h"
#include "storage/reviewnoterepository.h"

#include <QLocale>

namespace huddle::ui {

QString subsetName(storage::ConversationSubset subset)
{
    using storage::ConversationSubset;
    switch (subset) {
    case ConversationSubset::All:
        return tr("Offered conversations");
    case ConversationSubset::Handled:
        return tr("Handled conversations");
    case ConversationSubset::HandleTimes:
        return tr("Handled conversations with a handle time (AHT)");
    case ConversationSubset::Waits:
        return tr("Answered conversations with a wait time (ASA)");
    case ConversationSubset::FcrDecided:
        return tr("Conversations with a first-contact resolution outcome (FCR)");
    case ConversationSubset::CsatResponses:
        return tr("CSAT responses");
    case ConversationSubset::NpsResponses:
        return tr("NPS responses");
    case ConversationSubset::Sales:
        return tr("Conversations with a sale");
    case ConversationSubset::Abandoned:
        return tr("Abandoned conversations");
    }
    return {};
}

std::optional<DrillDown> drillDownFor(const models::Scope &scope, core::DateRange range,
                                      std::optional<qint64> agentId, const QString &who, core::KpiId kpi,
                                      std::optional<qint64> n)
{
    const auto subset = models::drillDownSubset(kpi);
    if (!subset)
        return std::nullopt;
    return drillDownFor(scope, range, agentId, who, *subset, n);
}

DrillDown drillDownFor(const models::Scope &scope, core::DateRange range, std::optional<qint64> agentId,
                       const QString &who, storage::ConversationSubset subset, std::optional<qint64> n)
{
    DrillDown drill;
    // The same team condition as the figure's query: an agent's row in a team's scorecard counts only the
    // conversations credited to that team.
    drill.filter.range = range;
    drill.filter.agentId = agentId;
    drill.filter.teamId = scope.teamId;
    drill.filter.subset = subset;
    drill.n = n;
    const QLocale locale;
    const QString period = range.from == range.to
                               ? locale.toString(range.from, QLocale::ShortFormat)
                               : tr("%1 – %2").arg(locale.toString(range.from, QLocale::ShortFormat),
                                                   locale.toString(range.to, QLocale::ShortFormat));
    drill.description = tr("%1 — %2, %3").arg(subsetName(subset), who, period);
    return drill;
}

namespace {
core::Result<std::optional<qint64>> conversationOf(const storage::Database &database,
                                                   const core::TimelineEvent &event)
{
    if (event.kind == core::TimelineEventKind::QaEvaluation)
        return storage::EvaluationRepository(database).conversationOf(event.id);
    // Notes are read by the day of the conversation they are about, which is the event's day.
    auto notes = storage::ReviewNoteRepository(database).notes({event.day, event.day}, {}, {});
    if (!notes)
        return notes.error();
    for (const storage::ReviewNoteEntry &note : notes.value())
        if (note.id == event.id)
            return std::optional<qint64>(note.conversationId);
    return std::optional<qint64>();
}

} // namespace

core::Result<DrillDown> drillDownTo(const storage::Database &database, const core::TimelineEvent &event)
{
    const auto conversationId = conversationOf(database, event);
    if (!conversationId)
        return conversationId.error();
    if (!conversationId.value())
        return core::Error{tr("it is no longer in the database"), {}};
    const auto row = storage::ConversationRepository(database).byId(*conversationId.value());
    if (!row)
        return row.error();
    DrillDown drill;
    // Its day and its id: exactly one row, however busy that day was.
    drill.filter.range = {row.value().day, row.value().day};
    drill.filter.search = row.value().externalId;
    drill.description = tr("The conversation of %1").arg(event.title);
    drill.selectConversation = row.value().id;
    return drill;
}

} // namespace huddle::ui
