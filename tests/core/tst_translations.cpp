// The translation files against the code that looks their messages up.
//
// lupdate files each message under a context and the code looks it up under one; where the two differ, the
// Spanish text is in the .ts file but the user reads English. Two ways that happened (issue 10):
//  - lupdate's C++ parser files the tr() calls of a free function whose return type is qualified with another
//    namespace (`core::Status f()` in huddle::storage) under that namespace's short name ("core");
//  - it files a member function's tr() calls under the class, while a file-local helper looked them up under
//    a context of its own.
// So every context in a .ts file must be one the code can use: a namespace that defines its tr()
// (HUDDLE_NAMESPACE_TR), a class with a tr() of its own (Q_OBJECT, Q_DECLARE_TR_FUNCTIONS), or a context
// named in a translate() or QT_TRANSLATE_NOOP call.
#include "core/bonusplan.h"
#include "support/testmain.h"

#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

const QString sourceDir = QStringLiteral(HUDDLE_SOURCE_DIR);

struct TsMessage {
    QString context;
    QString source;
    QString location; // file:line, for the failure message
    QString type;     // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QString translation;
    bool numerus = false;
    QStringList forms; // a plural message's forms ("1 day", "%n days")
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"location" && message.location.isEmpty()) {
            message.location = xml.attributes().value(QLatin1String("filename")).toString() +
                               QLatin1Char(':') + xml.attributes().value(QLatin1String("line")).toString();
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
                message.translation = message.forms.join(QLatin1Char('|'));
            } else {
                message.translation = xml.readElementText();
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

bool isStale(const TsMessage &message)
{
    return message.type == u"vanished" || message.type == u"obsolete";
}

// Every context the code looks a message up under, read from the sources lupdate scans (ui/CMakeLists.txt).
QSet<QString> contextsInCode()
{
    const QRegularExpression namespaceTr(QStringLiteral(R"re(HUDDLE_NAMESPACE_TR\("([^"]+)"\))re"));
    const QRegularExpression declaredTr(QStringLiteral(R"re(Q_DECLARE_TR_FUNCTIONS\(([\w:]+)\))re"));
    const QRegularExpression named(
        QStringLiteral(R"re((?:\btranslate|QT_TRANSLATE_NOOP3?|QT_TRANSLATE_N_NOOP)\(\s*"([^"]+)")re"));
    const QRegularExpression enclosingNamespace(QStringLiteral(R"re(^namespace (huddle::\w+) \{)re"),
                                                QRegularExpression::MultilineOption);
    const QRegularExpression qobjectClass(
        QStringLiteral(R"re((?:class|struct)\s+(\w+)[^;{]*\{\s*Q_OBJECT\b)re"));
    QSet<QString> contexts;
    for (const QString &dir : {u"app"_qs, u"ui"_qs}) {
        QDirIterator files(sourceDir + QLatin1Char('/') + dir, {u"*.cpp"_qs, u"*.h"_qs}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot open %s", qPrintable(file.fileName()));
            const QString text = QString::fromUtf8(file.readAll());
            for (const auto &pattern : {namespaceTr, declaredTr, named})
                for (const auto &match : pattern.globalMatch(text))
                    contexts.insert(match.captured(1));
            // A class is in the namespace opened last before it (a header may first forward-declare
            // another's).
            for (const auto &match : qobjectClass.globalMatch(text)) {
                QString space;
                for (const auto &opened : enclosingNamespace.globalMatch(text.left(match.capturedStart())))
                    space = opened.captured(1);
                contexts.insert(space.isEmpty() ? match.captured(1)
                                                : space + QStringLiteral("::") + match.captured(1));
            }
            if (text.contains(u"QObject::tr("))
                contexts.insert(u"QObject"_qs);
        }
    }
    return contexts;
}

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void everyContextIsOneTheCodeLooksUp_data();
    void everyContextIsOneTheCodeLooksUp();
    void theContextCheckSeesAMisfiledMessage();
    void translationIsComplete_data();
    void translationIsComplete();
    void placeholdersSurviveTranslation_data();
    void placeholdersSurviveTranslation();
    void aPlanErrorReadsInSpanish();
    void englishPluralsAreComplete();
};

void TestTranslations::everyContextIsOneTheCodeLooksUp_data()
{
    QTest::addColumn<QString>("tsFile");
    QTest::newRow("es") << u"translations/huddle_es.ts"_qs;
    QTest::newRow("fil") << u"translations/huddle_fil.ts"_qs;
    QTest::newRow("pt_BR") << u"translations/huddle_pt_BR.ts"_qs;
    QTest::newRow("en") << u"translations/huddle_en.ts"_qs;
}

void TestTranslations::everyContextIsOneTheCodeLooksUp()
{
    QFETCH(QString, tsFile);
    const QSet<QString> known = contextsInCode();
    // One line per wrong context (QtTest cuts long messages): how many messages, and the first of them.
    QMap<QString, QStringList> misfiled;
    for (const TsMessage &message : readTs(sourceDir + QLatin1Char('/') + tsFile))
        if (!isStale(message) && !known.contains(message.context))
            misfiled[message.context] << message.location + QStringLiteral(": ") + message.source;
    QStringList lines;
    for (auto it = misfiled.cbegin(); it != misfiled.cend(); ++it)
        lines
            << u"%1: %2 message(s), e.g. %3"_qs.arg(it.key()).arg(it.value().size()).arg(it.value().first());
    QVERIFY2(lines.isEmpty(),
             qPrintable(u"messages under a context no code looks up:\n"_qs + lines.join(u'\n')));
}

// The check above would pass on an empty set of contexts read from the code only if the .ts were empty too:
// it must find the contexts that are right and reject the kinds lupdate got wrong before.
void TestTranslations::theContextCheckSeesAMisfiledMessage()
{
    const QSet<QString> known = contextsInCode();
    // A namespace's own tr(), a class with Q_DECLARE_TR_FUNCTIONS, a Q_OBJECT class, a literal context.
    for (const QString &right : {u"huddle::storage"_qs, u"huddle::storage::EvaluationWriter"_qs,
                                 u"huddle::ui::MainWindow"_qs, u"huddle::importers::Values"_qs})
        QVERIFY2(known.contains(right), qPrintable(right));
    // What lupdate made of `core::Status f()` in huddle::storage, and a class context no code used.
    for (const QString &wrong : {u"core"_qs, u"storage"_qs, u"huddle::storage::ImportJob"_qs})
        QVERIFY2(!known.contains(wrong), qPrintable(wrong));
}

// Every language but English (the source language) translates every message.
void TestTranslations::translationIsComplete_data()
{
    QTest::addColumn<QString>("tsFile");
    QTest::newRow("es") << u"translations/huddle_es.ts"_qs;
    QTest::newRow("fil") << u"translations/huddle_fil.ts"_qs;
    QTest::newRow("pt_BR") << u"translations/huddle_pt_BR.ts"_qs;
}

void TestTranslations::translationIsComplete()
{
    QFETCH(QString, tsFile);
    QStringList unfinished;
    QStringList stale;
    int messages = 0;
    for (const TsMessage &message : readTs(sourceDir + QLatin1Char('/') + tsFile)) {
        ++messages;
        if (message.type == u"unfinished")
            unfinished << message.location + QStringLiteral(": ") + message.source;
        else if (isStale(message))
            stale << message.context + QStringLiteral(": ") + message.source;
    }
    QVERIFY(messages > 2000);
    QVERIFY2(unfinished.isEmpty(), qPrintable(u"%1 untranslated, e.g.:\n"_qs.arg(unfinished.size()) +
                                              unfinished.mid(0, 5).join(u'\n')));
    QVERIFY2(stale.isEmpty(), qPrintable(u"no longer in the code (run update_translations, then "
                                         "scripts/fill-translations.py):\n"_qs +
                                         stale.join(u'\n')));
}

// The placeholders of a message (%1, %L2, %n) are what the program fills in: a translation that drops or
// renumbers one shows the wrong figure or none. Each translated text (each plural form) must hold the same
// ones as the English.
void TestTranslations::placeholdersSurviveTranslation_data()
{
    translationIsComplete_data();
}

void TestTranslations::placeholdersSurviveTranslation()
{
    QFETCH(QString, tsFile);
    const QRegularExpression placeholder(QStringLiteral("%L?\\d|%n"));
    const auto placeholdersOf = [&placeholder](const QString &text) {
        QStringList found;
        for (const auto &match : placeholder.globalMatch(text))
            found << match.captured().remove(QLatin1Char('L'));
        found.sort();
        found.removeDuplicates(); // a text may use %1 twice
        return found;
    };
    QStringList wrong;
    for (const TsMessage &message : readTs(sourceDir + QLatin1Char('/') + tsFile)) {
        if (message.type == u"unfinished" || isStale(message))
            continue;
        const QStringList expected = placeholdersOf(message.source);
        const QStringList texts = message.numerus ? message.forms : QStringList{message.translation};
        for (const QString &text : texts) {
            // A plural form may leave %n out where the number is implied ("one day" for 1).
            QStringList found = placeholdersOf(text);
            QStringList wanted = expected;
            if (message.numerus && !found.contains(u"%n"_qs))
                wanted.removeAll(u"%n"_qs);
            if (found != wanted)
                wrong << message.location + QStringLiteral(": ") + message.source + QStringLiteral(" → ") +
                             text;
        }
    }
    QVERIFY2(wrong.isEmpty(),
             qPrintable(u"%1 translations with other placeholders, e.g.:\n"_qs.arg(wrong.size()) +
                        wrong.mid(0, 5).join(u'\n')));
}

// What a Spanish user reads: an error of the bonus-plan reader (a member of PlanReader, whose messages a
// file-local helper looked up under "huddle::core::BonusPlan" while lupdate filed them under the class),
// translated at run time through the compiled huddle_es.qm, against its entry in huddle_es.ts found by its
// English text alone.
void TestTranslations::aPlanErrorReadsInSpanish()
{
    const QString source = QStringLiteral("a bonus plan is a JSON object");
    QString expected;
    for (const TsMessage &message : readTs(sourceDir + u"/translations/huddle_es.ts"_qs))
        if (message.source == source)
            expected = message.translation;
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected != source);

    QTranslator spanish;
    QVERIFY(spanish.load(QStringLiteral(HUDDLE_QM_DIR "/huddle_es.qm")));
    QCoreApplication::installTranslator(&spanish);
    const auto plan = huddle::core::BonusPlan::fromJson("[1]");
    QCoreApplication::removeTranslator(&spanish);
    QVERIFY(!plan);
    QCOMPARE(plan.error().message, expected);
}

// English is the source language, so huddle_en.ts translates only the plural messages ("%n day(s)" → "1 day",
// "3 days"); one left unfinished shows "1 day(s)".
void TestTranslations::englishPluralsAreComplete()
{
    QStringList unfinished;
    int plurals = 0;
    for (const TsMessage &message : readTs(sourceDir + u"/translations/huddle_en.ts"_qs)) {
        if (!message.numerus || isStale(message))
            continue;
        ++plurals;
        if (message.type == u"unfinished")
            unfinished << message.location + QStringLiteral(": ") + message.source;
    }
    QVERIFY(plurals > 50);
    QVERIFY2(unfinished.isEmpty(), qPrintable(u"plural forms missing (translations/glossary_en.tsv):\n"_qs +
                                              unfinished.join(u'\n')));
}

} // namespace

HUDDLE_TEST_GUILESS_MAIN("test_translations", TestTranslations)
#include "tst_translations.moc"
