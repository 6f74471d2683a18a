#pragma once

#include "core/result.h"
#include "storage/coachingeffectreader.h"
#include "storage/coachingrepository.h"
#include "storage/phraserepository.h"

#include <QLocale>
#include <QString>

namespace huddle::reports {

// Everything the one-page summary for the agent shows.
struct CoachingSummaryData {
    storage::CoachingSession session;
    storage::SessionEffect effect;   // may have no focus rows when not measured yet
    QList<storage::Phrase> homework; // the phrases set as homework
    QString siteName;                // organisation name for the heading; may be empty
    QLocale locale;
};

// The summary as HTML for QTextDocument: agent, coach, day, status, focus KPIs with before/after and n, the
// agenda with notes (items not discussed left out), what was agreed, action items with owner and due date,
// homework phrases (longer → shorter), acknowledgement and next follow-up. Strings through tr(); user text
// escaped.
QString coachingSummaryHtml(const CoachingSummaryData &data);

// Writes the summary as an A4 (or Letter, by locale) PDF to `path` with QPdfWriter. Fails with the path and
// reason when the file cannot be written. One page for a typical session; longer notes flow onto a second.
core::Status writeCoachingSummaryPdf(const CoachingSummaryData &data, const QString &path);

} // namespace huddle::reports
