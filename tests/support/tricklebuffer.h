#pragma once

#include <QBuffer>
#include <QByteArray>

#include <algorithm>

namespace huddle::testsupport {

// A device that hands out at most `cap` bytes per read, as a slow pipe or network share might, so that
// characters, CRLF pairs and quotes get split between reads (cap 0: no limit).
class TrickleBuffer : public QBuffer {
public:
    TrickleBuffer(const QByteArray &data, qint64 cap)
        : m_cap(cap)
    {
        setData(data);
        open(QIODevice::ReadOnly);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        return QBuffer::readData(data, m_cap > 0 ? std::min(maxSize, m_cap) : maxSize);
    }

private:
    qint64 m_cap;
};

} // namespace huddle::testsupport
