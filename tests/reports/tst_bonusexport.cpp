// The bonus month's exports, from months built by hand (tests/reports/bonusmonthfixture): the CSV byte for
// byte (header, rows, formula injection, amounts summing to each agent's total), the XLSX read back through
// Huddle's own reader and compared with the CSV (amounts numeric, with a currency format), the PDF's text
// through poppler's pdftotext, and all three reproducible with a fixed timestamp.
#include "bonusmonthfixture.h"
#include "support/testmain.h"

#include "importers/xlsxpackage.h"
#include "importers/xlsxreader.h"
#include "reports/bonusexport.h"
#include "reports/csvexport.h"
#include "reports/pdfmetadata.h"
#include "reports/xlsxexport.h"
#include "support/csvtext.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace huddle;
using namespace huddle::reports;
namespace xlsx = huddle::importers::xlsx;

namespace {

const QDateTime Stamp(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC);

// "80.00" → 8000, "-0.50" → -50: the CSV's amounts, read without the code under test.
qint64 centsOf(const QString &amount)
{
    QString digits = amount;
    digits.remove(QLatin1Char('.'));
    return digits.toLongLong();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The CSV rows (header dropped) of one team, the BOM stripped.
QList<QStringList> csvRows(const BonusMonth &month, const QString &team = {})
{
    QList<QStringList> rows = testsupport::parseCsv(QString::fromUtf8(bonusCsv(month)).mid(1));
    rows.removeFirst();
    if (!team.isEmpty())
        rows.removeIf([&](const QStringList &row) { return row.value(1) != team; });
    return rows;
}

QList<QStringList> xlsxRows(const QString &path, int sheet)
{
    QList<QStringList> rows;
    auto reader = importers::XlsxReader::open(path, sheet);
    if (!reader)
        return {{QStringLiteral("<error> ") + reader.error().toString()}};
    importers::SourceRow row;
    while (reader.value()->next(row)) {
        QStringList cells;
        for (const QByteArrayView cell : std::as_const(row.cells))
            cells << QString::fromUtf8(cell);
        rows << cells;
    }
    return rows;
}

// The raw XML of a part of the workbook.
QString partText(const QString &path, const QString &part)
{
    auto package = xlsx::Package::open(path);
    xlsx::PartReader reader;
    if (!package || reader.open(package.value(), part, 16 << 20))
        return {};
    QString text;
    for (auto token = reader.next();
         token != QXmlStreamReader::Invalid && token != QXmlStreamReader::EndDocument;
         token = reader.next()) {
        const QXmlStreamReader &xml = reader.xml();
        if (token == QXmlStreamReader::StartElement) {
            text += QLatin1Char('<') + xml.name().toString();
            for (const QXmlStreamAttribute &a : xml.attributes())
                text += QStringLiteral(" %1=\"%2\"").arg(a.name().toString(), a.value().toString());
            text += QLatin1Char('>');
        } else if (token == QXmlStreamReader::Characters) {
            text += xml.text().toString();
        }
    }
    return text;
}

QString pdfToText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    // Compatibility decomposition: the "fi" ligature the PDF's font draws reads back as "fi".
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

// The small month written with the same timestamp twice, a second apart (a clock in the file would show),
// and once a day, an hour, a minute and a second later; `pattern` names the files ("%1" is 0, 1, 2).
struct Writes {
    QByteArray first, again, later;
};

template <typename Write> Writes writeThreeTimes(Write write, const QString &pattern)
{
    const BonusMonth month = testfixture::smallBonusMonth();
    const QList<QDateTime> stamps{Stamp, Stamp, Stamp.addSecs(90061)};
    QList<QByteArray> files;
    for (int i = 0; i < 3; ++i) {
        if (i == 1)
            QThread::sleep(1);
        const QString path = pattern.arg(i);
        const core::Status written = write(month, path, {stamps[i]});
        files.append(written.ok() ? readFile(path) : QByteArray());
    }
    return {files[0], files[1], files[2]};
}

} // namespace

class TestBonusExport : public QObject {
    Q_OBJECT

private slots:
    void csvExactContent();
    void csvAmountsSumToTotals();
    void csvLockedColumnAndHash();
    void xlsxSheetNamesFollowExcelRules();
    void xlsxReadBackEqualsCsv();
    void xlsxAmountsAreCurrencyNumbers();
    void xlsxSummary();
    void xlsxReproducible();
    void pdfMetadataFixedInPlace();
    void pdfReproducible();
    void pdfText();
    void pdfPagesAndPaper();
    void pdfFailsCleanly();
};

void TestBonusExport::csvExactContent()
{
    const QByteArray expected =
        "\xEF\xBB\xBF"
        "month,team,agent_id,agent,line_kind,line_id,label,explanation,inputs,amount,currency,locked\r\n"
        "2026-10,Billing,11,Ana Lima,component,perfect_csat,Perfect CSAT,CSAT 100 % on 23 responses → $80.00,"
        "\"{\"\"responses\"\":23,\"\"satisfied\"\":23}\",80.00,USD,no\r\n"
        "2026-10,Billing,11,Ana Lima,component,sales,Sales by tier,"
        "14 sales: 9 × tier A $8.00 + 5 × tier C $20.00 = "
        "$172.00,\"{\"\"A\"\":9,\"\"C\"\":5}\",172.00,USD,no\r\n"
        "2026-10,Billing,12,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",component,sales,Sales by tier,"
        "1 sale: 1 × tier A $8.00 = $8.00,\"{\"\"A\"\":1}\",8.00,USD,no\r\n"
        "2026-10,Billing,12,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",gate,ncns,No-call-no-show,"
        "1 no-call-no-show on 2026-10-14 → bonus $0.00,\"{\"\"days\"\":\"\"2026-10-14\"\"}\",-8.00,USD,no\r\n"
        "2026-10,Support,21,'@cmd,component,perfect_csat,Perfect CSAT,CSAT 100 % on 7 responses → $80.00,"
        "\"{\"\"responses\"\":7,\"\"satisfied\"\":7}\",80.00,USD,no\r\n"
        "2026-10,Support,21,'@cmd,adjustment,adjustment:2026-09,Adjustment for September 2026,"
        "\"The data changed after the lock (paid $80.00, now $0.00) → −$80.00\","
        "\"{\"\"now\"\":\"\"0.00\"\",\"\"paid\"\":\"\"80.00\"\"}\",-80.00,USD,no\r\n"
        "2026-10,Support,22,Bo Chen,component,perfect_csat,Perfect CSAT,CSAT 100 % on 5 responses → $80.00,,"
        "80.00,USD,no\r\n";
    const QByteArray csv = bonusCsv(testfixture::smallBonusMonth());
    QCOMPARE(QString::fromUtf8(csv).split(QStringLiteral("\r\n")),
             QString::fromUtf8(expected).split(QStringLiteral("\r\n")));
    QCOMPARE(csv, expected);
    // The same month always gives the same bytes, and the table the CLI writes is the same file.
    QCOMPARE(bonusCsv(testfixture::smallBonusMonth()), csv);
    QCOMPARE(toCsv(bonusCsvTable(testfixture::smallBonusMonth())), csv);
}

void TestBonusExport::csvAmountsSumToTotals()
{
    const BonusMonth month = testfixture::smallBonusMonth();
    QHash<QString, qint64> sums;
    qint64 site = 0;
    for (const QStringList &row : csvRows(month)) {
        sums[row[2]] += centsOf(row[9]);
        site += centsOf(row[9]);
    }
    QCOMPARE(sums.value(QStringLiteral("11")), 25200);
    QCOMPARE(sums.value(QStringLiteral("12")), 0);
    QCOMPARE(sums.value(QStringLiteral("21")), 0);
    QCOMPARE(sums.value(QStringLiteral("22")), 8000);
    QCOMPARE(site, 33200);
    // An agent without lines still has a row, worth nothing.
    BonusMonth empty = month;
    empty.agents[3].bonus = {};
    const QList<QStringList> rows = csvRows(empty, QStringLiteral("Support"));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(
        rows.last().mid(2, 8),
        (QStringList{
            QStringLiteral("22"), QStringLiteral("Bo Chen"), {}, {}, {}, {}, {}, QStringLiteral("0.00")}));
}

void TestBonusExport::csvLockedColumnAndHash()
{
    BonusMonth month = testfixture::smallBonusMonth();
    const QString open = bonusCsvSha256(month);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(open).hasMatch());
    QCOMPARE(open, QString::fromLatin1(
                       QCryptographicHash::hash(bonusCsv(month), QCryptographicHash::Sha256).toHex()));

