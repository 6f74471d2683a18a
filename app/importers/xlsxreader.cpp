#include "xlsxreader.h"

#include "xlsxcells.h"
#include "xlsxpackage.h"
#include "xlsxworkbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QTime>

#include <algorithm>
#include <limits>

namespace huddle::importers {

using namespace Qt::StringLiterals;

namespace {

using Token = QXmlStreamReader::TokenType;
using xlsx::NumberStyle;

// Excel holds at most 32,767 characters in a cell. Far more than that is a broken or hostile file, and
// without a bound one cell could grow the row buffer until memory runs out.
constexpr qsizetype MaxCellChars = 1 << 20;
constexpr qsizetype MaxRowBytes = 16 << 20;

// The t attribute of <c> (ECMA-376 Part 1 §18.18.11, ST_CellType).
enum class CellType { Number, SharedString, InlineString, FormulaString, Boolean, Error, IsoDate };

CellType cellTypeOf(QStringView type)
{
    if (type.isEmpty() || type == u"n")
        return CellType::Number;
    if (type == u"s")
        return CellType::SharedString;
    if (type == u"b")
        return CellType::Boolean;
    if (type == u"e")
        return CellType::Error;
    if (type == u"d")
        return CellType::IsoDate;
    if (type == u"str")
        return CellType::FormulaString;
    return CellType::InlineString; // "inlineStr", and any unknown type as its text
}

// The elements of the sheet XML that matter, by local name (ECMA-376 Part 1 §18.3.1: sheetData, row, c,
// v, is, t, rPh). A sheet has millions of them, so the name is told by its length first.
enum class Element { Other, SheetData, Row, Cell, Value, InlineString, Text, Phonetic };

Element elementOf(QStringView name)
{
    switch (name.size()) {
    case 1:
        return name[0] == u'c'   ? Element::Cell
               : name[0] == u'v' ? Element::Value
               : name[0] == u't' ? Element::Text
                                 : Element::Other;
    case 2:
        return name == u"is" ? Element::InlineString : Element::Other;
    case 3:
        return name == u"row" ? Element::Row : name == u"rPh" ? Element::Phonetic : Element::Other;
    case 9:
        return name == u"sheetData" ? Element::SheetData : Element::Other;
    default:
        return Element::Other;
    }
}

// Where a cell's text is: in the shared-string table, which outlives every row, or in the row buffer,
// which may move while the row grows, so only its offset is kept until the row is complete.
struct CellSpan {
    const char *stable = nullptr;
    qsizetype offset = 0;
    qsizetype size = 0;
};

// A quoted name for messages, cut short if a hostile file made it huge.
QString quoted(QStringView text)
{
    constexpr qsizetype MaxShown = 32;
    QString result = u'\'' + text.left(MaxShown).toString();
    if (text.size() > MaxShown)
        result += u'…';
    return result + u'\'';
}

// A t="d" cell: an ISO 8601 date, with or without a time (ECMA-376 Part 1 §18.17.4), shown like a serial
// number with the same style would be. The date and time are taken as written: a zone suffix is
// dropped, as the serial numbers of other cells have none, and nothing is converted through the local
// time zone (which would move times that fall in a daylight-saving gap). Empty when it is no ISO date.
QString isoDateText(QStringView raw, NumberStyle style)
{
    const qsizetype separator = raw.indexOf(u'T');
    const QDate date = QDate::fromString(separator < 0 ? raw : raw.first(separator), Qt::ISODate);
    if (!date.isValid())
        return {};
    QTime time(0, 0);
    if (separator >= 0) {
        const QStringView clock = raw.sliced(separator + 1);
        const auto zone = std::find_if(clock.begin(), clock.end(), [](QChar c) {
            return c == u'Z' || c == u'z' || c == u'+' || c == u'-';
        });
        time = QTime::fromString(QStringView(clock.begin(), zone), Qt::ISODateWithMs);
        if (!time.isValid())
            return {};
    }
    const bool dateOnly = separator < 0 || (style == NumberStyle::Date && time == QTime(0, 0));
    QString text = date.toString(Qt::ISODate);
    if (!dateOnly)
        text += u' ' + time.toString(QStringLiteral("HH:mm:ss"));
    return text;
}

} // namespace

class XlsxReader::Impl {
public:
    Impl(const QString &path, const QString &sheetName, xlsx::Package package, xlsx::DateSystem dateSystem)
        : path(path)
        , sheetName(sheetName)
        , package(std::move(package))
        , dateSystem(dateSystem)
    {
    }

    bool next(SourceRow &row);
    const std::optional<core::Error> &error() const { return m_error; }
    bool finished() const { return m_finished; }

