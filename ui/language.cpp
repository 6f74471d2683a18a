#include "language.h"

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace huddle::ui {

namespace {

const char *const LanguageKey = "language";

} // namespace

QList<Language> languages()
{
    // Each language is named in itself, untranslated, so that a user finds theirs whatever language the
    // console is in at the moment.
    return {{QString(), QCoreApplication::translate("huddle::ui::Language", "System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("fil"), QStringLiteral("Filipino")},
            {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")}};
}

QString chosenLanguage()
{
    const QString code = QSettings().value(QLatin1String(LanguageKey)).toString();
    for (const Language &language : languages()) {
        if (language.code == code)
            return code;
    }
    return {}; // a language this version no longer offers: the system's
}

void setChosenLanguage(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(QLatin1String(LanguageKey));
    else
        QSettings().setValue(QLatin1String(LanguageKey), code);
}

QLocale interfaceLocale()
{
    const QString code = chosenLanguage();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QString installTranslations(QCoreApplication &app, const QString &directory)
{
    const QLocale locale = interfaceLocale();
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *huddle = new QTranslator(&app);
    // English is the source language, but its plural forms ("1 day" / "3 days") live in huddle_en: a
    // language without a translation of its own (or the C locale) falls back to it.
    if (!huddle->load(locale, QStringLiteral("huddle"), QStringLiteral("_"), directory) &&
        !huddle->load(QStringLiteral("huddle_en"), directory)) {
        delete huddle;
        return {};
    }
    QCoreApplication::installTranslator(huddle);
    return huddle->language();
}

} // namespace huddle::ui
