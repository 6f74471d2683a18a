#include "transcriptmodel.h"

#include "core/transcripttext.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace huddle::models {

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TranscriptModel::setLines(const QList<core::TranscriptLine> &lines, const QString &agentName)
{
    beginResetModel();
    m_lines = lines;
    m_agentName = agentName;
    endResetModel();
}

int TranscriptModel::rowOfLine(int lineNo) const
{
    for (int row = 0; row < m_lines.size(); ++row)
        if (m_lines[row].lineNo == lineNo)
            return row;
    return -1;
}

int TranscriptModel::rowAtSecond(int second) const
{
    int found = -1;
    for (int row = 0; row < m_lines.size(); ++row) {
        const auto &offset = m_lines[row].offsetSeconds;
        if (offset && *offset <= second)
            found = row;
    }
    return found;
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int TranscriptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TranscriptModel::speakerText(const QString &speaker) const
{
    if (speaker == QLatin1String("agent"))
        return m_agentName.isEmpty() ? tr("Agent") : m_agentName;
    if (speaker == QLatin1String("customer"))
        return tr("Customer");
    if (speaker == QLatin1String("system"))
        return tr("System");
    return speaker;
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::TranscriptLine &line = m_lines[index.row()];
    if (role == Qt::ForegroundRole && index.column() == Speaker && line.speaker == QLatin1String("agent"))
        return QBrush(QColor(0x1a, 0x5f, 0xb4));
    if (role == Qt::ForegroundRole && (index.column() == Line || index.column() == Time))
        return QBrush(Qt::gray);
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Text)
        return line.body;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Line:
        return QLocale().toString(line.lineNo);
    case Time:
        return line.offsetSeconds ? core::callTimestamp(*line.offsetSeconds) : QString();
    case Speaker:
        return speakerText(line.speaker);
    case Text:
        return line.body;
    }
    return {};
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("#");
    case Time:
        return tr("Time");
    case Speaker:
        return tr("Speaker");
    case Text:
        return tr("Text");
    }
    return {};
}

} // namespace huddle::models
