#pragma once

#include "fields.h"
#include "values.h"

#include "core/csatscale.h"
#include "core/importrow.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace huddle::importers {

using Shape = core::ImportShape;
QString shapeKey(Shape shape); // "conversations", "agent_day", …
std::optional<Shape> shapeFromKey(QStringView key);
// Whether rows of a shape have any use for a field.
bool shapeUsesField(Shape shape, Field field);

// One field's column: its header as written in the file, and for yes/no fields an optional cell value that
// means "yes" (`--map answered=outcome=AGENT`): then any other value means "no".
struct ColumnMapping {
    QString header;
    QString trueValue;
};

// Everything an import needs to know besides the file: the mapping and how to read values.
struct ImportSettings {
    Shape shape = Shape::Conversations;
    QString source = QStringLiteral("import"); // conversations are unique per (source, conversation id)
    std::array<std::optional<ColumnMapping>, FieldCount> mapping;
    core::CsatScale csatScale;
    QString timeZone;                   // IANA id of the file's local times; empty: the site's zone
    std::optional<DateOrder> dateOrder; // empty: guessed from the data
    DurationUnit durationUnit = DurationUnit::Seconds;
    std::optional<bool> decimalComma;  // empty: as sniffed
    bool durationsAreAverages = false; // agent-day files: durations are per-call averages, not totals
    QString defaultTeam;               // team of new agents when no team column is mapped
    QString defaultChannel = QStringLiteral("call");
    double rejectThreshold = 0.01; // share of rejected rows above which the import needs confirming
    int sheet = 0;                 // XLSX: which worksheet

    const std::optional<ColumnMapping> &column(Field field) const { return mapping[static_cast<int>(field)]; }
    void map(Field field, ColumnMapping column) { mapping[static_cast<int>(field)] = std::move(column); }

    QByteArray toJson() const;
    static core::Result<ImportSettings> fromJson(const QByteArray &json);
    Q_DECLARE_TR_FUNCTIONS(huddle::importers::ImportSettings)
};

// A field's rule in a profile: the first of `headers` present in a file is its column.
struct FieldRule {
    Field field;
    QStringList headers;
    bool required = false; // the profile only fits a file that has one of the headers
    QString trueValue;
};

// A named way to read one kind of export: built in (Talkdesk, Genesys Cloud, Five9, Zendesk, generic) or
// saved by the user from the mapping editor, then with the exact header list of the file it was made on.
struct ImportProfile {
    QString name;
    bool builtIn = true;
    ImportSettings settings; // mapping filled in by resolve()
    QList<FieldRule> rules;
    QStringList exactHeaders; // saved profiles: the file's headers, matched exactly

    // How well the profile fits a file's headers: nullopt when it does not fit (a required field or, for a
    // saved profile, the exact headers missing), else higher is better.
    std::optional<int> fit(const QStringList &headers) const;
    // The profile's settings with each rule's field mapped to the header present in `headers`.
    ImportSettings resolve(const QStringList &headers) const;
};

QList<ImportProfile> builtInProfiles();
// The best fitting profile for a file: a saved profile with the exact headers first, then the built-in
// vendor profiles, then the generic one (which always fits).
ImportProfile chooseProfile(const QStringList &headers, const QList<ImportProfile> &savedProfiles);
// Looks a profile up by name (case-insensitive) among built-in and saved ones.
std::optional<ImportProfile> findProfile(const QString &name, const QList<ImportProfile> &savedProfiles);

// A saved profile made from a mapping the user edited.
ImportProfile savedProfile(const QString &name, const ImportSettings &settings, const QStringList &headers);
QByteArray profileToJson(const ImportProfile &profile);
core::Result<ImportProfile> profileFromJson(const QString &name, const QByteArray &json);

} // namespace huddle::importers
