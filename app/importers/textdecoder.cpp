#include "textdecoder.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace huddle::importers {

namespace {

// How many bytes of the head detectEncoding() looks at for the NUL pattern of BOM-less UTF-16: enough
// for a few lines, little enough to stay cheap on a 64 KiB head.
constexpr qsizetype Utf16ProbeBytes = 4096;

// Windows-1252 bytes 0x80–0x9F as Unicode code points, from the WHATWG Encoding Standard's
// index-windows-1252 (https://encoding.spec.whatwg.org/index-windows-1252.txt). The five bytes that
// Microsoft leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls of the same number,
// as WHATWG (and so every browser) does; every other byte is its own code point (ISO 8859-1).
constexpr char16_t Windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80–0x87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 0x88–0x8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90–0x97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 0x98–0x9F
};

bool isContinuation(uchar byte)
{
    return (byte & 0xC0) == 0x80;
}

enum class Utf8Check { Valid, Truncated, Invalid };

// Checks the UTF-8 sequence starting at p[0] (a non-ASCII byte) against Unicode's table of well-formed
// byte sequences (The Unicode Standard, table 3-7): no overlong forms, no surrogates, nothing above
// U+10FFFF. `length` is set to the sequence's length when it is valid.
Utf8Check checkUtf8Sequence(const uchar *p, const uchar *end, int &length)
{
    const uchar lead = p[0];
    uchar secondMin = 0x80;
    uchar secondMax = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            secondMin = 0xA0; // overlong below U+0800
        else if (lead == 0xED)
            secondMax = 0x9F; // UTF-16 surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            secondMin = 0x90; // overlong below U+10000
        else if (lead == 0xF4)
            secondMax = 0x8F; // above U+10FFFF
    } else {
        return Utf8Check::Invalid; // a stray continuation byte, C0/C1 (overlong) or F5–FF
    }
    for (int i = 1; i < length; ++i) {
        if (p + i >= end)
            return Utf8Check::Truncated;
        const uchar byte = p[i];
        if (i == 1 ? (byte < secondMin || byte > secondMax) : !isContinuation(byte))
            return Utf8Check::Invalid;
    }
    return Utf8Check::Valid;
}

// Index of the first byte that is not ASCII, eight bytes at a time: CSV is mostly ASCII.
qsizetype skipAscii(const uchar *data, qsizetype i, qsizetype size)
{
    constexpr quint64 HighBits = 0x8080808080808080ULL;
    while (i + 8 <= size) {
        quint64 word;
        std::memcpy(&word, data + i, sizeof word);
        if (word & HighBits)
            break;
        i += 8;
    }
    while (i < size && data[i] < 0x80)
        ++i;
    return i;
}

struct ScanResult {
    qsizetype complete = 0; // bytes of whole, valid characters from the start
    bool invalid = false;   // stopped at an invalid sequence (rather than the end or a cut-off one)
};

ScanResult scanUtf8(QByteArrayView input)
{
    const auto *data = reinterpret_cast<const uchar *>(input.data());
    const qsizetype size = input.size();
    qsizetype i = 0;
    for (;;) {
        i = skipAscii(data, i, size);
        if (i == size)
            return {i, false};
        int length = 0;
        switch (checkUtf8Sequence(data + i, data + size, length)) {
        case Utf8Check::Valid:
            i += length;
            break;
        case Utf8Check::Truncated:
            return {i, false};
        case Utf8Check::Invalid:
            return {i, true};
        }
    }
}

char *putUtf8(char *out, char32_t cp)
{
    if (cp < 0x80) {
        *out++ = char(cp);
    } else if (cp < 0x800) {
        *out++ = char(0xC0 | (cp >> 6));
        *out++ = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = char(0xE0 | (cp >> 12));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    } else {
        *out++ = char(0xF0 | (cp >> 18));
        *out++ = char(0x80 | ((cp >> 12) & 0x3F));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    }
    return out;
}

// Grows `output` by at most `maxExtra` bytes and returns where to write; shrinkOutput() trims the rest.
char *growOutput(QByteArray &output, qsizetype maxExtra)
{
    const qsizetype oldSize = output.size();
    output.resize(oldSize + maxExtra);
    return output.data() + oldSize;
}

void shrinkOutput(QByteArray &output, const char *written)
{
    output.resize(written - output.constData());
}

bool isHighSurrogate(char16_t unit)
{
    return unit >= 0xD800 && unit <= 0xDBFF;
}

