#pragma once

#include <QCoreApplication>
#include <QString>

namespace huddle::ui {

// The translation of a string in one of this namespace's free functions. lupdate files a free tr() under its
// enclosing namespace, so that is the context looked up. One shared definition (rather than one per file)
// also lets the library compile in unity batches.
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("huddle::ui", text, disambiguation, n);
}

// The plural form for n (the "%n" of the text).
inline QString tr(const char *text, int n)
{
    return QCoreApplication::translate("huddle::ui", text, nullptr, n);
}

} // namespace huddle::ui
