#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace huddle::importers {

namespace {

// Bytes read from the device at a time: large enough that the per-read overhead vanishes, small enough
// that memory stays bounded (the buffer holds at most one record plus one chunk, transcoded).
constexpr qsizetype ChunkBytes = 1 << 20;
constexpr qsizetype MinChunkBytes = 4096;

// Byte classes outside quotes: everything but these three is part of the cell.
enum ByteClass : uchar { Plain, Delimiter, LineEnd };

bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

// Whether the line end at text[i] ends a physical line: a CR directly followed by LF is one line end
// with it (the LF counts).
bool endsLine(const char *text, qsizetype i, qsizetype end)
{
    return text[i] == '\n' || (text[i] == '\r' && (i + 1 == end || text[i + 1] != '\n'));
}

int utf8Length(uchar lead)
{
    if (lead < 0xC0)
        return 1;
    if (lead < 0xE0)
        return 2;
    return lead < 0xF0 ? 3 : 4;
}

// The character at `text` for a message: quoted when printable, its code point when not.
QString describeCharacter(const char *text, qsizetype available)
{
    const QString character =
        QString::fromUtf8(text, std::min<qsizetype>(available, utf8Length(uchar(text[0]))));
    const char32_t cp = character.isEmpty() ? 0 : character.toUcs4().value(0);
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
        return QStringLiteral("U+%1").arg(quint32(cp), 4, 16, QLatin1Char('0')).toUpper();
    return QStringLiteral("'%1'").arg(character);
}

QString describeDelimiter(char delimiter)
{
    if (delimiter == '\t')
        return QCoreApplication::translate("huddle::importers::CsvReader", "Tab");
    return QStringLiteral("'%1'").arg(QLatin1Char(delimiter));
}

// Writes a record's cells over the previous record's in place, so that a file whose records have the same
// number of cells costs no allocation and no per-cell bookkeeping of QList (append is not inlined).
class CellWriter {
public:
    explicit CellWriter(QList<QByteArrayView> &cells)
        : m_cells(cells)
        , m_slots(cells.data())
        , m_capacity(cells.size())
    {
    }

    void add(const char *data, qsizetype size)
    {
        if (m_count == m_capacity)
            grow();
        m_slots[m_count++] = QByteArrayView(data, size);
    }
    qsizetype count() const { return m_count; }
    // Trims the list to the cells written; the capacity stays for the next record.
    void finish() { m_cells.resize(m_count); }

private:
    void grow()
    {
        m_cells.resize(std::max<qsizetype>(16, m_capacity * 2));
        m_slots = m_cells.data();
        m_capacity = m_cells.size();
    }

    QList<QByteArrayView> &m_cells;
    QByteArrayView *m_slots;
    qsizetype m_capacity;
    qsizetype m_count = 0;
};

} // namespace

class CsvReader::Impl {
public:
    Impl(QIODevice *device, TextEncoding encoding, CsvDialect dialect, QString fileName, int skipBytes);

    bool next(SourceRow &row, std::optional<core::Error> &error);
    qint64 position() const;
    qint64 size() const;

private:
    enum class Step { Record, NeedMore, End, Failed };
    enum class QuoteScan { Closed, NeedMore, Unterminated };

    Step parse(SourceRow &row, std::optional<core::Error> &error);
    QuoteScan findClosingQuote(qsizetype open, bool final, qsizetype &close, bool &doubled,
                               qint64 &lineEnds) const;
    core::Error unexpectedAfterQuote(qsizetype offset) const;
    Step finishRecord(SourceRow &row, qsizetype recordEnd, qint64 lineEnds,
                      std::optional<core::Error> &error);
    void unescape(SourceRow &row);
    bool refill(std::optional<core::Error> &error);
    bool readChunk(std::optional<core::Error> &error);
    bool skipBom(std::optional<core::Error> &error);
    void compact();
    QString textErrorMessage(bool atEnd) const;
    core::Error readError() const;
    core::Error errorAt(qsizetype offset, const QString &message) const;

    QIODevice *m_device;
    TextEncoding m_encoding;
    Utf8Transcoder m_transcoder;
    QString m_fileName;
    char m_delimiter;
    char m_quote;
    bool m_quoting;
    std::array<ByteClass, 256> m_classes{};

