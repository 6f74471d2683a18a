// Tests of the CSV reading stack: encoding detection and transcoding (textdecoder), the streaming reader
// (csvreader) and the dialect/header sniffer (sniffer). Expected cells, line numbers and error locations are
// written out by hand from the input next to them; every reader test also runs with the input handed out a
// few bytes at a time, so that CRLF pairs, multi-byte characters, surrogate pairs and doubled quotes get
// split between reads.
#include "importers/csvreader.h"
#include "importers/sniffer.h"
#include "importers/textdecoder.h"
#include "importersmetatypes.h"
#include "support/testmain.h"
#include "support/tricklebuffer.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace huddle;
using namespace huddle::importers;

namespace {

using huddle::testsupport::TrickleBuffer;

// Read caps every reader test runs with: whole chunks, single bytes, and sizes that split UTF-8 and
// UTF-16 sequences at every offset.
const QList<qint64> ReadCaps = {0, 1, 2, 3, 7};

struct ReadResult {
    QStringList rows; // "line:cell¦cell", see render()
    std::optional<core::Error> error;
};

// A row as "line:cell¦cell¦…"; line breaks in cells shown as \n and \r so the expectations stay readable.
QString render(const SourceRow &row)
{
    QStringList cells;
    for (const QByteArrayView cell : row.cells) {
        QString text = QString::fromUtf8(cell);
        text.replace(QLatin1Char('\r'), QLatin1String("\\r"))
            .replace(QLatin1Char('\n'), QLatin1String("\\n"));
        cells.append(text);
    }
    return QString::number(row.line) + QLatin1Char(':') + cells.join(QStringLiteral("¦"));
}

ReadResult readAll(const QByteArray &bytes, CsvDialect dialect = {}, qint64 cap = 0,
                   TextEncoding encoding = TextEncoding::Utf8, int skipBytes = 0)
{
    TrickleBuffer device(bytes, cap);
    CsvReader reader(&device, encoding, dialect, QStringLiteral("test.csv"), skipBytes);
    ReadResult result;
    SourceRow row;
    while (reader.next(row))
        result.rows.append(render(row));
    result.error = reader.error();
    return result;
}

CsvDialect withDelimiter(char delimiter)
{
    CsvDialect dialect;
    dialect.delimiter = delimiter;
    return dialect;
}

QByteArray utf16(const QString &text, bool bigEndian, bool withBom)
{
    QByteArray bytes;
    if (withBom)
        bytes += bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        bytes += bigEndian ? QByteArray{&high, 1} + QByteArray{&low, 1}
                           : QByteArray{&low, 1} + QByteArray{&high, 1};
    }
    return bytes;
}

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(HUDDLE_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QByteArray sharedFile(const QString &name)
{
    QFile file(QStringLiteral(HUDDLE_SHARED_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing shared data file %s", qPrintable(name));
    return file.readAll();
}

// Reads a whole file the way the importer will: sniff the head, then read every record with its dialect.
ReadResult readSniffed(const QByteArray &bytes, qint64 cap = 0)
{
    const auto sniff =
        sniffCsv(bytes.first(std::min<qsizetype>(bytes.size(), 64 * 1024)), QStringLiteral("t"));
    if (!sniff)
        qFatal("sniff failed: %s", qPrintable(sniff.error().toString()));
    return readAll(bytes, sniff->dialect, cap, sniff->encoding.encoding, sniff->encoding.bomLength);
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void detectsEncoding_data();
    void detectsEncoding();
    void namesEncodings();
    void transcodesInAnyChunking_data();
    void transcodesInAnyChunking();
    void reportsInvalidTextOffset_data();
    void reportsInvalidTextOffset();
    void mapsWindows1252();

    void readsRecords_data();
    void readsRecords();
    void reportsErrors_data();
    void reportsErrors();
    void refusesRecordsOverOneMebibyte();
    void readsEncodings_data();
    void readsEncodings();
    void reportsInvalidUtf16_data();
    void reportsInvalidUtf16();
    void readsFixtures();
    void reportsUnterminatedQuoteInFixture();
    void roundTripsGeneratedCsv();
    void reportsPositionAndSize();
    void reusesCellStorage();
    void readsSharedFilesInAnyChunking_data();
    void readsSharedFilesInAnyChunking();

    void sniffsDialect_data();
    void sniffsDialect();
    void sniffsSharedFiles();
    void sniffsEncodedFixtures();
    void sniffIgnoresRecordCutOffByHead();
    void sniffRefusesUnusableInput_data();
    void sniffRefusesUnusableInput();
};

// ---- textdecoder ---------------------------------------------------------------------------------------

void TestCsvReader::detectsEncoding_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<int>("bomLength");

    QTest::newRow("empty") << QByteArray() << TextEncoding::Utf8 << 0;
    QTest::newRow("ascii") << QByteArray("a,b\n1,2\n") << TextEncoding::Utf8 << 0;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF"
                                             "a,b\n")
                               << TextEncoding::Utf8 << 3;
    QTest::newRow("utf-8 without bom")
        << QByteArray("M\xC3\xBCller,\xE2\x82\xAC\n") << TextEncoding::Utf8 << 0;
    QTest::newRow("utf-8 cut off at the end") << QByteArray("a,\xE2\x82") << TextEncoding::Utf8 << 0;
    QTest::newRow("utf-8 cut off, then ascii") << QByteArray("a,\xE2\x82x") << TextEncoding::Windows1252 << 0;
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE"
                                                "a\0,\0",
                                                6)
                                  << TextEncoding::Utf16LE << 2;
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF\0a\0,", 6) << TextEncoding::Utf16BE << 2;
    QTest::newRow("utf-16le without bom")
        << utf16(QStringLiteral("Name;Wert\r\nMüller;1\r\n"), false, false) << TextEncoding::Utf16LE << 0;
    QTest::newRow("utf-16be without bom")
        << utf16(QStringLiteral("Name;Wert\r\nMüller;1\r\n"), true, false) << TextEncoding::Utf16BE << 0;
    QTest::newRow("windows-1252 u umlaut") << QByteArray("M\xFCller,1\n") << TextEncoding::Windows1252 << 0;
    QTest::newRow("windows-1252 euro") << QByteArray("\x80 5,x\n") << TextEncoding::Windows1252 << 0;
    QTest::newRow("overlong utf-8 is not utf-8") << QByteArray("a\xC0\xAF") << TextEncoding::Windows1252 << 0;
    QTest::newRow("all NUL is no utf-16 pattern") << QByteArray(64, '\0') << TextEncoding::Utf8 << 0;
}

