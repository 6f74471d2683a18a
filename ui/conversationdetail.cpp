#include "conversationdetail.h"

#include "uitranslation.h"

#include "models/disputetext.h"
#include "models/kpiformat.h"
#include "models/qatext.h"

#include <QLocale>

namespace huddle::ui {

namespace {
QString field(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td style='color:gray;padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("–") : value.toHtmlEscaped());
}

QString seconds(const std::optional<int> &value)
{
    return models::formatDuration(value ? std::optional<double>(*value) : std::nullopt);
}

QString notesHtml(const QList<storage::ReviewNoteEntry> &notes)
{
    if (notes.isEmpty())
        return QStringLiteral("<p style='color:gray'>%1</p>")
            .arg(tr("No review notes on this conversation."));
    QString html;
    for (const storage::ReviewNoteEntry &note : notes)
        html += QStringLiteral("<p><b>%1</b>, %2<br>%3</p>")
                    .arg(note.reviewer.toHtmlEscaped(), QLocale().toString(note.day, QLocale::ShortFormat),
                         note.body.toHtmlEscaped());
    return html;
}

QString evaluationsHtml(const QList<storage::EvaluationListEntry> &evaluations)
{
    if (evaluations.isEmpty())
        return QStringLiteral("<p style='color:gray'>%1</p>")
            .arg(tr("Not evaluated yet: QA → Evaluate Conversation… (Ctrl+Shift+Q)."));
    QString html;
    for (const storage::EvaluationListEntry &e : evaluations)
        html +=
            QStringLiteral("<p><b>%1</b> %2 — %3, %4</p>")
                .arg(models::formatPercent(e.scorePct), models::evaluationKindText(e.kind).toHtmlEscaped(),
                     e.evaluator.toHtmlEscaped(), models::evaluationStatusText(e.status).toLower());
    return html;
}

} // namespace

QString conversationDetailHtml(const storage::ConversationRow &row,
                               const QList<storage::ReviewNoteEntry> &notes,
                               const QList<storage::EvaluationListEntry> &evaluations, const QTimeZone &zone)
{
    return conversationDetailHtml(row, notes, zone) +
           QStringLiteral("<h4>%1</h4>%2").arg(tr("Evaluations"), evaluationsHtml(evaluations));
}

QString conversationDetailHtml(const storage::ConversationRow &r,
                               const QList<storage::ReviewNoteEntry> &notes, const QTimeZone &zone)
{
    const QString handleBasis = r.handleBasis == QLatin1String("talk_only") ? tr(" (talk only)") : QString();
    QString rows;
    rows += field(tr("Source"), r.source);
    rows += field(tr("Started"), QLocale().toString(r.startedAt.toTimeZone(zone), QLocale::LongFormat));
    rows += field(tr("Channel"), r.channel);
    rows += field(tr("Queue"), r.queue);
    rows += field(tr("Agent"), r.answered ? r.agentName : tr("abandoned in queue"));
    rows += field(tr("Team"), r.teamName);
    rows += field(tr("Customer"), r.customerId);
    rows += field(tr("Wait"), seconds(r.waitSeconds));
    rows += field(tr("Talk"), seconds(r.talkSeconds));
    rows += field(tr("Hold"), seconds(r.holdSeconds));
    rows += field(tr("After-call work"), seconds(r.acwSeconds));
    rows += field(tr("Handle time"), seconds(r.handleSeconds) + handleBasis);
    rows += field(tr("Resolved"), models::formatResolved(r.resolved, r.resolvedInferred));
    rows += field(tr("CSAT"),
                  r.csatScore
                      ? tr("%1 on a %2–%3 scale").arg(*r.csatScore).arg(r.csatScale.min).arg(r.csatScale.max)
                      : QString());
    rows += field(tr("NPS answer"), r.npsScore ? QString::number(*r.npsScore) : QString());
    rows += field(tr("Transcript"), r.transcriptRef);
    return QStringLiteral("<h3>%1</h3><table>%2</table><h4>%3</h4>%4")
        .arg(r.externalId.toHtmlEscaped(), rows, tr("Review notes"), notesHtml(notes));
}

} // namespace huddle::ui
