#include "csvbench.h"

#include "importers/csvreader.h"
#include "importers/sniffer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <csv.h>

#include <algorithm>
#include <functional>

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
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        out << "csv-parse   cannot open " << csvPath << '\n';
        return;
    }
    const auto sniff = sniffCsv(file.read(64 * 1024), csvPath);
    if (!sniff) {
        out << "csv-parse   " << sniff.error().toString() << '\n';
        return;
    }
    Tally ours;
    Tally theirs;
    double oursMs = 1e300;
    double theirsMs = 1e300;
    // Best of 3, in turns, so that a slow spell of the machine hits both alike (the first run also warms
    // the page cache for both).
    for (int run = 0; run < 3; ++run) {
        theirsMs = std::min(theirsMs, elapsedMs([&] { theirs = parseWithLibcsv(csvPath, sniff.value()); }));
        oursMs = std::min(oursMs, elapsedMs([&] { ours = parseWithCsvReader(csvPath, sniff.value()); }));
    }
    const double megabytes = double(file.size()) / (1 << 20);
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
    if (ours.rows != theirs.rows || ours.cells != theirs.cells)
        out << QStringLiteral("            note: rows/cells differ: ours %1/%2, libcsv %3/%4\n")
                   .arg(ours.rows)
                   .arg(ours.cells)
                   .arg(theirs.rows)
                   .arg(theirs.cells);
    out.flush();
}