void TestCsvReader::detectsEncoding()
{
    QFETCH(QByteArray, head);
    QFETCH(TextEncoding, encoding);
    QFETCH(int, bomLength);
    const EncodingGuess guess = detectEncoding(head);
    QCOMPARE(encodingName(guess.encoding), encodingName(encoding));
    QCOMPARE(guess.bomLength, bomLength);
}

void TestCsvReader::namesEncodings()
{
    QCOMPARE(encodingName(TextEncoding::Utf8), QStringLiteral("UTF-8"));
    QCOMPARE(encodingName(TextEncoding::Utf16LE), QStringLiteral("UTF-16LE"));
    QCOMPARE(encodingName(TextEncoding::Utf16BE), QStringLiteral("UTF-16BE"));
    QCOMPARE(encodingName(TextEncoding::Windows1252), QStringLiteral("Windows-1252"));
}

void TestCsvReader::transcodesInAnyChunking_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    const QString text = QStringLiteral("a,Müller;€ 😀\r\n𝄞x");
    QTest::newRow("utf-8") << TextEncoding::Utf8 << text.toUtf8() << text;
    QTest::newRow("utf-16le") << TextEncoding::Utf16LE << utf16(text, false, false) << text;
    QTest::newRow("utf-16be") << TextEncoding::Utf16BE << utf16(text, true, false) << text;
    QTest::newRow("windows-1252") << TextEncoding::Windows1252 << QByteArray("M\xFCller \x80\x93x\x94\xFF")
                                  << QStringLiteral("Müller €“x”ÿ");
}

void TestCsvReader::transcodesInAnyChunking()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    for (qsizetype piece = 1; piece <= 5; ++piece) {
        Utf8Transcoder transcoder(encoding);
        QByteArray output;
        for (qsizetype i = 0; i < input.size(); i += piece)
            QVERIFY(transcoder.append(QByteArrayView(input).sliced(i, std::min(piece, input.size() - i)),
                                      output));
        QVERIFY(transcoder.finish());
        QCOMPARE(QString::fromUtf8(output), expected);
        QCOMPARE(transcoder.invalidOffset(), -1);
    }
}

void TestCsvReader::reportsInvalidTextOffset_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("validUntilFinish");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("validPrefix");

    QTest::newRow("utf-8 stray byte") << TextEncoding::Utf8
                                      << QByteArray("ab\xE2\x82\xAC"
                                                    "cd\xFF"
                                                    "ef")
                                      << false << qint64(7) << QStringLiteral("ab€cd");
    QTest::newRow("utf-8 surrogate") << TextEncoding::Utf8 << QByteArray("x\xED\xA0\x80y") << false
                                     << qint64(1) << QStringLiteral("x");
    QTest::newRow("utf-8 overlong") << TextEncoding::Utf8 << QByteArray("xy\xE0\x80\xAF") << false
                                    << qint64(2) << QStringLiteral("xy");
    QTest::newRow("utf-8 above U+10FFFF")
        << TextEncoding::Utf8 << QByteArray("\xF4\x90\x80\x80") << false << qint64(0) << QString();
    QTest::newRow("utf-8 lead then ascii")
        << TextEncoding::Utf8 << QByteArray("ab\xC3z") << false << qint64(2) << QStringLiteral("ab");
    QTest::newRow("utf-8 cut off at the end")
        << TextEncoding::Utf8 << QByteArray("ab\xF0\x9F\x98") << true << qint64(2) << QStringLiteral("ab");
    QTest::newRow("utf-16le lone low surrogate") << TextEncoding::Utf16LE
                                                 << QByteArray("a\0b\0c\0\x00\xDC"
                                                               "d\0",
                                                               10)
                                                 << false << qint64(6) << QStringLiteral("abc");
    QTest::newRow("utf-16be high surrogate without low")
        << TextEncoding::Utf16BE << QByteArray("\0a\xD8\x3D\0b", 6) << false << qint64(2)
        << QStringLiteral("a");
    QTest::newRow("utf-16le odd length")
        << TextEncoding::Utf16LE << QByteArray("a\0b", 3) << true << qint64(2) << QStringLiteral("a");
    QTest::newRow("utf-16le high surrogate at the end")
        << TextEncoding::Utf16LE << QByteArray("a\0\x3D\xD8", 4) << true << qint64(2) << QStringLiteral("a");
}

void TestCsvReader::reportsInvalidTextOffset()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(QByteArray, input);
    QFETCH(bool, validUntilFinish);
    QFETCH(qint64, offset);
    QFETCH(QString, validPrefix);
    for (qsizetype piece = 1; piece <= 4; ++piece) {
        Utf8Transcoder transcoder(encoding);
        QByteArray output;
        bool valid = true;
        for (qsizetype i = 0; i < input.size() && valid; i += piece)
            valid =
                transcoder.append(QByteArrayView(input).sliced(i, std::min(piece, input.size() - i)), output);
        QCOMPARE(valid, validUntilFinish);
        QVERIFY(!transcoder.finish());
        QCOMPARE(transcoder.invalidOffset(), offset);
        QCOMPARE(QString::fromUtf8(output), validPrefix);
    }
}

