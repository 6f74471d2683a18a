// Fuzz target of the CSV reading stack: encoding detection, the sniffer on the head, then every record of
// the input through CsvReader with the sniffed dialect, read once in whole chunks and once a few bytes at a
// time. Besides not crashing, leaking or hanging, the reader must give the same records and the same error
// however the input is split, cells must be valid UTF-8, lines must increase and progress stay in range; a
// broken rule aborts, so libFuzzer keeps the input.
#include "importers/csvreader.h"
#include "importers/sniffer.h"
#include "importers/textdecoder.h"
#include "support/tricklebuffer.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace huddle::importers;

namespace {

constexpr qsizetype HeadBytes = 64 * 1024;

void require(bool condition)
{
    if (!condition)
        std::abort();
}

using huddle::testsupport::TrickleBuffer;

struct Outcome {
    QList<QByteArray> records; // line number and cells, flattened
    QString error;
};

Outcome readAll(const QByteArray &bytes, EncodingGuess guess, CsvDialect dialect, qint64 cap)
{
    TrickleBuffer device(bytes, cap);
    CsvReader reader(&device, guess.encoding, dialect, QStringLiteral("fuzz.csv"), guess.bomLength);
    Outcome outcome;
    SourceRow row;
    qint64 lastLine = 0;
    while (reader.next(row)) {
        require(row.line > lastLine && !row.cells.isEmpty());
        require(reader.position() >= 0 && reader.position() <= reader.size());
        lastLine = row.line;
        QByteArray flat = QByteArray::number(row.line);
        for (const QByteArrayView cell : row.cells) {
            require(cell.isValidUtf8());
            flat += '\x1F';
            flat += cell;
        }
        outcome.records.append(flat);
    }
    if (const auto error = reader.error())
        outcome.error = error->toString();
    else
        require(reader.position() == reader.size());
    return outcome;
}

// The transcoder must produce the same text and stop at the same offset however its input is split.
void checkTranscoderSplits(QByteArrayView input, TextEncoding encoding, qsizetype piece)
{
    Utf8Transcoder whole(encoding);
    QByteArray wholeText;
    const bool wholeValid = whole.append(input, wholeText) && whole.finish();

    Utf8Transcoder split(encoding);
    QByteArray splitText;
    bool splitValid = true;
    for (qsizetype i = 0; i < input.size() && splitValid; i += piece)
        splitValid = split.append(input.sliced(i, std::min(piece, input.size() - i)), splitText);
    splitValid = split.finish() && splitValid;

    require(wholeValid == splitValid);
    require(whole.invalidOffset() == split.invalidOffset());
    require(wholeText == splitText);
    require(QByteArrayView(wholeText).isValidUtf8());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArrayView head = QByteArrayView(bytes).first(std::min(bytes.size(), HeadBytes));
    const EncodingGuess guess = detectEncoding(head);
    require(guess.bomLength >= 0 && guess.bomLength <= head.size());

    const auto sniff = sniffCsv(head, QStringLiteral("fuzz.csv"), 20);
    const CsvDialect dialect = sniff.ok() ? sniff->dialect : CsvDialect{};
    if (sniff.ok())
        require(sniff->sampleRows.size() <= 20 && !sniff->headers.isEmpty());

    const Outcome chunked = readAll(bytes, guess, dialect, 0);
    const Outcome trickled = readAll(bytes, guess, dialect, 1 + qint64(size % 7));
    require(chunked.records == trickled.records && chunked.error == trickled.error);

    const qsizetype piece = size > 0 ? 1 + data[0] % 5 : 1;
    for (const TextEncoding encoding :
         {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Windows1252})
        checkTranscoderSplits(bytes, encoding, piece);
    return 0;
}
