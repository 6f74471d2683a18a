// Accessibility checks over the whole console on a small demo database: every button that shows only an icon
// and every chart has a name a screen reader can say; every page, shown in turn, passes the same walk; the
// colours text is drawn in meet WCAG 2.1's contrast minimum of 4.5:1 (success criterion 1.4.3,
// https://www.w3.org/TR/WCAG21/#contrast-minimum) — the console's palette, text on its backgrounds, and the
// KPI scorecard's band colours under their text (small samples included). Contrast is computed here from
// WCAG's formula, checked against WCAG's own figures.
#include "dashboardpage.h"
#include "demowindow.h"
#include "focuscuestyle.h"
#include "mainwindow.h"
#include "readablepalette.h"
#include "scorecardview.h"
#include "support/testmain.h"

#include "models/scorecardmodel.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLineEdit>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace huddle;

namespace {

// WCAG 2.1 relative luminance of an sRGB colour (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance).
double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double lighter = std::max(luminance(a), luminance(b));
    const double darker = std::min(luminance(a), luminance(b));
    return (lighter + 0.05) / (darker + 0.05);
}

// The visible buttons with neither text nor a name or tooltip, and the visible charts without a name.
QStringList unnamed(const QWidget *root)
{
    QStringList missing;
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && button->text().isEmpty() && button->accessibleName().isEmpty() &&
            button->toolTip().isEmpty())
            missing << QStringLiteral("button %1 in %2")
                           .arg(button->objectName(), button->parentWidget()->metaObject()->className());
    }
    for (const QGraphicsView *chart : root->findChildren<QGraphicsView *>()) {
        if (chart->isVisible() && chart->accessibleName().isEmpty())
            missing
                << QStringLiteral("chart %1 (%2)").arg(chart->objectName(), chart->metaObject()->className());
    }
    return missing;
}

bool isControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget);
}

// Qt's own parts of composite widgets (a table's header, a tab bar's scroll arrows, a spin box's line edit, a
// combo box's list), reached and drawn through their owner.
bool isPartOfAnother(const QWidget *widget)
{
    const QWidget *owner = widget->parentWidget();
    return qobject_cast<const QHeaderView *>(widget) || qobject_cast<const QTabBar *>(owner) ||
           qobject_cast<const QAbstractSpinBox *>(owner) || qobject_cast<const QComboBox *>(owner) ||
           widget->objectName().startsWith(QLatin1String("qt_"));
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 %2 (%3)")
        .arg(widget->metaObject()->className(), widget->objectName(), widget->accessibleName());
}

// The visible, enabled controls a user acts on that Tab never reaches. Qt's own parts of composite widgets
// (a table's header, a tab bar's scroll arrows, a spin box's line edit, a combo box's list) are reached
// through their owner.
QStringList unreachable(const QWidget *root)
{
    QStringList missing;
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        if (!isControl(widget) || !widget->isVisible() || !widget->isEnabled() || isPartOfAnother(widget))
            continue;
        if (!(widget->focusPolicy() & Qt::TabFocus))
            missing << describe(widget);
    }
    return missing;
}

// The controls Tab reaches that look the same with the keyboard focus as without: a keyboard user could not
// tell where they are. Each is drawn without and then with the focus (as Tab gives it) and compared.
QStringList focusNotShown(QWidget *root)
{
    QStringList unseen;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!isControl(widget) || !widget->isVisible() || !widget->isEnabled() || isPartOfAnother(widget) ||
            !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        widget->clearFocus();
        QCoreApplication::processEvents();
        const QImage without = widget->grab().toImage();
        widget->setFocus(Qt::TabFocusReason);
        // What a Tab key press sets on the window (QApplication does): styles draw some focus frames only
        // after the focus moved by keyboard.
        widget->window()->setAttribute(Qt::WA_KeyboardFocusChange, true);
        QCoreApplication::processEvents();
        if (!widget->hasFocus())
            unseen << describe(widget) + QStringLiteral(" takes no focus");
        else if (widget->grab().toImage() == without)
            unseen << describe(widget);
    }
    return unseen;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void contrastOfKnownPairs();
    void everyPageNamesItsIconButtonsAndCharts();
    void everyControlIsReachedByTab();
    void everyControlShowsItsFocus();
    void paletteTextIsReadable();
    void scorecardBandsKeepTheirTextReadable();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QApplication::setStyle(new ui::FocusCueStyle); // as the console's main() does
    QString error;
    m_window = testsupport::openDemoWindow(m_dir.filePath(QStringLiteral("demo.db")), 2, 8, 30,
                                           QDate(2024, 4, 30), &error);
    QVERIFY2(m_window, qPrintable(error));
}

