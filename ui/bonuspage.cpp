#include "bonuspage.h"

#include "bonusevidencedialog.h"
#include "bonusexporter.h"
#include "bonuslockdialog.h"
#include "bonusmonthpicker.h"
#include "bonuspagetext.h"
#include "bonusplandialog.h"
#include "core/month.h"
#include "currentuser.h"
#include "models/bonusmonthfilter.h"
#include "models/bonusmonthmodel.h"
#include "models/sitetimezone.h"
#include "qadialogs.h"
#include "storage/directoryrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

// The banner's colours: blue-grey for a frozen month, amber for one that may still change, red for an error.
const QString LockedStyle = QStringLiteral("background: #e3ebf6; color: #1d3557; padding: 6px 8px");
const QString OpenStyle = QStringLiteral("background: #fff4ce; color: #5c4400; padding: 6px 8px");
const QString ProblemStyle = QStringLiteral("background: #fde7e9; color: #b3261e; padding: 6px 8px");

} // namespace

BonusPage::BonusPage(QWidget *parent)
    : Page(parent)
    , m_picker(new BonusMonthPicker(this))
    , m_teams(new QComboBox(this))
    , m_filterEdit(new QLineEdit(this))
    , m_editPlans(new QPushButton(tr("Edit &plans…"), this))
    , m_export(new QToolButton(this))
    , m_lock(new QPushButton(tr("&Lock month…"), this))
    , m_unlock(new QPushButton(tr("&Unlock…"), this))
    , m_banner(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_model(new models::BonusMonthModel(this))
    , m_filter(new models::BonusMonthFilter(this))
    , m_exporter(new BonusExporter(
          this, [this] { return shownMonth(); }, [this] { return exportOptions(); }))
{
    setUpTree();
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_summary, 1);
    footer->addWidget(m_exporter->statusWidget());
    auto *body = new QVBoxLayout;
    body->setContentsMargins(8, 8, 8, 8);
    body->setSpacing(6);
    body->addWidget(createToolBar());
    body->addWidget(m_banner);
    body->addWidget(m_tree, 1);
    body->addLayout(footer);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(busyIndicator());
    layout->addLayout(body, 1);
    addShortcuts();
    connectControls();
    showDefaultMonth();
    updateActions();
}

void BonusPage::setUpTree()
{
    m_filter->setSourceModel(m_model);
    m_tree->setModel(m_filter);
    m_tree->setObjectName(QStringLiteral("bonusTree"));
    m_tree->setAccessibleName(tr("Bonus per team, agent and line"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder); // report order until a header is clicked
    m_tree->setSortingEnabled(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(models::BonusMonthModel::Explanation, QHeaderView::Stretch);
    m_tree->setColumnWidth(models::BonusMonthModel::Name,
                           fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    m_tree->setColumnWidth(models::BonusMonthModel::Amount,
                           fontMetrics().horizontalAdvance(QStringLiteral("−$00,000.00")) + 32);
}

void BonusPage::connectControls()
{
    connect(m_picker, &BonusMonthPicker::monthChanged, this, [this] {
        m_monthChosen = true;
        recompute();
    });
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setAgentText(text);
        expandTree();
        updateSummary();
    });
    connect(m_teams, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTeam(m_teams->currentData().toLongLong());
        expandTree();
        updateSummary();
    });
    connect(m_tree, &QTreeView::activated, this, &BonusPage::onActivated);
    connect(m_lock, &QPushButton::clicked, this, &BonusPage::openLockDialog);
    connect(m_unlock, &QPushButton::clicked, this, &BonusPage::openUnlockDialog);
    connect(m_editPlans, &QPushButton::clicked, this, &BonusPage::openPlanDialog);
    connect(m_exporter, &BonusExporter::started, this, &BonusPage::updateActions);
    connect(m_exporter, &BonusExporter::finished, this, &BonusPage::updateActions);
}

// Agents on show; with a name filter, their lines too (they are what one filters for).
void BonusPage::expandTree()
{
    if (m_filter->agentText().isEmpty())
        m_tree->expandToDepth(0);
    else
        m_tree->expandAll();
}

