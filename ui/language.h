#pragma once

// The language of the console: the system's, unless the user picked another under Settings → Language. The
// choice takes effect at the next start (translations are installed before the first window exists), and it
// sets the locale that numbers, dates and money are written in as well.
#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace huddle::ui {

struct Language {
    QString code; // a QLocale name ("es", "pt_BR"); empty for "the system's language"
    QString name; // the language's name in that language, or "System language" translated
};

// "System language" first, then every language Huddle is translated into.
QList<Language> languages();

// The stored choice: a code of languages(), or empty when the system decides.
QString chosenLanguage();
void setChosenLanguage(const QString &code);

// The locale the console works in: the chosen language's, else the system's.
QLocale interfaceLocale();

// Makes interfaceLocale() the default locale and installs Qt's and Huddle's translations for it, Huddle's
// from `directory` (":/i18n" in the console). Returns the name of the Huddle translation installed.
QString installTranslations(QCoreApplication &app, const QString &directory);

} // namespace huddle::ui
