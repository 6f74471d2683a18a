#include "sniffer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace huddle::importers {

namespace {

// What callers pass: a head this long is most likely cut off in the middle of a record; a shorter one is
// the whole file, whose last line may simply have no line end.
constexpr qsizetype FullHeadBytes = 64 * 1024;
// Records looked at to choose the delimiter: plenty for a verdict, bounded for a file of long lines.
constexpr int DelimiterSampleRecords = 200;
constexpr std::array<char, 4> CandidateDelimiters = {',', ';', '\t', '|'};

core::Error fileError(const QString &message, const QString &fileName)
{
    return core::Error{message, fileName};
}

// Control characters other than the whitespace text files use. Text has next to none; binary data (and
// text in an encoding we do not read, e.g. UTF-32) has many, NULs above all.
bool looksBinary(QByteArrayView text)
{
    qsizetype controls = 0;
    for (const char c : text) {
        const auto byte = uchar(c);
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f' && byte != '\v')
            ++controls;
    }
    return controls * 100 > text.size();
}

bool isZipArchive(QByteArrayView head)
{
    return head.startsWith("PK\x03\x04");
}

// The head as UTF-8 text without its BOM. Invalid text ends it early: the reader reports it, at its
// place, when the file is imported; a character cut off by the end of the head is simply left out.
QByteArray decodeHead(QByteArrayView head, EncodingGuess guess)
{
    Utf8Transcoder transcoder(guess.encoding);
    QByteArray text;
    transcoder.append(head.sliced(std::min<qsizetype>(guess.bomLength, head.size())), text);
    return text;
}

// How consistently one delimiter splits the records: the most common number of fields (`fields`) and how
// many records have it. Quotes are honoured loosely (this only counts), blank lines are left out, and the
// last record is left out when the text stops in the middle of it.
struct DelimiterScore {
    char delimiter = ',';
    qsizetype fields = 1;
    qsizetype matching = 0;
    qsizetype records = 0;
};

QList<qsizetype> fieldCounts(QByteArrayView text, char delimiter)
{
    QList<qsizetype> counts;
    qsizetype fields = 1;
    bool inQuotes = false;
    bool fieldStart = true;
    bool blank = true;
    const qsizetype end = text.size();
    for (qsizetype i = 0; i < end && counts.size() < DelimiterSampleRecords; ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"' && i + 1 < end && text[i + 1] == '"')
                ++i;
            else if (c == '"')
                inQuotes = false;
        } else if (c == '"' && fieldStart) {
            inQuotes = true;
            fieldStart = blank = false;
        } else if (c == delimiter) {
            ++fields;
            fieldStart = true;
            blank = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < end && text[i + 1] == '\n')
                ++i;
            if (!blank)
                counts.append(fields);
            fields = 1;
            fieldStart = blank = true;
        } else {
            fieldStart = blank = false;
        }
    }
    if (!blank && counts.isEmpty())
        counts.append(fields); // a one-record text without a line end
    return counts;
}

DelimiterScore scoreDelimiter(QByteArrayView text, char delimiter)
{
    QHash<qsizetype, qsizetype> frequency;
    const QList<qsizetype> counts = fieldCounts(text, delimiter);
    DelimiterScore score{delimiter, 1, 0, counts.size()};
    for (const qsizetype fields : counts) {
        const qsizetype seen = ++frequency[fields];
        if (seen > score.matching || (seen == score.matching && fields > score.fields)) {
            score.fields = fields;
            score.matching = seen;
        }
    }
    return score;
}

// Better: a larger share of records with the same field count; on a tie, more fields (a ';' file with
// one decimal comma per line splits into 2 fields by ','); then the candidates' order.
bool betterScore(const DelimiterScore &a, const DelimiterScore &b)
{
    const qint64 shareA = qint64(a.matching) * b.records;
    const qint64 shareB = qint64(b.matching) * a.records;
    if (shareA != shareB)
        return shareA > shareB;
    return a.fields > b.fields;
}