void TestCsvReader::mapsWindows1252()
{
    // Expected code points from the WHATWG index-windows-1252 table, entered by hand.
    const QByteArray input("\x80\x81\x8D\x8F\x90\x99\x9D\x9F\xA0\xE9\xFF");
    Utf8Transcoder transcoder(TextEncoding::Windows1252);
    QByteArray output;
    QVERIFY(transcoder.append(input, output));
    QVERIFY(transcoder.finish());
    const QList<uint> expected = {0x20AC, 0x81, 0x8D, 0x8F, 0x90, 0x2122, 0x9D, 0x178, 0xA0, 0xE9, 0xFF};
    QCOMPARE(QString::fromUtf8(output).toUcs4(), expected);
}

// ---- csvreader -----------------------------------------------------------------------------------------

void TestCsvReader::readsRecords_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QStringList>("rows");

    QTest::newRow("empty input") << QByteArray() << ',' << QStringList();
    QTest::newRow("LF") << QByteArray("a,b\nc,d\n") << ',' << QStringList{"1:a¦b", "2:c¦d"};
    QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n") << ',' << QStringList{"1:a¦b", "2:c¦d"};
    QTest::newRow("CR only") << QByteArray("a,b\rc,d\r") << ',' << QStringList{"1:a¦b", "2:c¦d"};
    QTest::newRow("mixed line ends, last without")
        << QByteArray("a\r\nb\nc\rd") << ',' << QStringList{"1:a", "2:b", "3:c", "4:d"};
    QTest::newRow("blank lines") << QByteArray("a,b\n\nc,d\r\n\r\n\re\n") << ','
                                 << QStringList{"1:a¦b", "2:", "3:c¦d", "4:", "5:", "6:e"};
    QTest::newRow("only a line end") << QByteArray("\n") << ',' << QStringList{"1:"};
    QTest::newRow("all-delimiter rows")
        << QByteArray("a,b,c\n,,\n,,") << ',' << QStringList{"1:a¦b¦c", "2:¦¦", "3:¦¦"};
    QTest::newRow("trailing delimiter") << QByteArray("a,\n,b") << ',' << QStringList{"1:a¦", "2:¦b"};
    QTest::newRow("quoted delimiter") << QByteArray("\"a,b\",c\n") << ',' << QStringList{"1:a,b¦c"};
    QTest::newRow("empty quoted") << QByteArray("\"\",\"\"\n\"\"") << ',' << QStringList{"1:¦", "2:"};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n\"\"\"\"\n\"a\"\"\"") << ','
                                    << QStringList{"1:say \"hi\"¦x", "2:\"", "3:a\""};
    QTest::newRow("embedded LF") << QByteArray("id,note\n1,\"two\nlines\"\n2,x\n") << ','
                                 << QStringList{"1:id¦note", "2:1¦two\\nlines", "4:2¦x"};
    QTest::newRow("embedded CRLF and CR") << QByteArray("1,\"a\r\nb\rc\"\r\n2,\"\r\n\r\n\"\r\n3") << ','
                                          << QStringList{"1:1¦a\\r\\nb\\rc", "4:2¦\\r\\n\\r\\n", "7:3"};
    QTest::newRow("embedded line ends and doubled quotes")
        << QByteArray("\"a\"\"\nb\",\"\"\"\"\r\n3,\"x\ny\"\"\nz\"\n4\n") << ','
        << QStringList{"1:a\"\\nb¦\"", "3:3¦x\\ny\"\\nz", "6:4"};
    QTest::newRow("quote inside unquoted cell")
        << QByteArray("5\" disk,b\"c\n") << ',' << QStringList{"1:5\" disk¦b\"c"};
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << ',' << QStringList{"1: a ¦ b "};
    QTest::newRow("quoted, no final line end") << QByteArray("a,\"b\"") << ',' << QStringList{"1:a¦b"};
    QTest::newRow("quoted, CR at the end") << QByteArray("a,\"b\"\r") << ',' << QStringList{"1:a¦b"};
    QTest::newRow("semicolon, decimal comma") << QByteArray("Agent;AHT\nAnna;1,5\nBob;2,25\n") << ';'
                                              << QStringList{"1:Agent¦AHT", "2:Anna¦1,5", "3:Bob¦2,25"};
    QTest::newRow("tab") << QByteArray("a\tb c\n1\t\t3\n") << '\t' << QStringList{"1:a¦b c", "2:1¦¦3"};
    QTest::newRow("pipe") << QByteArray("a|b,c\n\"x|y\"|z\n") << '|' << QStringList{"1:a¦b,c", "2:x|y¦z"};
    QTest::newRow("multi-byte characters")
        << QByteArray("Müller,€,😀\nZoë,\"日本\"\n") << ',' << QStringList{"1:Müller¦€¦😀", "2:Zoë¦日本"};
}

void TestCsvReader::readsRecords()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(QStringList, rows);
    for (const qint64 cap : ReadCaps) {
        const ReadResult result = readAll(input, withDelimiter(delimiter), cap);
        QVERIFY2(!result.error, qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(result.rows, rows);
    }
}

