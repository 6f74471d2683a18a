// Fuzzes XlsxReader: the input is written to a file (the reader opens workbooks by path, as minizip
// does), then its sheet names are listed and the first sheets read to the end, touching every byte of
// every cell so the sanitizers see a view that outlived its buffer.
#include "importers/xlsxreader.h"

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

bool writeInput(const uint8_t *data, size_t size)
{
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
