#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <cstddef>
#include <optional>

namespace huddle::core {

// 64-bit FNV-1a (Fowler–Noll–Vo, http://www.isthe.com/chongo/tech/comp/fnv/): stable across runs and
// Qt versions, which qHash is not, because row hashes are stored in the database.
class Fnv1a {
public:
    void bytes(const void *data, std::size_t size)
    {
        const auto *p = static_cast<const unsigned char *>(data);
        for (std::size_t i = 0; i < size; ++i) {
            m_hash ^= p[i];
            m_hash *= 0x100000001b3ULL;
        }
    }
    void text(const QByteArray &value)
    {
        bytes(value.constData(), static_cast<std::size_t>(value.size()));
        bytes("\x1f", 1); // a separator, so ("ab","c") and ("a","bc") differ
    }
    template <typename T> void value(const std::optional<T> &v)
    {
        const unsigned char present = v ? 1 : 0;
        bytes(&present, 1);
        if (v) {
            const T copy = *v;
            bytes(&copy, sizeof copy);
        }
    }
    template <typename T> void plain(T v) { bytes(&v, sizeof v); }
    quint64 result() const { return m_hash; }

private:
    quint64 m_hash = 0xcbf29ce484222325ULL;
};

} // namespace huddle::core
