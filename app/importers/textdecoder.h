#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace huddle::importers {

enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

struct EncodingGuess {
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0; // bytes of byte-order mark at the start of the file, to skip
};

// Guesses the encoding of a file from its first bytes: a byte-order mark wins; then UTF-16 without a BOM
// (NUL bytes in every other position); then UTF-8 when the bytes are valid UTF-8 (a sequence cut off at
// the end of `head` does not count against it); anything else is Windows-1252, what spreadsheets on
// Windows save "CSV" as.
EncodingGuess detectEncoding(QByteArrayView head);
QString encodingName(TextEncoding encoding); // "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252"

// Converts a byte stream in `encoding` to UTF-8, chunk by chunk; a character split between two chunks is
// carried over to the next call. UTF-8 input is validated and passed through without conversion.
class Utf8Transcoder {
public:
    explicit Utf8Transcoder(TextEncoding encoding);

    // Appends the UTF-8 form of `input` to `output`. Returns false at the first invalid byte sequence
    // (bad UTF-8, unpaired UTF-16 surrogate); invalidOffset() is then its offset from the start of the
    // stream, and the output holds everything before it.
    bool append(QByteArrayView input, QByteArray &output);
    // Call at the end of the stream: false when a character was cut off by the end of the file.
    bool finish();
    qint64 invalidOffset() const { return m_invalidOffset; }

private:
    bool appendComplete(QByteArrayView input, QByteArray &output);

    TextEncoding m_encoding;
    QByteArray m_carry;    // bytes of a character not yet complete
    qint64 m_consumed = 0; // input bytes seen so far
    qint64 m_invalidOffset = -1;
};

} // namespace huddle::importers