QWidget *BonusPage::createToolBar()
{
    m_teams->setAccessibleName(tr("Team"));
    m_teams->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_teams->addItem(tr("All teams"), 0);
    m_filterEdit->setPlaceholderText(tr("Filter agents (Ctrl+F)"));
    m_filterEdit->setAccessibleName(tr("Filter agents by name"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(200);
    m_export->setText(tr("&Export"));
    m_export->setToolTip(tr("Export the month as a PDF report, an XLSX workbook or CSV (Ctrl+E)"));
    m_export->setMenu(m_exporter->menu());
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_editPlans->setToolTip(tr("The bonus plans of the site and its teams, versioned by month"));
    m_lock->setToolTip(tr("Freeze this month's results after review (Ctrl+L)"));
    m_unlock->setToolTip(tr("Lift the lock: an audited admin action that needs a reason"));

    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_picker);
    layout->addSpacing(12);
    auto *teamLabel = new QLabel(tr("&Team:"), bar);
    teamLabel->setBuddy(m_teams);
    layout->addWidget(teamLabel);
    layout->addWidget(m_teams);
    layout->addWidget(m_filterEdit);
    layout->addStretch(1);
    layout->addWidget(m_editPlans);
    layout->addWidget(m_export);
    layout->addWidget(m_lock);
    layout->addWidget(m_unlock);
    return bar;
}

void BonusPage::addShortcuts()
{
    // Each describes itself for Help → Keyboard Shortcuts.
    const auto shortcut = [this](const QKeySequence &keys, const QString &description) {
        auto *created = new QShortcut(keys, this);
        created->setWhatsThis(description);
        return created;
    };
    connect(shortcut(QKeySequence::Find, tr("Filter agents and lines")), &QShortcut::activated, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    connect(shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), tr("Lock the month…")), &QShortcut::activated, this,
            [this] {
                if (m_lock->isEnabled())
                    openLockDialog();
            });
    connect(shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), tr("Export the bonus report")),
            &QShortcut::activated, this, [this] {
                if (m_export->isEnabled())
                    m_export->showMenu();
            });
    connect(shortcut(QKeySequence(Qt::Key_F5), tr("Compute the month again")), &QShortcut::activated, this,
            &BonusPage::recompute);
}

void BonusPage::setMonth(QDate month)
{
    m_monthChosen = true;
    m_picker->setMonth(month); // recomputes when the month changes
}

QDate BonusPage::month() const
{
    return m_picker->month();
}

void BonusPage::setToday(QDate today)
{
    m_today = today;
    showDefaultMonth();
    updateActions();
}

// The picker's latest month is the current one; until a month is chosen, it shows last month.
void BonusPage::showDefaultMonth()
{
    const QSignalBlocker blocker(m_picker); // not a choice: nothing to recompute yet
    m_picker->setLatest(today());
    if (!m_monthChosen)
        m_picker->setMonth(core::monthStart(today()).addMonths(-1));
}

QDate BonusPage::today() const
{
    if (m_today.isValid())
        return m_today;
    const QTimeZone zone = database() ? models::siteTimeZone(*database()) : QTimeZone::utc();
    return QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
}

// Marks the page stale through the scope it already has: on screen it reloads now, otherwise when shown.
void BonusPage::recompute()
{
    setScope(scope());
}

const reports::BonusMonth *BonusPage::shownMonth() const
{
    return m_shown ? &m_model->month() : nullptr;
}

bool BonusPage::monthEnded(QDate month) const
{
    return core::monthStart(month).addMonths(1) <= today();
}

void BonusPage::refresh()
{
    showDefaultMonth(); // in the site's time zone, now that the database says which zone
    const QDate month = m_picker->month();
    const QLocale locale;
    load<reports::BonusMonth>(
        [month, locale](const storage::Database &database) {
            reports::BonusRunOptions options;
            options.money = reports::moneyFormatFor(database, locale);
            return reports::runBonusMonth(database, month, options);
        },
        [this](const core::Result<reports::BonusMonth> &result) { showMonth(result); });
    updateActions();
}

void BonusPage::release()
{
    // The page's dialogs use the database that is about to close; theirs go with them.
    qDeleteAll(findChildren<QDialog *>(Qt::FindDirectChildrenOnly));
    m_shown = false;
    m_error.clear();
    m_model->clear();
    fillTeams();
    updateSummary();
    updateActions();
}

void BonusPage::showMonth(const core::Result<reports::BonusMonth> &result)
{
    m_shown = result.ok();
    m_error = result.ok() ? QString() : result.error().toString();
    if (result)
        m_model->setMonth(result.value());
    else
        m_model->clear();
    fillTeams();
    expandTree();
    updateSummary();
    updateActions();
}

// The teams of the month on screen; the team chosen stays chosen when it is still there.
void BonusPage::fillTeams()
{
    const qint64 chosen = m_teams->currentData().toLongLong();
    const QSignalBlocker blocker(m_teams);
    m_teams->clear();
    m_teams->addItem(tr("All teams"), 0);
    const QList<reports::TeamBonusTotal> teams = m_model->teams();
    for (const reports::TeamBonusTotal &team : teams)
        m_teams->addItem(models::BonusMonthModel::teamName(team), team.teamId);
    const int index = m_teams->findData(chosen);
    m_teams->setCurrentIndex(std::max(index, 0));
    m_filter->setTeam(m_teams->currentData().toLongLong());
}

