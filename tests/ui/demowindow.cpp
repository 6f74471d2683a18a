#include "demowindow.h"

#include "dashboardpage.h"
#include "demo/demogenerator.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTest>

namespace huddle::testsupport {

std::unique_ptr<ui::MainWindow> openDemoWindow(const QString &path, int teams, int agents, int days,
                                               QDate endDay, QString *error)
{
    QCoreApplication::setOrganizationName(QStringLiteral("HuddleTests")); // keep the user's recent list clean
    {
        auto db = storage::Database::open(path, storage::OpenMode::CreateIfMissing);
        if (!db) {
            *error = db.error().toString();
            return nullptr;
        }
        demo::DemoOptions options;
        options.teams = teams;
        options.agents = agents;
        options.days = days;
        options.endDay = endDay;
        if (const auto made = demo::generateDemo(*db.value(), options); !made) {
            *error = made.error().toString();
            return nullptr;
        }
    }
    auto window = std::make_unique<ui::MainWindow>();
    if (const core::Status opened = window->openDatabase(path, storage::OpenMode::MustExist); !opened) {
        *error = opened.error().toString();
        return nullptr;
    }
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !waitForLoad(window->dashboard())) {
        *error = QStringLiteral("the window did not show its dashboard");
        return nullptr;
    }
    return window;
}

bool waitForLoad(const ui::Page *page)
{
    return QTest::qWaitFor([page] { return !page->isLoading(); }, 30000);
}

void verifyLoaded(const ui::Page *page)
{
    QVERIFY(waitForLoad(page));
}

qint64 scalarAt(const QString &path, const QString &sql)
{
    auto db = storage::Database::open(path, storage::OpenMode::MustExist);
    QSqlQuery q(db.value()->connection());
    if (!q.exec(sql) || !q.next())
        qFatal("test query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

} // namespace huddle::testsupport