    QByteArray m_raw;      // bytes as read from the device
    QByteArray m_text;     // UTF-8 text; [m_pos, size) is not parsed yet
    qsizetype m_pos = 0;   // start of the next record in m_text
    qint64 m_line = 1;     // file line of the record at m_pos
    int m_skipBytes;       // BOM still to skip
    qint64 m_rawRead = 0;  // bytes read from the device, BOM included
    qint64 m_bomRead = 0;  // of which BOM
    qint64 m_produced = 0; // UTF-8 bytes the transcoder has produced
    bool m_inputEnded = false;
    bool m_failed = false;
    QString m_pendingError; // invalid text right after the end of m_text: reported when the parser gets there
    qsizetype m_openQuote = -1;       // where the quoted field that ran into the end of m_text opened
    std::vector<qsizetype> m_escaped; // cells of the current record with doubled quotes
};

CsvReader::Impl::Impl(QIODevice *device, TextEncoding encoding, CsvDialect dialect, QString fileName,
                      int skipBytes)
    : m_device(device)
    , m_encoding(encoding)
    , m_transcoder(encoding)
    , m_fileName(std::move(fileName))
    , m_delimiter(dialect.delimiter)
    , m_quote(dialect.quote)
    , m_skipBytes(std::max(skipBytes, 0))
{
    // A quote that is also the delimiter or a line end could never open a field; treat it as text.
    m_quoting = !isLineEnd(m_quote) && m_quote != m_delimiter;
    m_classes[uchar(m_delimiter)] = Delimiter;
    m_classes['\n'] = LineEnd;
    m_classes['\r'] = LineEnd;
}

bool CsvReader::Impl::next(SourceRow &row, std::optional<core::Error> &error)
{
    while (!m_failed) {
        switch (parse(row, error)) {
        case Step::Record:
            return true;
        case Step::End:
            row.cells.clear();
            return false;
        case Step::Failed:
            m_failed = true;
            row.cells.clear(); // the views may point to text about to be dropped
            return false;
        case Step::NeedMore:
            if (!refill(error)) {
                m_failed = true;
                row.cells.clear();
            }
            break;
        }
    }
    return false;
}

// Parses one record from m_pos. The record's cells are views into m_text; when the record runs into the
// end of the buffered text the views are dropped (NeedMore) and the record is parsed again from its start
// once more text is in: that happens about once per chunk, so it costs nothing, and no parser state has
// to survive the buffer moving.
CsvReader::Impl::Step CsvReader::Impl::parse(SourceRow &row, std::optional<core::Error> &error)
{
    const char *text = m_text.constData();
    const qsizetype end = m_text.size();
    const bool final = m_inputEnded && m_pendingError.isEmpty(); // the end of m_text is the end of the file
    qsizetype p = m_pos;
    if (p == end)
        return final ? Step::End : Step::NeedMore;
    CellWriter cells(row.cells);
    m_escaped.clear();
    qint64 lineEnds = 0; // inside quoted fields
    for (;;) {
        if (m_quoting && p < end && text[p] == m_quote) {
            qsizetype close = 0;
            bool doubled = false;
            switch (findClosingQuote(p, final, close, doubled, lineEnds)) {
            case QuoteScan::NeedMore:
                m_openQuote = p;
                return Step::NeedMore;
            case QuoteScan::Unterminated:
                error = errorAt(p, QCoreApplication::translate("huddle::importers::CsvReader",
                                                               "quoted field opened here is never closed"));
                return Step::Failed;
            case QuoteScan::Closed:
                break;
            }
            if (doubled)
                m_escaped.push_back(cells.count());
            cells.add(text + p + 1, close - p - 1);
            p = close + 1;
            if (p < end && m_classes[uchar(text[p])] == Plain) {
                error = unexpectedAfterQuote(p);
                return Step::Failed;
            }
        } else {
            const qsizetype start = p;
            while (p < end && m_classes[uchar(text[p])] == Plain)
                ++p;
            if (p == end && !final)
                return Step::NeedMore;
            cells.add(text + start, p - start);
        }
        if (p == end) { // the last line of the file has no line end
            cells.finish();
            return finishRecord(row, end, lineEnds, error);
        }
        if (m_classes[uchar(text[p])] == Delimiter) {
            ++p;
            continue;
        }
        if (text[p] == '\r' && p + 1 == end && !final)
            return Step::NeedMore; // CR or CRLF: the next chunk tells
        p += text[p] == '\r' && p + 1 < end && text[p + 1] == '\n' ? 2 : 1;
        cells.finish();
        return finishRecord(row, p, lineEnds + 1, error);
    }
}

