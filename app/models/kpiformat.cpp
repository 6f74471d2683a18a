#include "kpiformat.h"

#include "translation.h"

#include <QLocale>

namespace huddle::models {

QString formatPercent(const std::optional<double> &value, int decimals)
{
    if (!value)
        return QStringLiteral("–");
    return QLocale().toString(*value, 'f', decimals) + QStringLiteral(" %");
}

QString formatRateWithN(const core::Rate &rate)
{
    if (!rate.value)
        return QStringLiteral("–");
    return tr("%1 (n=%2)").arg(formatPercent(rate.value), QLocale().toString(rate.n));
}

QString formatDuration(const std::optional<double> &seconds)
{
    if (!seconds)
        return QStringLiteral("–");
    const qint64 total = std::llround(*seconds);
    const qint64 hours = total / 3600;
    const qint64 minutes = (total % 3600) / 60;
    const qint64 secs = total % 60;
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(secs, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(minutes).arg(secs, 2, 10, QLatin1Char('0'));
}

QString formatMoney(qint64 cents)
{
    return QLocale().toCurrencyString(static_cast<double>(cents) / 100.0, QStringLiteral("$"));
}

QString formatResolved(const std::optional<bool> &exported, const std::optional<bool> &inferred)
{
    if (exported)
        return *exported ? tr("yes") : tr("no");
    if (inferred)
        return *inferred ? tr("yes (no repeat contact)") : tr("no (repeat contact)");
    return {};
}

QString rateTooltip(const QString &definition, const core::Rate &rate)
{
    QString text = definition;
    if (const auto interval = rate.interval())
        text += QLatin1Char('\n') + tr("%1 of %2; 95 % Wilson interval %3 – %4")
                                        .arg(QLocale().toString(rate.successes), QLocale().toString(rate.n),
                                             formatPercent(interval->low), formatPercent(interval->high));
    if (isSmallSample(rate.n) && rate.n > 0)
        text += QLatin1Char('\n') + tr("Fewer than 10 observations: read with care.");
    return text;
}

bool isSmallSample(qint64 n, const core::KpiDefinitions &definitions)
{
    return n < definitions.smallSample;
}

QString csatDefinition()
{
    return tr(
        "CSAT %: satisfied responses ÷ all responses. Satisfied: 4–5 on 1–5, 8–10 on 1–10, 9–10 on 0–10, "
        "\"good\" on good/bad.");
}

QString ahtBasisSuffix(core::HandleBasis basis)
{
    if (basis == core::HandleBasis::TalkOnly)
        return tr(" (talk only)");
    if (basis == core::HandleBasis::PartlyTalkOnly)
        return tr(" (partly talk only)");
    return {};
}

QString ahtDefinition(core::HandleBasis basis)
{
    if (basis == core::HandleBasis::TalkOnly)
        return tr(
            "AHT (talk only): the source gives talk time alone, so hold and after-call work are missing.");
    if (basis == core::HandleBasis::PartlyTalkOnly)
        return tr("AHT (partly talk only): some conversations come from a source that gives talk time alone, "
                  "so this "
                  "AHT is lower than the full handle time.");
    return tr("AHT: (talk + hold + after-call work) ÷ handled conversations; the export's total handle time "
              "when it "
              "gives one.");
}

QString fcrDefinition()
{
    return tr("FCR %: conversations resolved on first contact ÷ handled conversations that can be judged. "
              "Resolved: the "
              "export's flag, or without one, no new contact from the same customer within the FCR window (7 "
              "days).");
}

QString attendanceDefinition()
{
    return tr("Attendance %: shifts attended (present or late) ÷ scheduled shifts. Violations: unexcused "
              "absences and "
              "no-call-no-shows.");
}

QString qaDefinition()
{
    return tr("QA %: mean score of published evaluations; a score is Σ(weight × points) ÷ Σ(weight × "
              "possible) over "
              "criteria not N/A, 0 when a critical criterion fails.");
}

} // namespace huddle::models
