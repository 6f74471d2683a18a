// Settings → Language: the console follows the system's language until the user picks one; the choice is
// stored, read at the next start, and sets the translations and the locale numbers are written in. Read
// through the compiled translations (ui/CMakeLists.txt builds them into HUDDLE_QM_DIR).
#include "language.h"
#include "mainwindow.h"
#include "support/testmain.h"

#include <QActionGroup>
#include <QMenu>
#include <QSettings>
#include <QTranslator>
#include <QtTest>

using namespace huddle;

class TestLanguage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void systemLanguageUntilOneIsChosen();
    void aChosenLanguageIsStored();
    void aLanguageNoLongerOfferedFallsBackToTheSystem();
    void installingUsesTheChosenTranslationAndLocale();
    void everyOfferedLanguageHasItsTranslation();
    void theMenuStoresTheChoice();

private:
    void removeTranslators();
};

void TestLanguage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HuddleTests")); // keep the user's settings clean
}

void TestLanguage::init()
{
    QSettings().remove(QStringLiteral("language"));
    QLocale::setDefault(QLocale::c());
}

void TestLanguage::systemLanguageUntilOneIsChosen()
{
    QCOMPARE(ui::chosenLanguage(), QString());
    QCOMPARE(ui::interfaceLocale(), QLocale::system());
    QCOMPARE(ui::languages().constFirst().code, QString());
}

void TestLanguage::aChosenLanguageIsStored()
{
    ui::setChosenLanguage(QStringLiteral("pt_BR"));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("pt_BR"));
    QCOMPARE(ui::chosenLanguage(), QStringLiteral("pt_BR"));
    QCOMPARE(ui::interfaceLocale().name(), QStringLiteral("pt_BR"));
    ui::setChosenLanguage(QString());
    QVERIFY(!QSettings().contains(QStringLiteral("language")));
}

void TestLanguage::aLanguageNoLongerOfferedFallsBackToTheSystem()
{
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("tlh"));
    QCOMPARE(ui::chosenLanguage(), QString());
    QCOMPARE(ui::interfaceLocale(), QLocale::system());
}

void TestLanguage::installingUsesTheChosenTranslationAndLocale()
{
    ui::setChosenLanguage(QStringLiteral("es"));
    QCOMPARE(ui::installTranslations(*QCoreApplication::instance(), QStringLiteral(HUDDLE_QM_DIR)),
             QStringLiteral("es"));
    // translations/glossary_es.tsv: "&File" is "&Archivo".
    QCOMPARE(QCoreApplication::translate("huddle::ui::MainWindow", "&File"), QStringLiteral("&Archivo"));
    // Numbers follow the language too: a decimal comma and a dot between thousands in Spanish.
    QCOMPARE(QLocale().toString(12345.5, 'f', 1), QStringLiteral("12.345,5"));
    removeTranslators();
}

void TestLanguage::everyOfferedLanguageHasItsTranslation()
{
    for (const ui::Language &language : ui::languages()) {
        if (language.code.isEmpty())
            continue;
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral("huddle_") + language.code, QStringLiteral(HUDDLE_QM_DIR)),
                 qPrintable(language.code));
        QCOMPARE(translator.language(), language.code);
    }
}

void TestLanguage::theMenuStoresTheChoice()
{
    ui::setChosenLanguage(QStringLiteral("es"));
    ui::MainWindow window;
    auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), ui::languages().size());
    QAction *checked = menu->actions().constFirst()->actionGroup()->checkedAction();
    QVERIFY(checked);
    QCOMPARE(checked->data().toString(), QStringLiteral("es")); // the stored choice is ticked
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == QLatin1String("fil"))
            action->trigger();
    }
    QCOMPARE(ui::chosenLanguage(), QStringLiteral("fil"));
    QVERIFY(menu->actions().constFirst()->actionGroup()->checkedAction()->data() == QStringLiteral("fil"));
}

void TestLanguage::removeTranslators()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(translator);
    QLocale::setDefault(QLocale::c());
}

HUDDLE_TEST_MAIN("test_ui_language", TestLanguage)
#include "tst_language.moc"