// Finds the quote that closes the field opened at `open`, skipping doubled quotes and counting the line
// ends inside. Without `final`, a quote as the last byte of the text may be the first of a pair: NeedMore.
CsvReader::Impl::QuoteScan CsvReader::Impl::findClosingQuote(qsizetype open, bool final, qsizetype &close,
                                                             bool &doubled, qint64 &lineEnds) const
{
    const char *text = m_text.constData();
    const qsizetype end = m_text.size();
    for (qsizetype i = open + 1; i < end; ++i) {
        const char c = text[i];
        if (c == m_quote) {
            if (i + 1 == end && !final)
                return QuoteScan::NeedMore;
            if (i + 1 < end && text[i + 1] == m_quote) {
                doubled = true;
                ++i;
                continue;
            }
            close = i;
            return QuoteScan::Closed;
        }
        if (isLineEnd(c) && endsLine(text, i, end))
            ++lineEnds;
    }
    return final ? QuoteScan::Unterminated : QuoteScan::NeedMore;
}

core::Error CsvReader::Impl::unexpectedAfterQuote(qsizetype offset) const
{
    const char *text = m_text.constData() + offset;
    return errorAt(offset,
                   QCoreApplication::translate(
                       "huddle::importers::CsvReader",
                       "unexpected character %1 after the closing quote (expected the delimiter %2 or a "
                       "line end)")
                       .arg(describeCharacter(text, m_text.size() - offset), describeDelimiter(m_delimiter)));
}

CsvReader::Impl::Step CsvReader::Impl::finishRecord(SourceRow &row, qsizetype recordEnd, qint64 lineEnds,
                                                    std::optional<core::Error> &error)
{
    if (recordEnd - m_pos > MaxRecordBytes) {
        error = errorAt(
            m_pos, QCoreApplication::translate("huddle::importers::CsvReader", "record longer than 1 MiB"));
        return Step::Failed;
    }
    if (!m_escaped.empty())
        unescape(row);
    row.line = m_line;
    m_line += lineEnds;
    m_pos = recordEnd;
    return Step::Record;
}

// Turns each doubled quote into one, in place: the text only gets shorter, and the record is complete,
// so it is never parsed again.
void CsvReader::Impl::unescape(SourceRow &row)
{
    char *text = m_text.data();
    for (const qsizetype index : m_escaped) {
        const QByteArrayView cell = row.cells.at(index);
        char *out = text + (cell.data() - text);
        const char *in = out;
        const char *inEnd = in + cell.size();
        char *const start = out;
        while (in < inEnd) {
            const char c = *in++;
            *out++ = c;
            if (c == m_quote)
                ++in; // skip the second quote of the pair
        }
        row.cells[index] = QByteArrayView(start, out - start);
    }
}

bool CsvReader::Impl::refill(std::optional<core::Error> &error)
{
    const qsizetype pending = m_text.size() - m_pos;
    if (pending > MaxRecordBytes) {
        error =
            m_openQuote >= 0
                ? errorAt(m_openQuote, QCoreApplication::translate(
                                           "huddle::importers::CsvReader",
                                           "record longer than 1 MiB: the quoted field opened here is not "
                                           "closed within it"))
                : errorAt(m_pos, QCoreApplication::translate("huddle::importers::CsvReader",
                                                             "record longer than 1 MiB"));
        return false;
    }
    if (!m_pendingError.isEmpty()) {
        error = errorAt(m_text.size(), m_pendingError);
        return false;
    }
    compact();
    return skipBom(error) && readChunk(error);
}

// Moves the unparsed text to the front of the buffer; the capacity stays for the next chunk.
void CsvReader::Impl::compact()
{
    const qsizetype pending = m_text.size() - m_pos;
    if (m_pos > 0 && pending > 0)
        std::memmove(m_text.data(), m_text.constData() + m_pos, size_t(pending));
    m_text.resize(pending);
    m_pos = 0;
    m_openQuote = -1;
}

bool CsvReader::Impl::skipBom(std::optional<core::Error> &error)
{
    char bom[8];
    while (m_skipBytes > 0) {
        const qint64 n = m_device->read(bom, std::min<qint64>(m_skipBytes, qint64(sizeof bom)));
        if (n < 0) {
            error = readError();
            return false;
        }
        if (n == 0)
            break;
        m_skipBytes -= int(n);
        m_rawRead += n;
        m_bomRead += n;
    }
    m_skipBytes = 0;
    return true;
}

