// The import dialog and the Imports page end to end, offscreen: a small CSV with one bad row proposed,
// mapped, confirmed over the rejection threshold, imported on the worker thread, listed and undone.
#include "importdialog.h"
#include "importhistorymodel.h"
#include "importhistorypage.h"
#include "importmappingmodel.h"
#include "importpreviewmodel.h"
#include "importresultdialog.h"
#include "mainwindow.h"
#include "rejectionmodel.h"
#include "storage/database.h"
#include "storage/importhistory.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;
using importers::Field;

namespace {

// Five good calls and one whose time cannot be read (file line 7).
const QByteArray callsCsv = "Agent,Date,Time,Talk seconds,CSAT,Answered\n"
                            "Ana Reyes,2024-03-04,09:00:00,120,5,Y\n"
                            "Ana Reyes,2024-03-04,09:30:00,95,4,Y\n"
                            "Ben Okafor,2024-03-04,10:15:00,300,2,Y\n"
                            "Ben Okafor,2024-03-05,11:00:00,,,N\n"
                            "Ana Reyes,2024-03-05,14:45:10,200,3,Y\n"
                            "Ben Okafor,2024-03-05,half past two,80,5,Y\n";

// Every date could be 3 April or 4 March.
const QByteArray ambiguousCsv = "Agent,Date,Talk seconds\n"
                                "Ana Reyes,03/04/2024,120\n"
                                "Ben Okafor,04/03/2024,95\n";

constexpr int importTimeoutMs = 20000;

} // namespace

class TestImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void proposesTheMapping();
    void editingTheMappingChangesThePlan();
    void ambiguousDatesNeedAChoice();
    void savesAProfile();
    void importsConfirmsListsAndUndoes();
    void droppingAFileOpensTheDialog();
    void cleanupTestCase() { m_window.reset(); }

private:
    QString writeFile(const QString &name, const QByteArray &content);
    QList<storage::ImportEntry> entries();
    qint64 scalar(const QString &sql);
    ui::ImportDialog *openDialog(const QString &path);

    QTemporaryDir m_dir;
    QString m_dbPath;
    QString m_callsPath;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestImport::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HuddleTests")); // keep the user's recent list clean
    QVERIFY(m_dir.isValid());
    m_dbPath = m_dir.filePath(QStringLiteral("import.sqlite"));
    m_callsPath = writeFile(QStringLiteral("calls.csv"), callsCsv);
    m_window = std::make_unique<ui::MainWindow>();
    QVERIFY(m_window->openDatabase(m_dbPath, storage::OpenMode::CreateIfMissing));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QString TestImport::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QList<storage::ImportEntry> TestImport::entries()
{
    auto db = storage::Database::open(m_dbPath, storage::OpenMode::MustExist);
    auto list = storage::ImportHistory(*db.value()).entries();
    if (!list)
        qFatal("cannot read the import history: %s", qPrintable(list.error().toString()));
    return list.value();
}