void TestCsvReader::reportsErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<int>("rowsBefore");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");

    QTest::newRow("unterminated quote")
        << QByteArray("a,b\nc,\"open\nmore\n") << ',' << 1 << QStringLiteral("test.csv:2:3")
        << QStringLiteral("quoted field opened here is never closed");
    QTest::newRow("unterminated quote after a line break in quotes")
        << QByteArray("\"x\ny\",\"ok\"\n\"é\",\"open") << ',' << 1 << QStringLiteral("test.csv:3:5")
        << QStringLiteral("quoted field opened here is never closed");
    QTest::newRow("character after closing quote")
        << QByteArray("a,b\n\"x\"y,z\n") << ',' << 1 << QStringLiteral("test.csv:2:4")
        << QStringLiteral(
               "unexpected character 'y' after the closing quote (expected the delimiter ',' or a line "
               "end)");
    QTest::newRow("character after closing quote, semicolon")
        << QByteArray("x;\"a\nb\"c") << ';' << 0 << QStringLiteral("test.csv:2:3")
        << QStringLiteral(
               "unexpected character 'c' after the closing quote (expected the delimiter ';' or a line "
               "end)");
    QTest::newRow("multi-byte character after closing quote")
        << QByteArray("\"ü\"ä;x\n") << ';' << 0 << QStringLiteral("test.csv:1:4")
        << QStringLiteral(
               "unexpected character 'ä' after the closing quote (expected the delimiter ';' or a line "
               "end)");
    QTest::newRow("space after closing quote, tab delimiter")
        << QByteArray("a\t\"b\" \tc\n") << '\t' << 0 << QStringLiteral("test.csv:1:6")
        << QStringLiteral(
               "unexpected character ' ' after the closing quote (expected the delimiter Tab or a line "
               "end)");
    QTest::newRow("control character after closing quote")
        << QByteArray("\"a\"\x01") << ',' << 0 << QStringLiteral("test.csv:1:4")
        << QStringLiteral(
               "unexpected character U+0001 after the closing quote (expected the delimiter ',' or a "
               "line end)");
    QTest::newRow("invalid utf-8") << QByteArray("ok,1\nbad,\xFF\n") << ',' << 1
                                   << QStringLiteral("test.csv:2:5")
                                   << QStringLiteral("invalid UTF-8 byte sequence");
    QTest::newRow("invalid utf-8 after multi-byte characters")
        << QByteArray("\"a\nbé€\xC3(\",x\n") << ',' << 0 << QStringLiteral("test.csv:2:4")
        << QStringLiteral("invalid UTF-8 byte sequence");
    QTest::newRow("invalid utf-8 right after CR")
        << QByteArray("a\r\xFF") << ',' << 0 << QStringLiteral("test.csv:2:1")
        << QStringLiteral("invalid UTF-8 byte sequence");
    QTest::newRow("utf-8 cut off by the end of the file")
        << QByteArray("a\nb,\xE2\x82") << ',' << 1 << QStringLiteral("test.csv:2:3")
        << QStringLiteral("invalid UTF-8 byte sequence (the file ends in the middle of a character)");
}

void TestCsvReader::reportsErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(int, rowsBefore);
    QFETCH(QString, location);
    QFETCH(QString, message);
    for (const qint64 cap : ReadCaps) {
        const ReadResult result = readAll(input, withDelimiter(delimiter), cap);
        QCOMPARE(result.rows.size(), rowsBefore);
        QVERIFY(result.error);
        QCOMPARE(result.error->location, location);
        QCOMPARE(result.error->message, message);
    }
}

void TestCsvReader::refusesRecordsOverOneMebibyte()
{
    const QByteArray justUnder = "a\n" + QByteArray(CsvReader::MaxRecordBytes - 1, 'x') + "\nb\n";
    ReadResult result = readAll(justUnder);
    QVERIFY(!result.error);
    QCOMPARE(result.rows.size(), 3);
    QCOMPARE(result.rows.last(), QStringLiteral("3:b"));

    for (const qint64 cap : {qint64(0), qint64(4096)}) {
        result = readAll("a\n" + QByteArray(CsvReader::MaxRecordBytes + 1, 'x') + "\nb\n", {}, cap);
        QCOMPARE(result.rows, QStringList{"1:a"});
        QVERIFY(result.error);
        QCOMPARE(result.error->location, QStringLiteral("test.csv:2:1"));
        QCOMPARE(result.error->message, QStringLiteral("record longer than 1 MiB"));

        // Many short lines in one quoted field: the location is the quote, not where the limit was hit.
        QByteArray openQuote = "id,note\n1,ok\n2,\"";
        while (openQuote.size() < 3 * CsvReader::MaxRecordBytes)
            openQuote += "line\n";
        result = readAll(openQuote, {}, cap);
        QCOMPARE(result.rows.size(), 2);
        QVERIFY(result.error);
        QCOMPARE(result.error->location, QStringLiteral("test.csv:3:3"));
        QCOMPARE(
            result.error->message,
            QStringLiteral("record longer than 1 MiB: the quoted field opened here is not closed within it"));
    }
}

void TestCsvReader::readsEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<int>("bomLength");

    const QString text = QStringLiteral("Name;Wert\r\nMüller;1,5\r\n\"😀\n€\";Zoë");
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << TextEncoding::Utf8 << 3;
    QTest::newRow("utf-16le bom") << utf16(text, false, true) << TextEncoding::Utf16LE << 2;
    QTest::newRow("utf-16be bom") << utf16(text, true, true) << TextEncoding::Utf16BE << 2;
    QTest::newRow("utf-16le without bom") << utf16(text, false, false) << TextEncoding::Utf16LE << 0;
    QTest::newRow("utf-16be without bom") << utf16(text, true, false) << TextEncoding::Utf16BE << 0;
    QTest::newRow("windows-1252") << QByteArray("Name;Wert\r\nM\xFCller;1,5\r\n\"\x93\n\x80\";Zo\xEB")
                                  << TextEncoding::Windows1252 << 0;
}

