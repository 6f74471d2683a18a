#include "workerrun.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

namespace huddle::ui {

core::Status runBehindProgress(QProgressDialog &progress, const std::function<core::Status()> &work,
                               const std::function<void()> &tick)
{
    QFutureWatcher<core::Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<core::Status>::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    if (tick)
        QObject::connect(&poll, &QTimer::timeout, &progress, tick);
    watcher.setFuture(QtConcurrent::run(work));
    if (tick)
        poll.start(100);
    loop.exec();
    poll.stop();
    progress.reset();
    return watcher.result();
}

} // namespace huddle::ui
