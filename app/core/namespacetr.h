#pragma once

#include <QCoreApplication>
#include <QString>

// Defines tr() for the free functions of the namespace it is used in, `context` being that namespace's full
// name: lupdate files a free tr() call under its enclosing namespace, so that is the context to look up. One
// definition per namespace, rather than a helper per file, also lets a library compile in unity batches.
// The second overload takes the count of a "%n" plural.
#define HUDDLE_NAMESPACE_TR(context)                                                                         \
    inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)                    \
    {                                                                                                        \
        return QCoreApplication::translate(context, text, disambiguation, n);                                \
    }                                                                                                        \
    inline QString tr(const char *text, int n)                                                               \
    {                                                                                                        \
        return QCoreApplication::translate(context, text, nullptr, n);                                       \
    }
