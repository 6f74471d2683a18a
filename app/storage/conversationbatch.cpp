#include "conversationbatch.h"
#include "translation.h"

#include <QSqlError>

#include <algorithm>

namespace huddle::storage {

namespace {

// Bound values per INSERT: below the 65,535 parameters of PostgreSQL's protocol; 30,000 is what
// storage/databasecopy.cpp measured as twice as fast as 999 (about 850 conversations a statement).
constexpr int maxParameters = 30000;

} // namespace

ConversationBatch::ConversationBatch(const QSqlDatabase &db, const QStringList &columns)
    : m_db(db)
    , m_columns(columns)
    , m_rowsPerStatement(std::max<int>(1, maxParameters / std::max<int>(1, int(columns.size()))))
    , m_full(db)
    , m_rest(db)
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
    m_pendingValues.append(values);
    if (m_pendingKeys.size() < m_rowsPerStatement)
        return core::Done{};
    return flush();
}

core::Status ConversationBatch::flush()
{
    const int rows = int(m_pendingKeys.size());
    if (rows == 0)
        return core::Done{};
    QSqlQuery &insert = rows == m_rowsPerStatement ? m_full : m_rest;
    if (&insert == &m_rest || !m_fullPrepared) {
        if (!insert.prepare(insertSql(rows)))
            return core::Error{tr("could not add conversations: %1").arg(insert.lastError().text()), {}};
        m_fullPrepared = m_fullPrepared || &insert == &m_full;
    }
    for (int i = 0; i < m_pendingValues.size(); ++i)
        insert.bindValue(i, m_pendingValues.at(i));
    if (!insert.exec())
        return core::Error{tr("could not add the conversations %1 to %2, written together: %3")
                               .arg(QString::fromUtf8(m_pendingKeys.first()),
                                    QString::fromUtf8(m_pendingKeys.last()), insert.lastError().text()),
                           {}};
    while (insert.next())
        if (Known *known = find(insert.value(1).toString().toUtf8()))
            known->id = insert.value(0).toLongLong();
    insert.finish();
    m_pendingKeys.clear();
    m_pendingValues.clear();
    return core::Done{};
}

// The ids come back with their keys: the rows RETURNING gives are not promised in VALUES order.
QString ConversationBatch::insertSql(int rows) const
{
    const QString row = QLatin1Char('(') +
                        QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')');
    return QStringLiteral("INSERT INTO conversations (%1) VALUES %2 RETURNING id, external_id")
        .arg(m_columns.join(QStringLiteral(", ")), QStringList(rows, row).join(QLatin1Char(',')));
}

} // namespace huddle::storage
