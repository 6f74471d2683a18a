#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace huddle::core {

// A failure that can be shown to a user as is: what went wrong and, when the input was a file, where.
struct Error {
    QString message;
    QString location; // "file:line:column", "file:line" or empty

    QString toString() const
    {
        return location.isEmpty() ? message : location + QStringLiteral(": ") + message;
    }
};

// Result of an operation that can fail on user input. std::expected is C++23; this is the small subset
// Huddle needs, without exceptions crossing the Qt event loop.
template <typename T> class Result {
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but can fail.
struct Done {};
using Status = Result<Done>;

} // namespace huddle::core
