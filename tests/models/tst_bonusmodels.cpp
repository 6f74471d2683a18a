// The Bonus page's models over a month built by hand: the tree (teams → agents → lines) with its texts,
// amounts, roles, fonts and colours; the filter by agent name and team and the sorts; the evidence table.
// Every expected text and number is written out here (en_US, US dollars); both models and the filter run
// under QAbstractItemModelTester.
#include "models/bonusevidencemodel.h"
#include "models/bonusmonthfilter.h"
#include "models/bonusmonthmodel.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QtTest>

using namespace huddle;
using models::BonusMonthModel;

namespace {

core::MoneyFormat dollars()
{
    return {QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("USD")};
}

core::BonusLine line(core::BonusLineKind kind, const QString &id, const QString &label, core::Cents amount,
                     core::BonusEvidence evidence)
{
    core::BonusLine made;
    made.kind = kind;
    made.id = id;
    made.label = label;
    made.explanation = label + QStringLiteral(" explained");
    made.evidence = evidence;
    made.amount = amount;
    return made;
}

reports::AgentBonusRow agent(qint64 id, const QString &name, qint64 teamId, const QString &team,
                             QList<core::BonusLine> lines)
{
    reports::AgentBonusRow row{id, name, teamId, team, {}, {}};
    for (const core::BonusLine &each : lines) {
        row.bonus.total += each.amount;
        if (each.kind == core::BonusLineKind::Component)
            row.bonus.subtotal += each.amount;
    }
    row.bonus.lines = std::move(lines);
    return row;
}

// October 2026. Billing (1): Ana (11) perfect CSAT $80.00 + 2 sales $16.00 = $96.00; Zed (12) 1 sale $8.00,
// no-call-no-show gate −$8.00 = $0.00. Care (2): Ben (21, moved from Billing) perfect CSAT $80.00,
// adjustment for September −$80.00 = $0.00; Cy (22) perfect CSAT $80.00. Dee (31) has no team and the run's
// team list leaves her out: $5.00. Site $181.00.
reports::BonusMonth handMadeMonth()
{
    using K = core::BonusLineKind;
    using E = core::BonusEvidence;
    const QString billing = QStringLiteral("Billing");
    const QString care = QStringLiteral("Care");
    const QString csat = QStringLiteral("Perfect CSAT month");
    const QString sales = QStringLiteral("Sales");
    reports::BonusMonth month;
    month.month = QDate(2026, 10, 1);
    month.money = dollars();
    month.agents = {
        agent(11, QStringLiteral("Ana"), 1, billing,
              {line(K::Component, QStringLiteral("csat"), csat, 8000, E::Csat),
               line(K::Component, QStringLiteral("sales"), sales, 1600, E::Sales)}),
        agent(
            12, QStringLiteral("Zed"), 1, billing,
            {line(K::Component, QStringLiteral("sales"), sales, 800, E::Sales),
             line(K::Gate, QStringLiteral("ncns"), QStringLiteral("No-call-no-show"), -800, E::Attendance)}),
        agent(21, QStringLiteral("Ben"), 2, care,
              {line(K::Component, QStringLiteral("csat"), csat, 8000, E::Csat),
               line(K::Adjustment, QStringLiteral("adjustment:2026-09"), QStringLiteral("Adjustment"), -8000,
                    E::None)}),
        agent(22, QStringLiteral("Cy"), 2, care,
              {line(K::Component, QStringLiteral("csat"), csat, 8000, E::Csat)}),
        agent(31, QStringLiteral("Dee"), 0, QString(),
              {line(K::Component, QStringLiteral("flat"), QStringLiteral("Flat"), 500, E::None)})};
    month.agents[2].teamNote = QStringLiteral("Moved from Billing on 2026-10-15");
    month.teams = {{1, billing, 2, 9600}, {2, care, 2, 8000}};
    month.siteTotal = 18100;
    return month;
}

// The hand-made month behind the filter, both under the model tester.
struct FilteredMonth {
    FilteredMonth() { filter.setSourceModel(&model); }

    BonusMonthModel model;
    models::BonusMonthFilter filter;
    QAbstractItemModelTester modelTester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester filterTester{&filter, QAbstractItemModelTester::FailureReportingMode::QtTest};
};

QString text(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

// The names of the rows under `parent`, in the order shown.
QStringList names(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList shown;
    for (int row = 0; row < model.rowCount(parent); ++row)
        shown.append(model.index(row, BonusMonthModel::Name, parent).data().toString());
    return shown;
}

} // namespace

class TestBonusModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void treeOfTeamsAgentsAndLines()
    {
        BonusMonthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMonth(handMadeMonth());