// Reads up to one chunk (a device may hand it out in smaller pieces) and appends its text to m_text.
bool CsvReader::Impl::readChunk(std::optional<core::Error> &error)
{
    if (m_raw.isEmpty()) {
        // A small file gets a small buffer: one preview of a 2 KiB file should not cost a megabyte.
        const qint64 left = m_device->isSequential() ? ChunkBytes : m_device->size() - m_device->pos();
        m_raw.resize(std::clamp<qint64>(left + 1, MinChunkBytes, ChunkBytes));
    }
    const qsizetype chunk = m_raw.size();
    qsizetype got = 0;
    while (got < chunk) {
        const qint64 n = m_device->read(m_raw.data(), chunk - got);
        if (n < 0) {
            error = readError();
            return false;
        }
        if (n == 0) {
            m_inputEnded = true;
            if (!m_transcoder.finish())
                m_pendingError = textErrorMessage(true);
            break;
        }
        got += n;
        m_rawRead += n;
        const qsizetype before = m_text.size();
        const bool valid = m_transcoder.append(QByteArrayView(m_raw.constData(), n), m_text);
        m_produced += m_text.size() - before;
        if (!valid) {
            m_inputEnded = true; // nothing after invalid text is read
            m_pendingError = textErrorMessage(false);
            break;
        }
    }
    return true;
}

core::Error CsvReader::Impl::readError() const
{
    return core::Error{
        QCoreApplication::translate("huddle::importers::CsvReader", "could not read the file: %1")
            .arg(m_device->errorString()),
        m_fileName};
}

QString CsvReader::Impl::textErrorMessage(bool atEnd) const
{
    switch (m_encoding) {
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return atEnd ? QCoreApplication::translate(
                           "huddle::importers::CsvReader",
                           "invalid UTF-16 (the file ends in the middle of a character)")
                     : QCoreApplication::translate("huddle::importers::CsvReader",
                                                   "invalid UTF-16 (unpaired surrogate)");
    case TextEncoding::Utf8:
    case TextEncoding::Windows1252:
        break;
    }
    return atEnd ? QCoreApplication::translate(
                       "huddle::importers::CsvReader",
                       "invalid UTF-8 byte sequence (the file ends in the middle of a character)")
                 : QCoreApplication::translate("huddle::importers::CsvReader", "invalid UTF-8 byte sequence");
}

// "file:line:column" of a byte of the record at m_pos: the line counts the line ends before it in the
// record (quoted or not, every line end is a physical line), the column the characters since the last.
core::Error CsvReader::Impl::errorAt(qsizetype offset, const QString &message) const
{
    const char *text = m_text.constData();
    const qsizetype end = m_text.size();
    qint64 line = m_line;
    qsizetype lineStart = m_pos;
    for (qsizetype i = m_pos; i < offset; ++i) {
        if (isLineEnd(text[i]) && endsLine(text, i, end)) {
            ++line;
            lineStart = i + 1;
        }
    }
    qint64 column = 1;
    for (qsizetype i = lineStart; i < offset; ++i)
        column += (uchar(text[i]) & 0xC0) != 0x80; // continuation bytes are part of the same character
    return core::Error{message, QStringLiteral("%1:%2:%3").arg(m_fileName).arg(line).arg(column)};
}

qint64 CsvReader::Impl::position() const
{
    // The text not parsed yet stands for the same share of the bytes read (exact for UTF-8).
    const qint64 unparsed = m_text.size() - m_pos;
    const qint64 converted = m_rawRead - m_bomRead;
    if (m_produced <= 0)
        return m_rawRead;
    return std::max<qint64>(0, m_rawRead - unparsed * converted / m_produced);
}

qint64 CsvReader::Impl::size() const
{
    return std::max(m_device->size(), m_rawRead);
}

CsvReader::CsvReader(QIODevice *device, TextEncoding encoding, CsvDialect dialect, QString fileName,
                     int skipBytes)
    : d(new Impl(device, encoding, dialect, std::move(fileName), skipBytes))
{
}

CsvReader::~CsvReader()
{
    delete d;
}

bool CsvReader::next(SourceRow &row)
{
    return d->next(row, m_error);
}

qint64 CsvReader::position() const
{
    return d->position();
}

qint64 CsvReader::size() const
{
    return d->size();
}

} // namespace huddle::importers
