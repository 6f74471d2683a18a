// The one-page coaching summary for the agent: what the HTML says (values, escaped user text, undiscussed
// items left out) and the PDF QPdfWriter makes of it (a PDF, one page for a typical session, the paper size
// of the locale, a clear error for a path that cannot be written). The session is built by hand; every
// expected figure below is worked out from it.
#include "reports/coachingsummary.h"
#include "support/testmain.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;

namespace {

const QChar Minus(0x2212);

storage::CoachingAgendaItem item(const QString &title, const QString &notes, bool discussed)
{
    storage::CoachingAgendaItem agendaItem;
    agendaItem.kind = core::AgendaKind::Custom;
    agendaItem.title = title;
    agendaItem.notes = notes;
    agendaItem.discussed = discussed;
    return agendaItem;
}

core::FocusEffect focus(core::KpiId kpi, std::optional<double> before, qint64 beforeN,
                        std::optional<double> after, qint64 afterN, core::EffectVerdict verdict)
{
    core::FocusEffect effect;
    effect.kpi = kpi;
    effect.before = {before, beforeN};
    effect.after = {after, afterN};
    effect.verdict = verdict;
    if (before && after)
        effect.change = *after - *before;
    return effect;
}

// A typical session: four agenda items (one not discussed), notes of a few lines, three actions, two
// homework phrases, CSAT and AHT as focus with a complete after window.
reports::CoachingSummaryData typicalSession()
{
    reports::CoachingSummaryData data;
    data.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    data.siteName = QStringLiteral("Northwind Support");
    storage::CoachingSession &s = data.session;
    s.id = 7;
    s.agentName = QStringLiteral("Ana Lima");
    s.teamName = QStringLiteral("Alpha");
    s.coach = QStringLiteral("Kim Park");
    s.day = QDate(2024, 3, 15);
    s.status = core::SessionStatus::Closed;
    s.focus = {core::KpiId::Csat, core::KpiId::Aht};
    s.agenda = {item(QStringLiteral("CSAT below target: 72.0 % (n 40), target 80 %"),
                     QStringLiteral("Customers mention waiting on hold.\nAgreed to explain holds first."),
                     true),
                item(QStringLiteral("Mistake: Verified the customer's identity"),
                     QStringLiteral("Walked through the <verification> steps & why they matter."), true),
                item(QStringLiteral("Peer note by Ben on 3 Mar"), QString(), false),
                item(QStringLiteral("Low CSAT: conversation 4711 on 3 Mar (2/5)"),
                     QStringLiteral("Listened together; the refund was promised twice."), true)};
    s.notes = QStringLiteral("Ana will recap next steps on every call.\nWe meet again in two weeks.");
    storage::CoachingAction recap;
    recap.body = QStringLiteral("Recap next steps before closing");
    recap.owner = QStringLiteral("agent");
    recap.due = QDate(2024, 3, 22);
    storage::CoachingAction listen = recap;
    listen.body = QStringLiteral("Listen to three calls with Kim");
    listen.owner = QStringLiteral("Kim Park");
    listen.due = QDate(2024, 3, 20);
    listen.done = true;
    listen.doneDay = QDate(2024, 3, 19);
    storage::CoachingAction script = recap;
    script.body = QStringLiteral("Read the hold script");
    script.due = QDate();
    s.actions = {recap, listen, script};
    s.acknowledgedDay = QDate(2024, 3, 16);
    s.followUp = QDate(2024, 3, 29);
    data.effect.sessionId = 7;
    data.effect.day = s.day;
    data.effect.windows.before = {QDate(2024, 3, 1), QDate(2024, 3, 14)};
    data.effect.windows.after = {QDate(2024, 3, 16), QDate(2024, 3, 29)};
    data.effect.windows.afterComplete = true;
    data.effect.windows.afterDaysElapsed = 14;
    data.effect.focus = {focus(core::KpiId::Csat, 72.0, 40, 80.0, 35, core::EffectVerdict::Improved),
                         focus(core::KpiId::Aht, 372.0, 38, 337.0, 6, core::EffectVerdict::NotEnoughData)};
    storage::Phrase phrase;
    phrase.longer = QStringLiteral("Can you tell me more about the problem that you're experiencing?");
    phrase.shorter = QStringLiteral("Please tell me what happened?");
    storage::Phrase second;
    second.longer = QStringLiteral("I am going to go ahead and put you on a brief hold now");
    second.shorter = QStringLiteral("May I put you on hold for a minute?");
    data.homework = {phrase, second};
    return data;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Page objects in the PDF: "/Type /Page" dictionaries, not the "/Type /Pages" tree node.
int pageObjects(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace

class TestCoachingSummary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void htmlShowsTheSessionsValues();
    void htmlEscapesUserText();
    void htmlLeavesOutUndiscussedItems();
    void htmlWithoutMeasurementNamesTheFocus();
    void csatMeasuredBesideAhtIsLabelled();
    void pdfIsOnePageForATypicalSession();
    void pdfPaperFollowsTheLocale_data();
    void pdfPaperFollowsTheLocale();
    void longNotesFlowOntoASecondPage();
    void unwritablePathIsAClearError();

private:
    QTemporaryDir m_dir;
};

void TestCoachingSummary::htmlShowsTheSessionsValues()
{
    // Cells compared without their alignment attribute.
    const QString html =
        reports::coachingSummaryHtml(typicalSession()).remove(QStringLiteral(" valign=\"top\""));
    for (const char *expected :
         {"Ana Lima (Alpha)", "Kim Park", "Friday, 15 March 2024", "Closed", "Northwind Support",
          // CSAT 72.0 → 80.0 on 40 and 35 responses: +8.0 points, improved
          "<td>72.0 %</td><td>40</td><td>80.0 %</td><td>35</td><td>+8.0 pts</td><td>Improved</td>",
          "Not enough data", "Recap next steps before closing", "22/03/2024", "Done 19/03/2024",
          "Acknowledged by the agent on 16/03/2024.", "Next follow-up: 29/03/2024.",
          "Please tell me what happened?",
          "Before: 01/03/2024 – 14/03/2024; after: 16/03/2024 – 29/03/2024."})
        QVERIFY2(html.contains(QString::fromUtf8(expected)), expected);
    // AHT 6:12 → 5:37 is 35 s faster: a minus sign, in m:ss; the after value on 6 calls is grey.
    QVERIFY(html.contains(
        QStringLiteral(
            "<td>6:12</td><td>38</td><td><span style=\"color:#888888\">5:37</span></td><td>6</td><td>") +
        Minus + QStringLiteral("0:35</td>")));
    // Line breaks of the notes survive.
    QVERIFY(html.contains(QStringLiteral("waiting on hold.<br>Agreed to explain")));
    QVERIFY(html.contains(QStringLiteral("every call.<br>We meet again")));
}

void TestCoachingSummary::htmlEscapesUserText()
{
    reports::CoachingSummaryData data = typicalSession();
    data.session.agentName = QStringLiteral("<b>Tom</b> & Jerry");
    const QString html = reports::coachingSummaryHtml(data);
    QVERIFY(html.contains(QStringLiteral("the &lt;verification&gt; steps &amp; why")));
    QVERIFY(!html.contains(QStringLiteral("<verification>")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Tom&lt;/b&gt; &amp; Jerry")));
    QVERIFY(!html.contains(QStringLiteral("<b>Tom</b>")));
    QVERIFY(html.contains(QStringLiteral("you&#x27;re experiencing")) ||
            html.contains(QStringLiteral("you're experiencing")));
}

void TestCoachingSummary::htmlLeavesOutUndiscussedItems()
{
    reports::CoachingSummaryData data = typicalSession();
    QString html = reports::coachingSummaryHtml(data);
    QVERIFY(html.contains(QStringLiteral("Low CSAT: conversation 4711")));
    QVERIFY(!html.contains(QStringLiteral("Peer note by Ben")));
    for (storage::CoachingAgendaItem &agendaItem : data.session.agenda)
        agendaItem.discussed = false;
    html = reports::coachingSummaryHtml(data);
    QVERIFY(!html.contains(QStringLiteral("What we discussed")));
    QVERIFY(!html.contains(QStringLiteral("Low CSAT: conversation 4711")));
}

void TestCoachingSummary::htmlWithoutMeasurementNamesTheFocus()
{
    reports::CoachingSummaryData data = typicalSession();
    data.effect = {};
    data.session.acknowledgedDay = {};
    data.session.followUp = {};
    const QString html = reports::coachingSummaryHtml(data);
    QVERIFY(html.contains(QStringLiteral("<p>CSAT, AHT</p>")));
    QVERIFY(!html.contains(QStringLiteral("Before")));
    QVERIFY(html.contains(QStringLiteral("Not acknowledged by the agent yet.")));
    QVERIFY(html.contains(QStringLiteral("No follow-up planned.")));
}

void TestCoachingSummary::csatMeasuredBesideAhtIsLabelled()
{
    reports::CoachingSummaryData data = typicalSession();
    data.session.focus = {core::KpiId::Aht};
    data.effect.focus = {data.effect.focus[1], data.effect.focus[0]}; // AHT, then CSAT beside it
    const QString html = reports::coachingSummaryHtml(data);
    QVERIFY(html.contains(QStringLiteral("<td valign=\"top\">CSAT (beside AHT)</td>")));
    QVERIFY(html.contains(QStringLiteral("<td valign=\"top\">AHT</td>")));
}

void TestCoachingSummary::pdfIsOnePageForATypicalSession()
{
    const QString path = m_dir.filePath(QStringLiteral("typical.pdf"));
    const core::Status written = reports::writeCoachingSummaryPdf(typicalSession(), path);
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pageObjects(pdf), 1);
    // For looking at it (pdftoppm): HUDDLE_SCREENSHOT_DIR=/tmp/shots.
    if (const QString folder = qEnvironmentVariable("HUDDLE_SCREENSHOT_DIR"); !folder.isEmpty()) {
        QFile::remove(QDir(folder).filePath(QStringLiteral("coaching-summary.pdf")));
        QVERIFY(QFile::copy(path, QDir(folder).filePath(QStringLiteral("coaching-summary.pdf"))));
    }
}

void TestCoachingSummary::pdfPaperFollowsTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("mediaBox");
    // A4 is 210 × 297 mm = 595 × 842 pt; US Letter 8.5 × 11 in = 612 × 792 pt.
    QTest::newRow("en_GB: A4") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                               << QStringLiteral("595 842");
    QTest::newRow("de_DE: A4") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("595 842");
    QTest::newRow("en_US: Letter") << QLocale(QLocale::English, QLocale::UnitedStates)
                                   << QStringLiteral("612 792");
}

void TestCoachingSummary::pdfPaperFollowsTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, mediaBox);
    reports::CoachingSummaryData data = typicalSession();
    data.locale = locale;
    const QString path = m_dir.filePath(QStringLiteral("paper-%1.pdf").arg(locale.name()));
    QVERIFY(reports::writeCoachingSummaryPdf(data, path));
    static const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const auto match = box.match(QString::fromLatin1(readAll(path)));
    QVERIFY(match.hasMatch());
    QCOMPARE(QStringLiteral("%1 %2")
                 .arg(qRound(match.captured(1).toDouble()))
                 .arg(qRound(match.captured(2).toDouble())),
             mediaBox);
}

void TestCoachingSummary::longNotesFlowOntoASecondPage()
{
    reports::CoachingSummaryData data = typicalSession();
    QStringList lines;
    for (int i = 1; i <= 80; ++i)
        lines.append(QStringLiteral("Line %1 of what was agreed, long enough to be a real sentence.").arg(i));
    data.session.notes = lines.join(QLatin1Char('\n'));
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    QVERIFY(reports::writeCoachingSummaryPdf(data, path));
    QCOMPARE(pageObjects(readAll(path)), 2);
}

void TestCoachingSummary::unwritablePathIsAClearError()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/summary.pdf"));
    const core::Status written = reports::writeCoachingSummaryPdf(typicalSession(), path);
    QVERIFY(!written);
    QVERIFY2(written.error().message.startsWith(QStringLiteral("Could not write the coaching summary to ")),
             qPrintable(written.error().message));
    QVERIFY(written.error().message.contains(QDir::toNativeSeparators(path)));
    QVERIFY(!QFile::exists(path));
}

HUDDLE_TEST_MAIN("test_coaching_summary", TestCoachingSummary)
#include "tst_coachingsummary.moc"
