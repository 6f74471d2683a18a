#pragma once

#include <QObject>

class QAction;
class QGraphicsView;
class QMenu;

namespace huddle::ui {

class MainWindow;

// File → Export Chart…, Export Table… and Print Chart…, acting on what is on screen: the dashboard's
// trend or quadrant chart or the agent view's trend; the dashboard's scorecard or the Agents table. Where
// the page shows nothing of the kind the action is disabled.
class ExportActions : public QObject {
    Q_OBJECT
public:
    explicit ExportActions(MainWindow *window);

    void addTo(QMenu *menu);
    QAction *exportChartAction() const { return m_exportChart; }
    QAction *exportTableAction() const { return m_exportTable; }
    QAction *printChartAction() const { return m_printChart; }
    // The chart on screen and its title; null when the page has none.
    QGraphicsView *currentChart(QString *title) const;

public Q_SLOTS:
    void update();

private:
    void exportChart();
    void printChart();
    void exportTable();
    bool scorecardShown() const;

    MainWindow *m_window;
    QAction *m_exportChart;
    QAction *m_exportTable;
    QAction *m_printChart;
};

} // namespace huddle::ui