void TestCsvReader::readsEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QFETCH(int, bomLength);
    const EncodingGuess guess = detectEncoding(bytes);
    QCOMPARE(encodingName(guess.encoding), encodingName(encoding));
    QCOMPARE(guess.bomLength, bomLength);
    const QString third =
        encoding == TextEncoding::Windows1252 ? QStringLiteral("3:“\\n€¦Zoë") : QStringLiteral("3:😀\\n€¦Zoë");
    for (const qint64 cap : ReadCaps) {
        const ReadResult result = readAll(bytes, withDelimiter(';'), cap, guess.encoding, guess.bomLength);
        QVERIFY(!result.error);
        QCOMPARE(result.rows, (QStringList{"1:Name¦Wert", "2:Müller¦1,5", third}));
    }
}

void TestCsvReader::reportsInvalidUtf16_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");

    QByteArray loneLow = utf16(QStringLiteral("a,b\nc,"), false, true);
    loneLow += QByteArray("\x00\xDC", 2);
    QTest::newRow("lone low surrogate")
        << loneLow << QStringLiteral("test.csv:2:3") << QStringLiteral("invalid UTF-16 (unpaired surrogate)");
    QByteArray highThenText = utf16(QStringLiteral("éa,"), true, true);
    highThenText += QByteArray("\xD8\x3D\0x", 4);
    QTest::newRow("high surrogate before a letter") << highThenText << QStringLiteral("test.csv:1:4")
                                                    << QStringLiteral("invalid UTF-16 (unpaired surrogate)");
    QTest::newRow("odd number of bytes")
        << utf16(QStringLiteral("a\nbc"), false, true) + QByteArray("d") << QStringLiteral("test.csv:2:3")
        << QStringLiteral("invalid UTF-16 (the file ends in the middle of a character)");
}

void TestCsvReader::reportsInvalidUtf16()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, location);
    QFETCH(QString, message);
    const EncodingGuess guess = detectEncoding(bytes);
    for (const qint64 cap : ReadCaps) {
        const ReadResult result = readAll(bytes, {}, cap, guess.encoding, guess.bomLength);
        QVERIFY(result.error);
        QCOMPARE(result.error->location, location);
        QCOMPARE(result.error->message, message);
    }
}

void TestCsvReader::readsFixtures()
{
    struct Case {
        const char *file;
        QStringList rows;
    };
    const QList<Case> cases = {
        {"csv_utf16le_bom.csv",
         {"1:Agent¦Anrufe¦AHT (min)", "2:Jürgen¦12¦4,5", "3:Zoë 😀¦7¦3,25", "4:Łukasz¦0¦0,0"}},
        {"csv_utf16be_nobom.csv", {"1:Name¦Calls", "2:Ann¦3", "3:Björk¦14"}},
        {"csv_windows1252.csv", {"1:Name¦Preis¦Notiz", "2:Müller¦€ 12,50¦“best”", "3:Garçon¦€ 3¦–"}},
        {"csv_embedded_newlines.csv",
         {"1:id¦note¦agent", "2:1¦first line\\nsecond line¦Ann", "4:2¦she said \"hi\"\\r\\nthen left¦Bob",
          "6:3¦plain¦Cy"}},
    };
    for (const Case &c : cases) {
        for (const qint64 cap : ReadCaps) {
            const ReadResult result = readSniffed(fixture(QString::fromLatin1(c.file)), cap);
            QVERIFY2(!result.error, c.file);
            QCOMPARE(result.rows, c.rows);
        }
    }
}

void TestCsvReader::reportsUnterminatedQuoteInFixture()
{
    const ReadResult result = readSniffed(fixture(QStringLiteral("csv_unterminated_quote.csv")));
    QCOMPARE(result.rows, (QStringList{"1:id¦note", "2:1¦ok"}));
    QVERIFY(result.error);
    QCOMPARE(result.error->toString(),
             QStringLiteral("test.csv:3:3: quoted field opened here is never closed"));
}

// Random records with every awkward cell this reader must handle, written by a minimal CSV writer here,
// read back in every chunking: cells and start lines must come back exactly.
void TestCsvReader::roundTripsGeneratedCsv()
{
    const QList<QByteArray> pieces = {"a", "Zoë", "€", "😀", ",", "\"", "\n", "\r\n", "\r", " ", "42", "1,5"};
    const QList<QByteArray> lineEnds = {"\n", "\r\n", "\r"};
    QRandomGenerator random(20240601);
    QByteArray csv;
    QStringList expected;
    qint64 line = 1;
    for (int record = 0; record < 300; ++record) {
        const int cellCount = 1 + int(random.bounded(5));
        QStringList cells;
        QByteArray encoded;
        qint64 lineBreaksInside = 0;
        for (int c = 0; c < cellCount; ++c) {
            QByteArray cell;
            const int length = int(random.bounded(4));
            for (int i = 0; i < length; ++i)
                cell += pieces[random.bounded(pieces.size())];
            const bool special = cell.contains(',') || cell.contains('"') || cell.contains('\n') ||
                                 cell.contains('\r') || (cellCount == 1 && cell.isEmpty());
            lineBreaksInside += cell.count("\r\n") + cell.count('\n') - cell.count("\r\n") +
                                cell.count('\r') - cell.count("\r\n");
            if (c > 0)
                encoded += ',';
            encoded += special ? '"' + QByteArray(cell).replace("\"", "\"\"") + '"' : cell;
            QString shown = QString::fromUtf8(cell);
            shown.replace(QLatin1Char('\r'), QLatin1String("\\r"))
                .replace(QLatin1Char('\n'), QLatin1String("\\n"));
            cells.append(shown);
        }
        csv += encoded + lineEnds[random.bounded(lineEnds.size())];
        expected.append(QString::number(line) + QLatin1Char(':') + cells.join(QStringLiteral("¦")));
        line += lineBreaksInside + 1;
    }
    for (const qint64 cap : {qint64(0), qint64(1), qint64(5), qint64(13)}) {
        const ReadResult result = readAll(csv, {}, cap);
        QVERIFY(!result.error);
        QCOMPARE(result.rows, expected);
    }
}

