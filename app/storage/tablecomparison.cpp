#include "tablecomparison.h"
#include "translation.h"

#include "sqlutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace huddle::storage {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Status;

namespace {

// One value as the digest reads it, the same on both engines: a letter for its kind (N null, I integer,
// R real, T text, B blob), the length of its text and the text: integers in decimal, reals with 17
// significant digits (enough to tell any two doubles apart), text as UTF-8, blobs in hex. So NULL differs
// from '', 1 from 1.0 and '1', and ("ab", "c") from ("a", "bc").
QByteArray normalised(const QSqlQuery &query, int column)
{
    char kind = 'N';
    QByteArray text;
    if (!query.isNull(column)) {
        const QVariant value = query.value(column);
        switch (value.metaType().id()) {
        // Qt's QPSQL driver gives a BIGINT as qulonglong when it is not negative, as qlonglong otherwise.
        case QMetaType::Short:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            kind = 'I';
            text = value.toString().toLatin1();
            break;
        case QMetaType::Bool:
            kind = 'I';
            text = value.toBool() ? "1" : "0";
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            kind = 'R';
            text = QByteArray::number(value.toDouble(), 'g', 17);
            break;
        case QMetaType::QByteArray:
            kind = 'B';
            text = value.toByteArray().toHex();
            break;
        default:
            kind = 'T';
            text = value.toString().toUtf8();
        }
    }
    return kind + QByteArray::number(text.size()) + ':' + text;
}

// Reads a table row by row and keeps the digest of what it has read.
class DigestReader {
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::DigestReader)

public:
    DigestReader(const DatabaseSide &side, const CatalogueTable &table, const QStringList &columns)
        : m_query(side.db)
        , m_sql(selectInKeyOrder(side, table, columns))
        , m_columns(int(columns.size()))
        , m_table(table.name)
    {
        m_query.setForwardOnly(true); // rows stream through; a large table is never held whole
    }

    Status start()
    {
        if (!m_query.exec(m_sql))
            return sqlError(m_query, tr("reading table %1 back").arg(m_table));
        return core::Done{};
    }

    // The next row's values (normalised), or false at the end.
    bool next()
    {
        m_row.clear();
        if (!m_query.next())
            return false;
        for (int i = 0; i < m_columns; ++i) {
            m_row.append(normalised(m_query, i));
            m_hash.addData(m_row.constLast());
        }
        ++m_digest.rows;
        return true;
    }

    core::Result<TableDigest> finish()
    {
        if (m_query.lastError().isValid())
            return sqlError(m_query, tr("reading table %1 back").arg(m_table));
        m_digest.sha256 = QString::fromLatin1(m_hash.result().toHex());
        return m_digest;
    }

    const QByteArrayList &row() const { return m_row; }

private:
    QSqlQuery m_query;
    QString m_sql;
    int m_columns;
    QString m_table;
    QByteArrayList m_row;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    TableDigest m_digest;
};

// Where two rows read in the same place first differ, to show: the row's place and the column.
QString firstDifference(qint64 rowNumber, const QByteArrayList &source, const QByteArrayList &copy,
                        const QStringList &columns)
{
    for (int i = 0; i < columns.size(); ++i)
        if (source.value(i) != copy.value(i))
            return tr("row %1 in key order, column %2: %3 in the source, %4 in the copy")
                .arg(rowNumber)
                .arg(columns.at(i), QString::fromUtf8(source.value(i).left(80)),
                     QString::fromUtf8(copy.value(i).left(80)));
    return {};
}

} // namespace

core::Result<TableDigest> compareTable(const DatabaseSide &sourceSide, const CatalogueTable &source,
                                       const DatabaseSide &targetSide, const CatalogueTable &target)
{
    const QStringList columns = source.columnNames();
    DigestReader original(sourceSide, source, columns);
    DigestReader copy(targetSide, target, columns);
    if (const core::Status started = original.start(); !started)
        return started.error();
    if (const core::Status started = copy.start(); !started)
        return started.error();
    QString difference;
    for (qint64 rowNumber = 1;; ++rowNumber) {
        const bool more = original.next();
        const bool moreCopied = copy.next();
        if (!more && !moreCopied)
            break;
        if (difference.isEmpty() && original.row() != copy.row())
            difference = more && moreCopied ? firstDifference(rowNumber, original.row(), copy.row(), columns)
                                            : tr("row %1 in key order is only in the %2")
                                                  .arg(rowNumber)
                                                  .arg(more ? tr("source") : tr("copy"));
    }
    const core::Result<TableDigest> originalDigest = original.finish();
    if (!originalDigest)
        return originalDigest.error();
    const core::Result<TableDigest> copyDigest = copy.finish();
    if (!copyDigest)
        return copyDigest.error();
    if (difference.isEmpty() && originalDigest->rows == copyDigest->rows &&
        originalDigest->sha256 == copyDigest->sha256)
        return originalDigest;
    return core::Error{
        tr("verification failed for table %1: the source has %2 rows (SHA-256 %3), the copy %4 "
           "rows (SHA-256 %5); first difference: %6")
            .arg(source.name)
            .arg(originalDigest->rows)
            .arg(originalDigest->sha256)
            .arg(copyDigest->rows)
            .arg(copyDigest->sha256, difference),
        {}};
}

} // namespace huddle::storage
