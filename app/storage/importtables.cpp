#include "importtables.h"

#include "sqldialect.h"

namespace huddle::storage {

const QList<ImportTable> &importTables()
{
    static const QList<ImportTable> tables = {
        // In ImportWriter's binding order: the columns every import writes, then survey answers, then
        // sales (written only when the file maps them), then what only derived updates change.
        {QStringLiteral("conversations"), QStringList{QStringLiteral("source"),
                                                      QStringLiteral("external_id"),
                                                      QStringLiteral("channel"),
                                                      QStringLiteral("queue"),
                                                      QStringLiteral("agent_id"),
                                                      QStringLiteral("team_id"),
                                                      QStringLiteral("customer_id"),
                                                      QStringLiteral("started_at"),
                                                      QStringLiteral("day"),
                                                      QStringLiteral("answered"),
                                                      QStringLiteral("wait_s"),
                                                      QStringLiteral("talk_s"),
                                                      QStringLiteral("hold_s"),
                                                      QStringLiteral("acw_s"),
                                                      QStringLiteral("total_handle_s"),
                                                      QStringLiteral("handle_s"),
                                                      QStringLiteral("handle_basis"),
                                                      QStringLiteral("resolved"),
                                                      QStringLiteral("transcript_ref"),
                                                      QStringLiteral("first_response_s"),
                                                      QStringLiteral("resolution_s"),
                                                      QStringLiteral("closed_at"),
                                                      QStringLiteral("subject"),
                                                      QStringLiteral("import_id"),
                                                      QStringLiteral("row_hash"),
                                                      QStringLiteral("csat_score"),
                                                      QStringLiteral("csat_scale_min"),
                                                      QStringLiteral("csat_scale_max"),
                                                      QStringLiteral("nps_score"),
                                                      QStringLiteral("sale_count"),
                                                      QStringLiteral("sale_cents"),
                                                      QStringLiteral("fcr_inferred"),
                                                      QStringLiteral("surveyed_at")}},
        {QStringLiteral("agent_day_stats"),
         QStringList{QStringLiteral("team_id"), QStringLiteral("handled"), QStringLiteral("offered"),
                     QStringLiteral("talk_only"), QStringLiteral("handle_s_sum"),
                     QStringLiteral("wait_s_sum"), QStringLiteral("resolved"),
                     QStringLiteral("csat_responses"), QStringLiteral("csat_satisfied"),
                     QStringLiteral("sale_count"), QStringLiteral("sale_cents"), QStringLiteral("on_queue_s"),
                     QStringLiteral("import_id"), QStringLiteral("row_hash")}},
        {QStringLiteral("attendance"),
         QStringList{QStringLiteral("shift_start"), QStringLiteral("shift_minutes"), QStringLiteral("status"),
                     QStringLiteral("late_minutes"), QStringLiteral("adherence_pct"),
                     QStringLiteral("import_id"), QStringLiteral("row_hash")}},
        {QStringLiteral("sales"),
         QStringList{QStringLiteral("agent_id"), QStringLiteral("conversation_id"), QStringLiteral("day"),
                     QStringLiteral("product"), QStringLiteral("tier"), QStringLiteral("amount_cents"),
                     QStringLiteral("import_id"), QStringLiteral("row_hash")}},
    };
    return tables;
}

const ImportTable &importTable(const QString &name)
{
    for (const ImportTable &table : importTables()) {
        if (table.name == name)
            return table;
    }
    Q_UNREACHABLE();
}

QString snapshotExpression(Dialect dialect, const ImportTable &table)
{
    QStringList pairs;
    for (const QString &column : table.columns)
        pairs.append(QStringLiteral("'%1', %1").arg(column));
    return jsonObject(dialect, pairs.join(QStringLiteral(", ")));
}

} // namespace huddle::storage
