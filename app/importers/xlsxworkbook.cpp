#include "xlsxworkbook.h"

#include "xlsxpackage.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QUrl>

namespace huddle::importers::xlsx {

using namespace Qt::StringLiterals;

namespace {

using Token = QXmlStreamReader::TokenType;

struct Relationship {
    QString id;
    QString type;
    QString target; // a part name, resolved against the source part's folder
};

QString partProblem(const QString &partName, const QString &problem)
{
    return QCoreApplication::translate("huddle::importers::XlsxReader", "%1: %2").arg(partName, problem);
}

QString folderOf(const QString &partName)
{
    return partName.left(partName.lastIndexOf(u'/') + 1);
}

// A relationship target is a URI relative to the source part's folder, or absolute from the package root
// ("/xl/worksheets/sheet1.xml"); zip entry names have no leading slash (ECMA-376 Part 2, Relationships
// and the ZIP mapping of part names).
QString resolveTarget(const QString &folder, QString target)
{
    target.replace(u'\\', u'/');
    if (target.contains(u'%'))
        target = QUrl::fromPercentEncoding(target.toUtf8());
    const QString path = target.startsWith(u'/') ? target : folder + target;
    QStringList segments;
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u"..") {
            if (!segments.isEmpty())
                segments.removeLast();
        } else if (segment != u".") {
            segments.append(segment);
        }
    }
    return segments.join(u'/');
}

// The relationships of `sourcePart` (the package itself when empty), from its .rels part; none when the
// part has no .rels. External targets (hyperlinks) are left out.
std::optional<QString> readRelationships(Package &package, const QString &sourcePart,
                                         QList<Relationship> &out)
{
    const QString folder = folderOf(sourcePart);
    const QString relsPart = folder + "_rels/"_L1 + sourcePart.mid(folder.size()) + ".rels"_L1;
    if (!package.has(relsPart))
        return std::nullopt;
    PartReader reader;
    if (auto problem = reader.open(package, relsPart, MaxSmallPartBytes))
        return problem;
    for (;;) {
        const Token token = reader.next();
        if (token == Token::Invalid)
            return partProblem(relsPart, reader.problem());
        if (token == Token::EndDocument)
            return std::nullopt;
        if (token != Token::StartElement || reader.xml().name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = reader.xml().attributes();
        if (attributes.value("TargetMode"_L1) == u"External")
            continue;
        out.append({attributes.value("Id"_L1).toString(), attributes.value("Type"_L1).toString(),
                    resolveTarget(folder, attributes.value("Target"_L1).toString())});
    }
}

// r:id, whichever namespace prefix the file binds to the relationships namespace (transitional and strict
// Office Open XML use different ones).
QString relationshipIdOf(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == u"id" && attribute.namespaceUri().endsWith(u"relationships"))
            return attribute.value().toString();
    }
    return {};
}

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

QString notAWorkbook()
{
    return QCoreApplication::translate("huddle::importers::XlsxReader",
                                       "not an .xlsx workbook (no xl/workbook.xml)");
}

// The workbook part: the package's officeDocument relationship says where, though in practice it is
// always xl/workbook.xml.
QString findWorkbookPart(Package &package)
{
    QList<Relationship> relationships;
    const bool readable = !readRelationships(package, QString(), relationships); // if not, try the usual name
    if (readable) {
        for (const Relationship &relationship : std::as_const(relationships)) {
            if (relationship.type.endsWith(u"/officeDocument") && package.has(relationship.target))
                return relationship.target;
        }
    }
    return QStringLiteral("xl/workbook.xml");
}

std::optional<QString> readSheetList(Package &package, const QString &workbookPart, WorkbookInfo &info)
{
    PartReader reader;
    if (auto problem = reader.open(package, workbookPart, MaxSmallPartBytes))
        return problem;
    bool sawRoot = false;
    bool inSheets = false;
    for (;;) {
        const Token token = reader.next();
        if (token == Token::Invalid)
            return partProblem(workbookPart, reader.problem());
        if (token == Token::EndDocument)
            return sawRoot ? std::nullopt : std::optional<QString>(notAWorkbook());
        const QStringView name = reader.xml().name();
        if (token == Token::EndElement && name == u"sheets")
            inSheets = false;
        if (token != Token::StartElement)
            continue;
        if (!sawRoot && name != u"workbook")
            return notAWorkbook(); // the main part of a .docx or .pptx, say
        sawRoot = true;
        const QXmlStreamAttributes attributes = reader.xml().attributes();
        if (name == u"workbookPr" && isTrue(attributes.value("date1904"_L1)))
            info.dateSystem = DateSystem::Excel1904;
        else if (name == u"sheets")
            inSheets = true;
        else if (inSheets && name == u"sheet")
            info.sheets.append(
                {attributes.value("name"_L1).toString(), relationshipIdOf(attributes), {}, false});
    }
}

