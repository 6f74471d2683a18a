#include "demofacts.h"

#include "storage/database.h"

#include <QCryptographicHash>
#include <QSqlRecord>

using namespace huddle;

namespace demofacts {

QSqlQuery run(const storage::Database &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    if (!q.exec())
        qWarning("query failed: %s", qPrintable(sql));
    return q;
}

QVariant scalar(const storage::Database &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q = run(db, sql, bindings);
    return q.next() ? q.value(0) : QVariant();
}

QByteArray fingerprint(const storage::Database &db, const QString &table)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q = run(db, QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            hash.addData((q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString()).toUtf8() +
                         '\x1f');
        hash.addData("\n");
    }
    return hash.result().toHex();
}

std::unique_ptr<storage::Database> generate(const QString &path, const demo::DemoOptions &options,
                                            demo::DemoSummary *summary)
{
    auto opened = storage::Database::open(path, storage::OpenMode::CreateIfMissing);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().toString()));
        return {};
    }
    const auto generated = demo::generateDemo(*opened.value(), options);
    if (!generated) {
        qWarning("%s", qPrintable(generated.error().toString()));
        return {};
    }
    if (summary)
        *summary = generated.value();
    return std::move(opened.value());
}

} // namespace demofacts
