#include "csvbench.h"

#include "importers/csvreader.h"
#include "importers/sniffer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <csv.h>

#include <algorithm>
#include <functional>
#include <optional>

using namespace huddle::importers;

namespace {

// What each parser saw: the same totals from both show they did the same work, and using every cell's
// length keeps the compiler from dropping any of it.
struct Tally {
    qint64 rows = 0;
    qint64 cells = 0;
    qint64 bytes = 0;
};

Tally parseWithCsvReader(const QString &path, const CsvSniff &sniff)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&file, sniff.encoding.encoding, sniff.dialect, path, sniff.encoding.bomLength);
    Tally tally;
    SourceRow row;
    while (reader.next(row)) {
        ++tally.rows;
        tally.cells += row.cells.size();
        for (const QByteArrayView cell : row.cells)
            tally.bytes += cell.size();
    }
    return tally;
}

void countField(void *, size_t length, void *data)
{
    auto *tally = static_cast<Tally *>(data);
    ++tally->cells;
    tally->bytes += qint64(length);
}

void countRow(int, void *data)
{
    ++static_cast<Tally *>(data)->rows;
}

// libcsv as its documentation uses it: default options, the file fed in 1 MiB blocks, a callback per
// field and per row. It works on bytes, so it gets the file from after the BOM and is spared transcoding.
Tally parseWithLibcsv(const QString &path, const CsvSniff &sniff)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    file.skip(sniff.encoding.bomLength);
    csv_parser parser;
    if (csv_init(&parser, 0) != 0)
        return {};
    csv_set_delim(&parser, static_cast<unsigned char>(sniff.dialect.delimiter));
    csv_set_quote(&parser, static_cast<unsigned char>(sniff.dialect.quote));
    Tally tally;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 n; (n = file.read(block.data(), block.size())) > 0;)
        csv_parse(&parser, block.constData(), size_t(n), countField, countRow, &tally);
    csv_fini(&parser, countField, countRow, &tally);
    csv_free(&parser);
    return tally;
}

// Resident memory now (VmRSS of /proc/self/status), in MiB.
double residentMib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return 0;
}

// CsvReader over the whole file, sampling resident memory every million rows: the largest growth over the
// start tells whether memory stays bounded by the longest record rather than growing with the file.
Tally parseSamplingMemory(const QString &path, const CsvSniff &sniff, double &growthMib)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&file, sniff.encoding.encoding, sniff.dialect, path, sniff.encoding.bomLength);
    const double start = residentMib();
    growthMib = 0;
    Tally tally;
    SourceRow row;
    while (reader.next(row)) {
        if (++tally.rows % 1000000 == 0)
            growthMib = std::max(growthMib, residentMib() - start);
        tally.cells += row.cells.size();
    }
    growthMib = std::max(growthMib, residentMib() - start);
    return tally;
}

// The file's CSV dialect and encoding, as an import sniffs them; nothing (with the reason printed after
// `name`) when the file cannot be read.
std::optional<CsvSniff> sniffFile(const QString &path, const QString &name, QTextStream &out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out << name << "   cannot open " << path << '\n';
        return std::nullopt;
    }
    auto sniff = sniffCsv(file.read(64 * 1024), path);
    if (!sniff) {
        out << name << "   " << sniff.error().toString() << '\n';
        return std::nullopt;
    }
    return sniff.value();
}

// Both parsers must have seen the same rows and cells for their times to compare.
void noteDifference(QTextStream &out, const Tally &ours, const Tally &theirs)
{
    if (ours.rows != theirs.rows || ours.cells != theirs.cells)
        out << QStringLiteral("            note: rows/cells differ: ours %1/%2, libcsv %3/%4\n")
                   .arg(ours.rows)
                   .arg(ours.cells)
                   .arg(theirs.rows)
                   .arg(theirs.cells);
    out.flush();
}

double elapsedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

void benchCsvParse(const QString &csvPath, QTextStream &out)
{
    const auto sniff = sniffFile(csvPath, QStringLiteral("csv-parse"), out);
    if (!sniff)
        return;
    Tally ours;
    Tally theirs;
    double oursMs = 1e300;
    double theirsMs = 1e300;
    // Best of 3, in turns, so that a slow spell of the machine hits both alike (the first run also warms
    // the page cache for both).
    for (int run = 0; run < 3; ++run) {
        theirsMs = std::min(theirsMs, elapsedMs([&] { theirs = parseWithLibcsv(csvPath, *sniff); }));
        oursMs = std::min(oursMs, elapsedMs([&] { ours = parseWithCsvReader(csvPath, *sniff); }));
    }
    const double megabytes = double(QFileInfo(csvPath).size()) / (1 << 20);
    out << QStringLiteral(
               "%1  %2 ms  libcsv %3 ms  ratio %4×  (goal ≤ 1.0×: our reader must not be slower than "
               "libcsv)  %5 rows/s, %6 MiB/s")
               .arg(QStringLiteral("csv-parse"), -10)
               .arg(oursMs, 8, 'f', 1)
               .arg(theirsMs, 8, 'f', 1)
               .arg(oursMs / theirsMs, 5, 'f', 2)
               .arg(double(ours.rows) / (oursMs / 1000), 0, 'f', 0)
               .arg(megabytes / (oursMs / 1000), 0, 'f', 0)
        << '\n';
    noteDifference(out, ours, theirs);
}

void benchCsvBig(const QString &csvPath, QTextStream &out)
{
    const auto sniff = sniffFile(csvPath, QStringLiteral("csv-big  "), out);
    if (!sniff)
        return;
    Tally ours;
    Tally theirs;
    double growthMib = 0;
    const double theirsMs = elapsedMs([&] { theirs = parseWithLibcsv(csvPath, *sniff); });
    const double oursMs = elapsedMs([&] { ours = parseSamplingMemory(csvPath, *sniff, growthMib); });
    const double gibibytes = double(QFileInfo(csvPath).size()) / (1 << 30);
    out << QStringLiteral("%1  %2 ms  libcsv %3 ms  ratio %4×  (goal: memory bounded while reading %5 rows,"
                          " %6 GiB: grew %7 MiB)")
               .arg(QStringLiteral("csv-big"), -10)
               .arg(oursMs, 8, 'f', 1)
               .arg(theirsMs, 8, 'f', 1)
               .arg(oursMs / theirsMs, 5, 'f', 2)
               .arg(ours.rows)
               .arg(gibibytes, 0, 'f', 2)
               .arg(growthMib, 0, 'f', 1)
        << '\n';
    noteDifference(out, ours, theirs);
}
