#pragma once

#include "storage/bonusplanrepository.h"
#include "storage/directoryrepository.h"

#include <QAbstractTableModel>
#include <QTimeZone>

#include <optional>

namespace huddle::models {

// The bonus plan versions per scope: the site first, then the teams by name, each scope's newest version
// first. A scope with no version of its own still has a row saying what applies to it: the built-in example
// plan for the site, the site's plan for a team.
class BonusPlanListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Scope, Version, ValidFrom, CreatedBy, CreatedAt, Note, ColumnCount };
    enum class Kind {
        Stored,    // a saved version
        BuiltIn,   // the site has none: core::BonusPlan::example() applies
        Inherited, // the team has none: the site's newest plan applies
    };
    struct Entry {
        Kind kind = Kind::Stored;
        storage::BonusPlanVersion version; // Inherited: the site's plan, with the team as the scope
    };

    explicit BonusPlanListModel(QObject *parent = nullptr);

    void setVersions(const QList<storage::BonusPlanVersion> &versions,
                     const QList<storage::TeamEntry> &teams);
    void setTimeZone(const QTimeZone &zone);
    const Entry *entryAt(int row) const;
    int rowOfVersion(qint64 versionId) const;           // -1 when not listed
    int rowOfScope(std::optional<qint64> teamId) const; // the scope's first row, -1 when not listed
    // The scope's newest stored version number as listed (0: none stored), what a save names as seen.
    int newestVersion(std::optional<qint64> teamId) const;
    QString scopeName(std::optional<qint64> teamId) const; // "Site" or the team's name
    // What the editor's heading says about a row: "Site — version 2, valid from 2026-11", and who saved it
    // when with the note, or what applies where nothing is stored.
    QString titleText(int row) const;
    QString detailText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const Entry &entry, int column) const;

    QList<Entry> m_entries;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace huddle::models
