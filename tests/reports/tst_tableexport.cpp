// Table export: CSV quoting and formula-injection neutralisation checked on hand-written expectations, CSV
// parsed back by the tests' own RFC 4180 reader (tests/support), and XLSX read back both through Huddle's own
// XlsxReader and by looking at the sheet and style XML in the zip (is a number cell really a number, with
// which format?).
#include "importers/xlsxpackage.h"
#include "importers/xlsxreader.h"
#include "reports/csvexport.h"
#include "reports/modeltable.h"
#include "reports/tableexport.h"
#include "reports/xlsxexport.h"
#include "support/csvtext.h"
#include "support/testmain.h"

#include <QDir>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace huddle::reports;
namespace xlsx = huddle::importers::xlsx;

namespace {

// The rows XlsxReader gives for the first sheet, cells joined with '|'.
QStringList readXlsxRows(const QString &path)
{
    auto reader = huddle::importers::XlsxReader::open(path);
    if (!reader)
        return {QStringLiteral("<error> ") + reader.error().toString()};
    QStringList rows;
    huddle::importers::SourceRow row;
    while (reader.value()->next(row)) {
        QStringList cells;
        for (const QByteArrayView cell : std::as_const(row.cells))
            cells << QString::fromUtf8(cell);
        rows << cells.join(u'|');
    }
    return rows;
}

// What the sheet XML says about one cell: its type attribute ("" = number), style index and value.
struct RawCell {
    QString type;
    int style = 0;
    QString value;
};

// Every element of `part` for which `visit` is called with the reader on its start tag.
bool walkPart(const QString &path, const QString &part,
              const std::function<void(const QXmlStreamReader &)> &visit)
{
    auto package = xlsx::Package::open(path);
    if (!package)
        return false;
    xlsx::PartReader reader;
    if (reader.open(package.value(), part, 16 * 1024 * 1024))
        return false;
    for (auto token = reader.next();
         token != QXmlStreamReader::Invalid && token != QXmlStreamReader::EndDocument; token = reader.next())
        if (token == QXmlStreamReader::StartElement)
            visit(reader.xml());
    return reader.problem().isEmpty();
}

QHash<QString, RawCell> sheetCells(const QString &path)
{
    QHash<QString, RawCell> cells;
    auto package = xlsx::Package::open(path);
    xlsx::PartReader reader;
    if (!package || reader.open(package.value(), QStringLiteral("xl/worksheets/sheet1.xml"), 16 << 20))
        return {};
    QString current;
    for (auto token = reader.next();
         token != QXmlStreamReader::Invalid && token != QXmlStreamReader::EndDocument;
         token = reader.next()) {
        const QXmlStreamReader &xml = reader.xml();
        if (token == QXmlStreamReader::StartElement && xml.name() == u"c") {
            current = xml.attributes().value(QLatin1String("r")).toString();
            cells[current] = {xml.attributes().value(QLatin1String("t")).toString(),
                              xml.attributes().value(QLatin1String("s")).toInt(),
                              {}};
        } else if (token == QXmlStreamReader::Characters && !current.isEmpty()) {
            cells[current].value += xml.text();
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"c") {
            current.clear();
        }
    }
    return cells;
}

// The number format code of each cell style (cellXfs order), built-in ids resolved to their codes
// (ECMA-376 Part 1, 18.8.30).
QStringList styleFormats(const QString &path)
{
    QHash<int, QString> codes{{0, QStringLiteral("General")},
                              {4, QStringLiteral("#,##0.00")},
                              {9, QStringLiteral("0%")},
                              {10, QStringLiteral("0.00%")},
                              {46, QStringLiteral("[h]:mm:ss")}};
    QList<int> xfs;
    bool inCellXfs = false;
    walkPart(path, QStringLiteral("xl/styles.xml"), [&](const QXmlStreamReader &xml) {
        if (xml.name() == u"numFmt")
            codes[xml.attributes().value(QLatin1String("numFmtId")).toInt()] =
                xml.attributes().value(QLatin1String("formatCode")).toString();
        if (xml.name() == u"cellXfs")
            inCellXfs = true;
        if (xml.name() == u"cellStyles")
            inCellXfs = false;
        if (inCellXfs && xml.name() == u"xf")
            xfs << xml.attributes().value(QLatin1String("numFmtId")).toInt();
    });
    QStringList formats;
    for (int id : xfs)
        formats << codes.value(id, QStringLiteral("<unknown %1>").arg(id));
    return formats;
}

ExportTable sampleTable()
{
    ExportTable table;
    table.header = {QStringLiteral("Agent"), QStringLiteral("Handled"),  QStringLiteral("CSAT %"),
                    QStringLiteral("AHT"),   QStringLiteral("Sales, $"), QStringLiteral("Note")};
    table.rows = {
        {TableCell::textCell(QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")")),
         TableCell::numberCell(120, QStringLiteral("120")),
         TableCell::percentCell(80.5, QStringLiteral("80.5 %")),
         TableCell::secondsCell(412, QStringLiteral("6:52")),
         TableCell::moneyCell(123456, QStringLiteral("$1,234.56")),
         TableCell::textCell(QStringLiteral("-2+3"))},
        {TableCell::textCell(QStringLiteral("José Ñúñez")),
         TableCell::numberCell(-1234.5, QStringLiteral("-1,234.5")),
         TableCell::percentCell(qQNaN(), QStringLiteral("—")),
         TableCell::secondsCell(59.6, QStringLiteral("1:00")),
         TableCell::moneyCell(-50, QStringLiteral("-$0.50")),
         TableCell::textCell(QStringLiteral("line one\nline \"two\", with comma"))},
        {TableCell::textCell(QStringLiteral("short row"))},
    };
    return table;
}

} // namespace