    storage::BonusLock lock;
    lock.month = month.month;
    lock.lockedBy = QStringLiteral("Dana Reyes");
    lock.lockedAt = Stamp;
    lock.reason = QStringLiteral("Reviewed with finance");
    month.lock = lock;
    for (const QStringList &row : csvRows(month))
        QCOMPARE(row[11], QStringLiteral("yes"));
    QVERIFY(bonusCsvSha256(month) != open);
    month.lock->unlockedAt = Stamp.addDays(1); // a lifted lock no longer holds the month
    QCOMPARE(bonusCsvSha256(month), open);

    month.agents[0].bonus.lines[1].amount += 1; // one cent changes the hash
    QVERIFY(bonusCsvSha256(month) != open);
}

void TestBonusExport::xlsxSheetNamesFollowExcelRules()
{
    const QStringList names = xlsxSheetNames(
        {QStringLiteral("Summary"), QStringLiteral("Team [A]: day/night?"), QStringLiteral("SUMMARY"),
         QStringLiteral("A very long team name that goes on and on"),
         QStringLiteral("A very long team name that goes on and on and on"), QString(),
         QStringLiteral("History"), QStringLiteral("'Quoted'"), QStringLiteral("Summary (2)")});
    QCOMPARE(names,
             (QStringList{QStringLiteral("Summary"), QStringLiteral("Team A daynight"),
                          QStringLiteral("SUMMARY (2)"), QStringLiteral("A very long team name that goes"),
                          QStringLiteral("A very long team name that (2)"), QStringLiteral("Table"),
                          QStringLiteral("History_"), QStringLiteral("Quoted"),
                          QStringLiteral("Summary (2) (2)")}));
    for (const QString &name : names)
        QVERIFY2(name.size() <= 31, qPrintable(name));
}

