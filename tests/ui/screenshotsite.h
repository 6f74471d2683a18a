#pragma once

// A small demo database for the QA screenshots: realistic names, scorecards and transcripts, and one call
// with a transcript that no QA evaluation covers yet, to be scored in front of the camera.
#include "core/result.h"
#include "storage/database.h"

#include <QStringList>

#include <memory>

namespace screenshotsite {

struct Site {
    std::unique_ptr<huddle::storage::Database> database;
    qint64 conversationId = 0;
    QStringList criterionNames; // of the default voice scorecard, in flatCriteria() order
};

huddle::core::Result<Site> open(const QString &path);

} // namespace screenshotsite
