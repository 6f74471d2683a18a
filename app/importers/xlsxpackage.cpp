#include "xlsxpackage.h"

#include <QCoreApplication>
#include <QFile>

#include <unzip.h>

namespace huddle::importers::xlsx {

namespace {

// The signature of an OLE2 compound file: legacy .xls workbooks, and .xlsx workbooks saved with a
// password, which Office encrypts into such a container ([MS-OFFCRYPTO] §2.3.4).
constexpr char CompoundFileMagic[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

// Stored and deflated entries are all Office and minizip know (minizip is built without bzip2 here).
constexpr unsigned long Stored = 0;
constexpr unsigned long Deflated = 8;

QString mebibytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 0);
}

} // namespace

void ZipCloser::operator()(void *zip) const
{
    unzClose(zip);
}

core::Result<Package> Package::open(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return core::Error{
            QCoreApplication::translate("huddle::importers::XlsxReader", "the file does not exist"), path};
    if (!file.open(QIODevice::ReadOnly)) {
        return core::Error{
            QCoreApplication::translate("huddle::importers::XlsxReader", "cannot read the file: %1")
                .arg(file.errorString()),
            path};
    }
    const QByteArray magic = file.read(8);
    file.close();

    Package package;
    package.m_zip.reset(unzOpen64(QFile::encodeName(path).constData()));
    if (package.m_zip && package.readDirectory())
        return package;
    if (magic == QByteArrayView(CompoundFileMagic, 8)) {
        return core::Error{
            QCoreApplication::translate("huddle::importers::XlsxReader",
                                        "this is a legacy .xls workbook or a password-protected "
                                        ".xlsx; save it from Excel as an unprotected .xlsx"),
            path};
    }
    if (magic.startsWith("PK")) {
        return core::Error{
            QCoreApplication::translate("huddle::importers::XlsxReader",
                                        "the .xlsx file is damaged (the zip archive is truncated "
                                        "or corrupt)"),
            path};
    }
    return core::Error{QCoreApplication::translate("huddle::importers::XlsxReader",
                                                   "not an .xlsx workbook (not a zip file)"),
                       path};
}

QString Package::keyOf(QString partName)
{
    partName.replace(u'\\', u'/');
    return partName.toLower();
}

// One pass over the central directory. An entry whose header cannot be read means the directory is
// corrupt; the first of two equivalent names wins (OPC forbids them anyway).
bool Package::readDirectory()
{
    void *zip = m_zip.get();
    for (int status = unzGoToFirstFile(zip); status != UNZ_END_OF_LIST_OF_FILE;
         status = unzGoToNextFile(zip)) {
        if (status != UNZ_OK)
            return false;
        char name[1024];
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
            return false;
        if (info.size_filename >= sizeof name)
            continue; // no part this reader looks for has such a name
        unz64_file_pos position{};
        if (unzGetFilePos64(zip, &position) != UNZ_OK)
            return false;
        const QString key = keyOf(QString::fromUtf8(name));
        if (!m_entries.contains(key))
            m_entries.insert(key, Entry{position.pos_in_zip_directory, position.num_of_file});
    }
    return true;
}

bool Package::has(const QString &partName) const
{
    return m_entries.contains(keyOf(partName));
}

bool Package::select(const QString &partName)
{
    const auto entry = m_entries.constFind(keyOf(partName));
    if (entry == m_entries.cend())
        return false;
    const unz64_file_pos position{entry->directoryOffset, entry->index};
    return unzGoToFilePos64(m_zip.get(), &position) == UNZ_OK;
}

PartReader::~PartReader()
{
    close();
}