// Fills in where each sheet, the shared strings and the styles are stored.
std::optional<QString> readWorkbookParts(Package &package, const QString &workbookPart, WorkbookInfo &info)
{
    QList<Relationship> relationships;
    if (auto problem = readRelationships(package, workbookPart, relationships))
        return problem;
    QHash<QString, const Relationship *> byId;
    for (const Relationship &relationship : std::as_const(relationships)) {
        byId.insert(relationship.id, &relationship);
        if (relationship.type.endsWith(u"/sharedStrings"))
            info.sharedStringsPart = relationship.target;
        else if (relationship.type.endsWith(u"/styles"))
            info.stylesPart = relationship.target;
    }
    for (SheetInfo &sheet : info.sheets) {
        if (const Relationship *relationship = byId.value(sheet.relationshipId)) {
            sheet.partName = relationship->target;
            sheet.chart = relationship->type.endsWith(u"/chartsheet");
        }
    }
    // Writers that leave the relationships out still use the usual names.
    const QString folder = folderOf(workbookPart);
    if (info.sharedStringsPart.isEmpty() && package.has(folder + "sharedStrings.xml"_L1))
        info.sharedStringsPart = folder + "sharedStrings.xml"_L1;
    if (info.stylesPart.isEmpty() && package.has(folder + "styles.xml"_L1))
        info.stylesPart = folder + "styles.xml"_L1;
    return std::nullopt;
}

} // namespace

std::optional<QString> readWorkbook(Package &package, bool withParts, WorkbookInfo &info)
{
    info = {};
    const QString workbookPart = findWorkbookPart(package);
    if (workbookPart.endsWith(".bin"_L1, Qt::CaseInsensitive)) {
        return QCoreApplication::translate("huddle::importers::XlsxReader",
                                           "this is a binary .xlsb workbook; save it from Excel as .xlsx");
    }
    if (!package.has(workbookPart)) {
        // OpenDocument packages start with a "mimetype" entry and keep the cells in content.xml.
        if (package.has(QStringLiteral("mimetype")) && package.has(QStringLiteral("content.xml"))) {
            return QCoreApplication::translate(
                "huddle::importers::XlsxReader",
                "this is an OpenDocument spreadsheet (.ods); save it as .xlsx");
        }
        return notAWorkbook();
    }
    if (auto problem = readSheetList(package, workbookPart, info))
        return problem;
    return withParts ? readWorkbookParts(package, workbookPart, info) : std::nullopt;
}

std::optional<QString> SharedStrings::load(Package &package, const QString &partName)
{
    m_text.clear();
    m_ends.clear();
    PartReader reader;
    if (auto problem = reader.open(package, partName, MaxSharedStringsBytes))
        return problem;
    QString current;
    bool inItem = false;
    bool inText = false;
    int phoneticDepth = 0; // inside <rPh>: the reading of East Asian text, not part of the string
    for (;;) {
        const Token token = reader.next();
        if (token == Token::Invalid)
            return partProblem(partName, reader.problem());
        if (token == Token::EndDocument)
            return std::nullopt;
        const QStringView name = reader.xml().name();
        if (token == Token::StartElement) {
            if (name == u"si") {
                inItem = true;
                current.resize(0);
            } else if (name == u"rPh") {
                ++phoneticDepth;
            } else if (name == u"t") {
                inText = inItem && phoneticDepth == 0;
            }
        } else if (token == Token::EndElement) {
            if (name == u"t") {
                inText = false;
            } else if (name == u"rPh") {
                --phoneticDepth;
            } else if (name == u"si" && inItem) {
                appendUtf8(unescapeXstring(current), m_text);
                m_ends.append(static_cast<quint32>(m_text.size()));
                inItem = false;
            }
        } else if (token == Token::Characters && inText) {
            current.append(reader.xml().text());
        }
    }
}

QByteArrayView SharedStrings::at(qsizetype index) const
{
    const quint32 start = index == 0 ? 0 : m_ends.at(index - 1);
    return QByteArrayView(m_text.constData() + start, m_ends.at(index) - start);
}

std::optional<QString> readNumberStyles(Package &package, const QString &partName, QList<NumberStyle> &styles)
{
    styles.clear();
    PartReader reader;
    if (auto problem = reader.open(package, partName, MaxSmallPartBytes))
        return problem;
    QHash<int, NumberStyle> custom; // numFmts may also redefine a built-in id, which then wins
    QList<int> formatIds;
    bool inNumFmts = false;
    bool inCellXfs = false;
    for (;;) {
        const Token token = reader.next();
        if (token == Token::Invalid)
            return partProblem(partName, reader.problem());
        if (token == Token::EndDocument)
            break;
        const QStringView name = reader.xml().name();
        if (token == Token::EndElement) {
            if (name == u"numFmts")
                inNumFmts = false;
            else if (name == u"cellXfs")
                inCellXfs = false;
            continue;
        }
        if (token != Token::StartElement)
            continue;
        const QXmlStreamAttributes attributes = reader.xml().attributes();
        if (name == u"numFmts") {
            inNumFmts = true;
        } else if (name == u"cellXfs") {
            inCellXfs = true;
        } else if (inNumFmts && name == u"numFmt") {
            bool ok = false;
            const int id = attributes.value("numFmtId"_L1).toInt(&ok);
            if (ok)
                custom.insert(id, numberStyleOfFormatCode(attributes.value("formatCode"_L1)));
        } else if (inCellXfs && name == u"xf") {
            formatIds.append(attributes.value("numFmtId"_L1).toInt());
        }
    }
    styles.reserve(formatIds.size());
    for (const int id : std::as_const(formatIds))
        styles.append(custom.value(id, builtinNumberStyle(id)));
    return std::nullopt;
}

} // namespace huddle::importers::xlsx
