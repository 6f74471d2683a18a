#include "pdfmetadata.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cctype>
#include <functional>

namespace huddle::reports {

namespace {

using Replace = std::function<QByteArray(QByteArrayView)>;

// Calls `replace` with each value that follows `key` and ends before `end`. An empty replacement, or one of
// another length, leaves the value as it is, so the file's offsets never move.
void replaceValues(QByteArray &pdf, QByteArrayView key, char end, const Replace &replace)
{
    for (qsizetype at = pdf.indexOf(key); at >= 0; at = pdf.indexOf(key, at)) {
        const qsizetype start = at + key.size();
        const qsizetype stop = pdf.indexOf(end, start);
        if (stop < 0)
            return;
        const QByteArray value = replace(QByteArrayView(pdf).sliced(start, stop - start));
        if (!value.isEmpty() && value.size() == stop - start)
            pdf.replace(start, value.size(), value);
        at = stop;
    }
}

// PDF date strings (ISO 32000-1, 7.9.4): D:YYYYMMDDHHmmSS, then Z or +HH'mm'.
QByteArray pdfDate(const QDateTime &utc, QByteArrayView old)
{
    if (!old.startsWith("D:"))
        return {};
    const QByteArray base = "D:" + utc.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    if (old.size() == base.size() + 1)
        return base + 'Z';
    return base + "+00'00'";
}

// XMP dates (ISO 8601): 2026-12-01T07:30:34, then Z or +01:00.
QByteArray xmpDate(const QDateTime &utc, QByteArrayView old)
{
    if (old.size() < 19 || old[10] != 'T')
        return {};
    const QByteArray base = utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1();
    if (old.size() == base.size() + 1)
        return base + 'Z';
    return base + "+00:00";
}

bool isHex(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

// The file ids: the trailer's /ID [ <hex> <hex> ] and XMP's uuid:8-4-4-4-12, their hex digits given by
// `digit` (by position within the id).
void replaceIds(QByteArray &pdf, const std::function<char(qsizetype)> &digit)
{
    const auto hex = [&](QByteArrayView old) {
        QByteArray value = old.toByteArray();
        for (qsizetype i = 0; i < value.size(); ++i)
            if (value[i] != '-')
                value[i] = digit(i);
        return value;
    };
    const qsizetype id = pdf.lastIndexOf("/ID ["); // in the trailer, at the end of the file
    const qsizetype close = id < 0 ? -1 : pdf.indexOf(']', id);
    for (qsizetype open = pdf.indexOf('<', id); id >= 0 && open >= 0 && open < close;) {
        const qsizetype end = pdf.indexOf('>', open);
        if (end < 0 || end > close || !isHex(QByteArrayView(pdf).sliced(open + 1, end - open - 1)))
            break;
        pdf.replace(open + 1, end - open - 1, hex(QByteArrayView(pdf).sliced(open + 1, end - open - 1)));
        open = pdf.indexOf('<', end);
    }
    replaceValues(pdf, "uuid:", '"', [&](QByteArrayView old) {
        QByteArray digits = old.toByteArray();
        digits.replace('-', QByteArray());
        return old.size() == 36 && digits.size() == 32 && isHex(digits) ? hex(old) : QByteArray();
    });
}

} // namespace

QByteArray withFixedPdfMetadata(QByteArray pdf, const QDateTime &timestamp)
{
    const QDateTime utc = timestamp.toUTC();
    const Replace pdfTime = [&](QByteArrayView old) { return pdfDate(utc, old); };
    const Replace xmpTime = [&](QByteArrayView old) { return xmpDate(utc, old); };
    replaceValues(pdf, "/CreationDate (", ')', pdfTime);
    replaceValues(pdf, "/ModDate (", ')', pdfTime);
    for (const char *key : {"xmp:CreateDate=\"", "xmp:ModifyDate=\"", "xmp:MetadataDate=\""})
        replaceValues(pdf, key, '"', xmpTime);
    // The ids come from the content: blank them, hash the file, write the hash's digits in their place.
    replaceIds(pdf, [](qsizetype) { return '0'; });
    const QByteArray digest = QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex();
    replaceIds(pdf, [&](qsizetype i) { return digest[i % digest.size()]; });
    return pdf;
}

} // namespace huddle::reports
