// Fuzzes XlsxReader: the input is written to a file (the reader opens workbooks by path, as minizip
// does), then its sheet names are listed and the first sheets read to the end, touching every byte of
// every cell so the sanitizers see a view that outlived its buffer.
//
// Mutating a zip rarely gets past inflate and the checksums, so an input that starts with '\xFF' is
// taken as XML parts instead, separated by NUL bytes: the first sheet, the shared strings, the styles and
// the workbook (a default one when absent). They are stored uncompressed in a workbook of the usual
// layout, which lets the fuzzer work on the XML the reader parses (seeds: tests/fuzz/corpus/fuzz_xlsx/
// parts_*).
#include "importers/xlsxreader.h"

// minizip is linked through huddle_readers; its headers are not on the include path.
#include <minizip/zip.h>

#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using huddle::importers::SourceRow;
using huddle::importers::XlsxReader;

namespace {

// One file for the whole run: creating a file per input would spend the fuzzer's time on the file system.
const QString &scratchPath()
{
    static QTemporaryFile file(QDir::tempPath() + QStringLiteral("/fuzz_xlsx_XXXXXX.xlsx"));
    static const QString path = [] {
        if (!file.open())
            std::abort();
        file.close(); // the name stays reserved until the file object is destroyed at exit
        return file.fileName();
    }();
    return path;
}

bool writeParts(const QList<QByteArray> &parts)
{
    static const QByteArray rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const QByteArray workbook = parts.value(3).isEmpty()
                                    ? "<workbook xmlns:r=\"" + rels +
                                          "\"><sheets><sheet name=\"A\" r:id=\"rId1\"/><sheet name=\"B\" "
                                          "r:id=\"rId2\"/></sheets></workbook>"
                                    : parts.value(3);
    const QList<std::pair<const char *, QByteArray>> entries = {
        {"_rels/.rels", "<Relationships><Relationship Type=\"" + rels +
                            "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml", workbook},
        {"xl/_rels/workbook.xml.rels",
         "<Relationships><Relationship Id=\"rId1\" Type=\"" + rels +
             "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + rels +
             "/worksheet\" Target=\"/xl/sharedStrings.xml\"/></Relationships>"},
        {"xl/worksheets/sheet1.xml", parts.value(0)},
        {"xl/sharedStrings.xml", parts.value(1)},
        {"xl/styles.xml", parts.value(2)},
    };
    zipFile zip = zipOpen64(QFile::encodeName(scratchPath()).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, data] : entries) {
        if (data.isEmpty() && qstrcmp(name, "xl/worksheets/sheet1.xml") != 0)
            continue; // an optional part left out
        zip_fileinfo info{};
        ok = ok &&
             zipOpenNewFileInZip64(zip, name, &info, nullptr, 0, nullptr, 0, nullptr, 0, 0, 0) == ZIP_OK &&
             zipWriteInFileInZip(zip, data.constData(), static_cast<unsigned>(data.size())) == ZIP_OK &&
             zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

bool writeInput(const uint8_t *data, size_t size)
{
    if (size > 0 && data[0] == 0xFF) {
        const QByteArray text(reinterpret_cast<const char *>(data) + 1, static_cast<qsizetype>(size - 1));
        return writeParts(text.split('\0'));
    }
    QFile file(scratchPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size)) ==
           static_cast<qint64>(size);
}

void readSheet(int index)
{
    auto reader = XlsxReader::open(scratchPath(), index);
    if (!reader)
        return;
    SourceRow row;
    unsigned checksum = 0;
    qint64 lastPosition = 0;
    while (reader.value()->next(row)) {
        for (const QByteArrayView cell : std::as_const(row.cells)) {
            for (const char c : cell)
                checksum += static_cast<unsigned char>(c);
        }
        const qint64 position = reader.value()->position();
        if (row.line < 1 || position < lastPosition || position > reader.value()->size())
            std::abort();
        lastPosition = position;
    }
    // Keeps the loop above from being optimised away.
    if (checksum == 0xFFFFFFFFu)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!writeInput(data, size))
        return 0;
    const auto names = XlsxReader::sheetNames(scratchPath());
    const int sheets = names ? static_cast<int>(names.value().size()) : 1;
    // Two sheets are enough to reach every code path; more would only slow the fuzzer down.
    for (int index = 0; index < std::min(sheets, 2); ++index)
        readSheet(index);
    readSheet(-1);
    return 0;
}
