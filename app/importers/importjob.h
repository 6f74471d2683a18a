#pragma once

#include "csvreader.h"
#include "profile.h"
#include "rowconverter.h"
#include "sniffer.h"

#include "core/result.h"
#include "storage/importwriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace huddle::storage {
class Database;
}

namespace huddle::importers {

// What the user (CLI flags, import dialog) says on top of the chosen profile.
struct ImportOverrides {
    QString profileName;                            // empty: the best fitting profile
    QList<std::pair<Field, ColumnMapping>> mapping; // --map FIELD=HEADER[=VALUE]
    std::optional<Shape> shape;
    std::optional<QString> source;
    std::optional<core::CsatScale> csatScale;
    std::optional<QString> timeZone;
    std::optional<DateOrder> dateOrder;
    std::optional<DurationUnit> durationUnit;
    std::optional<bool> decimalComma;
    std::optional<int> sheet;
    std::optional<QString> defaultTeam;
    std::optional<bool> durationsAreAverages; // agent-day files: durations are per-call averages
};

// A file looked at before importing: how to read it and the proposed mapping, for the preview.
struct ImportPlan {
    QString path;
    bool xlsx = false;
    CsvSniff csv; // for CSV files
    QStringList headers;
    QList<QStringList> sampleRows; // first rows after the header
    QString profileName;
    ImportSettings settings; // resolved mapping and options
    bool decimalComma = false;
    std::optional<DateOrder> dateOrder; // empty: the sample cannot tell D/M from M/D; the user must say
    QString siteTimeZone;
    QString description() const; // one line: encoding, delimiter, header, profile
    Q_DECLARE_TR_FUNCTIONS(huddle::importers::ImportPlan)
};

// Reads the head of `path` (CSV or XLSX, by content), picks a profile (saved ones from the database
// first) and applies the overrides.
core::Result<ImportPlan> planImport(const QString &path, const storage::Database &database,
                                    const ImportOverrides &overrides);

struct ImportReport {
    storage::ImportCounts counts;
    QList<Rejection> rejections; // the first MaxListedRejections
    qint64 importId = 0;         // 0 for a dry run or when nothing was committed
    bool dryRun = false;
    bool cancelled = false;
    bool needsConfirmation = false; // more rows rejected than the threshold: nothing was written
    double seconds = 0;
    // Locked bonus months the import wrote rows in → how many: the rows are stored, the months' bonuses stay
    // as locked and the difference is paid as an adjustment in the next open month.
    QMap<QDate, int> lockedBonusMonths;
    QString summary() const; // one line for the CLI and the status bar
    double rejectedShare() const;
    // One sentence per locked bonus month touched: "3 rows fall in October 2026, which is locked for
    // bonuses: …".
    QStringList lockedMonthNotes() const;
    Q_DECLARE_TR_FUNCTIONS(huddle::importers::ImportReport)
};
inline constexpr int MaxListedRejections = 10000;

struct ImportProgress {
    qint64 done = 0; // bytes (CSV) or sheet bytes (XLSX)
    qint64 total = 0;
    qint64 rows = 0;
};

struct RunOptions {
    bool dryRun = false;
    bool acceptRejections = false; // the user confirmed importing despite rejections over the threshold
    const std::atomic_bool *cancel = nullptr;
    QString actor; // who imports: named in the audit log when rows fall in a locked bonus month
    std::function<void(const ImportProgress &)> progress; // called from the importing thread
};

// Runs an import in one transaction on `database`'s connection (call it from the thread that owns that
// connection). On cancel, a fatal error, a dry run or too many rejections nothing is written.
core::Result<ImportReport> runImport(const ImportPlan &plan, const storage::Database &database,
                                     const RunOptions &options);

// Rejected rows as CSV (line, column, header, value, reason), for the result dialog's export.
QByteArray rejectionsCsv(const QList<Rejection> &rejections);

} // namespace huddle::importers