        QCOMPARE(names(model), (QStringList{"Billing", "Care", "No team"}));
        QCOMPARE(model.siteTotal(), 18100);
        QCOMPARE(model.agentCount(), 5);
        const QModelIndex billing = model.index(0, BonusMonthModel::Name);
        QCOMPARE(text(billing, BonusMonthModel::Explanation), QStringLiteral("2 agent(s)"));
        QCOMPARE(text(billing, BonusMonthModel::Amount), QStringLiteral("$96.00"));
        QCOMPARE(billing.data(BonusMonthModel::CentsRole).toLongLong(), 9600);
        QVERIFY(billing.data(Qt::FontRole).value<QFont>().bold());
        // Dee's team is not in the run's list: a row of its own, totalled from her lines.
        const QModelIndex noTeam = model.index(2, BonusMonthModel::Name);
        QCOMPARE(text(noTeam, BonusMonthModel::Amount), QStringLiteral("$5.00"));
        QCOMPARE(text(noTeam, BonusMonthModel::Explanation), QStringLiteral("1 agent(s)"));
        QCOMPARE(names(model, noTeam), QStringList{"Dee"});

        QCOMPARE(names(model, billing), (QStringList{"Ana", "Zed"}));
        const QModelIndex ana = model.index(0, BonusMonthModel::Name, billing);
        QCOMPARE(text(ana, BonusMonthModel::Amount), QStringLiteral("$96.00"));
        QCOMPARE(text(ana, BonusMonthModel::Explanation),
                 QStringLiteral("Perfect CSAT month $80.00 · Sales $16.00"));
        QCOMPARE(ana.data(BonusMonthModel::AgentIdRole).toLongLong(), 11);
        QCOMPARE(ana.data(BonusMonthModel::RowKindRole).toInt(), int(BonusMonthModel::RowKind::Agent));
        QCOMPARE(model.agentAt(ana)->agentName, QStringLiteral("Ana"));
        QCOMPARE(model.lineAt(ana), nullptr);
        QCOMPARE(names(model, ana), (QStringList{"Perfect CSAT month", "Sales"}));
        const QModelIndex sales = model.index(1, BonusMonthModel::Name, ana);
        QCOMPARE(text(sales, BonusMonthModel::Explanation), QStringLiteral("Sales explained"));
        QCOMPARE(text(sales, BonusMonthModel::Amount), QStringLiteral("$16.00"));
        QCOMPARE(sales.data(BonusMonthModel::CentsRole).toLongLong(), 1600);
        QCOMPARE(sales.data(BonusMonthModel::EvidenceRole).toString(), QStringLiteral("sales"));
        QCOMPARE(sales.data(BonusMonthModel::LineKindRole).toString(), QStringLiteral("component"));
        QCOMPARE(sales.data(BonusMonthModel::AgentIdRole).toLongLong(), 11);
        QCOMPARE(sales.data(BonusMonthModel::TeamIdRole).toLongLong(), 1);
        QCOMPARE(model.lineAt(sales)->id, QStringLiteral("sales"));
        QCOMPARE(model.agentAt(sales)->agentId, 11);
        QCOMPARE(sales.siblingAtColumn(BonusMonthModel::Amount).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(sales.data(Qt::ToolTipRole).toString().contains(QStringLiteral("rows behind")));
    }

