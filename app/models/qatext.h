#pragma once

#include "core/records.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

// How the QA lists (queue, evaluations, mistakes) read on screen. Dates and numbers through QLocale.
namespace huddle::models {

QString channelText(core::Channel channel);
QString evaluationKindText(core::EvaluationKind kind);
// "Voice QA v2": a scorecard and the version an evaluation was scored with.
QString scorecardVersionText(const QString &name, int version);
// "12.5": QA percentage points, one decimal.
QString formatPoints(double points);
// A day and an instant in the site's zone, short locale formats; empty when invalid.
QString formatDay(const QDate &day);
QString formatInstant(const QDateTime &at, const QTimeZone &zone);
// An instant as a number that sorts as time does; -1 when invalid, so that "never" sorts first.
qint64 instantSortKey(const QDateTime &at);

} // namespace huddle::models
