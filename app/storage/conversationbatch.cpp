#include "conversationbatch.h"
#include "translation.h"

#include <QSqlError>

namespace huddle::storage {

// The ids come back with their keys: the rows RETURNING gives are not promised in VALUES order.
ConversationBatch::ConversationBatch(const QSqlDatabase &db, const QStringList &columns)
    : m_statements(db)
    , m_insert(Dialect::PostgreSQL, m_statements, QStringLiteral("conversations"), columns,
               QStringLiteral("id, external_id"), [this](const QSqlQuery &returned) {
                   if (Known *known = find(returned.value(1).toString().toUtf8()))
                       known->id = returned.value(0).toLongLong();
               })
{
}

core::Result<std::unique_ptr<ConversationBatch>> ConversationBatch::load(const QSqlDatabase &db,
                                                                         const QByteArray &source,
                                                                         const QStringList &columns,
                                                                         qint64 maxKnown)
{
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE source = ?"));
    count.addBindValue(QString::fromUtf8(source));
    if (!count.exec() || !count.next())
        return core::Error{
            tr("could not read the conversations already imported: %1").arg(count.lastError().text()), {}};
    if (count.value(0).toLongLong() > maxKnown)
        return std::unique_ptr<ConversationBatch>();
    std::unique_ptr<ConversationBatch> batch(new ConversationBatch(db, columns));
    QSqlQuery keys(db);
    keys.setForwardOnly(true);
    keys.prepare(
        QStringLiteral("SELECT external_id, id, row_hash, import_id FROM conversations WHERE source = ?"));
    keys.addBindValue(QString::fromUtf8(source));
    if (!keys.exec())
        return core::Error{
            tr("could not read the conversations already imported: %1").arg(keys.lastError().text()), {}};
    batch->m_known.reserve(count.value(0).toLongLong());
    while (keys.next())
        batch->m_known.insert(keys.value(0).toString().toUtf8(),
                              Known{keys.value(1).toLongLong(),
                                    static_cast<quint64>(keys.value(2).toLongLong()),
                                    keys.value(3).toLongLong()});
    return batch;
}

ConversationBatch::Known *ConversationBatch::find(const QByteArray &externalId)
{
    const auto it = m_known.find(externalId);
    return it == m_known.end() ? nullptr : &it.value();
}

core::Status ConversationBatch::add(const QByteArray &externalId, quint64 hash, qint64 importId,
                                    const QVariantList &values)
{
    m_known.insert(externalId, Known{0, hash, importId});
    m_pendingKeys.append(externalId);
    m_insert.queue(values);
    return m_insert.isFull() ? flush() : core::Done{};
}

core::Status ConversationBatch::flush()
{
    if (m_pendingKeys.isEmpty())
        return core::Done{};
    if (auto written = m_insert.flush(
            tr("adding the conversations %1 to %2, written together")
                .arg(QString::fromUtf8(m_pendingKeys.first()), QString::fromUtf8(m_pendingKeys.last())));
        !written)
        return written;
    m_pendingKeys.clear();
    return core::Done{};
}

} // namespace huddle::storage
