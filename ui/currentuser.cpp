#include "currentuser.h"

#include <QSettings>

namespace huddle::ui {

namespace {

const char *const settingsKey = "user/name";

QString loginName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("supervisor") : user;
}

QString &runOverride()
{
    static QString name;
    return name;
}

} // namespace

QString currentUserName()
{
    if (!runOverride().isEmpty())
        return runOverride();
    const QString stored = QSettings().value(QLatin1String(settingsKey)).toString().trimmed();
    return stored.isEmpty() ? loginName() : stored;
}

void setCurrentUserName(const QString &name)
{
    QSettings settings;
    if (name.trimmed().isEmpty())
        settings.remove(QLatin1String(settingsKey));
    else
        settings.setValue(QLatin1String(settingsKey), name.trimmed());
}

void overrideCurrentUserName(const QString &name)
{
    runOverride() = name.trimmed();
}

} // namespace huddle::ui