void TestBonusExport::xlsxReadBackEqualsCsv()
{
    const BonusMonth month = testfixture::smallBonusMonth();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bonus.xlsx"));
    const auto written = writeBonusXlsx(month, path, {Stamp});
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
    const auto names = importers::XlsxReader::sheetNames(path);
    QVERIFY(names.ok());
    QCOMPARE(names.value(),
             (QStringList{QStringLiteral("Summary"), QStringLiteral("Billing"), QStringLiteral("Support")}));
    for (int sheet = 1; sheet < names.value().size(); ++sheet) {
        QList<QStringList> rows = xlsxRows(path, sheet);
        QCOMPARE(rows.takeFirst(), (QStringList{QStringLiteral("Agent"), QStringLiteral("Agent ID"),
                                                QStringLiteral("Line kind"), QStringLiteral("Line"),
                                                QStringLiteral("Explanation"), QStringLiteral("Amount")}));
        const QList<QStringList> csv = csvRows(month, names.value()[sheet]);
        QCOMPARE(rows.size(), csv.size());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QStringList &x = rows[r];
            const QStringList &c = csv[r];
            // Text as written, not neutralised: XLSX text is never run as a formula.
            QCOMPARE(x[0], c[3].startsWith(u'\'') ? c[3].mid(1) : c[3]);
            QCOMPARE(x[1], c[2]);
            QCOMPARE(x[2], c[4]);
            QCOMPARE(x[3], c[6]);
            QCOMPARE(x[4], c[7]);
            QCOMPARE(qRound64(x[5].toDouble() * 100), centsOf(c[9]));
        }
    }
}

void TestBonusExport::xlsxAmountsAreCurrencyNumbers()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bonus.xlsx"));
    QVERIFY(writeBonusXlsx(testfixture::smallBonusMonth(), path, {Stamp}).ok());
    const QString sheet = partText(path, QStringLiteral("xl/worksheets/sheet2.xml"));
    // F2 of Billing: Ana's $80.00, a number cell (no type attribute) with a style; no formulas anywhere.
    const QRegularExpression amount(QStringLiteral("<c r=\"F2\" s=\"(\\d+)\"><v>80<"));
    const auto match = amount.match(sheet);
    QVERIFY2(match.hasMatch(), qPrintable(sheet.left(2000)));
    QVERIFY(!sheet.contains(QLatin1String("<f>")));
    QVERIFY(sheet.contains(QStringLiteral("<c r=\"A4\" s=\"0\" t=\"inlineStr\"><is><t>=HYPERLINK")) ||
            sheet.contains(QStringLiteral("<c r=\"A4\" t=\"inlineStr\"><is><t>=HYPERLINK")));
    // Its style's number format: the dollar sign quoted before the amount.
    const QString styles = partText(path, QStringLiteral("xl/styles.xml"));
    const auto format =
        QRegularExpression(QStringLiteral("<numFmt numFmtId=\"(\\d+)\" formatCode=\"\"\\$\"#,##0.00\">"))
            .match(styles);
    QVERIFY2(format.hasMatch(), qPrintable(styles));
    const QString cellXfs =
        styles.section(QStringLiteral("<cellXfs"), 1).section(QStringLiteral("<cellStyles"), 0, 0);
    const QStringList xfs = cellXfs.split(QStringLiteral("<xf "));
    const int style = match.captured(1).toInt();
    QVERIFY(style + 1 < xfs.size());
    QVERIFY2(xfs[style + 1].startsWith(QStringLiteral("numFmtId=\"%1\"").arg(format.captured(1))),
             qPrintable(xfs[style + 1]));
}

