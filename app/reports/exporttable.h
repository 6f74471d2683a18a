#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace huddle::reports {

// What a figure in an exported table is, so that a spreadsheet gets a number with the right format
// rather than the text a person saw.
enum class CellKind { Text, Number, Percent, Seconds, MoneyCents };

// One cell of an exported table: the text a person sees and, for figures, the value behind it.
struct TableCell {
    QString text;
    CellKind kind = CellKind::Text;
    double number = 0; // Number as is; Percent in percentage points (80.5 = 80.5 %); Seconds a duration
    qint64 cents = 0;  // MoneyCents: money is integer cents, never floating point
    int decimals = -1; // Number, Percent, Seconds: decimals written; -1: as many as the value needs

    static TableCell textCell(const QString &text) { return {text, CellKind::Text, 0, 0, -1}; }
    static TableCell numberCell(double value, const QString &text, int decimals = -1)
    {
        return {text, CellKind::Number, value, 0, decimals};
    }
    static TableCell percentCell(double percent, const QString &text, int decimals = 1)
    {
        return {text, CellKind::Percent, percent, 0, decimals};
    }
    static TableCell secondsCell(double seconds, const QString &text, int decimals = 0)
    {
        return {text, CellKind::Seconds, seconds, 0, decimals};
    }
    static TableCell moneyCell(qint64 cents, const QString &text)
    {
        return {text, CellKind::MoneyCents, 0, cents, 2};
    }

    // A figure with a usable value; a NaN figure (no data) is written as its text.
    bool hasValue() const;
};

// A table as a report or a view shows it: one header row and rows of cells (rows may be shorter than the
// header; missing cells are empty).
struct ExportTable {
    QStringList header;
    QList<QList<TableCell>> rows;
};

} // namespace huddle::reports
