// XlsxReader round trips: workbooks are written in the test itself, with libxlsxwriter where it can say
// what is needed, and by hand (minizip's zip writer, linked through huddle_readers) for what it cannot:
// the 1904 date system, rich text, phonetic runs, error cells, and damaged or hostile files.
#include "importers/xlsxcells.h"
#include "importers/xlsxreader.h"
#include "support/testmain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <minizip/zip.h>
#include <xlsxwriter.h>

#include <utility>

using namespace huddle::importers;
using namespace Qt::StringLiterals;

namespace {

using Entries = QList<std::pair<QByteArray, QByteArray>>; // zip entry name, contents

// Rows as "line: cell|cell|…", so a failing comparison shows the whole row.
struct Sheet {
    QStringList rows;
    std::optional<huddle::core::Error> error;
    qint64 position = -1;
    qint64 size = -1;
};

Sheet readSheet(const QString &path, int index = 0)
{
    Sheet sheet;
    auto reader = XlsxReader::open(path, index);
    if (!reader) {
        sheet.error = reader.error();
        return sheet;
    }
    SourceRow row;
    while (reader.value()->next(row)) {
        QStringList cells;
        for (const QByteArrayView cell : std::as_const(row.cells))
            cells.append(QString::fromUtf8(cell));
        sheet.rows.append(QString::number(row.line) + QStringLiteral(": ") + cells.join(u'|'));
    }
    sheet.error = reader.value()->error();
    sheet.position = reader.value()->position();
    sheet.size = reader.value()->size();
    return sheet;
}

bool writeZip(const QString &path, const Entries &entries)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, data] : entries) {
        zip_fileinfo info{};
        ok = ok &&
             zipOpenNewFileInZip64(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                   Z_DEFAULT_COMPRESSION, 0) == ZIP_OK &&
             zipWriteInFileInZip(zip, data.constData(), static_cast<unsigned>(data.size())) == ZIP_OK &&
             zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

const QByteArray XmlHeader = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
const QByteArray MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const QByteArray PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

QByteArray worksheet(const QByteArray &sheetData)
{
    return XmlHeader + "<worksheet xmlns=\"" + MainNs + "\" xmlns:r=\"" + RelNs + "\"><sheetData>" +
           sheetData + "</sheetData></worksheet>";
}

QByteArray sharedStrings(const QByteArray &items)
{
    return XmlHeader + "<sst xmlns=\"" + MainNs + "\">" + items + "</sst>";
}

// A styles part whose cell formats are the given number formats, in order, after custom `numFmts`.
QByteArray styles(const QList<int> &formatIds, const QByteArray &numFmts = {})
{
    QByteArray xfs;
    for (const int id : formatIds)
        xfs += "<xf numFmtId=\"" + QByteArray::number(id) + "\" applyNumberFormat=\"1\"/>";
    return XmlHeader + "<styleSheet xmlns=\"" + MainNs + "\"><numFmts>" + numFmts +
           "</numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>" + xfs +
           "</cellXfs><dxfs><dxf><numFmt numFmtId=\"0\" formatCode=\"yyyy\"/></dxf></dxfs></styleSheet>";
}

struct Handmade {
    QList<std::pair<QByteArray, QByteArray>> sheets; // name, worksheet XML
    QByteArray sharedStrings;
    QByteArray styles;
    QByteArray workbookPr;
    QByteArray sheetTargetPrefix = "worksheets/"; // relative to xl/, or absolute
};

// A minimal workbook as Excel lays it out: package relationships, workbook, its relationships, parts.
Entries handmadeEntries(const Handmade &book)
{
    QByteArray sheetList;
    QByteArray relationships;
    Entries parts;
    for (int i = 0; i < book.sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        sheetList +=
            "<sheet name=\"" + book.sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        relationships += "<Relationship Id=\"rId" + n + "\" Type=\"" + RelNs + "/worksheet\" Target=\"" +
                         book.sheetTargetPrefix + "sheet" + n + ".xml\"/>";
        parts.append({"xl/worksheets/sheet" + n + ".xml", book.sheets[i].second});
    }
    if (!book.sharedStrings.isEmpty()) {
        relationships +=
            "<Relationship Id=\"rIdS\" Type=\"" + RelNs + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        parts.append({"xl/sharedStrings.xml", book.sharedStrings});
    }
    if (!book.styles.isEmpty()) {
        relationships += "<Relationship Id=\"rIdT\" Type=\"" + RelNs + "/styles\" Target=\"styles.xml\"/>";
        parts.append({"xl/styles.xml", book.styles});
    }
    Entries entries{
        {"[Content_Types].xml",
         XmlHeader + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"_rels/.rels", XmlHeader + "<Relationships xmlns=\"" + PackageRelNs +
                            "\"><Relationship Id=\"rId1\" Type=\"" + RelNs +
                            "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml", XmlHeader + "<workbook xmlns=\"" + MainNs + "\" xmlns:r=\"" + RelNs + "\">" +
                                book.workbookPr + "<sheets>" + sheetList + "</sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         XmlHeader + "<Relationships xmlns=\"" + PackageRelNs + "\">" + relationships + "</Relationships>"},
    };
    return entries + parts;
}

} // namespace

