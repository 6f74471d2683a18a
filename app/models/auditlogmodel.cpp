#include "auditlogmodel.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace huddle::models {

namespace {

QString jsonValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return value.toBool() ? AuditLogModel::tr("yes") : AuditLogModel::tr("no");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return AuditLogModel::tr("none");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditLogModel::setEntries(const QList<storage::AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

QStringList AuditLogModel::entityKinds() const
{
    QStringList kinds;
    for (const auto &entry : m_entries)
        if (!kinds.contains(entry.entity))
            kinds << entry.entity;
    return kinds;
}

QString AuditLogModel::entityName(const QString &entity)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("evaluation"), QT_TR_NOOP("Evaluation")},
        {QStringLiteral("dispute"), QT_TR_NOOP("Dispute")},
        {QStringLiteral("scorecard"), QT_TR_NOOP("Scorecard")},
        {QStringLiteral("calibration_session"), QT_TR_NOOP("Calibration session")},
        {QStringLiteral("coaching_session"), QT_TR_NOOP("Coaching session")},
        {QStringLiteral("coaching_action"), QT_TR_NOOP("Action item")},
        {QStringLiteral("phrase"), QT_TR_NOOP("Phrase")},
        {QStringLiteral("attendance"), QT_TR_NOOP("Attendance")},
        {QStringLiteral("settings"), QT_TR_NOOP("Settings")},
        {QStringLiteral("bonus_plan"), QT_TR_NOOP("Bonus plan")},
        {QStringLiteral("bonus_month"), QT_TR_NOOP("Bonus month")},
        {QStringLiteral("import"), QT_TR_NOOP("Import")},
        {QStringLiteral("peer_review_assignment"), QT_TR_NOOP("Peer review assignment")},
        {QStringLiteral("user"), QT_TR_NOOP("User")}};
    const auto name = names.constFind(entity);
    return name == names.constEnd() ? entity : tr(*name);
}

QString AuditLogModel::recordName(const QString &entity, qint64 entityId)
{
    const QDate month(int(entityId / 100), int(entityId % 100), 1);
    if (entity == QStringLiteral("bonus_month") && month.isValid())
        return tr("%1 %2").arg(entityName(entity), QLocale().toString(month, QStringLiteral("MMMM yyyy")));
    return tr("%1 %2").arg(entityName(entity)).arg(entityId);
}

QString AuditLogModel::changeText(const QJsonObject &detail)
{
    QStringList parts;
    for (auto field = detail.begin(); field != detail.end(); ++field) {
        const QJsonObject change = field.value().toObject();
        if (field.value().isObject() && change.contains(QStringLiteral("before")) &&
            change.contains(QStringLiteral("after")))
            parts << tr("%1: %2 → %3")
                         .arg(field.key(), jsonValueText(change.value(QStringLiteral("before"))),
                              jsonValueText(change.value(QStringLiteral("after"))));
        else
            parts << tr("%1: %2").arg(field.key(), jsonValueText(field.value()));
    }
    return parts.join(QStringLiteral("; "));
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::AuditEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(entry, index.column());
    case SortRole:
        return sortValue(entry, index.column());
    case EntityRole:
        return entry.entity;
    default:
        return {};
    }
}

QVariant AuditLogModel::display(const storage::AuditEntry &entry, int column) const
{
    switch (column) {
    case When:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case Who:
        return entry.actor;
    case What:
        return recordName(entry.entity, entry.entityId);
    case Action:
        return entry.action;
    case Change:
        return changeText(entry.detail);
    default:
        return {};
    }
}

QVariant AuditLogModel::sortValue(const storage::AuditEntry &entry, int column) const
{
    switch (column) {
    case When:
        // Entries of the same second keep the log's order.
        return entry.id;
    case What:
        return entityName(entry.entity) +
               QStringLiteral("\x1f%1").arg(entry.entityId, 12, 10, QLatin1Char('0'));
    default:
        return display(entry, column);
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Action:
        return tr("Action");
    case Change:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace huddle::models
