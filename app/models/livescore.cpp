#include "livescore.h"

#include "translation.h"

#include "core/qaimpact.h"
#include "kpiformat.h"

#include <QLocale>

namespace huddle::models {

namespace {
QString points(double value)
{
    return QLocale().toString(value, 'g', 6);
}

} // namespace

LiveScore liveScore(const QList<core::Criterion> &criteria,
                    const QList<std::optional<core::CriterionAnswer>> &answers, const QStringList &names)
{
    LiveScore score;
    score.total = static_cast<int>(criteria.size());
    QList<core::Criterion> answeredCriteria;
    QList<core::CriterionAnswer> given;
    for (qsizetype i = 0; i < criteria.size() && i < answers.size(); ++i) {
        if (!answers[i])
            continue;
        const core::Criterion &criterion = criteria[i];
        const core::CriterionAnswer &answer = *answers[i];
        ++score.answered;
        answeredCriteria.append(criterion);
        given.append(answer);
        if (answer.notApplicable) {
            ++score.notApplicable;
            continue;
        }
        score.earned += criterion.weight * core::earnedPoints(criterion, answer);
        score.possible += criterion.weight * core::maxPoints(criterion.kind);
        if (criterion.autoFail && core::isFailed(criterion, answer))
            score.failedAutoFail.append(names.value(i));
    }
    // The one definition of the QA score, applied to what is answered so far.
    score.pct = core::qaScorePct(answeredCriteria, given);
    return score;
}

QString liveScoreText(const LiveScore &score)
{
    if (!score.failedAutoFail.isEmpty())
        return tr("%1 — auto-fail: %2")
            .arg(formatPercent(0.0, 0), score.failedAutoFail.join(QStringLiteral(", ")));
    return formatPercent(score.pct);
}

QString liveProgressText(const LiveScore &score)
{
    if (score.isComplete())
        return tr("All %1 answered").arg(QLocale().toString(score.total));
    return tr("%1 of %2 answered").arg(QLocale().toString(score.answered), QLocale().toString(score.total));
}

QString liveScoreToolTip(const LiveScore &score)
{
    QString text =
        tr("QA score = Σ (weight × points earned) ÷ Σ (weight × points possible) over the answered "
           "criteria that are not N/A: N/A answers are left out of the denominator. A yes earns 1 "
           "of 1 point, a 1–5 answer earns its value − 1 of 4.");
    if (score.possible > 0)
        text += QLatin1Char('\n') +
                tr("So far: %1 of %2 weighted points.").arg(points(score.earned), points(score.possible));
    if (score.notApplicable > 0)
        text += QLatin1Char('\n') + tr("%n criteria answered N/A and left out.", score.notApplicable);
    if (!score.failedAutoFail.isEmpty())
        text +=
            QLatin1Char('\n') + tr("A failed auto-fail (critical) criterion sets the whole score to 0 %.");
    if (!score.isComplete())
        text += QLatin1Char('\n') + tr("Publishing needs every criterion answered.");
    return text;
}

} // namespace huddle::models
