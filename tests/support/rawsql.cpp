#include "rawsql.h"

#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace huddle::testsupport {

bool runRaw(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("raw-%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = openRawConnection(path, name);
        ok = db.isOpen();
        QSqlQuery q(db);
        for (const QString &statement : statements)
            ok = ok && q.exec(statement);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace huddle::testsupport