void TestBonusExport::xlsxSummary()
{
    BonusMonth month = testfixture::smallBonusMonth();
    storage::BonusLock lock;
    lock.lockedBy = QStringLiteral("Dana Reyes");
    lock.lockedAt = Stamp;
    lock.reason = QStringLiteral("Reviewed with finance");
    month.lock = lock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bonus.xlsx"));
    QVERIFY(writeBonusXlsx(month, path, {Stamp}).ok());
    QHash<QString, QStringList> rows;
    for (const QStringList &row : xlsxRows(path, 0))
        rows.insert(row.value(0) + (row.value(0) == u"Team" ? row.value(1) : QString()), row);
    QCOMPARE(rows.value(QStringLiteral("Month")).value(1), QStringLiteral("2026-10"));
    QCOMPARE(rows.value(QStringLiteral("Status")).value(1), QStringLiteral("Locked"));
    QCOMPARE(rows.value(QStringLiteral("Locked by")).value(1), QStringLiteral("Dana Reyes"));
    QCOMPARE(rows.value(QStringLiteral("Locked at (UTC)")).value(1), QStringLiteral("2026-11-02 08:00:00"));
    QCOMPARE(rows.value(QStringLiteral("Reason")).value(1), QStringLiteral("Reviewed with finance"));
    QCOMPARE(rows.value(QStringLiteral("Rounding")).value(1), core::bonusRoundingRule());
    QCOMPARE(rows.value(QStringLiteral("CSV SHA-256")).value(1), bonusCsvSha256(month));
    QCOMPARE(rows.value(QStringLiteral("TeamBilling")).mid(2), (QStringList{"2", "252"}));
    QCOMPARE(rows.value(QStringLiteral("TeamSupport")).mid(2), (QStringList{"2", "80"}));
    QCOMPARE(rows.value(QStringLiteral("Site total")).mid(2), (QStringList{"4", "332"}));
}

void TestBonusExport::xlsxReproducible()
{
    QTemporaryDir dir;
    const Writes files = writeThreeTimes(writeBonusXlsx, dir.filePath(QStringLiteral("bonus%1.xlsx")));
    QVERIFY(files.first.startsWith("PK")); // a zip
    QCOMPARE(files.again, files.first);
    QVERIFY(files.later != files.first);
    const QString core =
        partText(dir.filePath(QStringLiteral("bonus0.xlsx")), QStringLiteral("docProps/core.xml"));
    QVERIFY2(core.contains(QStringLiteral(">2026-11-02T08:00:00Z")), qPrintable(core));
}

void TestBonusExport::pdfMetadataFixedInPlace()
{
    // What QPdfWriter writes for PDF/A (dates in two places, a random id twice), at whatever offsets.
    const QByteArray written =
        "1 0 obj <</CreationDate (D:20261201073024+01'00')>> "
        "<x xmp:CreateDate=\"2026-12-01T07:30:34+01:00\" xmp:ModifyDate=\"2026-12-01T07:30:34Z\"/> "
        "trailer <</ID [ <d8953d737ab5e0221d11522a96945d69> <d8953d737ab5e0221d11522a96945d69> ]>>";
    const QByteArray fixed = withFixedPdfMetadata(written, Stamp);
    QCOMPARE(fixed.size(), written.size());
    QVERIFY(fixed.contains("/CreationDate (D:20261102080000+00'00')"));
    QVERIFY(fixed.contains("xmp:CreateDate=\"2026-11-02T08:00:00+00:00\""));
    QVERIFY(fixed.contains("xmp:ModifyDate=\"2026-11-02T08:00:00Z\""));
    const QRegularExpression ids(QStringLiteral("/ID \\[ <([0-9a-f]{32})> <([0-9a-f]{32})> \\]"));
    const auto match = ids.match(QString::fromLatin1(fixed));
    QVERIFY(match.hasMatch());
    QVERIFY(match.captured(1) != QLatin1String("d8953d737ab5e0221d11522a96945d69"));
    QCOMPARE(match.captured(1), match.captured(2));
    // Another random id gives the same file; a UTC writer's short date stays short.
    QByteArray otherId = written;
    otherId.replace("d8953d737ab5e0221d11522a96945d69", "0123456789abcdef0123456789abcdef");
    QCOMPARE(withFixedPdfMetadata(otherId, Stamp), fixed);
    QCOMPARE(withFixedPdfMetadata("/CreationDate (D:20261201063017Z)", Stamp),
             QByteArray("/CreationDate (D:20261102080000Z)"));

    // A real PDF/A file from this Qt, written twice a second apart, becomes the same bytes.
    QList<QByteArray> files;
    for (int i = 0; i < 2; ++i) {
        if (i > 0)
            QThread::sleep(1);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        QPainter painter(&writer);
        painter.drawText(100, 100, QStringLiteral("Huddle"));
        painter.end();
        files.append(withFixedPdfMetadata(buffer.data(), Stamp));
    }
    QCOMPARE(files[0], files[1]);
}