std::optional<QString> PartReader::open(Package &package, const QString &partName, qint64 maxBytes)
{
    void *zip = package.handle();
    close();
    m_xml.clear();
    m_problem.clear();
    m_atEnd = false;
    m_rootClosed = false;
    m_depth = 0;
    m_consumed = 0;
    m_size = 0;
    m_maxBytes = maxBytes;

    if (!package.select(partName)) {
        return QCoreApplication::translate("huddle::importers::XlsxReader", "the part %1 is missing")
            .arg(partName);
    }
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
        return QCoreApplication::translate("huddle::importers::XlsxReader", "the part %1 is damaged")
            .arg(partName);
    }
    if (info.flag & 1u) {
        return QCoreApplication::translate("huddle::importers::XlsxReader", "the part %1 is encrypted")
            .arg(partName);
    }
    if (info.compression_method != Stored && info.compression_method != Deflated) {
        return QCoreApplication::translate("huddle::importers::XlsxReader",
                                           "the part %1 uses an unsupported compression method (%2)")
            .arg(partName)
            .arg(info.compression_method);
    }
    if (info.uncompressed_size > static_cast<ZPOS64_T>(maxBytes)) {
        return QCoreApplication::translate("huddle::importers::XlsxReader",
                                           "the part %1 is too large (%2 MiB uncompressed, at most %3 MiB)")
            .arg(partName, mebibytes(static_cast<qint64>(info.uncompressed_size)), mebibytes(maxBytes));
    }
    if (unzOpenCurrentFile(zip) != UNZ_OK) {
        return QCoreApplication::translate("huddle::importers::XlsxReader", "the part %1 is damaged")
            .arg(partName);
    }
    m_zip = zip;
    m_open = true;
    m_size = static_cast<qint64>(info.uncompressed_size);
    return std::nullopt;
}

void PartReader::close()
{
    if (m_open)
        unzCloseCurrentFile(m_zip);
    m_open = false;
}

QXmlStreamReader::TokenType PartReader::next()
{
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++m_depth;
        } else if (token == QXmlStreamReader::EndElement) {
            if (--m_depth == 0)
                m_rootClosed = true;
        } else if (token == QXmlStreamReader::DTD) {
            fail(QCoreApplication::translate("huddle::importers::XlsxReader",
                                             "the XML declares a document type, which .xlsx files must not"));
            return QXmlStreamReader::Invalid;
        }
        if (token != QXmlStreamReader::Invalid)
            return token;
        if (!m_problem.isEmpty() || m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return token;
        if (m_atEnd) {
            // Fed incrementally, the XML reader cannot tell that nothing follows the root element.
            return m_rootClosed ? QXmlStreamReader::EndDocument : token;
        }
        if (!feed())
            return QXmlStreamReader::Invalid;
    }
}

QString PartReader::problem() const
{
    if (!m_problem.isEmpty())
        return m_problem;
    if (!m_xml.hasError())
        return {};
    return QCoreApplication::translate("huddle::importers::XlsxReader", "XML error at line %1, column %2: %3")
        .arg(m_xml.lineNumber())
        .arg(m_xml.columnNumber())
        .arg(m_xml.errorString());
}

bool PartReader::feed()
{
    if (!m_open) {
        fail(QCoreApplication::translate("huddle::importers::XlsxReader", "the part is not open"));
        return false;
    }
    // A fresh array each time: the XML reader keeps what it is given until it has parsed it.
    QByteArray chunk(ChunkBytes, Qt::Uninitialized);
    const int read = unzReadCurrentFile(m_zip, chunk.data(), ChunkBytes);
    if (read < 0) {
        fail(QCoreApplication::translate("huddle::importers::XlsxReader", "the compressed data is damaged"));
        return false;
    }
    if (read == 0)
        return finish();
    m_consumed += read;
    if (m_consumed > m_maxBytes) {
        fail(QCoreApplication::translate("huddle::importers::XlsxReader",
                                         "the part inflates to more than %1 MiB")
                 .arg(mebibytes(m_maxBytes)));
        return false;
    }
    chunk.truncate(read);
    m_xml.addData(chunk);
    return true;
}

// The part is exhausted: it must be as long as the zip directory says, and match its checksum (which
// minizip only checks once every byte has been read).
bool PartReader::finish()
{
    m_atEnd = true;
    const int closed = unzCloseCurrentFile(m_zip);
    m_open = false;
    if (m_consumed < m_size) {
        fail(QCoreApplication::translate("huddle::importers::XlsxReader",
                                         "the compressed data ends after %1 of %2 bytes")
                 .arg(m_consumed)
                 .arg(m_size));
        return false;
    }
    if (closed == UNZ_CRCERROR) {
        fail(QCoreApplication::translate("huddle::importers::XlsxReader",
                                         "the data does not match its checksum"));
        return false;
    }
    return true;
}

void PartReader::fail(const QString &problem)
{
    m_problem = problem;
    // Makes every later readNext() return Invalid.
    m_xml.raiseError(problem);
}

} // namespace huddle::importers::xlsx
