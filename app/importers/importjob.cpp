#include "importjob.h"
#include "translation.h"

#include "core/plural.h"

#include "sniffer.h"
#include "xlsxreader.h"

#include "storage/bonuslockrepository.h"
#include "storage/database.h"
#include "storage/importhistory.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTimeZone>

#include <future>
#include <memory>

namespace huddle::importers {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Status;
using storage::ImportMeta;

namespace {

constexpr qint64 SniffBytes = 64 * 1024;

bool looksLikeZip(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04");
}

QString siteTimeZone(const storage::Database &database)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'site_time_zone'"));
    if (q.exec() && q.next() && !q.value(0).toString().isEmpty())
        return q.value(0).toString();
    return QString::fromUtf8(QTimeZone::systemTimeZoneId());
}

QList<ImportProfile> savedProfiles(const storage::Database &database)
{
    QList<ImportProfile> profiles;
    const auto stored = storage::ImportHistory(database).profiles();
    if (!stored)
        return profiles;
    for (const storage::SavedProfile &saved : stored.value()) {
        if (auto profile = profileFromJson(saved.name, saved.definition))
            profiles.append(profile.value());
    }
    return profiles;
}

// An XLSX file's first rows: the first non-empty row is the header.
Status sampleXlsx(ImportPlan &plan, int sheet)
{
    auto reader = XlsxReader::open(plan.path, sheet);
    if (!reader)
        return reader.error();
    SourceRow row;
    while (reader.value()->next(row) && plan.sampleRows.size() < 50) {
        QStringList cells;
        for (const QByteArrayView cell : row.cells)
            cells.append(QString::fromUtf8(cell.data(), cell.size()).trimmed());
        if (plan.headers.isEmpty()) {
            if (!cells.join(QString()).isEmpty())
                plan.headers = cells;
            continue;
        }
        plan.sampleRows.append(cells);
    }
    if (const auto error = reader.value()->error())
        return *error;
    if (plan.headers.isEmpty())
        return core::Error{tr("the sheet is empty"), plan.path};
    return core::Done{};
}

Status sampleCsv(ImportPlan &plan)
{
    QFile file(plan.path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error{tr("cannot open the file: %1").arg(file.errorString()), plan.path};
    auto sniff = sniffCsv(file.read(SniffBytes), plan.path);
    if (!sniff)
        return sniff.error();
    plan.csv = sniff.value();
    plan.headers = plan.csv.headers;
    plan.sampleRows = plan.csv.sampleRows;
    return core::Done{};
}

// The date order: what the user said, else what the sample of every date-like column proves.
std::optional<DateOrder> guessOrder(const ImportPlan &plan)
{
    QList<QByteArray> storage;
    for (const Field field : {Field::Date, Field::StartedAt, Field::ClosedAt}) {
        const auto &column = plan.settings.column(field);
        const int index = column ? static_cast<int>(plan.headers.indexOf(column->header)) : -1;
        if (index < 0)
            continue;
        for (const QStringList &row : plan.sampleRows) {
            if (index < row.size() && !row.at(index).trimmed().isEmpty())
                storage.append(row.at(index).toUtf8());
        }
    }
    if (storage.isEmpty())
        return DateOrder::Ymd; // no dates to read: any order will do
    QList<QByteArrayView> samples;
    for (const QByteArray &sample : storage)
        samples.append(sample);
    return guessDateOrder(samples);
}

void applyOverrides(ImportSettings &settings, const ImportOverrides &o)
{
    for (const auto &[field, column] : o.mapping)
        settings.map(field, column);
    if (o.shape)
        settings.shape = *o.shape;
    if (o.source)
        settings.source = *o.source;
    if (o.csatScale)
        settings.csatScale = *o.csatScale;
    if (o.timeZone)
        settings.timeZone = *o.timeZone;
    if (o.durationUnit)
        settings.durationUnit = *o.durationUnit;
    if (o.decimalComma)
        settings.decimalComma = *o.decimalComma;
    if (o.sheet)
        settings.sheet = *o.sheet;
    if (o.defaultTeam)
        settings.defaultTeam = *o.defaultTeam;
    if (o.dateOrder)
        settings.dateOrder = *o.dateOrder;
    if (o.durationsAreAverages)
        settings.durationsAreAverages = *o.durationsAreAverages;
}

// The generic profile maps every header it recognises; a column the shape has no use for ("Status" in a
// call log) must not be parsed, or its cells would reject every row.
void dropFieldsTheShapeDoesNotUse(ImportSettings &settings)
{
    for (int i = 0; i < FieldCount; ++i) {
        if (settings.mapping[i] && !shapeUsesField(settings.shape, static_cast<Field>(i)))
            settings.mapping[i].reset();
    }
}

std::unique_ptr<RowSource> openSource(const ImportPlan &plan, QFile &file, core::Error &error)
{
    if (plan.xlsx) {
        auto reader = XlsxReader::open(plan.path, plan.settings.sheet);
        if (!reader) {
            error = reader.error();
            return nullptr;
        }
        return std::move(reader.value());
    }
    if (!file.open(QIODevice::ReadOnly)) {
        error = core::Error{tr("cannot open the file: %1").arg(file.errorString()), plan.path};
        return nullptr;
    }
    return std::make_unique<CsvReader>(&file, plan.csv.encoding.encoding, plan.csv.dialect, plan.path,
                                       plan.csv.encoding.bomLength);
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

ImportMeta metaFor(const ImportPlan &plan)
{
    const ImportSettings &s = plan.settings;
    storage::ImportMeta meta;
    meta.fileName = QFileInfo(plan.path).fileName();
    meta.fileSize = QFileInfo(plan.path).size();
    meta.profile = plan.profileName;
    meta.shape = s.shape;
    meta.source = s.source;
    meta.settingsJson = s.toJson();
    meta.csatScale = s.csatScale;
    meta.defaultTeam = s.defaultTeam.isEmpty() ? tr("Imported") : s.defaultTeam;
    meta.writesSurvey = s.column(Field::Csat).has_value() || s.column(Field::Nps).has_value();
    meta.writesSales = s.column(Field::SaleCount).has_value() || s.column(Field::SaleAmount).has_value();
    meta.durationsAreAverages = s.durationsAreAverages;
    meta.siteTimeZone = plan.siteTimeZone;
    // Rows in the file, estimated from its size and the sampled rows' length.
    qint64 sampleBytes = 0;
    for (const QStringList &row : plan.sampleRows)
        sampleBytes += row.join(QStringLiteral(",")).toUtf8().size() + 2;
    if (!plan.sampleRows.isEmpty() && sampleBytes > 0)
        meta.estimatedRows = meta.fileSize * plan.sampleRows.size() / sampleBytes;
    return meta;
}

// A rejection about a row's key: located at its conversation id column, else its agent column.
Rejection keyRejection(const RowConverter &converter, const SourceRow &row, const core::ImportRow &converted,
                       const QString &reason)
{
    return converter.rejectionAt(
        row, converted.conversationId.isEmpty() ? Field::Agent : Field::ConversationId, reason);
}

void reject(ImportReport &report, Rejection rejection)
{
    ++report.counts.rejected;
    if (report.rejections.size() < MaxListedRejections)
        report.rejections.append(std::move(rejection));
}

QString csvCell(QString text)
{
    // Neutralise spreadsheet formulas (=, +, -, @ at the start) and quote per RFC 4180.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
        text.startsWith(QLatin1Char('\'')))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

} // namespace

QString ImportPlan::description() const
{
    if (xlsx)
        return tr("Excel workbook, sheet %1; profile %2").arg(settings.sheet + 1).arg(profileName);
    const QString delimiter =
        csv.dialect.delimiter == '\t' ? tr("tab") : QString(QLatin1Char(csv.dialect.delimiter));
    return tr("%1 text, delimiter '%2', %3, %4; profile %5")
        .arg(encodingName(csv.encoding.encoding), delimiter,
             csv.hasHeader ? tr("header row") : tr("no header row"),
             decimalComma ? tr("decimal comma") : tr("decimal point"), profileName);
}

core::Result<ImportPlan> planImport(const QString &path, const storage::Database &database,
                                    const ImportOverrides &overrides)
{
    ImportPlan plan;
    plan.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error{tr("cannot open the file: %1").arg(file.errorString()), path};
    plan.xlsx = looksLikeZip(file.read(4));
    file.close();
    if (auto sampled = plan.xlsx ? sampleXlsx(plan, overrides.sheet.value_or(0)) : sampleCsv(plan); !sampled)
        return sampled.error();
    const QList<ImportProfile> saved = savedProfiles(database);
    std::optional<ImportProfile> profile;
    if (!overrides.profileName.isEmpty()) {
        profile = findProfile(overrides.profileName, saved);
        if (!profile)
            return core::Error{tr("unknown profile '%1'").arg(overrides.profileName), {}};
    } else {
        profile = chooseProfile(plan.headers, saved);
    }
    plan.profileName = profile->name;
    plan.settings = profile->resolve(plan.headers);
    applyOverrides(plan.settings, overrides);
    dropFieldsTheShapeDoesNotUse(plan.settings);
    plan.decimalComma = plan.settings.decimalComma.value_or(plan.csv.decimalComma && !plan.xlsx);
    plan.dateOrder = plan.settings.dateOrder ? plan.settings.dateOrder : guessOrder(plan);
    plan.siteTimeZone = siteTimeZone(database);
    return plan;
}

double ImportReport::rejectedShare() const
{
    // Blank rows (a spreadsheet's trailing ",,,," rows) are not data: they do not dilute the share.
    const qint64 dataRows = counts.rowsRead - counts.blank;
    return dataRows > 0 ? static_cast<double>(counts.rejected) / static_cast<double>(dataRows) : 0;
}

QString ImportReport::summary() const
{
    QString line = tr("%1 rows read: %2 imported, %3 updated, %4 exact duplicates, %5 blank, %6 rejected")
                       .arg(counts.rowsRead)
                       .arg(counts.imported)
                       .arg(counts.updated)
                       .arg(counts.duplicates)
                       .arg(counts.blank)
                       .arg(counts.rejected);
    if (cancelled)
        return tr("cancelled; nothing was imported");
    if (needsConfirmation)
        return line + tr(" — %1 % rejected is over the threshold; nothing was imported")
                          .arg(rejectedShare() * 100, 0, 'f', 2);
    if (dryRun)
        return line + tr(" (dry run: nothing was written)");
    line += tr(" in %1 s (import %2)").arg(seconds, 0, 'f', 1).arg(importId);
    for (const QString &note : lockedMonthNotes())
        line += QLatin1Char(' ') + note;
    return line;
}

QStringList ImportReport::lockedMonthNotes() const
{
    QStringList notes;
    for (auto it = lockedBonusMonths.constBegin(); it != lockedBonusMonths.constEnd(); ++it)
        notes.append(core::translatedPlural(
                         "huddle::importers::ImportJob",
                         QT_TRANSLATE_N_NOOP("huddle::importers::ImportJob",
                                             "%n row(s) fall in %1, which is locked for bonuses: its "
                                             "bonus stays as locked and the difference will be paid "
                                             "as an adjustment in the next open month."),
                         it.value())
                         .arg(storage::bonusMonthName(it.key())));
    return notes;
}

core::Result<ImportReport> runImport(const ImportPlan &plan, const storage::Database &database,
                                     const RunOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    if (!plan.dateOrder)
        return core::Error{
            tr("the dates could be day/month or month/day; choose the date order (--date-order dmy "
               "or mdy)"),
            plan.path};
    const QTimeZone site(plan.siteTimeZone.toUtf8());
    const QTimeZone fileZone =
        plan.settings.timeZone.isEmpty() ? site : QTimeZone(plan.settings.timeZone.toUtf8());
    if (!fileZone.isValid())
        return core::Error{tr("unknown time zone '%1'").arg(plan.settings.timeZone), {}};
    auto converter = RowConverter::create(plan.headers, plan.settings,
                                          {plan.decimalComma, *plan.dateOrder, fileZone, site});
    if (!converter)
        return core::Error{converter.error().message, plan.path};
    // The file's SHA-256 is computed alongside on the other core.
    auto sha256 = std::async(std::launch::async, sha256Of, plan.path);
    QFile file(plan.path);
    core::Error openError;
    std::unique_ptr<RowSource> source = openSource(plan, file, openError);
    if (!source)
        return openError;
    storage::ImportMeta meta = metaFor(plan);
    meta.actor = options.actor;
    auto writer = storage::ImportWriter::begin(database, meta, options.cancel);
    ImportReport report;
    if (!writer && options.cancel && options.cancel->load()) {
        report.cancelled = true; // while waiting for another client's import into the same server database
        return report;
    }
    if (!writer)
        return writer.error();

    report.dryRun = options.dryRun;
    SourceRow row;
    core::ImportRow converted;
    Rejection rejection;
    bool headerSkipped = plan.xlsx ? false : !plan.csv.hasHeader;
    while (source->next(row)) {
        if (!headerSkipped) {
            // The header row (for XLSX: the first non-empty row).
            bool empty = true;
            for (const QByteArrayView cell : row.cells)
                empty = empty && cell.trimmed().isEmpty();
            headerSkipped = !empty;
            continue;
        }
        ++report.counts.rowsRead;
        if ((report.counts.rowsRead & 4095) == 0) {
            if (options.cancel && options.cancel->load()) {
                report.cancelled = true;
                return report; // the writer's destructor rolls everything back
            }
            if (options.progress)
                options.progress({source->position(), source->size(), report.counts.rowsRead});
        }
        switch (converter.value().convert(row, converted, rejection)) {
        case RowConverter::Outcome::Blank:
            ++report.counts.blank;
            continue;
        case RowConverter::Outcome::Rejected:
            reject(report, rejection);
            continue;
        case RowConverter::Outcome::Converted:
            break;
        }
        auto outcome = writer.value()->write(converted);
        if (!outcome)
            return core::Error{outcome.error().message, QStringLiteral("%1:%2").arg(plan.path).arg(row.line)};
        switch (outcome.value()) {
        case storage::WriteOutcome::Inserted:
            ++report.counts.imported;
            break;
        case storage::WriteOutcome::Updated:
            ++report.counts.updated;
            break;
        case storage::WriteOutcome::Duplicate:
            ++report.counts.duplicates;
            break;
        case storage::WriteOutcome::NotFound:
            reject(report,
                   keyRejection(converter.value(), row, converted,
                                tr("no conversation with this id from source '%1' has been imported (import "
                                   "the conversations first, or set the source they were imported under)")
                                    .arg(plan.settings.source)));
            break;
        case storage::WriteOutcome::ConflictInFile:
            reject(report,
                   keyRejection(converter.value(), row, converted,
                                tr("another row of this file already gave this agent and day; a summary "
                                   "file needs one row per agent and day")));
            break;
        }
    }
    if (const auto error = source->error())
        return *error;
    if (options.progress)
        options.progress({source->size(), source->size(), report.counts.rowsRead});
    report.needsConfirmation =
        !options.acceptRejections && report.rejectedShare() > plan.settings.rejectThreshold;
    report.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (report.dryRun || report.needsConfirmation || (options.cancel && options.cancel->load())) {
        report.cancelled = options.cancel && options.cancel->load();
        return report;
    }
    writer.value()->setSha256(sha256.get());
    if (auto status = writer.value()->commit(report.counts); !status)
        return status.error();
    report.importId = writer.value()->importId();
    report.lockedBonusMonths = writer.value()->lockedBonusMonths();
    report.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    return report;
}

QByteArray rejectionsCsv(const QList<Rejection> &rejections)
{
    QString out = tr("line,column,header,value,reason") + QLatin1Char('\n');
    for (const Rejection &r : rejections) {
        out += QStringLiteral("%1,%2,%3,%4,%5\n")
                   .arg(r.line)
                   .arg(r.column)
                   .arg(csvCell(r.header), csvCell(r.value), csvCell(r.reason));
    }
    return out.toUtf8();
}

} // namespace huddle::importers
