#include "firstrun.h"

#include "workerrun.h"

#include "demo/demodatabase.h"

#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <QStandardPaths>

#include <atomic>

namespace huddle::ui {

QString defaultDemoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.sqlite");
}

core::Status createDemoDatabase(const QString &path, QWidget *parent)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::atomic<int> permille{0};
    std::atomic<bool> cancelled{false};
    // The worker opens its own connection: a Qt SQL connection belongs to the thread that made it.
    auto work = [path, &permille, &cancelled]() -> core::Status {
        auto summary = demo::createDemoDatabase(path, demo::DemoOptions{}, [&](double share) {
            permille = static_cast<int>(share * 1000);
            return !cancelled.load();
        });
        if (!summary)
            return summary.error();
        return core::Done{};
    };
    QProgressDialog progress(QObject::tr("Creating a demo contact centre: 4 teams, 48 agents, 180 days…"),
                             QObject::tr("Cancel"), 0, 1000, parent);
    progress.setWindowTitle(QObject::tr("Huddle"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(300);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] { cancelled = true; });
    const core::Status result =
        runBehindProgress(progress, work, [&progress, &permille] { progress.setValue(permille.load()); });
    if (cancelled)
        return core::Error{QObject::tr("Creating the demo database was cancelled."), {}};
    return result;
}

} // namespace huddle::ui