void TestBonusExport::pdfReproducible()
{
    QTemporaryDir dir;
    const Writes files = writeThreeTimes(writeBonusPdf, dir.filePath(QStringLiteral("bonus%1.pdf")));
    const QByteArray &a = files.first;
    QVERIFY(a.startsWith("%PDF-"));
    QCOMPARE(files.again, a);
    // Another timestamp changes the creation date and nothing else.
    const QByteArray &b = files.later;
    QCOMPARE(b.size(), a.size());
    QVERIFY(a.contains("/CreationDate (D:20261102080000Z)") ||
            a.contains("/CreationDate (D:20261102080000+00'00')"));
    QVERIFY(b.contains("/CreationDate (D:20261103090101"));
    const qsizetype date = a.indexOf("/CreationDate (") + 15;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i] != b[i])
            QVERIFY2(i >= date && i < a.indexOf(')', date), qPrintable(QString::number(i)));
}

void TestBonusExport::pdfText()
{
    const BonusMonth month = testfixture::smallBonusMonth();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bonus.pdf"));
    QVERIFY(writeBonusPdf(month, path, {Stamp, QStringLiteral("Northwind Support")}).ok());
    const QString text = pdfToText(path);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY(text.contains(bonusCsvSha256(month)));
    QVERIFY(text.contains(QStringLiteral("Page 1 of")));
    QVERIFY(text.contains(QStringLiteral("Billing")));
    QVERIFY(text.contains(QStringLiteral("Support")));
    QVERIFY(text.contains(QStringLiteral("Northwind Support")));
    QVERIFY(text.contains(QStringLiteral("14 sales: 9 × tier A $8.00 + 5 × tier C $20.00 = $172.00")));
    QVERIFY(text.contains(QStringLiteral("Moved from Billing on 2026-10-15")));
    QVERIFY(text.contains(QStringLiteral("Not locked — figures may still change")));
    QVERIFY(text.contains(QStringLiteral("$332.00")));
    QVERIFY(text.contains(core::bonusRoundingRule().left(40)));
}

void TestBonusExport::pdfPagesAndPaper()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.pdf"));
    QVERIFY(writeBonusPdf(testfixture::largeBonusMonth(200), path, {Stamp}).ok());
    const QString text = pdfToText(path);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const auto pages = QRegularExpression(QStringLiteral("Page 1 of (\\d+)")).match(text);
    QVERIFY(pages.hasMatch());
    const int count = pages.captured(1).toInt();
    QVERIFY2(count > 10, qPrintable(pages.captured(0))); // 200 agents of 5 lines each
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(count)));
    QVERIFY(text.contains(QStringLiteral("Team 10 (continued)")));
    QVERIFY(text.contains(QStringLiteral("Agent 0199")));
    // Letter for the US locale, A4 for the UK (pdfinfo gives the page size in points).
    const auto size = [&](const QString &file) {
        QProcess process;
        process.start(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {file});
        process.waitForFinished();
        return QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+ x [0-9.]+)"))
            .match(QString::fromUtf8(process.readAllStandardOutput()))
            .captured(1);
    };
    const QString us = dir.filePath(QStringLiteral("us.pdf"));
    QVERIFY(writeBonusPdf(testfixture::smallBonusMonth(), us, {Stamp}).ok());
    QCOMPARE(size(us), QStringLiteral("612 x 792"));
    QCOMPARE(size(path), QStringLiteral("595 x 842"));
}

void TestBonusExport::pdfFailsCleanly()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing/bonus.pdf"));
    const auto failed = writeBonusPdf(testfixture::smallBonusMonth(), missing, {Stamp});
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().toString().contains(QStringLiteral("missing")));
    // Written through a temporary file that is renamed: nothing is left beside the report.
    const QString path = dir.filePath(QStringLiteral("bonus.pdf"));
    QVERIFY(writeBonusPdf(testfixture::smallBonusMonth(), path, {Stamp}).ok());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("bonus.pdf")});
}

HUDDLE_TEST_MAIN("test_bonus_export", TestBonusExport)
#include "tst_bonusexport.moc"
