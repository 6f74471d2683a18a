#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QXmlStreamReader>

#include <memory>
#include <optional>

// The zip side of XlsxReader: opening the package with minizip and streaming one XML part of it through
// QXmlStreamReader, 64 KiB of inflated data at a time. Internal to huddle_readers (minizip is a private
// dependency).
namespace huddle::importers::xlsx {

struct ZipCloser {
    void operator()(void *zip) const;
};
// minizip's unzFile is a void pointer.
using ZipHandle = std::unique_ptr<void, ZipCloser>;

// An open zip and the directory of its entries, read once, so that finding a part is a hash lookup
// rather than minizip's walk over the central directory on every search.
class Package {
public:
    // Opens the zip at `path`. The error (location: the path) tells a missing or unreadable file, a
    // legacy .xls or encrypted workbook, a damaged zip and a file that is no zip at all apart.
    static core::Result<Package> open(const QString &path);

    // Whether the package has a part named `partName` ("xl/workbook.xml"). Part names are compared
    // without regard to case (ECMA-376 Part 2, Open Packaging Conventions, requirement M1.12), and
    // Windows separators in entry names, which some old generators wrote and Excel accepts, count as '/'.
    bool has(const QString &partName) const;
    // Makes `partName` minizip's current entry; false when there is no such part.
    bool select(const QString &partName);
    void *handle() const { return m_zip.get(); }

private:
    struct Entry {
        quint64 directoryOffset = 0;
        quint64 index = 0;
    };

    Package() = default;
    static QString keyOf(QString partName);
    bool readDirectory();

    ZipHandle m_zip;
    QHash<QString, Entry> m_entries;
};

// Reads one XML part token by token. Only one part of a package can be open at a time (minizip keeps a
// single current entry), so a reader must be closed, or destroyed, before the next is opened.
class PartReader {
public:
    static constexpr int ChunkBytes = 64 * 1024;

    PartReader() = default;
    PartReader(const PartReader &) = delete;
    PartReader &operator=(const PartReader &) = delete;
    ~PartReader();

    // Opens `partName` of `package` (which must outlive the reader). Refuses a part that inflates to more
    // than `maxBytes`, is encrypted or uses a compression method minizip cannot read. Returns the problem, in
    // words for the user, or nullopt.
    std::optional<QString> open(Package &package, const QString &partName, qint64 maxBytes);
    void close();

    // The next token, inflating more of the part whenever the XML reader runs out. Invalid on any error,
    // then and ever after; problem() says what it was. Documents with a DTD are refused: Office Open XML
    // forbids them (ECMA-376 Part 2, requirement M1.18), and refusing them rules out entity-expansion tricks.
    QXmlStreamReader::TokenType next();
    const QXmlStreamReader &xml() const { return m_xml; }
    QString problem() const;

    qint64 consumed() const { return m_consumed; } // uncompressed bytes handed to the XML reader
    qint64 size() const { return m_size; }         // uncompressed size recorded in the zip directory

private:
    bool feed();
    bool finish();
    void fail(const QString &problem);

    void *m_zip = nullptr;
    bool m_open = false;       // minizip's current entry is open
    bool m_atEnd = false;      // minizip has no more data
    bool m_rootClosed = false; // the root element has ended
    int m_depth = 0;
    qint64 m_consumed = 0;
    qint64 m_size = 0;
    qint64 m_maxBytes = 0;
    QXmlStreamReader m_xml;
    QString m_problem; // set for failures other than the XML reader's own errors
};

} // namespace huddle::importers::xlsx
