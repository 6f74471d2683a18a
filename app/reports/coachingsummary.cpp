#include "coachingsummary.h"

#include "core/kpidefinitions.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <cmath>

namespace huddle::reports {

// The translation context of the summary's words: QCoreApplication::translate("huddle::reports::
// CoachingSummary", …), named so lupdate files them under it. The report layer links no models, so the
// KPI and status names are its own.
class CoachingSummary {
    Q_DECLARE_TR_FUNCTIONS(huddle::reports::CoachingSummary)
};

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Error;
using core::Status;

namespace {

const QString NoValue = QStringLiteral("—");
const QChar MinusSign(0x2212);

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// User text keeps its line breaks on paper.
QString paragraphs(const QString &text)
{
    return escaped(text.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString kpiLabel(core::KpiId kpi)
{
    switch (kpi) {
    case core::KpiId::Attendance:
        return CoachingSummary::tr("Attendance");
    case core::KpiId::Csat:
        return CoachingSummary::tr("CSAT");
    case core::KpiId::Sales:
        return CoachingSummary::tr("Sales conversion");
    case core::KpiId::Qa:
        return CoachingSummary::tr("QA score");
    case core::KpiId::Aht:
        return CoachingSummary::tr("AHT");
    case core::KpiId::Fcr:
        return CoachingSummary::tr("FCR");
    case core::KpiId::Cph:
        return CoachingSummary::tr("Conversations per hour");
    case core::KpiId::Nps:
        return CoachingSummary::tr("NPS");
    }
    return {};
}

bool isPercent(core::KpiId kpi)
{
    return kpi != core::KpiId::Aht && kpi != core::KpiId::Cph && kpi != core::KpiId::Nps;
}

// A non-negative magnitude in the KPI's unit: m:ss for AHT, whole points for NPS, one decimal otherwise.
QString magnitude(core::KpiId kpi, double value, const QLocale &locale)
{
    if (kpi == core::KpiId::Aht) {
        const qint64 seconds = std::llround(value);
        return QStringLiteral("%1:%2").arg(
            locale.toString(seconds / 60),
            locale.toString(seconds % 60).rightJustified(2, locale.zeroDigit()[0]));
    }
    if (kpi == core::KpiId::Nps)
        return locale.toString(std::llround(value));
    return locale.toString(value, 'f', 1);
}

// Rounded as shown, so a change that reads as zero carries no sign.
double shownValue(core::KpiId kpi, double value)
{
    return kpi == core::KpiId::Aht || kpi == core::KpiId::Nps ? std::round(value)
                                                              : std::round(value * 10) / 10;
}

QString valueText(core::KpiId kpi, double value, const QLocale &locale)
{
    const QString sign = shownValue(kpi, value) < 0 ? QString(MinusSign) : QString();
    const QString text = sign + magnitude(kpi, std::abs(value), locale);
    return isPercent(kpi) ? CoachingSummary::tr("%1 %").arg(text) : text;
}

// A value on fewer than 10 observations is grey, like every small-sample figure in Huddle.
QString readingText(core::KpiId kpi, const core::KpiReading &reading, const QLocale &locale)
{
    if (!reading.value)
        return NoValue;
    const QString text = escaped(valueText(kpi, *reading.value, locale));
    return reading.n < core::KpiDefinitions{}.smallSample
               ? QStringLiteral("<span style=\"color:#888888\">%1</span>").arg(text)
               : text;
}

QString changeText(core::KpiId kpi, const std::optional<double> &change, const QLocale &locale)
{
    if (!change)
        return NoValue;
    const double shown = shownValue(kpi, *change);
    const QString sign = shown > 0 ? QStringLiteral("+") : shown < 0 ? QString(MinusSign) : QString();
    const QString text = sign + magnitude(kpi, std::abs(*change), locale);
    return isPercent(kpi) ? CoachingSummary::tr("%1 pts").arg(text) : text;
}

QString dayText(QDate day, const QLocale &locale)
{
    return day.isValid() ? locale.toString(day, QLocale::ShortFormat) : NoValue;
}

QString statusText(core::SessionStatus status)
{
    switch (status) {
    case core::SessionStatus::Planned:
        return CoachingSummary::tr("Planned");
    case core::SessionStatus::Held:
        return CoachingSummary::tr("Held");
    case core::SessionStatus::Closed:
        return CoachingSummary::tr("Closed");
    }
    return {};
}

QString verdictText(const core::FocusEffect &focus, const core::EffectWindows &windows, const QLocale &locale)
{
    switch (focus.verdict) {
    case core::EffectVerdict::NotEnoughData:
        return CoachingSummary::tr("Not enough data");
    case core::EffectVerdict::Running:
        return CoachingSummary::tr("Measuring: %1 of %2 days")
            .arg(locale.toString(windows.afterDaysElapsed), locale.toString(windows.before.days()));
    case core::EffectVerdict::Improved:
        return CoachingSummary::tr("Improved");
    case core::EffectVerdict::Unchanged:
        return CoachingSummary::tr("Unchanged");
    case core::EffectVerdict::Worsened:
        return CoachingSummary::tr("Worsened");
    }
    return {};
}

// Which days "before" and "after" cover, so the figures can be checked against any other report.
QString windowsText(const core::EffectWindows &w, const QLocale &locale)
{
    const QString before = CoachingSummary::tr("Before: %1 – %2")
                               .arg(dayText(w.before.from, locale), dayText(w.before.to, locale));
    QString after = CoachingSummary::tr("after: not started yet");
    if (w.after.isValid())
        after = w.afterComplete ? CoachingSummary::tr("after: %1 – %2")
                                      .arg(dayText(w.after.from, locale), dayText(w.after.to, locale))
                                : CoachingSummary::tr("after: %1 – %2, still running")
                                      .arg(dayText(w.after.from, locale), dayText(w.after.to, locale));
    return CoachingSummary::tr("%1; %2. No result is claimed on fewer than 10 observations on either side.")
        .arg(before, after);
}

QString section(const QString &title)
{
    return QStringLiteral("<h3>%1</h3>").arg(escaped(title));
}

// A table with a header row; cells are HTML already.
QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr>");
    for (const QString &header : headers)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(escaped(header));
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td valign=\"top\">%1</td>").arg(cell);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString headingHtml(const CoachingSummaryData &data)
{
    const storage::CoachingSession &s = data.session;
    QString html =
        QStringLiteral("<h2>%1</h2>").arg(escaped(CoachingSummary::tr("Coaching session summary")));
    if (!data.siteName.isEmpty())
        html += QStringLiteral("<p class=\"small\">%1</p>").arg(escaped(data.siteName));
    const QString agent = s.teamName.isEmpty()
                              ? escaped(s.agentName)
                              : CoachingSummary::tr("%1 (%2)").arg(escaped(s.agentName), escaped(s.teamName));
    const QList<QStringList> fields{
        {CoachingSummary::tr("Agent"), agent, CoachingSummary::tr("Coach"), escaped(s.coach)},
        {CoachingSummary::tr("Session day"), escaped(data.locale.toString(s.day, QLocale::LongFormat)),
         CoachingSummary::tr("Status"), escaped(statusText(s.status))}};
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    for (const QStringList &row : fields)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td><b>%3</b></td><td>%4</td></tr>")
                    .arg(escaped(row[0]), row[1], escaped(row[2]), row[3]);
    return html + QStringLiteral("</table>");
}

// Speed is never shown alone: CSAT measured beside an AHT focus says so.
QString focusLabel(core::KpiId kpi, const QList<core::KpiId> &focus)
{
    return escaped(focus.contains(kpi) ? kpiLabel(kpi)
                                       : CoachingSummary::tr("%1 (beside AHT)").arg(kpiLabel(kpi)));
}

// The focus KPIs with their values before and after the session; without a measurement yet, just the names.
QString focusHtml(const CoachingSummaryData &data)
{
    const storage::CoachingSession &s = data.session;
    QString html = section(CoachingSummary::tr("Focus"));
    if (data.effect.focus.isEmpty()) {
        QStringList names;
        for (const core::KpiId kpi : s.focus)
            names.append(escaped(kpiLabel(kpi)));
        return html + QStringLiteral("<p>%1</p>")
                          .arg(names.isEmpty() ? NoValue : names.join(CoachingSummary::tr(", ")));
    }
    const core::EffectWindows &w = data.effect.windows;
    QList<QStringList> rows;
    for (const core::FocusEffect &focus : data.effect.focus)
        rows.append({focusLabel(focus.kpi, s.focus), readingText(focus.kpi, focus.before, data.locale),
                     data.locale.toString(focus.before.n), readingText(focus.kpi, focus.after, data.locale),
                     data.locale.toString(focus.after.n), changeText(focus.kpi, focus.change, data.locale),
                     escaped(verdictText(focus, w, data.locale))});
    html += table({CoachingSummary::tr("KPI"), CoachingSummary::tr("Before"), CoachingSummary::tr("n"),
                   CoachingSummary::tr("After"), CoachingSummary::tr("n"), CoachingSummary::tr("Change"),
                   CoachingSummary::tr("Result")},
                  rows);
    return html + QStringLiteral("<p class=\"small\">%1</p>").arg(escaped(windowsText(w, data.locale)));
}

// Only what was talked about: items left undiscussed are no agreement the agent signs for.
QString agendaHtml(const CoachingSummaryData &data)
{
    QList<QStringList> rows;
    for (const storage::CoachingAgendaItem &item : data.session.agenda)
        if (item.discussed)
            rows.append({QStringLiteral("<b>%1</b>").arg(escaped(item.title)), paragraphs(item.notes)});
    if (rows.isEmpty())
        return {};
    return section(CoachingSummary::tr("What we discussed")) +
           table({CoachingSummary::tr("Topic"), CoachingSummary::tr("Notes")}, rows);
}

QString agreedHtml(const CoachingSummaryData &data)
{
    if (data.session.notes.trimmed().isEmpty())
        return {};
    return section(CoachingSummary::tr("What was agreed")) +
           QStringLiteral("<p>%1</p>").arg(paragraphs(data.session.notes));
}

QString actionsHtml(const CoachingSummaryData &data)
{
    if (data.session.actions.isEmpty())
        return {};
    QList<QStringList> rows;
    for (const storage::CoachingAction &action : data.session.actions)
        rows.append({paragraphs(action.body), escaped(action.owner), dayText(action.due, data.locale),
                     action.done
                         ? escaped(CoachingSummary::tr("Done %1").arg(dayText(action.doneDay, data.locale)))
                         : escaped(CoachingSummary::tr("Open"))});
    return section(CoachingSummary::tr("Action items")) +
           table({CoachingSummary::tr("Action"), CoachingSummary::tr("Owner"), CoachingSummary::tr("Due"),
                  CoachingSummary::tr("State")},
                 rows);
}

QString homeworkHtml(const CoachingSummaryData &data)
{
    if (data.homework.isEmpty())
        return {};
    QString html = section(CoachingSummary::tr("Homework: shorter phrases")) + QStringLiteral("<ul>");
    for (const storage::Phrase &phrase : data.homework)
        html += QStringLiteral("<li>%1</li>")
                    .arg(CoachingSummary::tr("Instead of “%1” say “%2”")
                             .arg(escaped(phrase.longer), escaped(phrase.shorter)));
    return html + QStringLiteral("</ul>");
}

QString closingHtml(const CoachingSummaryData &data)
{
    const storage::CoachingSession &s = data.session;
    const QString acknowledged = s.acknowledged() ? CoachingSummary::tr("Acknowledged by the agent on %1.")
                                                        .arg(dayText(s.acknowledgedDay, data.locale))
                                                  : CoachingSummary::tr("Not acknowledged by the agent yet.");
    const QString followUp =
        s.followUp.isValid()
            ? CoachingSummary::tr("Next follow-up: %1.").arg(dayText(s.followUp, data.locale))
            : CoachingSummary::tr("No follow-up planned.");
    return section(CoachingSummary::tr("Acknowledgement and follow-up")) +
           QStringLiteral("<p>%1 %2</p>").arg(escaped(acknowledged), escaped(followUp)) +
           QStringLiteral(
               "<p class=\"small\"><br>%1 ____________________ &nbsp;&nbsp; %2 ____________________</p>")
               .arg(escaped(CoachingSummary::tr("Agent:")), escaped(CoachingSummary::tr("Coach:")));
}

QPageSize pageSizeFor(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                   : QPageSize(QPageSize::A4);
}

Error writeError(const QString &path, const QString &reason)
{
    return {CoachingSummary::tr("Could not write the coaching summary to %1: %2")
                .arg(QDir::toNativeSeparators(path), reason),
            {}};
}

} // namespace

QString coachingSummaryHtml(const CoachingSummaryData &data)
{
    const QString style = QStringLiteral(
        "<style>h2 { font-size: 14pt; margin-bottom: 2px; } h3 { font-size: 10.5pt; margin-top: 10px; "
        "margin-bottom: 3px; } th { background-color: #e8eef0; } .small { font-size: 7.5pt; color: #555555; }"
        "</style>");
    return QStringLiteral("<html><head>%1</head><body>").arg(style) + headingHtml(data) + focusHtml(data) +
           agendaHtml(data) + agreedHtml(data) + actionsHtml(data) + homeworkHtml(data) + closingHtml(data) +
           QStringLiteral("</body></html>");
}

Status writeCoachingSummaryPdf(const CoachingSummaryData &data, const QString &path)
{
    // Written in full or not at all: a failed export leaves no half a PDF behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(CoachingSummary::tr("Coaching session summary"));
        writer.setCreator(QStringLiteral("Huddle"));
        writer.setPageSize(pageSizeFor(data.locale));
        writer.setPageMargins(QMarginsF(14, 12, 14, 12), QPageLayout::Millimeter);
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        QFont font = document.defaultFont();
        font.setPointSizeF(9);
        document.setDefaultFont(font);
        document.setDocumentMargin(0);
        document.setHtml(coachingSummaryHtml(data));
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        document.setPageSize(page.size());
        QPainter painter;
        if (!painter.begin(&writer))
            return writeError(path, CoachingSummary::tr("the PDF could not be started"));
        for (int i = 0; i < document.pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -i * page.height());
            document.drawContents(&painter, QRectF(0, i * page.height(), page.width(), page.height()));
            painter.restore();
        }
        painter.end();
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return core::Done{};
}

} // namespace huddle::reports