class TestTableExport : public QObject {
    Q_OBJECT

private slots:
    void csvField_data();
    void csvField();
    void typedCellsAsCsvText();
    void csvRoundTrip();
    void csvFileWrittenAtomically();
    void xlsxNumbersAreNumbers();
    void xlsxReadBackAsText();
    void xlsxReplacesAndFails();
    void modelTable();
    void exportModelByExtension();
};

void TestTableExport::csvField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");

    // Formula starters get an apostrophe (OWASP CSV Injection).
    QTest::newRow("equals") << "=1+2"
                            << "'=1+2";
    QTest::newRow("plus phone") << "+1 555 0100"
                                << "'+1 555 0100";
    QTest::newRow("minus formula") << "-2+3"
                                   << "'-2+3";
    QTest::newRow("at") << "@SUM(A1:A9)"
                        << "'@SUM(A1:A9)";
    QTest::newRow("tab") << "\t=cmd"
                         << "'\t=cmd";
    QTest::newRow("carriage return") << "\r=cmd"
                                     << "\"'\r=cmd\"";
    QTest::newRow("hyperlink") << R"x(=HYPERLINK("http://x","y"))x"
                               << R"x("'=HYPERLINK(""http://x"",""y"")")x";
    QTest::newRow("lone minus") << "-"
                                << "'-";
    QTest::newRow("minus word") << "-team"
                                << "'-team";
    // Plain numbers cannot call anything: negative figures stay numbers.
    QTest::newRow("negative integer") << "-12"
                                      << "-12";
    QTest::newRow("negative decimal") << "-0.5"
                                      << "-0.5";
    QTest::newRow("explicit plus") << "+3"
                                   << "+3";
    QTest::newRow("exponent") << "-1e-3"
                              << "-1e-3";
    QTest::newRow("decimal comma") << "-1,5"
                                   << "\"'-1,5\"";
    QTest::newRow("minus then letters") << "-12abc"
                                        << "'-12abc";
    // Only the first character matters.
    QTest::newRow("formula later") << "Ana =1+2"
                                   << "Ana =1+2";
    QTest::newRow("empty") << ""
                           << "";
    // RFC 4180 quoting.
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "two\nlines"
                             << "\"two\nlines\"";
    QTest::newRow("plain") << "Ana Díaz"
                           << "Ana Díaz";
}

void TestTableExport::csvField()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(huddle::reports::csvField(text), field);
}

void TestTableExport::typedCellsAsCsvText()
{
    QCOMPARE(csvText(TableCell::moneyCell(-50, QStringLiteral("-$0.50"))), QStringLiteral("-0.50"));
    QCOMPARE(csvText(TableCell::moneyCell(123456, QStringLiteral("$1,234.56"))), QStringLiteral("1234.56"));
    QCOMPARE(csvText(TableCell::moneyCell(-100005, {})), QStringLiteral("-1000.05"));
    QCOMPARE(csvText(TableCell::percentCell(80.46, QStringLiteral("80,5 %"))), QStringLiteral("80.5"));
    QCOMPARE(csvText(TableCell::numberCell(1.0 / 4, {})), QStringLiteral("0.25"));
    QCOMPARE(csvText(TableCell::numberCell(-1234.5, QStringLiteral("-1.234,5"))), QStringLiteral("-1234.5"));
    QCOMPARE(csvText(TableCell::secondsCell(412.4, QStringLiteral("6:52"))), QStringLiteral("412"));
    QCOMPARE(csvText(TableCell::numberCell(qQNaN(), QStringLiteral("n/a"))), QStringLiteral("n/a"));
    QCOMPARE(csvText(TableCell::textCell(QStringLiteral("=x"))), QStringLiteral("=x")); // neutralised later
    // A negative figure is written as a number, not neutralised into text.
    QCOMPARE(huddle::reports::csvField(csvText(TableCell::numberCell(-3, {}))), QStringLiteral("-3"));
}