void TestCsvReader::reportsPositionAndSize()
{
    {
        TrickleBuffer device("a,b\nc,d\n", 0);
        CsvReader reader(&device, TextEncoding::Utf8, {}, QStringLiteral("t"));
        SourceRow row;
        QCOMPARE(reader.size(), qint64(8));
        QCOMPARE(reader.position(), qint64(0));
        QVERIFY(reader.next(row));
        QCOMPARE(reader.position(), qint64(4));
        QVERIFY(reader.next(row));
        QCOMPARE(reader.position(), qint64(8));
        QVERIFY(!reader.next(row));
        QCOMPARE(reader.position(), qint64(8));
        QVERIFY(!reader.error());
    }
    {
        // UTF-16 with a BOM: 2 + 2 × 4 bytes; the first record ("a\n") ends at byte 6.
        TrickleBuffer device(utf16(QStringLiteral("a\nb\n"), false, true), 0);
        CsvReader reader(&device, TextEncoding::Utf16LE, {}, QStringLiteral("t"), 2);
        SourceRow row;
        QCOMPARE(reader.size(), qint64(10));
        QVERIFY(reader.next(row));
        QCOMPARE(reader.position(), qint64(6));
        QVERIFY(reader.next(row));
        QVERIFY(!reader.next(row));
        QCOMPARE(reader.position(), qint64(10));
    }
}

void TestCsvReader::reusesCellStorage()
{
    TrickleBuffer device("a,b,c\nd,e,f\ng,h\n", 0);
    CsvReader reader(&device, TextEncoding::Utf8, {}, QStringLiteral("t"));
    SourceRow row;
    QVERIFY(reader.next(row));
    const QByteArrayView *storage = row.cells.constData();
    QVERIFY(reader.next(row));
    QCOMPARE(row.cells.constData(), storage);
    QVERIFY(reader.next(row));
    QCOMPARE(row.cells.constData(), storage);
    QCOMPARE(row.cells.size(), 2);
    QCOMPARE(row.cells.at(1).toByteArray(), QByteArray("h"));
}

void TestCsvReader::readsSharedFilesInAnyChunking_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("cellsPerRecord");
    QTest::addColumn<QString>("lastRow");

    QTest::newRow("pwc") << QStringLiteral("pwc_callcenter_calls_2021Q1.csv") << 5001 << 10
                         << QStringLiteral("5001:ID5000¦Diane¦2021-03-31¦17:39:50¦Contract related¦N¦N¦¦¦");
    QTest::newRow("kaggle") << QStringLiteral("kaggle_callcenter_daily_summary_semicolon.csv") << 1252 << 9
                            << QString();
}

// The real exports, read whole and a few bytes at a time: the same records either way, all complete.
void TestCsvReader::readsSharedFilesInAnyChunking()
{
    QFETCH(QString, file);
    QFETCH(int, records);
    QFETCH(int, cellsPerRecord);
    QFETCH(QString, lastRow);
    const QByteArray bytes = sharedFile(file);
    const ReadResult whole = readSniffed(bytes);
    QVERIFY(!whole.error);
    QCOMPARE(whole.rows.size(), records);
    for (const QString &row : whole.rows)
        QCOMPARE(int(row.count(QStringLiteral("¦"))), cellsPerRecord - 1);
    if (!lastRow.isEmpty())
        QCOMPARE(whole.rows.last(), lastRow);
    QCOMPARE(readSniffed(bytes, 7).rows, whole.rows);
}

// ---- sniffer -------------------------------------------------------------------------------------------

