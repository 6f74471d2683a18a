#pragma once

#include <memory>

class QCoreApplication;
class QTextStream;

// The application object huddle-bench runs in: a QApplication, since chart-render draws a widget, on the
// offscreen platform unless QT_QPA_PLATFORM names another, so no benchmark needs a display.
std::unique_ptr<QCoreApplication> createBenchApplication(int &argc, char **argv);

// huddle-bench chart-render: the CSAT/AHT trend chart given 1,000,000 raw points per KPI against the same
// chart given 2,000, at the same size, drawn into an image; best of 5 runs each, taken in turns.
//   chart-render   drawing, for a KPI-like series (a seasonal wave, a weekly ripple, 5 % noise)  goal ≤ 1.2×
//   chart-noisy    drawing, when every point carries 30 % noise (the most ink a line can have)   no goal
//   chart-set      handing the series over (downsampling included) and drawing                   no goal
void benchChartRender(QTextStream &out);