char chooseDelimiter(QByteArrayView text)
{
    std::optional<DelimiterScore> best;
    for (const char delimiter : CandidateDelimiters) {
        const DelimiterScore score = scoreDelimiter(text, delimiter);
        if (score.fields > 1 && (!best || betterScore(score, *best)))
            best = score;
    }
    return best ? best->delimiter : ','; // one column: any delimiter reads it
}

struct Record {
    qint64 line = 0;
    QStringList cells;
};

struct Records {
    QList<Record> list;
    std::optional<core::Error> error; // the reader's, when it stopped before the end of the text
};

// The first `maxRecords` records, read by the same reader the import uses, so the preview shows exactly
// what will be imported.
Records readRecords(const QByteArray &text, bool wholeFile, CsvDialect dialect, const QString &fileName,
                    qsizetype maxRecords)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, TextEncoding::Utf8, dialect, fileName);
    Records records;
    SourceRow row;
    // One record more than asked for tells whether the last one asked for is the text's last.
    while (records.list.size() <= maxRecords && reader.next(row)) {
        Record record{row.line, {}};
        record.cells.reserve(row.cells.size());
        for (const QByteArrayView cell : row.cells)
            record.cells.append(QString::fromUtf8(cell));
        records.list.append(std::move(record));
    }
    records.error = reader.error();
    const bool readToEnd = records.list.size() <= maxRecords && !records.error;
    const bool cutOff = !wholeFile && !text.endsWith('\n') && !text.endsWith('\r');
    if (readToEnd && cutOff && records.list.size() > 1)
        records.list.removeLast();
    if (records.list.size() > maxRecords)
        records.list.resize(maxRecords);
    return records;
}

bool isBlank(const Record &record)
{
    return record.cells.size() == 1 && record.cells.constFirst().isEmpty();
}

// The value shapes that tell data from a header. A header never is one of these; the column below it
// usually is. Deliberately loose: they only have to tell "Speed of answer" from "109".
bool looksLikeNumber(const QString &cell)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[-+]?[$€£]?\s?(\d[\d.,]*|[.,]\d+)([eE][-+]?\d+)?\s?%?$)"));
    return pattern.match(cell).hasMatch();
}

bool looksLikeDate(const QString &cell)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})([T ]\d{1,2}:\d{2}(:\d{2}([.,]\d+)?)?)?)"
        R"((Z|[+-]\d{2}:?\d{2})?$)"));
    return pattern.match(cell).hasMatch();
}

bool looksLikeDuration(const QString &cell)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[-+]?\d+:\d{2}(:\d{2})?([.,]\d+)?(\s?[AaPp][Mm])?$)"));
    return pattern.match(cell).hasMatch();
}

bool looksLikeValue(const QString &cell)
{
    const QString trimmed = cell.trimmed();
    return !trimmed.isEmpty() &&
           (looksLikeNumber(trimmed) || looksLikeDate(trimmed) || looksLikeDuration(trimmed));
}

bool columnHasValues(const QList<Record> &records, qsizetype column)
{
    for (qsizetype i = 1; i < records.size(); ++i) {
        if (column < records[i].cells.size() && looksLikeValue(records[i].cells[column]))
            return true;
    }
    return false;
}

bool looksLikeHeader(const QList<Record> &records)
{
    const QStringList &first = records.constFirst().cells;
    bool valuesBelowText = false;
    bool allTextDistinct = true;
    QSet<QString> seen;
    for (qsizetype column = 0; column < first.size(); ++column) {
        const QString cell = first[column].trimmed();
        if (looksLikeValue(cell))
            return false;
        if (cell.isEmpty() || seen.contains(cell))
            allTextDistinct = false;
        seen.insert(cell);
        if (!cell.isEmpty() && !valuesBelowText)
            valuesBelowText = columnHasValues(records, column);
    }
    return valuesBelowText || allTextDistinct;
}

// "12,5" (and "-0,25 %") but not "1,234.5": a delimiter other than ',' leaves the comma free to be the
// decimal separator. The dot form winning the count keeps a stray "1,5" from flipping a dot file.
bool usesDecimalComma(const QList<Record> &rows)
{
    static const QRegularExpression commaDecimal(QStringLiteral(R"(^[-+]?\d+,\d+\s?%?$)"));
    static const QRegularExpression dotDecimal(QStringLiteral(R"(^[-+]?\d+\.\d+\s?%?$)"));
    qsizetype commas = 0;
    qsizetype dots = 0;
    for (const Record &row : rows) {
        for (const QString &cell : row.cells) {
            const QString trimmed = cell.trimmed();
            commas += commaDecimal.match(trimmed).hasMatch();
            dots += dotDecimal.match(trimmed).hasMatch();
        }
    }
    return commas > 0 && commas >= dots;
}

