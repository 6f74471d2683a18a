#pragma once

#include "core/records.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace huddle::models {

// A conversation's transcript, one row per line: number, time into the call (mm:ss), speaker and text.
class TranscriptModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Line, Time, Speaker, Text, ColumnCount };

    explicit TranscriptModel(QObject *parent = nullptr);

    void setLines(const QList<core::TranscriptLine> &lines, const QString &agentName = {});
    const QList<core::TranscriptLine> &lines() const { return m_lines; }
    // The row of transcript line `lineNo` (1-based); -1 when there is none.
    int rowOfLine(int lineNo) const;
    // The row being spoken at `second` of the call: the last line starting at or before it; -1 when the
    // transcript has no times or starts later.
    int rowAtSecond(int second) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString speakerText(const QString &speaker) const;

    QList<core::TranscriptLine> m_lines;
    QString m_agentName;
};

} // namespace huddle::models
