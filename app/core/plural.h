#pragma once

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <limits>

namespace huddle::core {

// A "%n item(s)" message translated in `context`. English is the source language and its plural forms
// normally come from huddle_en; where no translation is loaded (the CLI writing a report from cron, tests)
// "%n sale(s)" would read "1 sale(s)", so the regular English form is made here instead. Mark the source with
// QT_TRANSLATE_N_NOOP(context, …) so that lupdate finds it.
inline QString translatedPlural(const char *context, const char *source, qint64 n)
{
    const int count = static_cast<int>(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
    const QString translated = QCoreApplication::translate(context, source, nullptr, count);
    QString untranslated = QString::fromUtf8(source).replace(QStringLiteral("%n"), QString::number(count));
    if (translated != untranslated)
        return translated;
    return untranslated.replace(QStringLiteral("(s)"), count == 1 ? QString() : QStringLiteral("s"));
}

} // namespace huddle::core
