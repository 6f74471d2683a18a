#pragma once

// The small site (sitefixture.h) plus a month of hand-made data for Ana around a coaching session on Monday
// 15 April 2024, for the coaching effect, agenda and export tests. Every row is listed in effectsite.cpp
// with the figures the tests expect from it worked out beside it.
#include "sitefixture.h"

#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <memory>

namespace effectsite {

// The session day. Ana has rows on it (and after it) that nothing measured before it may read.
inline const QDate S{2024, 4, 15};

struct EffectSite {
    std::unique_ptr<huddle::storage::Database> database;
    fixture::SmallSite site;
    QHash<QString, qint64> conversations; // "2024-04-09/2" → id of Ana's 2nd conversation that day
};

huddle::core::Result<EffectSite> openEffectSite(const QString &path);

// The id of Ana's `index`-th (1-based) conversation on `day`.
qint64 conversation(const EffectSite &site, QDate day, int index);

} // namespace effectsite