void TestAccessibility::cleanupTestCase()
{
    m_window.reset();
}

// The formula against WCAG's own figures: black on white is 21:1, and #767676 on white just passes 4.5:1.
void TestAccessibility::contrastOfKnownPairs()
{
    QCOMPARE(qRound(contrast(Qt::black, Qt::white) * 100), 2100);
    QVERIFY(contrast(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
    QVERIFY(contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
}

void TestAccessibility::everyPageNamesItsIconButtonsAndCharts()
{
    int charts = 0;
    for (int page = ui::MainWindow::DashboardIndex; page <= ui::MainWindow::ImportsIndex; ++page) {
        m_window->showPage(page);
        testsupport::verifyLoaded(qobject_cast<ui::Page *>(m_window->findChildren<ui::Page *>().value(0)));
        QTest::qWait(50);
        const QStringList missing = unnamed(m_window.get());
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("page %1: ").arg(page) + missing.join(QStringLiteral("; "))));
    }
    for (const auto tab : {ui::DashboardPage::TrendTab, ui::DashboardPage::QuadrantTab}) {
        m_window->showPage(ui::MainWindow::DashboardIndex);
        m_window->dashboard()->showTab(tab);
        QTest::qWait(50);
        const QStringList missing = unnamed(m_window.get());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
        for (const QGraphicsView *chart : m_window->findChildren<QGraphicsView *>())
            charts += chart->isVisible() ? 1 : 0;
    }
    QVERIFY(charts >= 2); // the walk saw the trend chart and the quadrant
}

void TestAccessibility::everyControlIsReachedByTab()
{
    for (int page = ui::MainWindow::DashboardIndex; page <= ui::MainWindow::ImportsIndex; ++page) {
        m_window->showPage(page);
        QTest::qWait(50);
        const QStringList missing = unreachable(m_window.get());
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("page %1: ").arg(page) + missing.join(QStringLiteral("; "))));
    }
}

void TestAccessibility::everyControlShowsItsFocus()
{
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    int checked = 0;
    for (int page = ui::MainWindow::DashboardIndex; page <= ui::MainWindow::ImportsIndex; ++page) {
        m_window->showPage(page);
        QTest::qWait(50);
        const QStringList unseen = focusNotShown(m_window.get());
        QVERIFY2(unseen.isEmpty(),
                 qPrintable(QStringLiteral("page %1: ").arg(page) + unseen.join(QStringLiteral("; "))));
        checked += static_cast<int>(m_window->findChildren<QAbstractButton *>().size());
    }
    QVERIFY(checked > 20);
}

void TestAccessibility::paletteTextIsReadable()
{
    // The palette the console sets at start (ui/main.cpp), from the style's.
    const QPalette palette = ui::readablePalette(QApplication::palette());
    const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> pairs{
        {QPalette::WindowText, QPalette::Window},         {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase}};
    for (const auto &[text, background] : pairs) {
        const double ratio =
            contrast(palette.color(QPalette::Active, text), palette.color(QPalette::Active, background));
        QVERIFY2(ratio >= 4.5,
                 qPrintable(
                     QStringLiteral("roles %1 on %2: %3:1").arg(text).arg(background).arg(ratio, 0, 'f', 2)));
    }
}

void TestAccessibility::scorecardBandsKeepTheirTextReadable()
{
    m_window->showPage(ui::MainWindow::DashboardIndex);
    m_window->dashboard()->showTab(ui::DashboardPage::ScorecardTab);
    testsupport::verifyLoaded(m_window->dashboard());
    const QAbstractItemModel *model = m_window->dashboard()->scorecard()->model();
    const QColor defaultText = QApplication::palette().color(QPalette::Text);
    int banded = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QVariant background = index.data(Qt::BackgroundRole);
            if (!background.isValid())
                continue;
            ++banded;
            const QVariant foreground = index.data(Qt::ForegroundRole);
            const QColor text = foreground.isValid() ? foreground.value<QBrush>().color() : defaultText;
            const double ratio = contrast(text, background.value<QBrush>().color());
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("row %1, column %2 (%3, %5 on %6): %4:1")
                                    .arg(row)
                                    .arg(column)
                                    .arg(index.data().toString())
                                    .arg(ratio, 0, 'f', 2)
                                    .arg(text.name(), background.value<QBrush>().color().name())));
        }
    }
    QVERIFY(banded > 10);
}

HUDDLE_TEST_MAIN("test_ui_accessibility", TestAccessibility)
#include "tst_accessibility.moc"
