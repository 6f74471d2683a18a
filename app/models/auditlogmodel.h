#pragma once

#include "storage/auditlog.h"

#include <QAbstractTableModel>

namespace huddle::models {

// The audit log (storage::AuditLog) as a table, newest first: when (local time), who, what (the kind of
// record and its id), the action, and what changed, written out from the entry's detail ("score: 80 → 90").
// The raw values are under SortRole (the UTC instant, the record id) and the entity kind under EntityRole, so
// a proxy sorts by time and filters by kind.
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Who, What, Action, Change, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int EntityRole = Qt::UserRole + 1;

    explicit AuditLogModel(QObject *parent = nullptr);

    // `entries` oldest first, as AuditLog::allEntries reads them; shown newest first.
    void setEntries(const QList<storage::AuditEntry> &entries);
    const storage::AuditEntry &entryAt(int row) const { return m_entries.at(row); }
    // The entity kinds present, in order of first appearance from the newest entry.
    QStringList entityKinds() const;

    // "Evaluation", "Bonus plan", …; a kind this version does not know is shown as stored.
    static QString entityName(const QString &entity);
    // "Evaluation 6"; a bonus month, stored as its number YYYYMM, as "Bonus month October 2026".
    static QString recordName(const QString &entity, qint64 entityId);
    // The entry's detail for a person: one "key: value" per field, before → after where a field has both.
    static QString changeText(const QJsonObject &detail);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const storage::AuditEntry &entry, int column) const;
    QVariant sortValue(const storage::AuditEntry &entry, int column) const;

    QList<storage::AuditEntry> m_entries; // newest first
};

} // namespace huddle::models