void TestTableExport::csvRoundTrip()
{
    const ExportTable table = sampleTable();
    const QByteArray bytes = toCsv(table);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.endsWith("\r\n"));
    QCOMPARE(bytes.count("\r\n"), 4); // every record ends with CRLF; the line break inside a field is bare
    const QList<QStringList> records = huddle::testsupport::parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(records.size(), 4);
    QCOMPARE(records[0], table.header);
    const QList<QStringList> expected{
        {QStringLiteral("'=HYPERLINK(\"http://evil\",\"x\")"), QStringLiteral("120"), QStringLiteral("80.5"),
         QStringLiteral("412"), QStringLiteral("1234.56"), QStringLiteral("'-2+3")},
        {QStringLiteral("José Ñúñez"), QStringLiteral("-1234.5"), QStringLiteral("—"), QStringLiteral("60"),
         QStringLiteral("-0.50"), QStringLiteral("line one\nline \"two\", with comma")},
        {QStringLiteral("short row"), {}, {}, {}, {}, {}}};
    for (qsizetype r = 0; r < expected.size(); ++r)
        QCOMPARE(records[r + 1], expected[r]);
    // Taking the apostrophe off gives the original text back.
    QCOMPARE(records[1][0].mid(1), table.rows[0][0].text);
    QCOMPARE(records[2][1].toDouble(), -1234.5);
}

void TestTableExport::csvFileWrittenAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("table.csv"));
    QVERIFY(writeCsv(sampleTable(), path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), toCsv(sampleTable()));
    const auto failed = writeCsv(sampleTable(), dir.filePath(QStringLiteral("missing/table.csv")));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().location, dir.filePath(QStringLiteral("missing/table.csv")));
}

void TestTableExport::xlsxNumbersAreNumbers()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("table.xlsx"));
    const auto status = writeXlsx(sampleTable(), path, QStringLiteral("KPIs: team [A]"));
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
    const QHash<QString, RawCell> cells = sheetCells(path);
    const QStringList formats = styleFormats(path);
    QVERIFY(!formats.isEmpty());
    // Numbers have no type attribute (or "n"); text is a string of some kind.
    const auto isNumber = [&](const char *ref) {
        const RawCell cell = cells.value(QLatin1String(ref), {QStringLiteral("<missing>"), 0, {}});
        return cell.type.isEmpty() || cell.type == u"n";
    };
    const auto formatOf = [&](const char *ref) {
        return formats.value(cells.value(QLatin1String(ref)).style);
    };
    for (const char *ref : {"B2", "C2", "D2", "E2", "B3", "D3", "E3"})
        QVERIFY2(isNumber(ref), ref);
    for (const char *ref : {"A1", "A2", "F2", "A3", "C3", "F3"})
        QVERIFY2(!isNumber(ref), ref);
    QCOMPARE(cells.value(QStringLiteral("B2")).value.toDouble(), 120.0);
    QCOMPARE(cells.value(QStringLiteral("C2")).value.toDouble(), 0.805); // 80.5 % as a fraction
    QCOMPARE(cells.value(QStringLiteral("D2")).value.toDouble(), 412.0 / 86400.0);
    QCOMPARE(cells.value(QStringLiteral("E2")).value.toDouble(), 1234.56);
    QCOMPARE(cells.value(QStringLiteral("E3")).value.toDouble(), -0.5);
    QCOMPARE(formatOf("B2"), QStringLiteral("General"));
    QCOMPARE(formatOf("C2"), QStringLiteral("0.0%"));
    QCOMPARE(formatOf("D2"), QStringLiteral("[h]:mm:ss"));
    QCOMPARE(formatOf("E2"), QStringLiteral("#,##0.00"));
    QVERIFY(!cells.contains(QStringLiteral("B4"))); // the short row's missing cells stay empty
}

void TestTableExport::xlsxReadBackAsText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("table.xlsx"));
    QVERIFY(writeXlsx(sampleTable(), path).ok());
    // XlsxReader shows numbers in their shortest form and durations as H:MM:SS; text comes back as
    // written, the formula-looking cell included (XLSX text is never run as a formula).
    const QStringList rows = readXlsxRows(path);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0], QStringLiteral("Agent|Handled|CSAT %|AHT|Sales, $|Note"));
    QCOMPARE(rows[1], QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")|120|0.805|0:06:52|1234.56|-2+3"));
    QCOMPARE(rows[2], QStringLiteral("José Ñúñez|-1234.5|—|0:01:00|-0.5|line one\nline \"two\", with comma"));
    QCOMPARE(rows[3], QStringLiteral("short row"));
}

