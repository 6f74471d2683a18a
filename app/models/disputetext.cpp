#include "disputetext.h"

#include "translation.h"

#include "kpiformat.h"

#include <QLocale>

namespace huddle::models {

namespace {
constexpr int ScaleTop = 5; // a 1–5 criterion's best answer
} // namespace

QString outcomeText(core::DisputeOutcome outcome)
{
    switch (outcome) {
    case core::DisputeOutcome::Accepted:
        return tr("Accepted");
    case core::DisputeOutcome::PartiallyAccepted:
        return tr("Partially accepted");
    case core::DisputeOutcome::Rejected:
        break;
    }
    return tr("Rejected");
}

QString evaluationStatusText(core::EvaluationStatus status)
{
    switch (status) {
    case core::EvaluationStatus::Draft:
        return tr("Draft");
    case core::EvaluationStatus::Published:
        return tr("Published");
    case core::EvaluationStatus::Disputed:
        return tr("Disputed");
    case core::EvaluationStatus::Final:
        break;
    }
    return tr("Final");
}

QString answerText(const core::Criterion &criterion, const core::CriterionAnswer &answer)
{
    if (answer.notApplicable)
        return tr("N/A");
    if (answer.points < 0)
        return QStringLiteral("–");
    if (criterion.kind == core::CriterionKind::YesNo)
        return answer.points > 0 ? tr("Yes") : tr("No");
    return tr("%1 of %2").arg(QLocale().toString(answer.points), QLocale().toString(ScaleTop));
}

QList<core::CriterionAnswer> answerChoices(const core::Criterion &criterion)
{
    QList<core::CriterionAnswer> choices;
    if (criterion.kind == core::CriterionKind::YesNo)
        choices = {{false, 1}, {false, 0}};
    else
        for (int points = ScaleTop; points >= 1; --points)
            choices.append({false, points});
    if (criterion.naAllowed)
        choices.append({true, 0});
    return choices;
}

QString scoreChangeText(const std::optional<double> &before, const std::optional<double> &after)
{
    if (!after)
        return formatPercent(before);
    return QStringLiteral("%1 → %2").arg(formatPercent(before), formatPercent(after));
}

} // namespace huddle::models