void TestCsvReader::sniffsDialect_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<int>("sampleRows");
    QTest::addColumn<qint64>("sampleFirstLine");

    QTest::newRow("semicolon, decimal comma")
        << QByteArray("Agent;AHT;Calls\nAnna;1,5;3\nBob;2,25;4\n") << ';' << true << true
        << QStringList{"Agent", "AHT", "Calls"} << 2 << qint64(2);
    QTest::newRow("semicolon, decimal point")
        << QByteArray("Agent;Rate\nAnna;94.01%\nBob;1,5\nCy;2.5\n") << ';' << true << false
        << QStringList{"Agent", "Rate"} << 3 << qint64(2);
    QTest::newRow("comma never means decimal comma")
        << QByteArray("a,b\n\"1,5\",2\n") << ',' << true << false << QStringList{"a", "b"} << 1 << qint64(2);
    QTest::newRow("tab") << QByteArray("Name\tCalls\nAnn, Lee\t3\nBob; Ray\t4\n") << '\t' << true << false
                         << QStringList{"Name", "Calls"} << 2 << qint64(2);
    QTest::newRow("pipe") << QByteArray("Name|Calls\nAnn|3\nBob|4\n") << '|' << true << false
                          << QStringList{"Name", "Calls"} << 2 << qint64(2);
    QTest::newRow("quoted semicolons in a comma file")
        << QByteArray("name,note\n\"a;b;c\",1\n\"c;d\",2\n\"e;f;g;h\",3\n") << ',' << true << false
        << QStringList{"name", "note"} << 3 << qint64(2);
    QTest::newRow("header with a multi-line quoted cell")
        << QByteArray("\"Call\nId\";Talk\nC1;0:02:23\n") << ';' << true << false
        << QStringList{"Call\nId", "Talk"} << 1 << qint64(3);
    QTest::newRow("no header: numbers") << QByteArray("1,2,3\n4,5,6\n") << ',' << false << false
                                        << QStringList{"Column 1", "Column 2", "Column 3"} << 2 << qint64(1);
    QTest::newRow("no header: a date in the first row")
        << QByteArray("2021-01-01,Ann,3\n2021-01-02,Bob,4\n") << ',' << false << false
        << QStringList{"Column 1", "Column 2", "Column 3"} << 2 << qint64(1);
    QTest::newRow("no header: repeated text") << QByteArray("x,x\ny,z\n") << ',' << false << false
                                              << QStringList{"Column 1", "Column 2"} << 2 << qint64(1);
    QTest::newRow("header: distinct text over text")
        << QByteArray("first,last\nAnn,Lee\n") << ',' << true << false << QStringList{"first", "last"} << 1
        << qint64(2);
    QTest::newRow("header: durations below")
        << QByteArray("Agent;Talk\nAnn;0:02:23\nAnn;1:05\n") << ';' << true << false
        << QStringList{"Agent", "Talk"} << 2 << qint64(2);
    QTest::newRow("empty header cell, trimmed names")
        << QByteArray(" Name ,,Calls \nAnn,x,2\nAnn,y,3\n") << ',' << true << false
        << QStringList{"Name", "Column 2", "Calls"} << 2 << qint64(2);
    QTest::newRow("single column") << QByteArray("Name\nAnn\nBob\n") << ',' << true << false
                                   << QStringList{"Name"} << 2 << qint64(2);
    QTest::newRow("header only") << QByteArray("a;b;c\n") << ';' << true << false
                                 << QStringList{"a", "b", "c"} << 0 << qint64(2);
    QTest::newRow("blank line after header")
        << QByteArray("a,b\n\n1,2\n") << ',' << true << false << QStringList{"a", "b"} << 2 << qint64(2);
}

void TestCsvReader::sniffsDialect()
{
    QFETCH(QByteArray, head);
    QFETCH(char, delimiter);
    QFETCH(bool, hasHeader);
    QFETCH(bool, decimalComma);
    QFETCH(QStringList, headers);
    QFETCH(int, sampleRows);
    QFETCH(qint64, sampleFirstLine);
    const auto sniff = sniffCsv(head, QStringLiteral("x.csv"));
    QVERIFY2(sniff.ok(), qPrintable(sniff.ok() ? QString() : sniff.error().toString()));
    QCOMPARE(sniff->dialect.delimiter, delimiter);
    QCOMPARE(sniff->dialect.quote, '"');
    QCOMPARE(sniff->hasHeader, hasHeader);
    QCOMPARE(sniff->decimalComma, decimalComma);
    QCOMPARE(sniff->headers, headers);
    QCOMPARE(sniff->sampleRows.size(), sampleRows);
    QCOMPARE(sniff->sampleFirstLine, sampleFirstLine);
}

void TestCsvReader::sniffsSharedFiles()
{
    const QByteArray pwc = sharedFile(QStringLiteral("pwc_callcenter_calls_2021Q1.csv")).first(64 * 1024);
    auto sniff = sniffCsv(pwc, QStringLiteral("pwc.csv"));
    QVERIFY(sniff.ok());
    QCOMPARE(encodingName(sniff->encoding.encoding), QStringLiteral("UTF-8"));
    QCOMPARE(sniff->encoding.bomLength, 3);
    QCOMPARE(sniff->dialect.delimiter, ',');
    QVERIFY(sniff->hasHeader);
    QVERIFY(!sniff->decimalComma);
    QCOMPARE(sniff->headers.size(), 10);
    QCOMPARE(sniff->headers.first(), QStringLiteral("Call Id")); // no BOM left in it
    QCOMPARE(sniff->headers.at(8), QStringLiteral("AvgTalkDuration"));
    QCOMPARE(sniff->sampleRows.size(), 50);
    QCOMPARE(sniff->sampleFirstLine, qint64(2));
    QCOMPARE(sniff->sampleRows.first(), (QStringList{"ID0001", "Diane", "2021-01-01", "9:12:58",
                                                     "Contract related", "Y", "Y", "109", "0:02:23", "3"}));

    const QByteArray pandas =
        sharedFile(QStringLiteral("pwc_callcenter_calls_2021Q1_pandas_export.csv")).first(64 * 1024);
    sniff = sniffCsv(pandas, QStringLiteral("pandas.csv"), 5);
    QVERIFY(sniff.ok());
    QCOMPARE(sniff->encoding.bomLength, 0);
    QCOMPARE(sniff->dialect.delimiter, ',');
    QVERIFY(sniff->hasHeader);
    QCOMPARE(sniff->headers.size(), 12);
    QCOMPARE(sniff->headers.last(), QStringLiteral("Hour"));
    QCOMPARE(sniff->sampleRows.size(), 5);
    QCOMPARE(sniff->sampleRows.first().at(3), QStringLiteral("1900-01-01 09:12:58"));

    const QByteArray kaggle =
        sharedFile(QStringLiteral("kaggle_callcenter_daily_summary_semicolon.csv")).first(64 * 1024);
    sniff = sniffCsv(kaggle, QStringLiteral("kaggle.csv"));
    QVERIFY(sniff.ok());
    QCOMPARE(sniff->dialect.delimiter, ';');
    QVERIFY(sniff->hasHeader);
    QVERIFY(!sniff->decimalComma);
    QCOMPARE(sniff->headers.size(), 9);
    QCOMPARE(sniff->headers.at(3), QStringLiteral("Answer Rate"));
    QCOMPARE(sniff->sampleRows.first().at(3), QStringLiteral("94.01%"));
    QCOMPARE(sniff->sampleRows.first().at(5), QStringLiteral("0:00:17"));
}