bool isLowSurrogate(char16_t unit)
{
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

// Converts the complete UTF-16 characters at the start of `input`; a lone surrogate stops it.
ScanResult convertUtf16(QByteArrayView input, bool bigEndian, QByteArray &output)
{
    const auto *data = reinterpret_cast<const uchar *>(input.data());
    const qsizetype size = input.size();
    const auto unitAt = [&](qsizetype i) {
        return bigEndian ? char16_t((data[i] << 8) | data[i + 1]) : char16_t((data[i + 1] << 8) | data[i]);
    };
    // Each 2-byte unit becomes at most 3 bytes; a 4-byte pair becomes 4.
    char *out = growOutput(output, size / 2 * 3);
    qsizetype i = 0;
    ScanResult result;
    while (i + 2 <= size) {
        const char16_t unit = unitAt(i);
        if (unit < 0xD800 || unit > 0xDFFF) {
            out = putUtf8(out, unit);
            i += 2;
            continue;
        }
        if (!isHighSurrogate(unit)) {
            result.invalid = true;
            break;
        }
        if (i + 4 > size)
            break; // its low surrogate is in the next chunk
        const char16_t low = unitAt(i + 2);
        if (!isLowSurrogate(low)) {
            result.invalid = true;
            break;
        }
        out = putUtf8(out, 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (low - 0xDC00));
        i += 4;
    }
    shrinkOutput(output, out);
    result.complete = i;
    return result;
}

void convertWindows1252(QByteArrayView input, QByteArray &output)
{
    char *out = growOutput(output, input.size() * 3);
    for (const char c : input) {
        const auto byte = uchar(c);
        if (byte < 0x80)
            *out++ = c;
        else if (byte < 0xA0)
            out = putUtf8(out, Windows1252High[byte - 0x80]);
        else
            out = putUtf8(out, byte);
    }
    shrinkOutput(output, out);
}

bool looksLikeUtf16WithoutBom(QByteArrayView head, TextEncoding &encoding)
{
    const qsizetype size = std::min(head.size(), Utf16ProbeBytes) & ~qsizetype(1);
    if (size < 2)
        return false;
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < size; i += 2) {
        evenNuls += head[i] == '\0';
        oddNuls += head[i + 1] == '\0';
    }
    // Text in a Latin script is mostly ASCII, whose UTF-16 form has a NUL in every other byte. Requiring
    // half the pairs to follow the pattern and almost none the other way keeps binary data out.
    const qsizetype pairs = size / 2;
    const auto pattern = [pairs](qsizetype nuls, qsizetype others) {
        return nuls * 2 >= pairs && others * 20 <= pairs;
    };
    if (pattern(oddNuls, evenNuls)) {
        encoding = TextEncoding::Utf16LE;
        return true;
    }
    if (pattern(evenNuls, oddNuls)) {
        encoding = TextEncoding::Utf16BE;
        return true;
    }
    return false;
}

} // namespace

EncodingGuess detectEncoding(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return {TextEncoding::Utf8, 3};
    if (head.startsWith("\xFF\xFE"))
        return {TextEncoding::Utf16LE, 2};
    if (head.startsWith("\xFE\xFF"))
        return {TextEncoding::Utf16BE, 2};
    TextEncoding utf16 = TextEncoding::Utf16LE;
    if (looksLikeUtf16WithoutBom(head, utf16))
        return {utf16, 0};
    if (!scanUtf8(head).invalid)
        return {TextEncoding::Utf8, 0};
    return {TextEncoding::Windows1252, 0};
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

Utf8Transcoder::Utf8Transcoder(TextEncoding encoding)
    : m_encoding(encoding)
{
}

bool Utf8Transcoder::append(QByteArrayView input, QByteArray &output)
{
    if (m_invalidOffset >= 0)
        return false;
    if (m_encoding == TextEncoding::Windows1252) {
        convertWindows1252(input, output); // every byte is a character: nothing to carry
        m_consumed += input.size();
        return true;
    }
    // A character cut off at the end of the previous chunk is completed from the first bytes of this one
    // (no character is longer than 4 bytes); those few bytes are joined and converted on their own.
    while (!m_carry.isEmpty() && !input.isEmpty()) {
        const qsizetype taken = std::min<qsizetype>(input.size(), 4 - m_carry.size());
        QByteArray joined = std::exchange(m_carry, {});
        m_consumed -= joined.size(); // the joined bytes are converted again from their start
        joined.append(input.first(taken));
        if (!appendComplete(joined, output))
            return false;
        input = input.sliced(taken);
    }
    if (input.isEmpty())
        return true;
    return appendComplete(input, output);
}

// Converts the whole characters of `input` and keeps a cut-off last one in m_carry.
bool Utf8Transcoder::appendComplete(QByteArrayView input, QByteArray &output)
{
    ScanResult scan;
    if (m_encoding == TextEncoding::Utf8) {
        scan = scanUtf8(input);
        output.append(input.first(scan.complete)); // already UTF-8: validated, not converted
    } else {
        scan = convertUtf16(input, m_encoding == TextEncoding::Utf16BE, output);
    }
    if (scan.invalid) {
        m_invalidOffset = m_consumed + scan.complete;
        return false;
    }
    m_carry = input.sliced(scan.complete).toByteArray();
    m_consumed += input.size();
    return true;
}

bool Utf8Transcoder::finish()
{
    if (m_invalidOffset >= 0)
        return false;
    if (m_carry.isEmpty())
        return true;
    m_invalidOffset = m_consumed - m_carry.size();
    return false;
}

} // namespace huddle::importers
