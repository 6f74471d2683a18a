// File → Audit Trail… on a small log appended through storage::AuditLog: filtering by kind and by text, the
// count under the table, the chain verified and then found broken at the entry changed by plain SQL, and the
// table exported as the view shows it (filtered, newest first).
#include "audittraildialog.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "support/csvtext.h"
#include "support/emptyauditlog.h"
#include "support/testmain.h"
#include "tableexportaction.h"

#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;

class TestAuditTrail : public QObject {
    Q_OBJECT

private slots:
    void init();
    void filtersByKindAndText();
    void verifiesAndFindsTheChangedEntry();
    void exportsTheFilteredView();

private:
    qint64 firstEntryId() const;

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<storage::Database> m_db;
};

void TestAuditTrail::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_db.reset();
    m_db =
        testsupport::openWithEmptyAuditLog(m_dir.filePath(QStringLiteral("trail%1.sqlite").arg(++m_counter)));
    QVERIFY(m_db);
    const storage::AuditLog log(*m_db);
    QVERIFY(log.append(u"Quinn"_qs, u"evaluation"_qs, 6, u"publish"_qs));
    QVERIFY(log.append(u"Lee"_qs, u"bonus_plan"_qs, 3, u"save"_qs));
    QVERIFY(log.append(u"Zoë"_qs, u"evaluation"_qs, 7, u"edit"_qs,
                       {{u"score"_qs, QJsonObject{{u"before"_qs, 70}, {u"after"_qs, 75}}}}));
}

qint64 TestAuditTrail::firstEntryId() const
{
    QSqlQuery q(m_db->connection());
    q.exec(u"SELECT MIN(id) FROM audit_log"_qs);
    return q.next() ? q.value(0).toLongLong() : -1;
}

void TestAuditTrail::filtersByKindAndText()
{
    ui::AuditTrailDialog dialog(*m_db);
    QTableView *table = dialog.table();
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(dialog.status(), u"3 of 3 entries shown."_qs);
    QCOMPARE(dialog.kindFilter()->count(), 3); // All, then the kinds newest first
    QCOMPARE(dialog.kindFilter()->itemText(1), u"Evaluation"_qs);
    QCOMPARE(dialog.kindFilter()->itemText(2), u"Bonus plan"_qs);

    dialog.kindFilter()->setCurrentIndex(1);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, 1).data().toString(), u"Zoë"_qs); // newest first
    QCOMPARE(table->model()->index(1, 1).data().toString(), u"Quinn"_qs);
    QCOMPARE(dialog.status(), u"2 of 3 entries shown."_qs);

    QTest::keyClicks(dialog.textFilter(), u"75"_qs); // the change "score: 70 → 75"
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 1).data().toString(), u"Zoë"_qs);

    dialog.kindFilter()->setCurrentIndex(2);
    QCOMPARE(table->model()->rowCount(), 0);
    dialog.textFilter()->clear();
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 2).data().toString(), u"Bonus plan 3"_qs);
}

void TestAuditTrail::verifiesAndFindsTheChangedEntry()
{
    ui::AuditTrailDialog dialog(*m_db);
    QVERIFY(dialog.verifyChain());
    QVERIFY2(dialog.status().startsWith(u"The chain is intact: 3 entries"_qs), qPrintable(dialog.status()));

    const qint64 first = firstEntryId();
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"UPDATE audit_log SET actor = 'Mallory' WHERE id = %1"_qs.arg(first)));
    dialog.reload();
    QVERIFY(!dialog.verifyChain());
    QVERIFY2(dialog.status().startsWith(u"The chain is broken at entry %1: "_qs.arg(first)),
             qPrintable(dialog.status()));
}

void TestAuditTrail::exportsTheFilteredView()
{
    ui::AuditTrailDialog dialog(*m_db);
    dialog.kindFilter()->setCurrentIndex(1); // evaluations
    const QString path = m_dir.filePath(u"trail.csv"_qs);
    const auto written =
        ui::TableExportAction::exportToFile(*dialog.table()->model(), Qt::DisplayRole, {}, path);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF))) // the byte-order mark spreadsheet programs need to read UTF-8
        text.remove(0, 1);
    const QList<QStringList> rows = testsupport::parseCsv(text);
    QCOMPARE(rows.size(), 3); // header + two evaluations
    QCOMPARE(rows.at(0), (QStringList{u"When"_qs, u"Who"_qs, u"What"_qs, u"Action"_qs, u"Change"_qs}));
    QCOMPARE(rows.at(1).mid(1),
             (QStringList{u"Zoë"_qs, u"Evaluation 7"_qs, u"edit"_qs, u"score: 70 → 75"_qs}));
    QCOMPARE(rows.at(2).mid(1), (QStringList{u"Quinn"_qs, u"Evaluation 6"_qs, u"publish"_qs, QString()}));
}

HUDDLE_TEST_MAIN("test_ui_audittrail", TestAuditTrail)
#include "tst_audittrail.moc"
