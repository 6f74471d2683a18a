#pragma once

#include "xlsxcells.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

// The workbook-level parts XlsxReader needs before it streams a sheet: the sheet list and date system
// (xl/workbook.xml), where each sheet is stored (its relationships), the shared strings and the number
// formats of the cell styles. Functions return the problem, in words for the user, or nullopt.
namespace huddle::importers::xlsx {

class Package;

// Parts other than the sheet and the shared strings are small; this only stops a hostile file from
// keeping the reader busy.
constexpr qint64 MaxSmallPartBytes = 64LL * 1024 * 1024;
// The shared-string table is the one part held in memory whole.
constexpr qint64 MaxSharedStringsBytes = 512LL * 1024 * 1024;

struct SheetInfo {
    QString name;
    QString relationshipId;
    QString partName;   // "xl/worksheets/sheet1.xml"; empty when no relationship names it
    bool chart = false; // a chart sheet, which has no cells
};

struct WorkbookInfo {
    QList<SheetInfo> sheets; // in workbook order
    DateSystem dateSystem = DateSystem::Excel1900;
    QString sharedStringsPart; // empty when the workbook has none
    QString stylesPart;        // empty when the workbook has none
};

// Reads the sheet list and date system; with `withParts` also the workbook's relationships, which say
// where the sheets, shared strings and styles are.
std::optional<QString> readWorkbook(Package &package, bool withParts, WorkbookInfo &info);

// The shared-string table (sst): every <si> as UTF-8, rich-text runs concatenated, phonetic runs left out.
class SharedStrings {
public:
    std::optional<QString> load(Package &package, const QString &partName);
    qsizetype count() const { return m_ends.size(); }
    // Valid for the lifetime of this object.
    QByteArrayView at(qsizetype index) const;

private:
    QByteArray m_text;
    QList<quint32> m_ends; // where each string ends in m_text; the part is capped well below 4 GiB
};

// The display style of each cell format (cellXfs), by index: what a cell's s attribute refers to.
std::optional<QString> readNumberStyles(Package &package, const QString &partName,
                                        QList<NumberStyle> &styles);

} // namespace huddle::importers::xlsx
