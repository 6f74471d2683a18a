#pragma once

#include "reports/bonusexport.h"

#include <QObject>
#include <QString>

#include <functional>

class QLabel;
class QMenu;
class QProgressBar;
class QWidget;
template <typename T> class QFutureWatcher;

namespace huddle::ui {

enum class BonusExportFormat { Pdf, Xlsx, Csv };

// The Bonus page's Export ▸ PDF / XLSX / CSV: asks where to save (named after the month), then writes the
// month shown on a worker thread, so a thousand-agent PDF never freezes the window, with a busy bar and then
// where the file went (or why it could not be written) in its status widget. One export at a time.
class BonusExporter : public QObject {
    Q_OBJECT
public:
    // `month` gives the month on screen (null: nothing to export); `options` the site name and time stamp.
    BonusExporter(QWidget *parent, std::function<const reports::BonusMonth *()> month,
                  std::function<reports::BonusExportOptions()> options);

    QMenu *menu() const { return m_menu; }
    QWidget *statusWidget() const { return m_status; }
    QString statusText() const;
    bool isRunning() const;

    // Asks for a file, then starts the export; false when cancelled or nothing is on screen.
    bool chooseAndExport(BonusExportFormat format);
    // Starts writing the month on screen to `path`; finished() follows. False when an export is running or
    // nothing is on screen.
    bool start(BonusExportFormat format, const QString &path);

    static QString suffix(BonusExportFormat format);

Q_SIGNALS:
    void started(const QString &path);
    // `error` is empty when the file was written.
    void finished(const QString &path, const QString &error);

private:
    QString fileFilter(BonusExportFormat format) const;
    QWidget *createStatus(QWidget *parent);
    void showFinished(const QString &error);

    QWidget *m_parent;
    std::function<const reports::BonusMonth *()> m_month;
    std::function<reports::BonusExportOptions()> m_options;
    QMenu *m_menu;
    QProgressBar *m_busy = nullptr;
    QLabel *m_statusText = nullptr;
    QWidget *m_status;
    QFutureWatcher<QString> *m_watcher;
    QString m_path;
};

} // namespace huddle::ui
