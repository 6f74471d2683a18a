#pragma once

#include "exporttable.h"

#include <QAbstractItemModel>
#include <QHash>

namespace huddle::reports {

// A view's table as an ExportTable, so any UI table can export itself: the horizontal header, and for
// every top-level row each column's DisplayRole text with the raw value under `valueRole`. `columnKinds`
// says what a column's raw values are (Percent in points, Seconds, MoneyCents as integer cents); a column
// not listed is a Number when its raw value is numeric, else text. A cell without a raw value is text.
// Only the rows the model holds are exported: fetch a lazy model fully first (canFetchMore/fetchMore).
ExportTable tableFromModel(const QAbstractItemModel &model, int valueRole,
                           const QHash<int, CellKind> &columnKinds = {});

} // namespace huddle::reports
