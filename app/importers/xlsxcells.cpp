#include "xlsxcells.h"

#include <QDate>
#include <QStringEncoder>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace huddle::importers::xlsx {

namespace {

constexpr qint64 SecondsPerDay = 86400;

// Past this no serial is a date before year 10000 in either system; checked before multiplying so the
// conversion to seconds cannot overflow.
constexpr double MaxSerial = 3.0e6;

int letterValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A' + 1;
    if (u >= u'a' && u <= u'z')
        return u - u'a' + 1;
    return 0;
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

// What a bracketed section of a format code adds: [h], [hh], [m], [mm], [s], [ss] are elapsed-time
// tokens; colours ([Red]), locales ([$-409]) and conditions ([<100]) say nothing about dates.
bool isElapsedTimeToken(QStringView inner)
{
    if (inner.isEmpty())
        return false;
    const QChar first = inner.front().toLower();
    if (first != u'h' && first != u'm' && first != u's')
        return false;
    for (const QChar c : inner) {
        if (c.toLower() != first)
            return false;
    }
    return true;
}

struct FormatTokens {
    bool date = false;   // d or y
    bool time = false;   // h, s or an elapsed-time token
    bool months = false; // m, which is minutes next to hours or seconds
};

FormatTokens scanFormatCode(QStringView code)
{
    FormatTokens tokens;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'"') { // a quoted literal
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') { // escaped, space-width and fill characters
            ++i;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            const qsizetype end = close < 0 ? code.size() : close;
            if (isElapsedTimeToken(code.sliced(i + 1, end - i - 1)))
                tokens.time = true;
            i = end;
        } else if (code.sliced(i).startsWith(u"AM/PM", Qt::CaseInsensitive)) {
            i += 4;
        } else if (code.sliced(i).startsWith(u"A/P", Qt::CaseInsensitive)) {
            i += 2;
        } else {
            switch (c.toLower().unicode()) {
            case u'd':
            case u'y':
                tokens.date = true;
                break;
            case u'h':
            case u's':
                tokens.time = true;
                break;
            case u'm':
                tokens.months = true;
                break;
            default:
                break;
            }
        }
    }
    return tokens;
}

void appendFormatted(QByteArray &out, const char *format, long long a, int b, int c)
{
    char buffer[48];
    const int length = std::snprintf(buffer, sizeof buffer, format, a, b, c);
    out.append(buffer, length);
}

// The civil date of a whole number of days in `system`; false after 9999-12-31.
bool appendDate(qint64 days, DateSystem system, QByteArray &out)
{
    if (system == DateSystem::Excel1900 && days == 60) {
        out.append("1900-02-29");
        return true;
    }
    QDate date;
    if (system == DateSystem::Excel1904)
        date = QDate(1904, 1, 1).addDays(days);
    else
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days);
    if (!date.isValid() || date.year() > 9999)
        return false;
    appendFormatted(out, "%04lld-%02d-%02d", date.year(), date.month(), date.day());
    return true;
}

} // namespace

std::optional<int> columnOfReference(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const int letter = letterValue(reference[i]);
        if (letter == 0)
            break;
        column = column * 26 + letter;
        if (column > MaxColumns)
            return std::nullopt;
    }
    if (i == 0)
        return std::nullopt;
    for (; i < reference.size(); ++i) {
        if (!reference[i].isDigit())
            return std::nullopt;
    }
    return column - 1;
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

NumberStyle builtinNumberStyle(int numFmtId)
{
    if (numFmtId >= 14 && numFmtId <= 17)
        return NumberStyle::Date;
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47))
        return NumberStyle::Time;
    if (numFmtId == 22)
        return NumberStyle::DateTime;
    return NumberStyle::Number;
}

NumberStyle numberStyleOfFormatCode(QStringView formatCode)
{
    const FormatTokens tokens = scanFormatCode(formatCode);
    const bool date = tokens.date || (tokens.months && !tokens.time);
    if (date && tokens.time)
        return NumberStyle::DateTime;
    if (date)
        return NumberStyle::Date;
    if (tokens.time)
        return NumberStyle::Time;
    return NumberStyle::Number;
}

bool appendSerial(double serial, NumberStyle style, DateSystem system, QByteArray &out)
{
    if (style == NumberStyle::Number || !std::isfinite(serial) || serial < 0 || serial >= MaxSerial)
        return false;
    // Rounding the whole value, not just its fraction, carries 23:59:59.6 over to the next day.
    const qint64 seconds = std::llround(serial * SecondsPerDay);
    const int secondOfDay = static_cast<int>(seconds % SecondsPerDay);
    if (style == NumberStyle::Time) {
        appendFormatted(out, "%lld:%02d:%02d", seconds / 3600, secondOfDay / 60 % 60, secondOfDay % 60);
        return true;
    }
    if (!appendDate(seconds / SecondsPerDay, system, out))
        return false;
    if (style == NumberStyle::DateTime || secondOfDay != 0) {
        appendFormatted(out, " %02lld:%02d:%02d", secondOfDay / 3600, secondOfDay / 60 % 60,
                        secondOfDay % 60);
    }
    return true;
}

QString unescapeXstring(const QString &text)
{
    qsizetype escape = text.indexOf(u"_x");
    if (escape < 0)
        return text;
    QString result;
    result.reserve(text.size());
    qsizetype copied = 0;
    for (; escape >= 0; escape = text.indexOf(u"_x", escape + 1)) {
        if (escape < copied || escape + 7 > text.size() || text[escape + 6] != u'_')
            continue;
        const QStringView hex = QStringView(text).sliced(escape + 2, 4);
        if (!std::all_of(hex.begin(), hex.end(), isHexDigit))
            continue;
        result.append(QStringView(text).sliced(copied, escape - copied));
        result.append(QChar(static_cast<char16_t>(hex.toUInt(nullptr, 16))));
        copied = escape + 7;
    }
    result.append(QStringView(text).sliced(copied));
    return result;
}

void appendUtf8(QStringView text, QByteArray &out)
{
    QStringEncoder encoder(QStringEncoder::Utf8);
    const qsizetype start = out.size();
    out.resize(start + encoder.requiredSpace(text.size()));
    char *end = encoder.appendToBuffer(out.data() + start, text);
    out.truncate(end - out.constData());
}

} // namespace huddle::importers::xlsx
