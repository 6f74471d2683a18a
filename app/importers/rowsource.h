#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace huddle::importers {

// One record of a tabular file: its cells as UTF-8 text. The views point into the source's own buffer
// and stay valid until the next call to next(), so reading a file never copies a cell it does not keep.
struct SourceRow {
    qint64 line = 0; // 1-based line where the record starts in the file (XLSX: the sheet's row number)
    QList<QByteArrayView> cells;
};

// A streaming reader of rows (CSV, XLSX). Memory stays bounded whatever the file size.
class RowSource {
public:
    virtual ~RowSource() = default;

    // Reads the next record; false at the end of the input or on a fatal error (error() tells which).
    virtual bool next(SourceRow &row) = 0;
    // Set when next() stopped because the input is unreadable; location is "file:line[:column]".
    virtual std::optional<core::Error> error() const = 0;
    // Progress: how much of the input has been consumed so far, and the total, in the same unit.
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;
};

} // namespace huddle::importers
