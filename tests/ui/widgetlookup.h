#pragma once

// Finding a dialog's or page's widgets by object name, as the GUI tests reach them.
#include <QObject>
#include <QString>
#include <QtGlobal>

namespace widgetlookup {

// The object of type T called `name` under `parent`; null, with a warning naming it, when there is none (the
// test then fails where it uses it).
template <typename T> T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child named %s", name);
    return found;
}

} // namespace widgetlookup