    void gatesAdjustmentsAndMoves()
    {
        BonusMonthModel model;
        model.setMonth(handMadeMonth());
        const QModelIndex zed = model.agentIndex(12);
        QCOMPARE(text(zed, BonusMonthModel::Amount), QStringLiteral("$0.00"));
        QCOMPARE(text(zed, BonusMonthModel::Explanation),
                 QStringLiteral("Sales $8.00 · No-call-no-show -$8.00"));
        QVERIFY(zed.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Components $8.00")));
        const QModelIndex gate = model.index(1, BonusMonthModel::Amount, zed);
        QCOMPARE(gate.data().toString(), QStringLiteral("-$8.00"));
        QCOMPARE(gate.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb3, 0x26, 0x1e));
        QVERIFY(!model.index(0, BonusMonthModel::Amount, zed).data(Qt::ForegroundRole).isValid());

        const QModelIndex ben = model.agentIndex(21);
        QCOMPARE(model.parent(ben), model.teamIndex(2));
        QCOMPARE(text(ben, BonusMonthModel::Explanation),
                 QStringLiteral("Moved from Billing on 2026-10-15 · Perfect CSAT month $80.00 · Adjustment "
                                "(September 2026) -$80.00"));
        QVERIFY(ben.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Moved from Billing")));
        const QModelIndex adjustment = model.index(1, BonusMonthModel::Name, ben);
        QCOMPARE(adjustment.data().toString(), QStringLiteral("Adjustment (September 2026)"));
        QCOMPARE(adjustment.data(BonusMonthModel::LineKindRole).toString(), QStringLiteral("adjustment"));
        QVERIFY(adjustment.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(
            adjustment.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Adjustment: the data")));
        QCOMPARE(text(adjustment, BonusMonthModel::Amount), QStringLiteral("-$80.00"));
        QVERIFY(!adjustment.data(Qt::ForegroundRole).isValid()); // not a gate
        QVERIFY(!model.index(0, BonusMonthModel::Name, ben).data(Qt::FontRole).value<QFont>().italic());
    }

    void filterByAgentAndTeam()
    {
        FilteredMonth filtered;
        filtered.model.setMonth(handMadeMonth());
        models::BonusMonthFilter &filter = filtered.filter;
        QCOMPARE(filter.rowCount(), 3);

        filter.setAgentText(QStringLiteral(" BE ")); // trimmed, any case
        QCOMPARE(names(filter), QStringList{"Care"});
        const QModelIndex care = filter.index(0, 0);
        QCOMPARE(names(filter, care), QStringList{"Ben"});
        QCOMPARE(filter.rowCount(filter.index(0, 0, care)), 2); // every line of a matching agent

        filter.setAgentText(QStringLiteral("e")); // Zed, Ben, Dee
        QCOMPARE(names(filter), (QStringList{"Billing", "Care", "No team"}));
        QCOMPARE(names(filter, filter.index(0, 0)), QStringList{"Zed"});

        filter.setTeam(2); // and only Care
        QCOMPARE(names(filter), QStringList{"Care"});
        QCOMPARE(names(filter, filter.index(0, 0)), QStringList{"Ben"});
        filter.setAgentText(QString());
        QCOMPARE(names(filter, filter.index(0, 0)), (QStringList{"Ben", "Cy"}));
        filter.setTeam(1);
        filter.setAgentText(QStringLiteral("Cy")); // Cy is in Care
        QCOMPARE(filter.rowCount(), 0);
        filter.setTeam(0);
        QCOMPARE(names(filter), QStringList{"Care"});

        filtered.model.setMonth(handMadeMonth()); // a reset keeps the filter
        QCOMPARE(names(filter), QStringList{"Care"});
    }

    void sortKeepsLinesInPlanOrder()
    {
        FilteredMonth filtered;
        filtered.model.setMonth(handMadeMonth());
        models::BonusMonthFilter &filter = filtered.filter;

        filter.sort(BonusMonthModel::Amount, Qt::AscendingOrder);
        QCOMPARE(names(filter), (QStringList{"No team", "Care", "Billing"})); // $5, $80, $96
        filter.sort(BonusMonthModel::Amount, Qt::DescendingOrder);
        QCOMPARE(names(filter), (QStringList{"Billing", "Care", "No team"}));
        const QModelIndex billing = filter.index(0, 0);
        QCOMPARE(names(filter, billing), (QStringList{"Ana", "Zed"})); // $96, $0
        // Zed's sale (+$8.00) stays above the gate (−$8.00) that cancels it, however the amounts sort.
        QCOMPARE(names(filter, filter.index(1, 0, billing)), (QStringList{"Sales", "No-call-no-show"}));
        filter.sort(BonusMonthModel::Amount, Qt::AscendingOrder);
        QCOMPARE(names(filter, filter.index(0, 0, filter.index(2, 0))),
                 (QStringList{"Sales", "No-call-no-show"}));

        filter.sort(BonusMonthModel::Name, Qt::DescendingOrder);
        QCOMPARE(names(filter), (QStringList{"No team", "Care", "Billing"}));
        QCOMPARE(names(filter, filter.index(1, 0)), (QStringList{"Cy", "Ben"}));
        QCOMPARE(names(filter, filter.index(0, 0, filter.index(1, 0))), QStringList{"Perfect CSAT month"});
    }

    void evidenceTable()
    {
        storage::BonusEvidenceRows rows;
        rows.columns = {"Day", "Product", "Tier", "Amount", "Score %", "Count"};
        rows.centsColumn = 3;
        rows.rows = {{QDate(2026, 10, 6), "Fibre 500", "C", qint64(30000), 53.846, 3},
                     {QDate(2026, 10, 22), "Router", QString(), qint64(7000), QVariant(), 1234}};
        models::BonusEvidenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(rows, dollars());

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("Score %"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("10/6/26"));
        QCOMPARE(model.index(0, 0).data(models::BonusEvidenceModel::SortRole).toDate(), QDate(2026, 10, 6));
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("$300.00"));
        QCOMPARE(model.index(1, 3).data().toString(), QStringLiteral("$70.00"));
        QCOMPARE(model.index(1, 3).data(models::BonusEvidenceModel::SortRole).toLongLong(), 7000);
        QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("53.8"));
        QCOMPARE(model.index(1, 4).data().toString(), QString());
        QCOMPARE(model.index(1, 5).data().toString(), QStringLiteral("1,234"));
        QCOMPARE(model.index(0, 3).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.index(0, 1).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignLeft | Qt::AlignVCenter));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

HUDDLE_TEST_MAIN("test_bonus_models", TestBonusModels)
#include "tst_bonusmodels.moc"