    const QString path;
    const QString sheetName;
    xlsx::Package package; // declared before `sheet`, so it is closed after it
    const xlsx::DateSystem dateSystem;
    xlsx::SharedStrings strings;
    QList<NumberStyle> styles;
    xlsx::PartReader sheet;

private:
    enum class Ended { Other, Row, Sheet };

    void startElement();
    Ended endElement();
    void beginRow(const QXmlStreamAttributes &attributes);
    void beginCell(const QXmlStreamAttributes &attributes);
    void captureText();
    void finishCell();
    void storeSharedString(QStringView raw);
    void storeNumber(QStringView raw);
    void storeIsoDate(QStringView raw);
    void storeText(QStringView text);
    void storeStable(QByteArrayView text);
    CellSpan &slot();
    bool emitRow(SourceRow &row);
    void fail(const QString &message, int column = -1);

    std::optional<core::Error> m_error;
    bool m_done = false;     // no more rows: the sheet ended or failed
    bool m_finished = false; // the sheet data ended without an error

    // Where the XML stream is.
    bool m_inSheetData = false;
    bool m_inRow = false;
    bool m_inCell = false;
    bool m_inInlineString = false;
    int m_phoneticDepth = 0;  // inside <rPh>, a reading of East Asian text that is not part of the value
    bool m_capturing = false; // inside <v>, or a <t> of an inline string

    // The row being read.
    qint64 m_row = 0; // its sheet row number (or the last one's, between rows)
    int m_nextColumn = 0;
    QList<CellSpan> m_cells;
    QByteArray m_text; // the row's cell texts that are not shared strings, UTF-8

