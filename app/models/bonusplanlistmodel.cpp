#include "bonusplanlistmodel.h"

#include "core/month.h"
#include "sitetimezone.h"

#include <QFont>
#include <QPalette>

namespace huddle::models {

BonusPlanListModel::BonusPlanListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BonusPlanListModel::setVersions(const QList<storage::BonusPlanVersion> &versions,
                                     const QList<storage::TeamEntry> &teams)
{
    beginResetModel();
    m_entries.clear();
    const auto scopeVersions = [&versions](std::optional<qint64> teamId) {
        QList<storage::BonusPlanVersion> own;
        for (const storage::BonusPlanVersion &version : versions)
            if (version.teamId == teamId)
                own << version;
        return own;
    };
    const QList<storage::BonusPlanVersion> site = scopeVersions(std::nullopt);
    storage::BonusPlanVersion sitePlan;
    if (site.isEmpty()) {
        sitePlan.plan = core::BonusPlan::example();
        m_entries << Entry{Kind::BuiltIn, sitePlan};
    } else {
        sitePlan = site.constFirst();
        for (const storage::BonusPlanVersion &version : site)
            m_entries << Entry{Kind::Stored, version};
    }
    for (const storage::TeamEntry &team : teams) {
        const QList<storage::BonusPlanVersion> own = scopeVersions(team.id);
        for (const storage::BonusPlanVersion &version : own)
            m_entries << Entry{Kind::Stored, version};
        if (own.isEmpty()) {
            storage::BonusPlanVersion inherited = sitePlan;
            inherited.teamId = team.id;
            inherited.teamName = team.name;
            m_entries << Entry{Kind::Inherited, inherited};
        }
    }
    endResetModel();
}

void BonusPlanListModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, CreatedAt), index(rowCount() - 1, CreatedAt));
}

const BonusPlanListModel::Entry *BonusPlanListModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int BonusPlanListModel::rowOfVersion(qint64 versionId) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries[row].kind == Kind::Stored && m_entries[row].version.id == versionId)
            return row;
    return -1;
}

int BonusPlanListModel::rowOfScope(std::optional<qint64> teamId) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries[row].version.teamId == teamId)
            return row;
    return -1;
}

int BonusPlanListModel::newestVersion(std::optional<qint64> teamId) const
{
    int newest = 0;
    for (const Entry &entry : m_entries)
        if (!entry.version.isBuiltIn() && entry.version.teamId == teamId)
            newest = std::max(newest, entry.version.version);
    return newest;
}

QString BonusPlanListModel::scopeName(std::optional<qint64> teamId) const
{
    const int row = teamId ? rowOfScope(teamId) : -1;
    return row >= 0 ? m_entries[row].version.teamName : tr("Site");
}

QString BonusPlanListModel::titleText(int row) const
{
    const Entry *entry = entryAt(row);
    if (!entry)
        return {};
    const QString scope = displayText(*entry, Scope);
    switch (entry->kind) {
    case Kind::BuiltIn:
        return tr("%1 — built-in example plan").arg(scope);
    case Kind::Inherited:
        return tr("%1 — no plan of its own").arg(scope);
    case Kind::Stored:
        break;
    }
    return tr("%1 — version %2, valid from %3")
        .arg(scope, QLocale().toString(entry->version.version), core::monthCode(entry->version.validFrom));
}

QString BonusPlanListModel::detailText(int row) const
{
    const Entry *entry = entryAt(row);
    if (!entry)
        return {};
    switch (entry->kind) {
    case Kind::BuiltIn:
        return tr("In force while the site has no plan of its own. New version… copies it into a draft.");
    case Kind::Inherited:
        return tr(
            "The site's plan applies to this team (shown). New version… gives the team a plan of its own.");
    case Kind::Stored:
        break;
    }
    const QString saved =
        tr("Saved by %1 on %2.")
            .arg(entry->version.createdBy, formatSiteTime(entry->version.createdAt, m_zone));
    const QString note =
        entry->version.note.isEmpty() ? QString() : QStringLiteral(" “%1”").arg(entry->version.note);
    return tr("%1%2 Read-only: New version… copies it into a draft.").arg(saved, note);
}

int BonusPlanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int BonusPlanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BonusPlanListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Entry &entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::FontRole:
        if (entry.kind != Kind::Stored) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return entry.kind == Kind::Inherited ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text))
                                             : QVariant();
    case Qt::ToolTipRole: // the note column is the one cut short in a narrow list
        if (index.column() == CreatedAt && entry.kind == Kind::Stored)
            return formatSiteTime(entry.version.createdAt, m_zone);
        return index.column() == Note ? QVariant(displayText(entry, Note)) : QVariant();
    default:
        return {};
    }
}

QString BonusPlanListModel::displayText(const Entry &entry, int column) const
{
    const storage::BonusPlanVersion &version = entry.version;
    switch (column) {
    case Scope:
        return version.teamId ? version.teamName : tr("Site");
    case Version:
        return entry.kind == Kind::Stored ? QLocale().toString(version.version) : QStringLiteral("—");
    case ValidFrom:
        return entry.kind == Kind::Stored ? core::monthCode(version.validFrom) : QString();
    case CreatedBy:
        return entry.kind == Kind::Stored ? version.createdBy : QString();
    case CreatedAt: // the day; the time is in the tooltip and the editor's heading
        return entry.kind == Kind::Stored ? QLocale().toString(version.createdAt.toTimeZone(m_zone).date(),
                                                               QStringLiteral("d MMM yyyy"))
                                          : QString();
    case Note:
        if (entry.kind == Kind::BuiltIn)
            return tr("Built-in example plan");
        if (entry.kind == Kind::Inherited)
            return tr("No plan of its own: the site's plan applies");
        return version.note;
    }
    return {};
}

QVariant BonusPlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList headers{tr("Scope"),    tr("Version"),  tr("Valid from"),
                              tr("Saved by"), tr("Saved on"), tr("Note")};
    return headers.value(section);
}

} // namespace huddle::models