void BonusPage::updateBanner()
{
    const QTimeZone zone = database() ? models::siteTimeZone(*database()) : QTimeZone::utc();
    const BonusPageText::Banner banner =
        BonusPageText::banner(shownMonth(), month(), isLoading(), m_error, today(), zone);
    switch (banner.tone) {
    case BonusPageText::Banner::Tone::Open:
        m_banner->setStyleSheet(OpenStyle);
        break;
    case BonusPageText::Banner::Tone::Locked:
        m_banner->setStyleSheet(LockedStyle);
        break;
    case BonusPageText::Banner::Tone::Problem:
        m_banner->setStyleSheet(ProblemStyle);
        break;
    }
    m_banner->setText(banner.text);
    m_banner->setToolTip(banner.toolTip);
}

void BonusPage::updateSummary()
{
    if (shownMonth())
        m_summary->setText(BonusPageText::totals(*m_model, *m_filter));
    else
        m_summary->clear();
}

void BonusPage::updateActions()
{
    const reports::BonusMonth *shown = isLoading() ? nullptr : shownMonth();
    const bool locked = shown && shown->lock.has_value();
    const bool ended = shown && monthEnded(shown->month);
    // Locks and plans are the admin's (on a server, the grants say so; storage/users.h).
    const bool admin = roleAllows(QStringLiteral("bonus_locks"));
    m_lock->setEnabled(shown && !locked && ended && admin);
    m_lock->setToolTip(
        shown && !locked && !ended
            ? tr("%1 can be locked once it has ended").arg(BonusPageText::monthName(shown->month))
            : tr("Freeze this month's results after review (Ctrl+L)"));
    m_unlock->setEnabled(locked && admin);
    m_export->setEnabled(shown && !m_exporter->isRunning());
    m_editPlans->setEnabled(database() != nullptr && roleAllows(QStringLiteral("bonus_plans")));
    updateBanner(); // "Computing …" while a load runs
}

void BonusPage::onActivated(const QModelIndex &index)
{
    if (index.data(models::BonusMonthModel::RowKindRole).toInt() ==
        static_cast<int>(models::BonusMonthModel::RowKind::Line))
        openEvidence(index);
}

BonusLockDialog *BonusPage::openLockDialog()
{
    return openLockDialogFor(BonusLockDialog::Mode::Lock);
}

BonusLockDialog *BonusPage::openUnlockDialog()
{
    return openLockDialogFor(BonusLockDialog::Mode::Unlock);
}

// Locking needs an open month on screen, unlocking a locked one; either way the page then reads the month
// again, from its lock or from today's data.
BonusLockDialog *BonusPage::openLockDialogFor(BonusLockDialog::Mode mode)
{
    const reports::BonusMonth *shown = isLoading() ? nullptr : shownMonth();
    if (!database() || !shown || shown->lock.has_value() != (mode == BonusLockDialog::Mode::Unlock))
        return nullptr;
    auto *dialog = new BonusLockDialog(mode, *database(), *shown, today(), this);
    connect(dialog, &BonusLockDialog::applied, this, &BonusPage::recompute);
    showWindowModal(dialog);
    return dialog;
}

BonusEvidenceDialog *BonusPage::openEvidence(const QModelIndex &index)
{
    const QModelIndex source = m_filter->mapToSource(index);
    const reports::AgentBonusRow *agent = m_model->agentAt(source);
    const core::BonusLine *line = m_model->lineAt(source);
    if (!database() || !agent || !line)
        return nullptr;
    auto *dialog = new BonusEvidenceDialog(*database(), *agent, *line, m_model->month(), this);
    showWindowModal(dialog);
    return dialog;
}

BonusPlanDialog *BonusPage::openPlanDialog()
{
    if (!database())
        return nullptr;
    auto *dialog = new BonusPlanDialog(*database(), currentUserName(), this);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->plansChanged())
            recompute();
    });
    showWindowModal(dialog);
    return dialog;
}

reports::BonusExportOptions BonusPage::exportOptions() const
{
    reports::BonusExportOptions options;
    if (database())
        options.siteName = storage::DirectoryRepository(*database()).setting(QStringLiteral("site_name"));
    return options;
}

QString BonusPage::bannerText() const
{
    return m_banner->text();
}

QString BonusPage::summaryText() const
{
    return m_summary->text();
}

QString BonusPage::exportStatus() const
{
    return m_exporter->statusText();
}

} // namespace huddle::ui
