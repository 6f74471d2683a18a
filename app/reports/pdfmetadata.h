#pragma once

#include <QByteArray>
#include <QDateTime>

namespace huddle::reports {

// Makes a PDF written by QPdfWriter reproducible: the same pages and the same `timestamp` give the same
// bytes. QPdfWriter (Qt 6.4, qpdf.cpp) stamps the current local time into the document information
// (/CreationDate (D:20261201073024+01'00')) and, for PDF/A, into the XMP metadata (xmp:CreateDate,
// xmp:ModifyDate) and gives the trailer a random /ID [<uuid hex> <uuid hex>]; newer Qt versions may add an
// xmpMM:DocumentID uuid as well. Each of those values is overwritten in place with one of the same length —
// the time as `timestamp` in UTC ("Z" or "+00'00'", whichever the original's length takes), the ids as hex
// of the SHA-256 of the file with its ids blanked — so every byte offset, and with them the cross-reference
// table and the stream lengths, stays valid. A value of an unexpected length is left as it is.
QByteArray withFixedPdfMetadata(QByteArray pdf, const QDateTime &timestamp);

} // namespace huddle::reports
