#include "csvexport.h"
#include "translation.h"

#include "core/money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

namespace huddle::reports {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Status;

namespace {

bool startsFormula(QChar first)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return triggers.contains(first);
}

QString numberText(double value, int decimals)
{
    // QString::number never groups digits and always writes '.', whatever the locale.
    if (decimals >= 0)
        return QString::number(value, 'f', decimals);
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QString decimalCents(qint64 cents)
{
    return core::centsText(cents);
}

bool isPlainNumber(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    return plain.match(text).hasMatch();
}

QString neutralised(const QString &text)
{
    if (text.isEmpty() || !startsFormula(text.front()) || isPlainNumber(text))
        return text;
    return QLatin1Char('\'') + text;
}

QString csvField(const QString &text)
{
    const QString safe = neutralised(text);
    static const QRegularExpression special(QStringLiteral("[,\"\r\n]"));
    if (!safe.contains(special))
        return safe;
    QString quoted = safe;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvText(const TableCell &cell)
{
    if (!cell.hasValue())
        return cell.text;
    if (cell.kind == CellKind::MoneyCents)
        return decimalCents(cell.cents);
    return numberText(cell.number, cell.decimals);
}

QByteArray toCsv(const ExportTable &table)
{
    const auto line = [](const QStringList &fields) {
        QStringList out;
        for (const QString &field : fields)
            out.append(csvField(field));
        return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QString text = line(table.header);
    for (const QList<TableCell> &row : table.rows) {
        QStringList fields;
        for (const TableCell &cell : row)
            fields.append(csvText(cell));
        while (fields.size() < table.header.size())
            fields.append(QString());
        text += line(fields);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status writeCsv(const ExportTable &table, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error{tr("cannot write: %1").arg(file.errorString()), path};
    const QByteArray bytes = toCsv(table);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return core::Error{tr("cannot write: %1").arg(file.errorString()), path};
    return core::Done{};
}

} // namespace huddle::reports