void TestCsvReader::sniffsEncodedFixtures()
{
    auto sniff = sniffCsv(fixture(QStringLiteral("csv_utf16le_bom.csv")), QStringLiteral("f"));
    QVERIFY(sniff.ok());
    QCOMPARE(encodingName(sniff->encoding.encoding), QStringLiteral("UTF-16LE"));
    QCOMPARE(sniff->encoding.bomLength, 2);
    QCOMPARE(sniff->dialect.delimiter, ';');
    QVERIFY(sniff->hasHeader);
    QVERIFY(sniff->decimalComma);
    QCOMPARE(sniff->headers, (QStringList{"Agent", "Anrufe", "AHT (min)"}));
    QCOMPARE(sniff->sampleRows.at(1), (QStringList{"Zoë 😀", "7", "3,25"}));

    sniff = sniffCsv(fixture(QStringLiteral("csv_utf16be_nobom.csv")), QStringLiteral("f"));
    QVERIFY(sniff.ok());
    QCOMPARE(encodingName(sniff->encoding.encoding), QStringLiteral("UTF-16BE"));
    QCOMPARE(sniff->encoding.bomLength, 0);
    QCOMPARE(sniff->dialect.delimiter, '\t');
    QCOMPARE(sniff->headers, (QStringList{"Name", "Calls"}));

    sniff = sniffCsv(fixture(QStringLiteral("csv_windows1252.csv")), QStringLiteral("f"));
    QVERIFY(sniff.ok());
    QCOMPARE(encodingName(sniff->encoding.encoding), QStringLiteral("Windows-1252"));
    QCOMPARE(sniff->dialect.delimiter, ',');
    QCOMPARE(sniff->sampleRows.first(), (QStringList{"Müller", "€ 12,50", "“best”"}));

    sniff = sniffCsv(fixture(QStringLiteral("csv_embedded_newlines.csv")), QStringLiteral("f"));
    QVERIFY(sniff.ok());
    QCOMPARE(sniff->dialect.delimiter, '|');
    QCOMPARE(sniff->sampleFirstLine, qint64(2));
    QCOMPARE(sniff->sampleRows.size(), 3); // the file's last line has no line end but is whole: kept
}

// A 64 KiB head ends in the middle of a record, here even in the middle of a character: the partial record
// must not show up as a sample row.
void TestCsvReader::sniffIgnoresRecordCutOffByHead()
{
    // Each data line is 11 bytes; the header is padded so that byte 65536 falls inside the "ü" of a line.
    const qsizetype headBytes = 64 * 1024;
    QByteArray file = "Name,Calls";
    while ((headBytes - file.size() - 1) % 11 != 2)
        file += 'x';
    file += '\n';
    while (file.size() < 2 * headBytes)
        file += "Müller,12\n";
    const QByteArray head = file.first(headBytes);
    QCOMPARE(uchar(head.back()), uchar(0xC3));
    for (const int maxRows : {50, 100000}) {
        const auto sniff = sniffCsv(head, QStringLiteral("big.csv"), maxRows);
        QVERIFY(sniff.ok());
        QVERIFY(sniff->hasHeader);
        QCOMPARE(int(sniff->sampleRows.size()), std::min(maxRows, int(head.count('\n')) - 1));
        for (const QStringList &row : sniff->sampleRows)
            QCOMPARE(row, (QStringList{"Müller", "12"}));
    }
    // Cut inside a quoted field.
    const auto sniff = sniffCsv("a,b\n1,2\n3,\"cut", QStringLiteral("x.csv"));
    QVERIFY(sniff.ok());
    QCOMPARE(sniff->sampleRows, (QList<QStringList>{{"1", "2"}}));
}

void TestCsvReader::sniffRefusesUnusableInput_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("x.csv: the file is empty");
    QTest::newRow("only a bom") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("x.csv: the file is empty");
    QByteArray binary;
    for (int i = 0; i < 512; ++i)
        binary += char((i * 37) % 256);
    QTest::newRow("binary") << binary << QStringLiteral("x.csv: not a text file");
    QTest::newRow("NULs, no utf-16 pattern")
        << QByteArray("abc\0\0\0def\0\0\0ghi\0", 16) << QStringLiteral("x.csv: not a text file");
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\x06\0", 8)
                         << QStringLiteral(
                                "x.csv: not a text file (it looks like an Excel workbook or another "
                                "ZIP archive)");
    QTest::newRow("blank lines") << QByteArray("\n\r\n\n")
                                 << QStringLiteral("x.csv: the file contains only "
                                                   "blank lines");
    QTest::newRow("open quote in a short file")
        << QByteArray("a,\"bc\nd") << QStringLiteral("x.csv:1:3: quoted field opened here is never closed");
    QTest::newRow("open quote filling the head")
        << QByteArray("\"") + QByteArray(64 * 1024, 'x')
        << QStringLiteral(
               "x.csv: no complete record in the first 64 KiB of the file (is a quote left open?)");
}

void TestCsvReader::sniffRefusesUnusableInput()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, error);
    const auto sniff = sniffCsv(head, QStringLiteral("x.csv"));
    QVERIFY(!sniff.ok());
    QCOMPARE(sniff.error().toString(), error);
}

HUDDLE_TEST_GUILESS_MAIN("test_csvreader", TestCsvReader)
#include "tst_csvreader.moc"
