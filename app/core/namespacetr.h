#pragma once

#include <QCoreApplication>
#include <QString>

// Defines tr() for the free functions of the namespace it is used in, `context` being that namespace's full
// name: lupdate files a free tr() call under its enclosing namespace, so that is the context to look up. One
// definition per namespace, rather than a helper per file, also lets a library compile in unity batches.
// The second overload takes the count of a "%n" plural.
//
// lupdate's C++ parser files the tr() calls of a free function whose return type is qualified with another
// namespace (`core::Status f()` inside huddle::storage) under that namespace's short name ("core"), where no
// code looks them up; such files say `using core::Status;` and leave the return type unqualified. A member
// function's tr() calls are filed under its class, so a class whose members call tr() declares its own
// (Q_DECLARE_TR_FUNCTIONS). tests/core/tst_translations.cpp checks both against the .ts files.
#define HUDDLE_NAMESPACE_TR(context)                                                                         \
    inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)                    \
    {                                                                                                        \
        return QCoreApplication::translate(context, text, disambiguation, n);                                \
    }                                                                                                        \
    inline QString tr(const char *text, int n)                                                               \
    {                                                                                                        \
        return QCoreApplication::translate(context, text, nullptr, n);                                       \
    }
