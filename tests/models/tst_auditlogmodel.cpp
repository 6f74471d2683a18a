// The audit log as the console shows it: three entries appended through storage::AuditLog, read back by plain
// SQL in the test, and the model's rows compared with what a person should read — newest first, the kind of
// record named, a before/after change written as "80 → 90", a kind this version does not know shown as
// stored.
#include "models/auditlogmodel.h"
#include "storage/database.h"
#include "support/emptyauditlog.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;
using models::AuditLogModel;

namespace {

struct StoredRow {
    qint64 id;
    QDateTime at;
    QString actor;
};

// The log as stored, newest first, read without the code under test.
QList<StoredRow> storedNewestFirst(const storage::Database &database)
{
    QSqlQuery q(database.connection());
    q.exec(QStringLiteral("SELECT id, at, actor FROM audit_log ORDER BY id DESC"));
    QList<StoredRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODate),
                     q.value(2).toString()});
    return rows;
}

QString shownText(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class TestAuditLogModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsAreTheLogNewestFirst();
    void changesAreWrittenOut();
    void kindsAndSortValues();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    AuditLogModel m_model;
};

void TestAuditLogModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_db = testsupport::openWithEmptyAuditLog(m_dir.filePath(QStringLiteral("audit.sqlite")));
    QVERIFY(m_db);
    const storage::AuditLog log(*m_db);
    const QJsonObject scoreChange{{QStringLiteral("score"), QJsonObject{{QStringLiteral("before"), 80},
                                                                        {QStringLiteral("after"), 90}}}};
    QVERIFY(log.append(QStringLiteral("Quinn"), QStringLiteral("evaluation"), 6, QStringLiteral("edit"),
                       scoreChange));
    QVERIFY(log.append(QStringLiteral("Lee"), QStringLiteral("bonus_plan"), 3, QStringLiteral("save")));
    QVERIFY(log.append(QStringLiteral("Zoë"), QStringLiteral("mystery_kind"), 9, QStringLiteral("poke"),
                       {{QStringLiteral("reason"), QStringLiteral("typo")}, {QStringLiteral("flag"), true}}));
    const auto entries = log.allEntries();
    QVERIFY(entries);
    new QAbstractItemModelTester(&m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, &m_model);
    m_model.setEntries(entries.value());
}

void TestAuditLogModel::rowsAreTheLogNewestFirst()
{
    const QList<StoredRow> stored = storedNewestFirst(*m_db);
    QCOMPARE(stored.size(), 3);
    QCOMPARE(m_model.rowCount(), 3);
    QCOMPARE(m_model.columnCount(), int(AuditLogModel::ColumnCount));
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(m_model.entryAt(row).id, stored.at(row).id);
        QCOMPARE(shownText(m_model, row, AuditLogModel::Who), stored.at(row).actor);
        QVERIFY(stored.at(row).at.isValid());
        QCOMPARE(shownText(m_model, row, AuditLogModel::When),
                 QLocale().toString(stored.at(row).at.toLocalTime(), QLocale::ShortFormat));
    }
    QCOMPARE(shownText(m_model, 0, AuditLogModel::What), u"mystery_kind 9"_qs);
    QCOMPARE(shownText(m_model, 1, AuditLogModel::What), u"Bonus plan 3"_qs);
    QCOMPARE(shownText(m_model, 2, AuditLogModel::What), u"Evaluation 6"_qs);
    QCOMPARE(shownText(m_model, 2, AuditLogModel::Action), u"edit"_qs);
    QCOMPARE(m_model.headerData(AuditLogModel::Change, Qt::Horizontal).toString(), u"Change"_qs);
    // Bonus months are stored by number (storage::bonusMonthEntityId: year × 100 + month).
    QCOMPARE(AuditLogModel::recordName(u"bonus_month"_qs, 202610), u"Bonus month October 2026"_qs);
    QCOMPARE(AuditLogModel::recordName(u"bonus_month"_qs, 7), u"Bonus month 7"_qs);
}

void TestAuditLogModel::changesAreWrittenOut()
{
    QCOMPARE(shownText(m_model, 2, AuditLogModel::Change), u"score: 80 → 90"_qs);
    QCOMPARE(shownText(m_model, 1, AuditLogModel::Change), QString());
    // Fields in key order; true as "yes".
    QCOMPARE(shownText(m_model, 0, AuditLogModel::Change), u"flag: yes; reason: typo"_qs);
    QCOMPARE(AuditLogModel::changeText(
                 {{QStringLiteral("days"),
                   QJsonObject{{QStringLiteral("before"), 2.5}, {QStringLiteral("after"), QJsonValue()}}},
                  {QStringLiteral("ids"), QJsonArray{1, 2}}}),
             u"days: 2.5 → none; ids: [1,2]"_qs);
}

void TestAuditLogModel::kindsAndSortValues()
{
    QCOMPARE(m_model.entityKinds(), (QStringList{u"mystery_kind"_qs, u"bonus_plan"_qs, u"evaluation"_qs}));
    QCOMPARE(shownText(m_model, 1, AuditLogModel::Who, AuditLogModel::EntityRole), u"bonus_plan"_qs);
    // Time sorts by the log's order, so entries of the same second stay in the order they were made.
    const QList<StoredRow> stored = storedNewestFirst(*m_db);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(m_model.data(m_model.index(row, AuditLogModel::When), AuditLogModel::SortRole).toLongLong(),
                 stored.at(row).id);
}

HUDDLE_TEST_GUILESS_MAIN("test_auditlogmodel", TestAuditLogModel)
#include "tst_auditlogmodel.moc"
