#pragma once

#include "dialect.h"

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
// Slices of importTable("conversations").columns: written by every import, survey answers, sales.
inline constexpr int ConversationCoreColumns = 25;
inline constexpr int ConversationSurveyColumns = 4;
inline constexpr int ConversationSaleColumns = 2;
const ImportTable &importTable(const QString &name);

// A JSON object of a table's columns ({"c1": c1, …}): the snapshot kept before an overwrite.
QString snapshotExpression(Dialect dialect, const ImportTable &table);

} // namespace huddle::storage
