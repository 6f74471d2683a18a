#pragma once

#include "core/result.h"

#include <QByteArray>
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

// Opens the zip at `path`. The error (location: the path) tells a missing or unreadable file, a legacy
// .xls or encrypted workbook, a damaged zip and a file that is no zip at all apart.
core::Result<ZipHandle> openPackage(const QString &path);
// Whether the package has a part named `partName` ("xl/workbook.xml"); part names are compared without
// regard to case (ECMA-376 Part 2, Open Packaging Conventions, requirement M1.12).
bool hasPart(void *zip, const QString &partName);

// Reads one XML part token by token. Only one part of a package can be open at a time (minizip keeps a
// single current entry), so a reader must be closed, or destroyed, before the next is opened.
class PartReader {
public:
    static constexpr int ChunkBytes = 64 * 1024;

    PartReader() = default;
    PartReader(const PartReader &) = delete;
    PartReader &operator=(const PartReader &) = delete;
    ~PartReader();

    // Opens `partName` of `zip` (which must outlive the reader). Refuses a part that inflates to more than
    // `maxBytes`, is encrypted or uses a compression method minizip cannot read. Returns the problem, in
    // words for the user, or nullopt.
    std::optional<QString> open(void *zip, const QString &partName, qint64 maxBytes);
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
    QByteArray m_chunk;
    QXmlStreamReader m_xml;
    QString m_problem; // set for failures other than the XML reader's own errors
};

} // namespace huddle::importers::xlsx