class TstXlsxReader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("book%1.xlsx").arg(++m_files)); }
    QString writeHandmade(const Handmade &book)
    {
        const QString path = newPath();
        if (!writeZip(path, handmadeEntries(book)))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QString writeHandmadeSheet(const QByteArray &sheetData, const QByteArray &sst = {},
                               const QByteArray &style = {})
    {
        Handmade book;
        book.sheets = {{"Calls", worksheet(sheetData)}};
        book.sharedStrings = sst;
        book.styles = style;
        return writeHandmade(book);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- helpers ---------------------------------------------------------------------------------

    void columnReferences()
    {
        QCOMPARE(xlsx::columnOfReference(u"A1"), 0);
        QCOMPARE(xlsx::columnOfReference(u"c5"), 2);
        QCOMPARE(xlsx::columnOfReference(u"Z9"), 25);
        QCOMPARE(xlsx::columnOfReference(u"AA1"), 26);
        QCOMPARE(xlsx::columnOfReference(u"XFD1048576"), 16383);
        QCOMPARE(xlsx::columnOfReference(u"XFE1"), std::nullopt);
        QCOMPARE(xlsx::columnOfReference(u"AAAAAAAAAAAAAAAAAAAAAAAAAAA1"), std::nullopt);
        QCOMPARE(xlsx::columnOfReference(u"1A"), std::nullopt);
        QCOMPARE(xlsx::columnOfReference(u"A1B"), std::nullopt);
        QCOMPARE(xlsx::columnOfReference(u""), std::nullopt);
        QCOMPARE(xlsx::columnName(0), QStringLiteral("A"));
        QCOMPARE(xlsx::columnName(25), QStringLiteral("Z"));
        QCOMPARE(xlsx::columnName(26), QStringLiteral("AA"));
        QCOMPARE(xlsx::columnName(16383), QStringLiteral("XFD"));
    }

    void formatCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("style");
        const auto number = static_cast<int>(xlsx::NumberStyle::Number);
        const auto date = static_cast<int>(xlsx::NumberStyle::Date);
        const auto dateTime = static_cast<int>(xlsx::NumberStyle::DateTime);
        const auto time = static_cast<int>(xlsx::NumberStyle::Time);
        QTest::newRow("general") << "General" << number;
        QTest::newRow("decimals") << "#,##0.00" << number;
        QTest::newRow("scientific") << "0.00E+00" << number;
        QTest::newRow("text") << "@" << number;
        QTest::newRow("colour and condition") << "[Red][<0]0.0;[Blue]0.0" << number;
        QTest::newRow("quoted letters") << R"(0 "days and hours")" << number;
        QTest::newRow("escaped letters") << R"(0\d\h)" << number;
        QTest::newRow("fill and space") << "_-* #,##0_-;*y0" << number;
        QTest::newRow("iso date") << "yyyy-mm-dd" << date;
        QTest::newRow("month only") << "mmm" << date;
        QTest::newRow("locale") << "[$-409]d-mmm-yy;@" << date;
        QTest::newRow("date time") << "yyyy-mm-dd hh:mm:ss" << dateTime;
        QTest::newRow("us date time") << "m/d/yy h:mm AM/PM" << dateTime;
        QTest::newRow("time") << "h:mm:ss" << time;
        QTest::newRow("am pm") << "h:mm AM/PM" << time;
        QTest::newRow("minutes seconds") << "mm:ss" << time;
        QTest::newRow("elapsed hours") << "[h]:mm:ss" << time;
        QTest::newRow("elapsed minutes") << "[mm]:ss" << time;
        QTest::newRow("elapsed alone") << "[h]" << time;
    }

    void formatCodes()
    {
        QFETCH(QString, code);
        QFETCH(int, style);
        QCOMPARE(static_cast<int>(xlsx::numberStyleOfFormatCode(code)), style);
    }

    void builtinFormats()
    {
        using xlsx::NumberStyle;
        QCOMPARE(xlsx::builtinNumberStyle(0), NumberStyle::Number);
        QCOMPARE(xlsx::builtinNumberStyle(13), NumberStyle::Number);
        for (int id = 14; id <= 17; ++id)
            QCOMPARE(xlsx::builtinNumberStyle(id), NumberStyle::Date);
        for (const int id : {18, 19, 20, 21, 45, 46, 47})
            QCOMPARE(xlsx::builtinNumberStyle(id), NumberStyle::Time);
        QCOMPARE(xlsx::builtinNumberStyle(22), NumberStyle::DateTime);
        QCOMPARE(xlsx::builtinNumberStyle(49), NumberStyle::Number);
    }

    void serials_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<int>("style");
        QTest::addColumn<bool>("in1904");
        QTest::addColumn<QString>("text"); // empty: not a date, the number is kept
        const auto date = static_cast<int>(xlsx::NumberStyle::Date);
        const auto dateTime = static_cast<int>(xlsx::NumberStyle::DateTime);
        const auto time = static_cast<int>(xlsx::NumberStyle::Time);
        QTest::newRow("day 1") << 1.0 << date << false << "1900-01-01";
        QTest::newRow("day 59") << 59.0 << date << false << "1900-02-28";
        QTest::newRow("phantom leap day") << 60.0 << date << false << "1900-02-29";
        QTest::newRow("day 61") << 61.0 << date << false << "1900-03-01";
        QTest::newRow("day 0") << 0.0 << date << false << "1899-12-31";
        QTest::newRow("2021") << 44197.0 << date << false << "2021-01-01";
        QTest::newRow("date with a time") << 44197.5 << date << false << "2021-01-01 12:00:00";
        QTest::newRow("date time at midnight") << 44197.0 << dateTime << false << "2021-01-01 00:00:00";
        QTest::newRow("rounds to the next day")
            << 44197.999999999 << dateTime << false << "2021-01-02 00:00:00";
        QTest::newRow("rounds to a whole date") << 44197.9999999999 << date << false << "2021-01-02";
        QTest::newRow("last day") << 2958465.0 << date << false << "9999-12-31";
        QTest::newRow("after 9999") << 2958466.0 << date << false << "";
        QTest::newRow("negative") << -1.0 << date << false << "";
        QTest::newRow("infinite") << qInf() << date << false << "";
        QTest::newRow("1904 day 0") << 0.0 << date << true << "1904-01-01";
        QTest::newRow("1904 day 1") << 1.0 << date << true << "1904-01-02";
        QTest::newRow("1904 2021") << 43000.25 << dateTime << true << "2021-09-23 06:00:00";
        QTest::newRow("time") << (9 * 3600 + 5 * 60 + 7) / 86400.0 << time << false << "9:05:07";
        QTest::newRow("half second rounds up") << 0.5 / 86400 << time << false << "0:00:01";
        QTest::newRow("almost a day") << 0.99999999 << time << false << "24:00:00";
        QTest::newRow("duration") << 1.5 << time << false << "36:00:00";
        QTest::newRow("long duration") << 100.0 << time << false << "2400:00:00";
    }

    void serials()
    {
        QFETCH(double, serial);
        QFETCH(int, style);
        QFETCH(bool, in1904);
        QFETCH(QString, text);
        QByteArray out = "x";
        const bool converted =
            xlsx::appendSerial(serial, static_cast<xlsx::NumberStyle>(style),
                               in1904 ? xlsx::DateSystem::Excel1904 : xlsx::DateSystem::Excel1900, out);
        QCOMPARE(converted, !text.isEmpty());
        QCOMPARE(QString::fromLatin1(out), u'x' + text);
    }

    void escapes()
    {
        QCOMPARE(xlsx::unescapeXstring(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(xlsx::unescapeXstring(QStringLiteral("a_x000D_b")), QStringLiteral("a\rb"));
        QCOMPARE(xlsx::unescapeXstring(QStringLiteral("_x005F_x000D_")), QStringLiteral("_x000D_"));
        QCOMPARE(xlsx::unescapeXstring(QStringLiteral("_x00e9_t_x00E9_")), QStringLiteral("été"));
        QCOMPARE(xlsx::unescapeXstring(QStringLiteral("_x12_ _xZZZZ_ _x0041")),
                 QStringLiteral("_x12_ _xZZZZ_ _x0041"));
    }

    // --- libxlsxwriter round trips ---------------------------------------------------------------

    void sharedAndInlineStrings_data()
    {
        QTest::addColumn<bool>("constantMemory");
        QTest::newRow("shared strings") << false;
        QTest::newRow("inline strings") << true;
    }

    void sharedAndInlineStrings()
    {
        QFETCH(bool, constantMemory);
        const QString path = newPath();
        lxw_workbook_options options{};
        options.constant_memory = constantMemory;
        lxw_workbook *book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
        lxw_worksheet *sheet = workbook_add_worksheet(book, "Calls");
        worksheet_write_string(sheet, 0, 0, "Agent", nullptr);
        worksheet_write_string(sheet, 0, 1, "Kommentar", nullptr);
        worksheet_write_string(sheet, 1, 0, "Jürgen", nullptr);
        worksheet_write_string(sheet, 1, 1, "10 € refund 😀", nullptr);
        worksheet_write_string(sheet, 2, 0, "Agent", nullptr); // the same shared string again
        worksheet_write_string(sheet, 2, 1, "  padded  ", nullptr);
        worksheet_write_string(sheet, 3, 0, "a < b & \"c\"", nullptr);
        worksheet_write_string(sheet, 3, 1, "line\nbreak", nullptr);
        QCOMPARE(workbook_close(book), LXW_NO_ERROR);

        const Sheet read = readSheet(path);
        QVERIFY2(!read.error, qPrintable(read.error ? read.error->toString() : QString()));
        QCOMPARE(read.rows, QStringList({
                                u"1: Agent|Kommentar"_s,
                                u"2: Jürgen|10 € refund 😀"_s,
                                u"3: Agent|  padded  "_s,
                                u"4: a < b & \"c\"|line\nbreak"_s,
                            }));
        QCOMPARE(read.position, read.size);
        QVERIFY(read.size > 0);
    }

    void numbersBooleansFormulas()
    {
        const QString path = newPath();
        lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
        worksheet_write_number(sheet, 0, 0, 109, nullptr);
        worksheet_write_number(sheet, 0, 1, 109.5, nullptr);
        worksheet_write_number(sheet, 0, 2, -3, nullptr);
        worksheet_write_number(sheet, 0, 3, 0.25, nullptr);
        worksheet_write_number(sheet, 0, 4, 123456789012345.0, nullptr);
        worksheet_write_number(sheet, 0, 5, 1e20, nullptr);
        worksheet_write_number(sheet, 0, 6, 0.1, nullptr);
        worksheet_write_boolean(sheet, 1, 0, 1, nullptr);
        worksheet_write_boolean(sheet, 1, 1, 0, nullptr);
        worksheet_write_formula_num(sheet, 2, 0, "=A1*2", nullptr, 218);
        worksheet_write_formula_str(sheet, 2, 1, "=\"a\"&\"b\"", nullptr, "ab");
        QCOMPARE(workbook_close(book), LXW_NO_ERROR);

        const Sheet read = readSheet(path);
        QVERIFY2(!read.error, qPrintable(read.error ? read.error->toString() : QString()));
        // Numbers are the text libxlsxwriter wrote: the shortest that reads back the same ("%.16G").
        QCOMPARE(read.rows, QStringList({
                                u"1: 109|109.5|-3|0.25|123456789012345|1E+20|0.1"_s,
                                u"2: TRUE|FALSE"_s,
                                u"3: 218|ab"_s,
                            }));
    }

    void datesAndTimes()
    {
        const QString path = newPath();
        lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
        auto format = [book](const char *code) {
            lxw_format *f = workbook_add_format(book);
            format_set_num_format(f, code);
            return f;
        };
        auto builtin = [book](int id) {
            lxw_format *f = workbook_add_format(book);
            format_set_num_format_index(f, static_cast<uint8_t>(id));
            return f;
        };
        lxw_datetime moment{2021, 1, 31, 9, 12, 58};
        lxw_datetime day{2021, 1, 31, 0, 0, 0};
        worksheet_write_datetime(sheet, 0, 0, &day, format("yyyy-mm-dd"));
        worksheet_write_datetime(sheet, 0, 1, &moment, format("yyyy-mm-dd hh:mm:ss"));
        worksheet_write_datetime(sheet, 0, 2, &moment, format("yyyy-mm-dd")); // the time is not dropped
        worksheet_write_datetime(sheet, 0, 3, &day, format("dd/mm/yyyy hh:mm"));
        worksheet_write_number(sheet, 1, 0, (9 * 3600 + 5 * 60 + 7) / 86400.0, format("h:mm:ss"));
        worksheet_write_number(sheet, 1, 1, 26 / 24.0, format("[h]:mm:ss"));
        worksheet_write_number(sheet, 1, 2, 1.5, format("h:mm:ss")); // a day and a half: total hours
        worksheet_write_number(sheet, 1, 3, 143 / 86400.0, format("mm:ss"));
        worksheet_write_number(sheet, 2, 0, 44227, builtin(14));
        worksheet_write_number(sheet, 2, 1, 44227.75, builtin(22));
        worksheet_write_number(sheet, 2, 2, 0.75, builtin(20));
        worksheet_write_number(sheet, 2, 3, 2.25, builtin(46));
        worksheet_write_number(sheet, 3, 0, 60, format("yyyy-mm-dd"));
        worksheet_write_number(sheet, 3, 1, -5, format("yyyy-mm-dd")); // no such date: the number
        worksheet_write_number(sheet, 3, 2, 44227, format("0.00"));    // a number format: the serial
        worksheet_write_number(sheet, 3, 3, 44227, format("\"day\" 0"));
        QCOMPARE(workbook_close(book), LXW_NO_ERROR);

        const Sheet read = readSheet(path);
        QVERIFY2(!read.error, qPrintable(read.error ? read.error->toString() : QString()));
        QCOMPARE(read.rows,
                 QStringList({
                     u"1: 2021-01-31|2021-01-31 09:12:58|2021-01-31 09:12:58|2021-01-31 00:00:00"_s,
                     u"2: 9:05:07|26:00:00|36:00:00|0:02:23"_s,
                     u"3: 2021-01-31|2021-01-31 18:00:00|18:00:00|54:00:00"_s,
                     u"4: 1900-02-29|-5|44227|44227"_s,
                 }));
    }

    void blanksGapsAndEmptyRows()
    {
        const QString path = newPath();
        lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
        lxw_format *bold = workbook_add_format(book);
        format_set_bold(bold);
        worksheet_write_string(sheet, 0, 0, "a", nullptr);
        worksheet_write_string(sheet, 0, 3, "d", nullptr);
        worksheet_write_blank(sheet, 0, 6, bold); // formatted but empty: not part of the row
        worksheet_write_number(sheet, 2, 1, 7, nullptr);
        worksheet_write_blank(sheet, 4, 0, bold);         // a row of formatting only is skipped
        worksheet_write_string(sheet, 6, 2, "", nullptr); // libxlsxwriter writes nothing for ""
        worksheet_write_string(sheet, 8, 0, "last", nullptr);
        QCOMPARE(workbook_close(book), LXW_NO_ERROR);

        const Sheet read = readSheet(path);
        QVERIFY2(!read.error, qPrintable(read.error ? read.error->toString() : QString()));
        QCOMPARE(read.rows, QStringList({u"1: a|||d"_s, u"3: |7"_s, u"9: last"_s}));
    }

    void sheetsByIndex()
    {
        const QString path = newPath();
        lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
        worksheet_write_string(workbook_add_worksheet(book, "Calls"), 0, 0, "first", nullptr);
        worksheet_write_string(workbook_add_worksheet(book, "Agents & Teams"), 0, 0, "second", nullptr);
        workbook_add_worksheet(book, "Empty");
        QCOMPARE(workbook_close(book), LXW_NO_ERROR);

        const auto names = XlsxReader::sheetNames(path);
        QVERIFY(names);
        QCOMPARE(names.value(), QStringList({"Calls", "Agents & Teams", "Empty"}));
        QCOMPARE(readSheet(path, 0).rows, QStringList{"1: first"});
        QCOMPARE(readSheet(path, 1).rows, QStringList{"1: second"});
        const Sheet empty = readSheet(path, 2);
        QVERIFY(!empty.error);
        QVERIFY(empty.rows.isEmpty());

        const Sheet missing = readSheet(path, 3);
        QVERIFY(missing.error);
        QCOMPARE(missing.error->location, path);
        QCOMPARE(missing.error->message, QStringLiteral("the workbook has no sheet 4 (it has 3 sheet(s))"));
        QVERIFY(readSheet(path, -1).error);
    }

    void largeSheet()
    {
        constexpr int Rows = 50000;
        const QString path = newPath();
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        lxw_workbook *book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
        lxw_worksheet *sheet = workbook_add_worksheet(book, "Calls");
        lxw_format *started = workbook_add_format(book);
        format_set_num_format(started, "yyyy-mm-dd hh:mm:ss");
        lxw_format *duration = workbook_add_format(book);
        format_set_num_format(duration, "[h]:mm:ss");
        const char *headers[] = {"id", "agent", "started", "talk", "answered", "amount"};
        for (int c = 0; c < 6; ++c)
            worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), headers[c], nullptr);
        for (int i = 0; i < Rows; ++i) {
            const auto r = static_cast<lxw_row_t>(i + 1);
            worksheet_write_number(sheet, r, 0, i + 1, nullptr);
            worksheet_write_string(sheet, r, 1, QByteArray("Agent " + QByteArray::number(i % 97)).constData(),
                                   nullptr);
            worksheet_write_number(sheet, r, 2, 44197 + i * 60 / 86400.0, started);
            worksheet_write_number(sheet, r, 3, i / 86400.0, duration);
            worksheet_write_boolean(sheet, r, 4, i % 3 == 0, nullptr);
            worksheet_write_number(sheet, r, 5, i * 0.25, nullptr);
        }
        QCOMPARE(workbook_close(book), LXW_NO_ERROR);

        QElapsedTimer timer;
        timer.start();
        auto reader = XlsxReader::open(path);
        QVERIFY(reader);
        SourceRow row;
        int count = 0;
        qint64 cells = 0;
        qint64 lastPosition = 0;
        QStringList spotChecks;
        while (reader.value()->next(row)) {
            ++count;
            cells += row.cells.size();
            QCOMPARE(row.line, count);
            QVERIFY(reader.value()->position() >= lastPosition);
            lastPosition = reader.value()->position();
            if (row.line == 2 || row.line == 25001 || row.line == Rows + 1) {
                QStringList texts;
                for (const QByteArrayView cell : std::as_const(row.cells))
                    texts.append(QString::fromUtf8(cell));
                spotChecks.append(texts.join(u'|'));
            }
        }
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!reader.value()->error());
        QCOMPARE(count, Rows + 1);
        QCOMPARE(cells, 6 * (Rows + 1));
        QCOMPARE(reader.value()->position(), reader.value()->size());
        QCOMPARE(spotChecks, QStringList({
                                 "1|Agent 0|2021-01-01 00:00:00|0:00:00|TRUE|0",
                                 "25000|Agent 70|2021-01-18 08:39:00|6:56:39|TRUE|6249.75",
                                 "50000|Agent 44|2021-02-04 17:19:00|13:53:19|FALSE|12499.75",
                             }));
        qInfo("read %d rows x 6 cells (%.1f MB of sheet XML, %.1f MB file) in %lld ms", count,
              reader.value()->size() / 1e6, QFileInfo(path).size() / 1e6, elapsed);
    }

    // --- hand-made workbooks ---------------------------------------------------------------------

    void richTextPhoneticAndEscapes()
    {
        const QByteArray sst = sharedStrings(
            "<si><t>plain</t></si>"
            "<si><r><rPr><b/></rPr><t>bold </t></r><r><t xml:space=\"preserve\">and  plain</t></r></si>"
            "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>"
            "<si><t>two_x000D_\nlines _x005F_x0041_</t></si>"
            "<si><t/></si>");
        const QString path =
            writeHandmadeSheet("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" "
                               "t=\"s\"><v>1</v></c><c t=\"s\"><v>2</v></c><c t=\"s\"><v>3</v></c>"
                               "<c t=\"s\"><v>4</v></c><c t=\"s\"><v> 0 </v></c></row>",
                               sst);
        const Sheet read = readSheet(path);
        QVERIFY2(!read.error, qPrintable(read.error ? read.error->toString() : QString()));
        QCOMPARE(read.rows, QStringList{u"2: plain|bold and  plain|東京|two\r\nlines _x0041_||plain"_s});
    }

    void cellTypes()
    {
        const QString path = writeHandmadeSheet(
            "<row r=\"1\">"
            "<c r=\"A1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
            "<c r=\"B1\" t=\"e\"><v>#N/A</v></c>"
            "<c r=\"C1\" t=\"str\"><f>A1&amp;\"\"</f><v> spaced </v></c>"
            "<c r=\"D1\" t=\"inlineStr\"><is><r><t>in</t></r><r><t>line</t></r><rPh><t>x</t></rPh></is></c>"
            "<c r=\"E1\" t=\"b\"><v>true</v></c>"
            "<c r=\"F1\" t=\"d\"><v>2021-01-31T09:12:58Z</v></c>"
            "<c r=\"G1\" t=\"d\" s=\"1\"><v>2021-01-31T00:00:00</v></c>"
            "<c r=\"H1\" t=\"d\"><v>2021-01-31</v></c>"
            "<c r=\"L1\" t=\"d\"><v>2021-03-28T02:30:00.250+02:00</v></c>"
            "<c r=\"M1\" t=\"d\"><v>31/01/2021</v></c>"
            "<c r=\"I1\"><f>1+1</f><v>2</v></c>"
            "<c r=\"J1\" s=\"99\"><v>44227</v></c>" // a style index past the table: a plain number
            "<c r=\"K1\" t=\"n\"><v>1.5E-3</v></c>"
            "</row>",
            {}, styles({0, 14}));
        const Sheet read = readSheet(path);
        QVERIFY2(!read.error, qPrintable(read.error ? read.error->toString() : QString()));
        QCOMPARE(
            read.rows,
            QStringList{u"1: #DIV/0!|#N/A| spaced |inline|TRUE|2021-01-31 09:12:58|2021-01-31|2021-01-31|2|"
                        u"44227|1.5E-3|2021-03-28 02:30:00|31/01/2021"_s});
    }

    void cellsWithoutReferences()
    {
        const QString path =
            writeHandmadeSheet("<row><c><v>1</v></c><c><v>2</v></c><c r=\"E1\"><v>5</v></c>"
                               "<c><v>6</v></c></row><row><c r=\"B2\"><v>b</v></c></row>"
                               "<row r=\"10\"><c><v>x</v></c></row><row><c><v>y</v></c></row>");
        const Sheet read = readSheet(path);
        QVERIFY2(!read.error, qPrintable(read.error ? read.error->toString() : QString()));
        QCOMPARE(read.rows, QStringList({"1: 1|2|||5|6", "2: |b", "10: x", "11: y"}));
    }

    void epoch1904()
    {
        Handmade book;
        book.workbookPr = "<workbookPr date1904=\"1\"/>";
        book.styles = styles({0, 14, 22, 164, 165}, "<numFmt numFmtId=\"164\" formatCode=\"[h]:mm\"/>"
                                                    "<numFmt numFmtId=\"165\" formatCode=\"d/m/yyyy\"/>");
        book.sheets = {{"Calls", worksheet("<row r=\"1\"><c s=\"1\"><v>0</v></c><c s=\"1\"><v>1</v></c>"
                                           "<c s=\"2\"><v>43000.25</v></c><c s=\"3\"><v>1.25</v></c>"
                                           "<c s=\"4\"><v>43000</v></c><c s=\"1\"><v>60</v></c></row>")}};
        const Sheet read = readSheet(writeHandmade(book));
        QVERIFY2(!read.error, qPrintable(read.error ? read.error->toString() : QString()));
        QCOMPARE(read.rows,
                 QStringList{"1: 1904-01-01|1904-01-02|2021-09-23 06:00:00|30:00:00|2021-09-23|1904-03-01"});
    }

    void absoluteTargetsAndStrictNamespaces()
    {
        Handmade book;
        book.sheetTargetPrefix = "/xl/worksheets/";
        book.sheets = {{"One", worksheet("<row r=\"1\"><c><v>1</v></c></row>")},
                       {"Two", worksheet("<row r=\"1\"><c><v>2</v></c></row>")}};
        Entries entries = handmadeEntries(book);
        // Strict Office Open XML: other namespaces, same names.
        for (auto &[name, data] : entries) {
            data.replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                         "http://purl.oclc.org/ooxml/spreadsheetml/main");
            if (name == "xl/workbook.xml")
                data.replace(RelNs, "http://purl.oclc.org/ooxml/officeDocument/relationships");
        }
        const QString path = newPath();
        QVERIFY(writeZip(path, entries));
        QCOMPARE(readSheet(path, 1).rows, QStringList{"1: 2"});
        QCOMPARE(XlsxReader::sheetNames(path).value(), QStringList({"One", "Two"}));
    }

    // --- errors ----------------------------------------------------------------------------------

    void notAWorkbook()
    {
        const QString text = newPath();
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,agent\n1,Ann\n");
        file.close();
        auto reader = XlsxReader::open(text);
        QVERIFY(!reader);
        QCOMPARE(reader.error().location, text);
        QCOMPARE(reader.error().message, QStringLiteral("not an .xlsx workbook (not a zip file)"));
        QVERIFY(!XlsxReader::sheetNames(text));

        const QString legacy = newPath();
        QFile xls(legacy);
        QVERIFY(xls.open(QIODevice::WriteOnly));
        xls.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
        xls.close();
        QVERIFY(XlsxReader::open(legacy).error().message.contains(u"legacy .xls"));

        const QString zip = newPath();
        QVERIFY(writeZip(zip, {{"word/document.xml", "<document/>"}}));
        QCOMPARE(XlsxReader::open(zip).error().message,
                 QStringLiteral("not an .xlsx workbook (no xl/workbook.xml)"));
        QCOMPARE(XlsxReader::sheetNames(zip).error().message,
                 QStringLiteral("not an .xlsx workbook (no xl/workbook.xml)"));

        const QString ods = newPath();
        QVERIFY(writeZip(ods, {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                               {"content.xml", "<office:document-content/>"}}));
        QVERIFY(XlsxReader::open(ods).error().message.contains(u"OpenDocument"));

        const QString xlsb = newPath();
        QVERIFY(writeZip(xlsb,
                         {{"_rels/.rels",
                           "<Relationships xmlns=\"" + PackageRelNs + "\"><Relationship Id=\"rId1\" Type=\"" +
                               RelNs + "/officeDocument\" Target=\"xl/workbook.bin\"/></Relationships>"},
                          {"xl/workbook.bin", QByteArray(16, '\x83')}}));
        QVERIFY(XlsxReader::sheetNames(xlsb).error().message.contains(u".xlsb"));

        const QString missing = m_dir.filePath(QStringLiteral("missing.xlsx"));
        QCOMPARE(XlsxReader::open(missing).error().message, QStringLiteral("the file does not exist"));
    }

    void truncatedFile()
    {
        const QString path = newPath();
        lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
        worksheet_write_string(workbook_add_worksheet(book, nullptr), 0, 0, "x", nullptr);
        QCOMPARE(workbook_close(book), LXW_NO_ERROR);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        auto reader = XlsxReader::open(path);
        QVERIFY(!reader);
        QCOMPARE(reader.error().location, path);
        QVERIFY2(reader.error().message.contains(u"damaged"), qPrintable(reader.error().message));
    }

    void damagedSheetData()
    {
        // Flipped bits in the deflated data of a sheet, inside an otherwise intact zip: inflate fails, the
        // XML turns to garbage or the checksum does not match; whichever, a clean error naming the sheet.
        Handmade book;
        QByteArray rows;
        for (int i = 1; i <= 2000; ++i)
            rows += "<row r=\"" + QByteArray::number(i) + "\"><c><v>" + QByteArray::number(i * 7) +
                    "</v></c></row>";
        book.sheets = {{"Calls", worksheet(rows)}};
        const QString path = writeHandmade(book);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const qsizetype sheetEntry = bytes.indexOf("xl/worksheets/sheet1.xml");
        QVERIFY(sheetEntry > 0);
        for (qsizetype i = sheetEntry + 200; i < sheetEntry + 400; ++i)
            bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
        file.seek(0);
        file.write(bytes);
        file.close();
        const Sheet read = readSheet(path);
        QVERIFY(read.error);
        QVERIFY2(read.error->location.startsWith(path), qPrintable(read.error->toString()));
        QVERIFY2(read.error->message.startsWith(u"sheet 'Calls': "), qPrintable(read.error->toString()));
    }

    void malformedSheetXml()
    {
        const QString path =
            writeHandmadeSheet("<row r=\"16\"><c><v>1</v></c></row><row r=\"17\"><c><v>1</c></row>");
        const Sheet read = readSheet(path);
        QCOMPARE(read.rows, QStringList{"16: 1"});
        QVERIFY(read.error);
        QCOMPARE(read.error->location, path + ":17"_L1);
        QVERIFY2(read.error->message.startsWith(u"sheet 'Calls': XML error at line 1, column "),
                 qPrintable(read.error->message));
    }

    void sharedStringOutOfRange()
    {
        const QString path = writeHandmadeSheet("<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c>"
                                                "<c r=\"B3\" t=\"s\"><v>7</v></c></row>",
                                                sharedStrings("<si><t>only</t></si>"));
        const Sheet read = readSheet(path);
        QVERIFY(read.rows.isEmpty());
        QVERIFY(read.error);
        QCOMPARE(read.error->location, path + ":3:2"_L1);
        QCOMPARE(
            read.error->message,
            QStringLiteral("sheet 'Calls', cell B3: shared string '7' does not exist (the workbook has 1 "
                           "shared string(s))"));
        // Without a shared-string table at all.
        const Sheet none = readSheet(writeHandmadeSheet("<row r=\"1\"><c t=\"s\"><v>0</v></c></row>"));
        QVERIFY(none.error);
    }

    void columnsBeyondXfd()
    {
        const Sheet last = readSheet(writeHandmadeSheet("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>"));
        QVERIFY(!last.error);
        QCOMPARE(last.rows.size(), 1);
        QCOMPARE(last.rows[0].count(u'|'), 16383);

        const QString path = writeHandmadeSheet("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>");
        const Sheet beyond = readSheet(path);
        QVERIFY(beyond.error);
        QCOMPARE(beyond.error->location, path + ":1"_L1);
        QCOMPARE(beyond.error->message,
                 QStringLiteral("sheet 'Calls': invalid cell reference 'XFE1' (columns go from A to XFD)"));

        QByteArray cells = "<c r=\"XFD1\"><v>1</v></c><c><v>2</v></c>"; // a cell after XFD
        const Sheet overflow = readSheet(writeHandmadeSheet("<row r=\"1\">" + cells + "</row>"));
        QVERIFY(overflow.error);
        QVERIFY(overflow.error->message.contains(u"more than 16384 cells"));

        const Sheet badRow = readSheet(writeHandmadeSheet("<row r=\"0\"><c><v>1</v></c></row>"));
        QVERIFY(badRow.error);
        QVERIFY(badRow.error->message.contains(u"invalid row number '0'"));
    }

    void chartSheetAndMissingPart()
    {
        Handmade book;
        book.sheets = {{"Data", worksheet("<row r=\"1\"><c><v>1</v></c></row>")}};
        Entries entries = handmadeEntries(book);
        for (auto &[name, data] : entries) {
            if (name == "xl/workbook.xml")
                data.replace("</sheets>",
                             "<sheet name=\"Chart\" sheetId=\"2\" r:id=\"rId9\"/><sheet name=\"Lost\" "
                             "sheetId=\"3\" r:id=\"rId8\"/></sheets>");
            if (name == "xl/_rels/workbook.xml.rels")
                data.replace("</Relationships>", "<Relationship Id=\"rId9\" Type=\"" + RelNs +
                                                     "/chartsheet\" Target=\"chartsheets/sheet1.xml\"/>"
                                                     "<Relationship Id=\"rId8\" Type=\"" +
                                                     RelNs +
                                                     "/worksheet\" Target=\"worksheets/gone.xml\"/>"
                                                     "</Relationships>");
        }
        const QString path = newPath();
        QVERIFY(writeZip(path, entries));
        QCOMPARE(XlsxReader::sheetNames(path).value(), QStringList({"Data", "Chart", "Lost"}));
        QCOMPARE(XlsxReader::open(path, 1).error().message,
                 QStringLiteral("sheet 'Chart' is a chart, not a table of cells"));
        QCOMPARE(XlsxReader::open(path, 2).error().message,
                 QStringLiteral("the workbook is damaged: the cells of sheet 'Lost' are missing"));
        QCOMPARE(readSheet(path, 0).rows, QStringList{"1: 1"});
    }

    void documentTypeRefused()
    {
        const QByteArray bomb = XmlHeader +
                                "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;\">]>"
                                "<sst xmlns=\"" +
                                MainNs + "\"><si><t>&b;</t></si></sst>";
        const QString path = writeHandmadeSheet("<row r=\"1\"><c t=\"s\"><v>0</v></c></row>", bomb);
        auto reader = XlsxReader::open(path);
        QVERIFY(!reader);
        QVERIFY2(reader.error().message.startsWith(u"xl/sharedStrings.xml: the XML declares a document type"),
                 qPrintable(reader.error().message));
    }

    void brokenWorkbookParts()
    {
        Handmade book;
        book.sheets = {{"Calls", worksheet("<row r=\"1\"><c><v>1</v></c></row>")}};
        book.styles = "<styleSheet><cellXfs>";
        auto reader = XlsxReader::open(writeHandmade(book));
        QVERIFY(!reader);
        QVERIFY2(reader.error().message.startsWith(u"xl/styles.xml: XML error at line 1"),
                 qPrintable(reader.error().message));
    }
};

HUDDLE_TEST_GUILESS_MAIN("test_xlsxreader", TstXlsxReader)
#include "tst_xlsxreader.moc"