qint64 TestImport::scalar(const QString &sql)
{
    auto db = storage::Database::open(m_dbPath, storage::OpenMode::MustExist);
    QSqlQuery q(db.value()->connection());
    if (!q.exec(sql) || !q.next())
        qFatal("test query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

ui::ImportDialog *TestImport::openDialog(const QString &path)
{
    ui::ImportDialog *dialog = m_window->openImportDialog(path);
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        qWarning("the import dialog was not shown");
    return dialog;
}

void TestImport::proposesTheMapping()
{
    QPointer<ui::ImportDialog> dialog = openDialog(m_callsPath);
    QVERIFY(dialog);
    QAbstractItemModelTester mappingTester(dialog->mappingModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester previewTester(dialog->previewModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(dialog->plan());
    QCOMPARE(dialog->problem(), QString());

    const ui::ImportMappingModel *model = dialog->mappingModel();
    QCOMPARE(model->rowCount(), 6);
    const auto fieldOfRow = [model](int row) {
        return model->index(row, ui::ImportMappingModel::FieldColumn)
            .data(ui::ImportMappingModel::FieldRole)
            .toInt();
    };
    QCOMPARE(model->index(0, ui::ImportMappingModel::HeaderColumn).data().toString(),
             QStringLiteral("Agent"));
    QCOMPARE(fieldOfRow(0), int(Field::Agent));
    QCOMPARE(fieldOfRow(1), int(Field::Date));
    QCOMPARE(fieldOfRow(2), int(Field::Time));
    QCOMPARE(fieldOfRow(3), int(Field::TalkS));
    QCOMPARE(fieldOfRow(4), int(Field::Csat));
    QCOMPARE(fieldOfRow(5), int(Field::Answered));
    QVERIFY(model->index(0, ui::ImportMappingModel::SamplesColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Ana Reyes")));
    // Every row of the mapping has its combo box open.
    QVERIFY(dialog->mappingView()->indexWidget(model->index(5, ui::ImportMappingModel::FieldColumn)));

    QCOMPARE(dialog->previewModel()->columnCount(), 6);
    QCOMPARE(dialog->previewModel()->rowCount(), 6);
    QCOMPARE(dialog->previewModel()->headerData(3, Qt::Horizontal).toString(),
             QStringLiteral("Talk seconds"));
    QCOMPARE(dialog->previewModel()->index(5, 2).data().toString(), QStringLiteral("half past two"));
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void TestImport::editingTheMappingChangesThePlan()
{
    QPointer<ui::ImportDialog> dialog = openDialog(m_callsPath);
    QVERIFY(dialog);
    ui::ImportMappingModel *model = dialog->mappingModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex csat = model->index(4, ui::ImportMappingModel::FieldColumn);

    QVERIFY(model->setData(csat, -1));
    QVERIFY(!dialog->plan()->settings.column(Field::Csat));
    QCOMPARE(dialog->problem(), QString()); // CSAT is optional for conversations

    // The agent field moved to the CSAT column leaves the Agent column unmapped, and the plan incomplete.
    QVERIFY(model->setData(csat, int(Field::Agent)));
    QCOMPARE(model->fieldOf(0), std::nullopt);
    QCOMPARE(dialog->plan()->settings.column(Field::Agent)->header, QStringLiteral("CSAT"));
    QVERIFY(model->setData(model->index(0, ui::ImportMappingModel::FieldColumn), -1));
    QVERIFY(model->setData(csat, -1));
    QVERIFY(!dialog->plan()->settings.column(Field::Agent));
    QVERIFY2(dialog->problem().contains(QStringLiteral("agent")), qPrintable(dialog->problem()));

    QVERIFY(!model->setData(csat, importers::FieldCount)); // no such field
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void TestImport::ambiguousDatesNeedAChoice()
{
    QPointer<ui::ImportDialog> dialog = openDialog(writeFile(QStringLiteral("ambiguous.csv"), ambiguousCsv));
    QVERIFY(dialog);
    QVERIFY(!dialog->plan()->dateOrder);
    QVERIFY(!dialog->problem().isEmpty());
    dialog->setDateOrder(importers::DateOrder::Dmy);
    QCOMPARE(dialog->plan()->dateOrder, std::optional(importers::DateOrder::Dmy));
    QCOMPARE(dialog->problem(), QString());
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void TestImport::savesAProfile()
{
    QPointer<ui::ImportDialog> dialog = openDialog(m_callsPath);
    QVERIFY(dialog);
    QCOMPARE(dialog->saveProfile(QStringLiteral("Hand-made calls")), QString());
    dialog->reject();
    QTRY_VERIFY(!dialog);
    // The next dialog for a file with these headers starts from the saved profile.
    dialog = openDialog(m_callsPath);
    QVERIFY(dialog);
    QCOMPARE(dialog->plan()->profileName, QStringLiteral("Hand-made calls"));
    dialog->reject();
    QTRY_VERIFY(!dialog);
    auto db = storage::Database::open(m_dbPath, storage::OpenMode::MustExist);
    QVERIFY(storage::ImportHistory(*db.value()).deleteProfile(QStringLiteral("Hand-made calls")));
}

void TestImport::importsConfirmsListsAndUndoes()
{
    QPointer<ui::ImportDialog> dialog = openDialog(m_callsPath);
    QVERIFY(dialog);
    QSignalSpy finished(dialog.data(), &ui::ImportDialog::importFinished);
    QSignalSpy imported(dialog.data(), &ui::ImportDialog::imported);

    // One row in six rejected is over the 1 % threshold: nothing is written until the user confirms.
    dialog->startImport();
    QVERIFY(dialog->isImporting());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->resultDialog() && dialog->resultDialog()->isVisible(), importTimeoutMs);
    ui::ImportResultDialog *confirm = dialog->resultDialog();
    QCOMPARE(confirm->mode(), ui::ImportResultDialog::Mode::Confirm);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(imported.count(), 0);
    QVERIFY(entries().isEmpty());
    {
        QAbstractItemModelTester tester(confirm->rejections(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(confirm->rejections()->rowCount(), 1);
        QCOMPARE(confirm->rejections()->index(0, ui::RejectionModel::Line).data().toLongLong(), 7);
        QCOMPARE(confirm->rejections()->index(0, ui::RejectionModel::Header).data().toString(),
                 QStringLiteral("Time"));
        QCOMPARE(confirm->rejections()->index(0, ui::RejectionModel::Value).data().toString(),
                 QStringLiteral("half past two"));
        QVERIFY(!confirm->rejections()->index(0, ui::RejectionModel::Reason).data().toString().isEmpty());
    }
    const QString exported = m_dir.filePath(QStringLiteral("rejected.csv"));
    QCOMPARE(confirm->exportRejections(exported), QString());
    QFile csv(exported);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray rejectedCsv = csv.readAll();
    QVERIFY(rejectedCsv.startsWith("line,column,header,value,reason"));
    QVERIFY(rejectedCsv.contains("half past two"));

    confirm->accept();
    QTRY_VERIFY_WITH_TIMEOUT(imported.count() == 1, importTimeoutMs);
    const auto report = imported.constFirst().constFirst().value<importers::ImportReport>();
    QCOMPARE(report.counts.imported, 5);
    QCOMPARE(report.counts.rejected, 1);
    QTRY_VERIFY(dialog->resultDialog());
    QCOMPARE(dialog->resultDialog()->mode(), ui::ImportResultDialog::Mode::Done);

    const QList<storage::ImportEntry> list = entries();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().fileName, QStringLiteral("calls.csv"));
    QCOMPARE(list.first().rowsRead, 6);
    QCOMPARE(list.first().imported, 5);
    QCOMPARE(list.first().rejected, 1);
    QCOMPARE(list.first().id, report.importId);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM conversations")), 5);

    // Closing the result closes the import dialog.
    dialog->resultDialog()->accept();
    QTRY_VERIFY(!dialog);

    // The Imports page lists it; undo takes it back out of the data.
    m_window->showPage(ui::MainWindow::ImportsIndex);
    ui::ImportHistoryPage *page = m_window->imports();
    QAbstractItemModelTester historyTester(page->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->model()->rowCount() == 1, importTimeoutMs);
    const QAbstractItemModel *shown = page->view()->model();
    QCOMPARE(shown->index(0, ui::ImportHistoryModel::File).data().toString(), QStringLiteral("calls.csv"));
    QCOMPARE(
        shown->index(0, ui::ImportHistoryModel::Imported).data(ui::ImportHistoryModel::SortRole).toLongLong(),
        5);
    QCOMPARE(shown->index(0, ui::ImportHistoryModel::Rejected).data().toString(), QStringLiteral("1"));
    QCOMPARE(page->selectedImport(), report.importId);

    QSignalSpy undone(page, &ui::ImportHistoryPage::importUndone);
    page->undoImport(report.importId);
    QTRY_VERIFY_WITH_TIMEOUT(undone.count() == 1, importTimeoutMs);
    QVERIFY(entries().first().undoneAt.isValid());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM conversations")), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() &&
                                 page->model()->index(0, 0).data(ui::ImportHistoryModel::UndoneRole).toBool(),
                             importTimeoutMs);
    QCOMPARE(page->selectedImport(), 0); // an undone import cannot be undone again
}

void TestImport::droppingAFileOpensTheDialog()
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_callsPath)});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QPointer<ui::ImportDialog> dialog = m_window->findChild<ui::ImportDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->plan()->path, m_callsPath);
    dialog->reject();
    QTRY_VERIFY(!dialog);

    // Other files are refused at the door.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(m_dbPath)});
    QDragEnterEvent refused(QPoint(200, 200), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QCoreApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

HUDDLE_TEST_MAIN("test_ui_import", TestImport)
#include "tst_import.moc"
