#pragma once

#include <QString>
#include <QStringList>

namespace huddle::storage {

// The tables an import writes rows to, with every column an import may overwrite. An overwritten row is
// kept in import_replaced as a JSON object of these columns, and undo writes them back.
struct ImportTable {
    QString name;
    QStringList columns;
};

const QList<ImportTable> &importTables();
const ImportTable &importTable(const QString &name);

// json_object('c1', c1, …) over a table's columns: the snapshot kept before an overwrite.
QString snapshotExpression(const ImportTable &table);

} // namespace huddle::storage