    // The cell being read.
    int m_column = 0;
    CellType m_type = CellType::Number;
    int m_style = 0;
    bool m_hasValue = false;
    QString m_value;
};

bool XlsxReader::Impl::next(SourceRow &row)
{
    while (!m_done) {
        switch (sheet.next()) {
        case Token::StartElement:
            startElement();
            break;
        case Token::EndElement:
            switch (endElement()) {
            case Ended::Row:
                if (emitRow(row))
                    return true;
                break;
            case Ended::Sheet:
                m_done = m_finished = true;
                break;
            case Ended::Other:
                break;
            }
            break;
        case Token::Characters:
            if (m_capturing)
                captureText();
            break;
        case Token::EndDocument:
            m_done = m_finished = true;
            break;
        case Token::Invalid:
            fail(QCoreApplication::translate("huddle::importers::XlsxReader", "sheet %1: %2")
                     .arg(quoted(sheetName), sheet.problem()));
            break;
        default:
            break;
        }
    }
    return false;
}

void XlsxReader::Impl::startElement()
{
    switch (elementOf(sheet.xml().name())) {
    case Element::SheetData:
        m_inSheetData = true;
        break;
    case Element::Row:
        if (m_inSheetData)
            beginRow(sheet.xml().attributes());
        break;
    case Element::Cell:
        if (m_inRow)
            beginCell(sheet.xml().attributes());
        break;
    case Element::Value:
        if (m_inCell)
            m_capturing = m_hasValue = true;
        break;
    case Element::InlineString:
        if (m_inCell)
            m_inInlineString = m_hasValue = true;
        break;
    case Element::Phonetic:
        if (m_inInlineString)
            ++m_phoneticDepth;
        break;
    case Element::Text:
        if (m_inInlineString)
            m_capturing = m_phoneticDepth == 0;
        break;
    case Element::Other:
        // Formulas <f>, column widths, merged cells, extensions: none changes the text.
        break;
    }
}

XlsxReader::Impl::Ended XlsxReader::Impl::endElement()
{
    switch (elementOf(sheet.xml().name())) {
    case Element::Value:
    case Element::Text:
        m_capturing = false;
        break;
    case Element::Phonetic:
        m_phoneticDepth = std::max(0, m_phoneticDepth - 1);
        break;
    case Element::InlineString:
        m_inInlineString = false;
        break;
    case Element::Cell:
        if (m_inCell)
            finishCell();
        break;
    case Element::Row:
        if (m_inRow) {
            m_inRow = false;
            return Ended::Row;
        }
        break;
    case Element::SheetData:
        return Ended::Sheet;
    case Element::Other:
        break;
    }
    return Ended::Other;
}

void XlsxReader::Impl::beginRow(const QXmlStreamAttributes &attributes)
{
    const QStringView number = attributes.value("r"_L1);
    qint64 row = m_row + 1; // rows without r follow the previous one
    if (!number.isEmpty()) {
        bool ok = false;
        row = number.toLongLong(&ok);
        if (!ok || row < 1 || row > xlsx::MaxRows) {
            fail(QCoreApplication::translate("huddle::importers::XlsxReader",
                                             "sheet %1: invalid row number %2 (rows go from 1 to 1048576)")
                     .arg(quoted(sheetName), quoted(number)));
            return;
        }
    }
    m_row = row;
    m_inRow = true;
    m_nextColumn = 0;
    m_cells.resize(0);
    m_text.resize(0);
}

void XlsxReader::Impl::beginCell(const QXmlStreamAttributes &attributes)
{
    const QStringView reference = attributes.value("r"_L1);
    if (reference.isEmpty()) { // cells without r follow the previous one
        if (m_nextColumn >= xlsx::MaxColumns) {
            fail(QCoreApplication::translate("huddle::importers::XlsxReader",
                                             "sheet %1: the row has more than 16384 cells")
                     .arg(quoted(sheetName)));
            return;
        }
        m_column = m_nextColumn;
    } else if (const std::optional<int> column = xlsx::columnOfReference(reference)) {
        m_column = *column;
    } else {
        fail(QCoreApplication::translate("huddle::importers::XlsxReader",
                                         "sheet %1: invalid cell reference %2 (columns go from A to XFD)")
                 .arg(quoted(sheetName), quoted(reference)));
        return;
    }
    m_type = cellTypeOf(attributes.value("t"_L1));
    m_style = attributes.value("s"_L1).toInt(); // absent or unreadable: the default style 0
    m_inCell = true;
    m_hasValue = false;
    m_inInlineString = false;
    m_phoneticDepth = 0;
    m_capturing = false;
    m_value.resize(0);
}

void XlsxReader::Impl::captureText()
{
    m_value.append(sheet.xml().text());
    if (m_value.size() > MaxCellChars) {
        fail(QCoreApplication::translate("huddle::importers::XlsxReader",
                                         "sheet %1, cell %2: more than %3 characters in one cell")
                 .arg(quoted(sheetName), xlsx::columnName(m_column) + QString::number(m_row))
                 .arg(MaxCellChars),
             m_column);
    }
}

void XlsxReader::Impl::finishCell()
{
    m_inCell = m_inInlineString = m_capturing = false;
    m_nextColumn = m_column + 1;
    if (!m_hasValue) // a cell with a style and no value is empty
        return;
    const QStringView raw = QStringView(m_value).trimmed();
    switch (m_type) {
    case CellType::SharedString:
        storeSharedString(raw);
        break;
    case CellType::Number:
        storeNumber(raw);
        break;
    case CellType::Boolean:
        if (raw == u"1" || raw == u"true")
            storeStable("TRUE");
        else if (raw == u"0" || raw == u"false")
            storeStable("FALSE");
        else
            storeText(raw);
        break;
    case CellType::Error:
        storeText(raw);
        break;
    case CellType::IsoDate:
        storeIsoDate(raw);
        break;
    case CellType::InlineString:
    case CellType::FormulaString:
        // Text keeps its spaces.
        storeText(xlsx::unescapeXstring(m_value));
        break;
    }
    if (m_text.size() > MaxRowBytes) {
        fail(QCoreApplication::translate("huddle::importers::XlsxReader",
                                         "sheet %1: the row holds more than %2 MiB of text")
                 .arg(quoted(sheetName))
                 .arg(MaxRowBytes >> 20));
    }
}

void XlsxReader::Impl::storeSharedString(QStringView raw)
{
    bool ok = false;
    const qint64 index = raw.toLongLong(&ok);
    if (!ok || index < 0 || index >= strings.count()) {
        fail(QCoreApplication::translate(
                 "huddle::importers::XlsxReader",
                 "sheet %1, cell %2: shared string %3 does not exist (the workbook has %n shared string(s))",
                 nullptr,
                 static_cast<int>(std::min<qsizetype>(strings.count(), std::numeric_limits<int>::max())))
                 .arg(quoted(sheetName), xlsx::columnName(m_column) + QString::number(m_row), quoted(raw)),
             m_column);
        return;
    }
    storeStable(strings.at(index));
}

void XlsxReader::Impl::storeNumber(QStringView raw)
{
    const NumberStyle style =
        m_style >= 0 && m_style < styles.size() ? styles.at(m_style) : NumberStyle::Number;
    if (style != NumberStyle::Number) {
        bool ok = false;
        const double serial = raw.toDouble(&ok);
        const qsizetype start = m_text.size();
        if (ok && xlsx::appendSerial(serial, style, dateSystem, m_text)) {
            slot() = {nullptr, start, m_text.size() - start};
            return;
        }
    }
    // The value as written: writers store the shortest text that reads back as the same double.
    storeText(raw);
}

void XlsxReader::Impl::storeIsoDate(QStringView raw)
{
    const NumberStyle style =
        m_style >= 0 && m_style < styles.size() ? styles.at(m_style) : NumberStyle::Number;
    const QString text = isoDateText(raw, style);
    storeText(text.isEmpty() ? raw : QStringView(text));
}

void XlsxReader::Impl::storeText(QStringView text)
{
    const qsizetype start = m_text.size();
    xlsx::appendUtf8(text, m_text);
    slot() = {nullptr, start, m_text.size() - start};
}

void XlsxReader::Impl::storeStable(QByteArrayView text)
{
    slot() = {text.data(), 0, text.size()};
}

CellSpan &XlsxReader::Impl::slot()
{
    if (m_cells.size() <= m_column)
        m_cells.resize(m_column + 1);
    return m_cells[m_column];
}

// Hands out the row, up to its last non-empty cell; false for a row without any (a row that only
// carries formatting), which is skipped like the rows the XML leaves out.
bool XlsxReader::Impl::emitRow(SourceRow &row)
{
    qsizetype count = m_cells.size();
    while (count > 0 && m_cells.at(count - 1).size == 0)
        --count;
    if (count == 0)
        return false;
    row.line = m_row;
    row.cells.resize(count);
    for (qsizetype i = 0; i < count; ++i) {
        const CellSpan &cell = m_cells.at(i);
        if (cell.size == 0)
            row.cells[i] = QByteArrayView();
        else if (cell.stable)
            row.cells[i] = QByteArrayView(cell.stable, cell.size);
        else
            row.cells[i] = QByteArrayView(m_text.constData() + cell.offset, cell.size);
    }
    return true;
}

void XlsxReader::Impl::fail(const QString &message, int column)
{
    QString location = path;
    if (m_row > 0) {
        location += u':' + QString::number(m_row);
        if (column >= 0)
            location += u':' + QString::number(column + 1);
    }
    m_error = core::Error{message, location};
    m_done = true;
    m_inCell = m_inRow = m_capturing = false;
}

XlsxReader::XlsxReader(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{
}

XlsxReader::~XlsxReader() = default;

core::Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path, int sheetIndex)
{
    core::Result<xlsx::Package> package = xlsx::Package::open(path);
    if (!package)
        return package.error();
    xlsx::WorkbookInfo workbook;
    if (auto problem = xlsx::readWorkbook(package.value(), true, workbook))
        return core::Error{*problem, path};

    if (sheetIndex < 0 || sheetIndex >= workbook.sheets.size()) {
        return core::Error{QCoreApplication::translate("huddle::importers::XlsxReader",
                                                       "the workbook has no sheet %1 (it has %n sheet(s))",
                                                       nullptr, static_cast<int>(workbook.sheets.size()))
                               .arg(static_cast<qint64>(sheetIndex) + 1),
                           path};
    }
    const xlsx::SheetInfo &sheet = workbook.sheets.at(sheetIndex);
    if (sheet.chart) {
        return core::Error{QCoreApplication::translate("huddle::importers::XlsxReader",
                                                       "sheet %1 is a chart, not a table of cells")
                               .arg(quoted(sheet.name)),
                           path};
    }
    if (sheet.partName.isEmpty() || !package->has(sheet.partName)) {
        return core::Error{
            QCoreApplication::translate("huddle::importers::XlsxReader",
                                        "the workbook is damaged: the cells of sheet %1 are missing")
                .arg(quoted(sheet.name)),
            path};
    }

    auto impl = std::make_unique<Impl>(path, sheet.name, std::move(package.value()), workbook.dateSystem);
    if (!workbook.sharedStringsPart.isEmpty()) {
        if (auto problem = impl->strings.load(impl->package, workbook.sharedStringsPart))
            return core::Error{*problem, path};
    }
    if (!workbook.stylesPart.isEmpty()) {
        if (auto problem = xlsx::readNumberStyles(impl->package, workbook.stylesPart, impl->styles))
            return core::Error{*problem, path};
    }
    if (auto problem = impl->sheet.open(impl->package, sheet.partName, std::numeric_limits<qint64>::max())) {
        return core::Error{QCoreApplication::translate("huddle::importers::XlsxReader", "sheet %1: %2")
                               .arg(quoted(sheet.name), *problem),
                           path};
    }
    return std::unique_ptr<XlsxReader>(new XlsxReader(std::move(impl)));
}

core::Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    core::Result<xlsx::Package> package = xlsx::Package::open(path);
    if (!package)
        return package.error();
    xlsx::WorkbookInfo workbook;
    if (auto problem = xlsx::readWorkbook(package.value(), false, workbook))
        return core::Error{*problem, path};
    QStringList names;
    names.reserve(workbook.sheets.size());
    for (const xlsx::SheetInfo &sheet : std::as_const(workbook.sheets))
        names.append(sheet.name);
    return names;
}

bool XlsxReader::next(SourceRow &row)
{
    if (d->next(row))
        return true;
    m_error = d->error();
    return false;
}

qint64 XlsxReader::position() const
{
    return d->finished() ? d->sheet.size() : std::min(d->sheet.consumed(), d->sheet.size());
}

qint64 XlsxReader::size() const
{
    return d->sheet.size();
}

} // namespace huddle::importers
