#pragma once

#include "profile.h"
#include "rowsource.h"

#include "core/importrow.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace huddle::importers {

// A row the importer refused, with what the user needs to find and fix it.
struct Rejection {
    qint64 line = 0;
    int column = 0; // 1-based; 0 when the row as a whole is refused
    QString header;
    QString value;
    QString reason;
};

using ImportRow = core::ImportRow;

// Turns the rows of one file into ImportRows according to the settings: finds each mapped column, parses
// every cell with the parser of its field, combines date and time, converts local times to UTC and to the
// site's day, and checks what the shape needs. Never throws away a row silently: a row is converted, blank
// (every cell empty, e.g. the trailing ",,,," rows spreadsheets leave) or rejected with line, column, value
// and reason.
class RowConverter {
public:
    struct Options {
        bool decimalComma = false;
        DateOrder dateOrder = DateOrder::Ymd;
        QTimeZone fileZone; // zone of times without an offset in the file
        QTimeZone siteZone; // zone whose calendar days KPIs use
    };

    // Fails when a field the shape needs has no column, or a mapped header is not in the file; the message
    // names what is missing and lists the headers found.
    static core::Result<RowConverter> create(const QStringList &headers, const ImportSettings &settings,
                                             const Options &options);

    enum class Outcome { Converted, Blank, Rejected };
    Outcome convert(const SourceRow &source, ImportRow &row, Rejection &rejection);
    // A rejection of `source` located at the column `field` was read from (the row as a whole when the
    // field has no column).
    Rejection rejectionAt(const SourceRow &source, Field field, const QString &reason) const;

private:
    struct Column {
        Field field;
        int index;
        QByteArray trueValue; // yes/no fields: this cell value means yes
    };
    RowConverter(QStringList headers, ImportSettings settings, Options options, std::vector<Column> columns);

    bool parseCell(const Column &column, QByteArrayView cell, ImportRow &row, QString &reason);
    bool parseCount(Field field, QByteArrayView cell, ImportRow &row, QString &reason);
    bool parseCsat(QByteArrayView cell, ImportRow &row, QString &reason);
    bool finishRow(ImportRow &row, QString &reason, Field &culprit);
    qint64 toUtc(QDate date, QTime time, std::optional<int> offset);

    QStringList m_headers;
    ImportSettings m_settings;
    Options m_options;
    std::vector<Column> m_columns;
    // Parts of the start read from the row being converted.
    std::optional<QDate> m_date;
    std::optional<QTime> m_time;
    std::optional<DateTimeParts> m_started;
    QHash<qint64, int> m_offsetByDay; // julian day → UTC offset of fileZone all that day (no transition)
    Q_DECLARE_TR_FUNCTIONS(huddle::importers::RowConverter)
};

// The columns a shape cannot do without, by field key, for messages and the mapping editor.
QStringList requiredFieldKeys(Shape shape);

} // namespace huddle::importers
