#include "emptyauditlog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace huddle::testsupport {

std::unique_ptr<storage::Database> openWithEmptyAuditLog(const QString &path)
{
    auto db = storage::Database::open(path, storage::OpenMode::CreateIfMissing);
    if (!db) {
        qWarning("%s", qPrintable(db.error().toString()));
        return nullptr;
    }
    QSqlQuery clear(db.value()->connection());
    if (!clear.exec(QStringLiteral("DELETE FROM audit_log"))) {
        qWarning("%s", qPrintable(clear.lastError().text()));
        return nullptr;
    }
    return std::move(db.value());
}

} // namespace huddle::testsupport