void TestTableExport::xlsxReplacesAndFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("table.xlsx"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older export");
    old.close();
    QVERIFY(writeXlsx(sampleTable(), path).ok());
    QCOMPARE(readXlsxRows(path).size(), 4);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("table.xlsx")});

    const QString missing = dir.filePath(QStringLiteral("missing/table.xlsx"));
    const auto failed = writeXlsx(sampleTable(), missing);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().location, missing);
}

void TestTableExport::modelTable()
{
    // Columns: name (text), handled (int raw value), CSAT (percent), AHT (seconds), sales (cents).
    QStandardItemModel model(0, 5);
    model.setHorizontalHeaderLabels({"Agent", "Handled", "CSAT", "AHT", "Sales"});
    const auto item = [](const QString &text, const QVariant &raw) {
        auto *cell = new QStandardItem(text);
        cell->setData(raw, Qt::UserRole);
        return cell;
    };
    model.appendRow({item("Ana", {}), item("120", 120), item("80.5 %", 80.5), item("6:52", 412),
                     item("$1,234.56", qint64(123456))});
    model.appendRow({item("=Bo", {}), item("none", {}), item("—", {}), item("1:00", 60.0), item("$0.00", 0)});
    const ExportTable table = tableFromModel(
        model, Qt::UserRole, {{2, CellKind::Percent}, {3, CellKind::Seconds}, {4, CellKind::MoneyCents}});
    QCOMPARE(table.header, (QStringList{"Agent", "Handled", "CSAT", "AHT", "Sales"}));
    QCOMPARE(table.rows.size(), 2);
    const QList<TableCell> &ana = table.rows[0];
    QCOMPARE(ana[0].kind, CellKind::Text);
    QCOMPARE(ana[0].text, QStringLiteral("Ana"));
    QCOMPARE(ana[1].kind, CellKind::Number);
    QCOMPARE(ana[1].number, 120.0);
    QCOMPARE(ana[2].kind, CellKind::Percent);
    QCOMPARE(ana[2].number, 80.5);
    QCOMPARE(ana[3].kind, CellKind::Seconds);
    QCOMPARE(ana[3].number, 412.0);
    QCOMPARE(ana[4].kind, CellKind::MoneyCents);
    QCOMPARE(ana[4].cents, 123456);
    QCOMPARE(ana[4].text, QStringLiteral("$1,234.56"));
    const QList<TableCell> &bo = table.rows[1];
    QCOMPARE(bo[1].kind, CellKind::Text); // no raw value: the text as shown
    QCOMPARE(bo[1].text, QStringLiteral("none"));
    QCOMPARE(bo[2].kind, CellKind::Text);
    QCOMPARE(bo[4].kind, CellKind::MoneyCents);
    QCOMPARE(bo[4].cents, 0);
    // A raw text value in an unlisted column stays text.
    model.item(0, 0)->setData(QStringLiteral("A-1"), Qt::UserRole);
    QCOMPARE(tableFromModel(model, Qt::UserRole).rows[0][0].kind, CellKind::Text);
}

void TestTableExport::exportModelByExtension()
{
    QStandardItemModel model(1, 2);
    model.setHorizontalHeaderLabels({"Agent", "Handled"});
    model.setItem(0, 0, new QStandardItem(QStringLiteral("-Ana")));
    auto *handled = new QStandardItem(QStringLiteral("7"));
    handled->setData(7, Qt::UserRole);
    model.setItem(0, 1, handled);
    QTemporaryDir dir;
    QVERIFY(exportModel(model, Qt::UserRole, dir.filePath(QStringLiteral("t.CSV"))).ok());
    QFile csv(dir.filePath(QStringLiteral("t.CSV")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll(), QByteArray("\xEF\xBB\xBF"
                                       "Agent,Handled\r\n'-Ana,7\r\n"));
    QVERIFY(exportModel(model, Qt::UserRole, dir.filePath(QStringLiteral("t.xlsx"))).ok());
    QCOMPARE(readXlsxRows(dir.filePath(QStringLiteral("t.xlsx"))), (QStringList{"Agent|Handled", "-Ana|7"}));
    const auto refused = exportModel(model, Qt::UserRole, dir.filePath(QStringLiteral("t.ods")));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("'.ods'")), qPrintable(refused.error().message));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("t.ods"))));
}

HUDDLE_TEST_GUILESS_MAIN("test_reports", TestTableExport)
#include "tst_tableexport.moc"