QStringList headerNames(const QStringList &cells)
{
    QStringList headers;
    headers.reserve(cells.size());
    for (const QString &cell : cells) {
        const QString trimmed = cell.trimmed();
        headers.append(trimmed.isEmpty()
                           ? QCoreApplication::translate("huddle::importers::Sniffer", "Column %1")
                                 .arg(headers.size() + 1)
                           : trimmed);
    }
    return headers;
}

QStringList numberedHeaders(const QList<Record> &records)
{
    qsizetype columns = 0;
    for (const Record &record : records)
        columns = std::max(columns, record.cells.size());
    QStringList headers;
    for (qsizetype i = 1; i <= columns; ++i)
        headers.append(QCoreApplication::translate("huddle::importers::Sniffer", "Column %1").arg(i));
    return headers;
}

std::optional<core::Error> checkRecords(const Records &records, qsizetype headSize, const QString &fileName)
{
    if (records.list.isEmpty()) {
        // A whole (short) file: the reader's error says where it goes wrong. A head: the file goes on.
        if (records.error && headSize < FullHeadBytes)
            return records.error;
        return fileError(QCoreApplication::translate(
                             "huddle::importers::Sniffer",
                             "no complete record in the first 64 KiB of the file (is a quote left open?)"),
                         fileName);
    }
    if (std::all_of(records.list.begin(), records.list.end(), isBlank))
        return fileError(
            QCoreApplication::translate("huddle::importers::Sniffer", "the file contains only blank lines"),
            fileName);
    return std::nullopt;
}

} // namespace

core::Result<CsvSniff> sniffCsv(QByteArrayView head, const QString &fileName, int maxSampleRows)
{
    CsvSniff sniff;
    sniff.encoding = detectEncoding(head);
    const QByteArray text = decodeHead(head, sniff.encoding);
    if (head.size() <= sniff.encoding.bomLength)
        return fileError(QCoreApplication::translate("huddle::importers::Sniffer", "the file is empty"),
                         fileName);
    if (text.isEmpty())
        return fileError(QCoreApplication::translate("huddle::importers::Sniffer", "not a text file"),
                         fileName); // not even its first character is valid
    if (isZipArchive(head))
        return fileError(QCoreApplication::translate(
                             "huddle::importers::Sniffer",
                             "not a text file (it looks like an Excel workbook or another ZIP archive)"),
                         fileName);
    if (looksBinary(text))
        return fileError(QCoreApplication::translate("huddle::importers::Sniffer", "not a text file"),
                         fileName);

    sniff.dialect.delimiter = chooseDelimiter(text);
    const qsizetype sampleRows = std::max(maxSampleRows, 0);
    const bool wholeFile = head.size() < FullHeadBytes;
    const Records records = readRecords(text, wholeFile, sniff.dialect, fileName, sampleRows + 1);
    if (const std::optional<core::Error> error = checkRecords(records, head.size(), fileName))
        return *error;

    const QList<Record> &list = records.list;
    sniff.hasHeader = looksLikeHeader(list);
    const QList<Record> rows = sniff.hasHeader ? list.mid(1) : list.first(std::min(list.size(), sampleRows));
    sniff.headers = sniff.hasHeader ? headerNames(list.constFirst().cells) : numberedHeaders(list);
    sniff.decimalComma = sniff.dialect.delimiter != ',' && usesDecimalComma(rows);
    for (const Record &row : rows)
        sniff.sampleRows.append(row.cells);
    if (!rows.isEmpty())
        sniff.sampleFirstLine = rows.constFirst().line;
    else
        sniff.sampleFirstLine = sniff.hasHeader ? list.constFirst().line + 1 : 1;
    return sniff;
}

} // namespace huddle::importers
