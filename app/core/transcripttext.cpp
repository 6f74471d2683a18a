// Plain-text transcripts: "[mm:ss] Speaker: text" per line. Utterances are numbered 1, 2, 3 … in order
// (blank lines do not count) because annotations point at them; errors name the line of the file instead.
#include "transcripttext.h"
#include "translation.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace huddle::core {

namespace {

constexpr qsizetype longestSpeakerName = 60;

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text)
        if (!c.isDigit())
            return false;
    return true;
}

// A number of 1–2 digits, or exactly two when `twoDigits`.
std::optional<int> timePart(QStringView text, bool twoDigits)
{
    if (!allDigits(text) || text.size() > 2 || (twoDigits && text.size() != 2))
        return std::nullopt;
    return text.toInt();
}

QString speakerRole(const QString &speaker, const QString &agentName)
{
    const auto is = [&speaker](const QString &name) {
        return !name.isEmpty() && speaker.compare(name, Qt::CaseInsensitive) == 0;
    };
    if (is(QStringLiteral("agent")) || is(agentName.trimmed()))
        return QStringLiteral("agent");
    if (is(QStringLiteral("system")))
        return QStringLiteral("system");
    return QStringLiteral("customer"); // "Customer", or the customer's own name in a chat export
}

class LineParser {
    Q_DECLARE_TR_FUNCTIONS(huddle::core::LineParser)

public:
    LineParser(const QString &sourceName, int lineNo)
        : m_sourceName(sourceName)
        , m_lineNo(lineNo)
    {
    }

    Error errorAt(qsizetype index, const QString &message) const
    {
        return Error{message, QStringLiteral("%1:%2:%3").arg(m_sourceName).arg(m_lineNo).arg(index + 1)};
    }

    // Reads "[time] " from the start of `line`; `rest` is where the speaker starts.
    std::optional<Error> time(const QString &line, std::optional<int> &seconds, qsizetype &rest) const
    {
        rest = 0;
        if (!line.startsWith(QLatin1Char('[')))
            return std::nullopt;
        const qsizetype close = line.indexOf(QLatin1Char(']'));
        if (close < 0)
            return errorAt(0,
                           tr("expected a time in square brackets such as [01:23] or [1:02:03], but the ']' "
                              "is missing"));
        const QString inside = line.mid(1, close - 1).trimmed();
        seconds = parseCallTimestamp(inside);
        if (!seconds)
            return errorAt(1, tr("expected a time such as [01:23] or [1:02:03], found [%1]").arg(inside));
        rest = close + 1;
        while (rest < line.size() && line[rest].isSpace())
            ++rest;
        return std::nullopt;
    }

    Result<TranscriptLine> utterance(const QString &line, const QString &agentName) const
    {
        TranscriptLine result;
        qsizetype start = 0;
        if (auto error = time(line, result.offsetSeconds, start))
            return *error;
        const qsizetype colon = line.indexOf(QLatin1Char(':'), start);
        const QString speaker = colon < 0 ? QString() : line.mid(start, colon - start).trimmed();
        if (allDigits(speaker))
            return errorAt(start,
                           tr("expected \"Speaker: text\"; a time goes first, in square brackets, as in "
                              "\"[01:23] Agent: Hello\""));
        if (speaker.isEmpty() || speaker.size() > longestSpeakerName)
            return errorAt(start,
                           tr("expected \"Speaker: text\", as in \"Agent: Hello\" or \"[01:23] Customer: "
                              "Hi\""));
        result.speaker = speakerRole(speaker, agentName);
        result.body = line.mid(colon + 1).trimmed();
        return result;
    }

private:
    QString m_sourceName;
    int m_lineNo;
};

} // namespace

Result<QList<TranscriptLine>> parseTranscript(const QString &text, const QString &sourceName,
                                              const QString &agentName)
{
    QList<TranscriptLine> lines;
    const QStringList rows = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QString row = rows[i];
        if (i == 0 && row.startsWith(QChar(0xfeff))) // a byte order mark left by the exporting tool
            row.remove(0, 1);
        while (!row.isEmpty() && row.back().isSpace())
            row.chop(1);
        if (row.trimmed().isEmpty())
            continue;
        auto line = LineParser(sourceName, static_cast<int>(i + 1)).utterance(row, agentName);
        if (!line)
            return line.error();
        line->lineNo = static_cast<int>(lines.size() + 1);
        lines.append(line.value());
    }
    return lines;
}

QString callTimestamp(int seconds)
{
    seconds = std::max(seconds, 0);
    const int hours = seconds / 3600;
    const int minutes = seconds / 60 % 60;
    const QString mmss = QStringLiteral("%1:%2")
                             .arg(minutes, 2, 10, QLatin1Char('0'))
                             .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QStringLiteral("%1:%2").arg(hours).arg(mmss) : mmss;
}

std::optional<int> parseCallTimestamp(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    const bool withHours = parts.size() == 3;
    const std::optional<int> hours = withHours ? timePart(parts[0], false) : 0;
    const std::optional<int> minutes = timePart(parts[parts.size() - 2], withHours);
    const std::optional<int> seconds = timePart(parts.back(), true);
    if (!hours || !minutes || !seconds || *seconds > 59 || (withHours && *minutes > 59))
        return std::nullopt;
    return *hours * 3600 + *minutes * 60 + *seconds;
}

} // namespace huddle::core
