#include "scorecardeditmodel.h"

#include "core/scorecardvalidation.h"
#include "kpiformat.h"
#include "valuecommand.h"

#include <QFont>
#include <QLocale>
#include <QUndoStack>

namespace huddle::models {

namespace {

constexpr int textMergeId = 2; // typing into one name or guideline is one undo step

QString kindText(core::CriterionKind kind)
{
    return kind == core::CriterionKind::YesNo ? ScorecardEditModel::tr("Yes / no")
                                              : ScorecardEditModel::tr("Scale 1–5");
}

QString criterionWeightText(double weight)
{
    return QLocale().toString(weight, 'g', 6);
}

} // namespace

ScorecardEditModel::ScorecardEditModel(QObject *parent)
    : SectionTreeModel(parent)
    , m_undo(new QUndoStack(this))
{
}

ScorecardEditModel::~ScorecardEditModel() = default;

void ScorecardEditModel::setScorecard(std::optional<qint64> scorecardId,
                                      const core::ScorecardDefinition &definition, bool saved)
{
    beginResetModel();
    m_scorecardId = scorecardId;
    m_definition = definition;
    endResetModel();
    m_undo->clear();
    // An imported or new scorecard is unsaved from the start: the clean state is one no edit can reach.
    if (!saved)
        m_undo->resetClean();
    Q_EMIT definitionChanged();
}

bool ScorecardEditModel::isModified() const
{
    return !m_undo->isClean();
}

void ScorecardEditModel::markSaved(qint64 scorecardId, int version)
{
    m_scorecardId = scorecardId;
    m_definition.version = version;
    m_undo->setClean();
    Q_EMIT definitionChanged();
}

void ScorecardEditModel::setField(Field field, const QVariant &value)
{
    QVariant before;
    switch (field) {
    case Field::Name:
        before = m_definition.name;
        break;
    case Field::Description:
        before = m_definition.description;
        break;
    case Field::Purpose:
        before = static_cast<int>(m_definition.purpose);
        break;
    case Field::Channel:
        before = m_definition.channel ? QVariant(static_cast<int>(*m_definition.channel)) : QVariant();
        break;
    }
    if (before == value)
        return;
    const bool text = field == Field::Name || field == Field::Description;
    m_undo->push(new ValueCommand<QVariant>(
        tr("Change the scorecard"), [this, field](const QVariant &v) { applyField(field, v); }, before, value,
        text ? textMergeId : -1, -1 - static_cast<int>(field)));
}

void ScorecardEditModel::applyField(Field field, const QVariant &value)
{
    switch (field) {
    case Field::Name:
        m_definition.name = value.toString();
        break;
    case Field::Description:
        m_definition.description = value.toString();
        break;
    case Field::Purpose:
        m_definition.purpose = static_cast<core::ScorecardPurpose>(value.toInt());
        break;
    case Field::Channel:
        m_definition.channel =
            value.isValid() ? std::optional(static_cast<core::Channel>(value.toInt())) : std::nullopt;
        break;
    }
    Q_EMIT definitionChanged();
}

void ScorecardEditModel::changed()
{
    // Weights, kinds and the set of criteria decide every share and every section's totals.
    for (int s = 0; s < m_definition.sections.size(); ++s) {
        Q_EMIT dataChanged(sectionIndex(s, Weight), sectionIndex(s, Share));
        const int criteria = itemCount(s);
        if (criteria > 0)
            Q_EMIT dataChanged(itemIndex(s, 0, Share), itemIndex(s, criteria - 1, Share));
    }
    Q_EMIT definitionChanged();
}

double ScorecardEditModel::possible(const core::CriterionDefinition &criterion) const
{
    return criterion.criterion.weight * core::maxPoints(criterion.criterion.kind);
}

double ScorecardEditModel::sharePct(const QModelIndex &index) const
{
    const Place place = placeOf(index);
    if (place.section < 0)
        return 0;
    double total = 0;
    for (const core::ScorecardSection &section : m_definition.sections)
        for (const core::CriterionDefinition &criterion : section.criteria)
            total += possible(criterion);
    if (!(total > 0))
        return 0;
    const core::ScorecardSection &section = m_definition.sections[place.section];
    if (place.criterion >= 0)
        return 100.0 * possible(section.criteria[place.criterion]) / total;
    double own = 0;
    for (const core::CriterionDefinition &criterion : section.criteria)
        own += possible(criterion);
    return 100.0 * own / total;
}

core::Status ScorecardEditModel::validation() const
{
    return core::validateScorecardNaming(m_definition, core::ScorecardPlaces::Designer);
}

ScorecardEditModel::Place ScorecardEditModel::placeOf(const QModelIndex &index) const
{
    const int section = sectionOf(index);
    if (section < 0)
        return {};
    return {section, isSection(index) ? -1 : index.row()};
}

QModelIndex ScorecardEditModel::indexOf(Place place, int column) const
{
    return place.criterion < 0 ? sectionIndex(place.section, column)
                               : itemIndex(place.section, place.criterion, column);
}

int ScorecardEditModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ScorecardEditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Place place = placeOf(index);
    if (index.column() == Share && role == Qt::DisplayRole)
        return formatPercent(sharePct(index));
    if (index.column() == Share && role == Qt::ToolTipRole)
        return tr("Share of the total: weight × points possible (1 for yes/no, 4 for a 1–5 scale) ÷ the same "
                  "summed "
                  "over every criterion, when nothing is answered N/A.");
    if (role == Qt::TextAlignmentRole && (index.column() == Weight || index.column() == Share))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (place.criterion < 0)
        return sectionData(place.section, index.column(), role);
    return criterionData(m_definition.sections[place.section].criteria[place.criterion], index.column(),
                         role);
}

QVariant ScorecardEditModel::sectionData(int section, int column, int role) const
{
    const core::ScorecardSection &s = m_definition.sections[section];
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (column == Name && (role == Qt::DisplayRole || role == Qt::EditRole))
        return s.name;
    if (column == Weight && role == Qt::DisplayRole) {
        double weight = 0;
        for (const core::CriterionDefinition &criterion : s.criteria)
            weight += criterion.criterion.weight;
        return criterionWeightText(weight);
    }
    return {};
}

QVariant ScorecardEditModel::criterionData(const core::CriterionDefinition &criterion, int column,
                                           int role) const
{
    if (role == GuidelineRole)
        return criterion.guideline;
    if (role == Qt::ToolTipRole && column == Name && !criterion.guideline.isEmpty())
        return criterion.guideline;
    switch (column) {
    case Name:
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(criterion.name) : QVariant();
    case Weight:
        if (role == Qt::EditRole)
            return criterion.criterion.weight;
        return role == Qt::DisplayRole ? QVariant(criterionWeightText(criterion.criterion.weight))
                                       : QVariant();
    case Kind:
        if (role == Qt::EditRole)
            return static_cast<int>(criterion.criterion.kind);
        return role == Qt::DisplayRole ? QVariant(kindText(criterion.criterion.kind)) : QVariant();
    case AutoFail:
        return role == Qt::CheckStateRole
                   ? QVariant(int(criterion.criterion.autoFail ? Qt::Checked : Qt::Unchecked))
                   : QVariant();
    case NaAllowed:
        return role == Qt::CheckStateRole
                   ? QVariant(int(criterion.criterion.naAllowed ? Qt::Checked : Qt::Unchecked))
                   : QVariant();
    }
    return {};
}

bool ScorecardEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Place place = placeOf(index);
    if (place.section < 0 || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const bool checkable = index.column() == AutoFail || index.column() == NaAllowed;
    const bool accepted = role == GuidelineRole
                              ? place.criterion >= 0
                              : (checkable ? role == Qt::CheckStateRole : role == Qt::EditRole);
    if (!accepted)
        return false;
    if (index.column() == Weight && !(value.toDouble() > 0))
        return false; // a weight is a number above 0; the form's spin box cannot go lower either
    pushEdit(place, role == GuidelineRole ? Name : index.column(), role, value);
    return true;
}

QVariant ScorecardEditModel::fieldValue(Place place, int column, int role) const
{
    if (place.criterion < 0)
        return m_definition.sections[place.section].name;
    const QModelIndex at = indexOf(place, column);
    return data(at, role);
}

void ScorecardEditModel::pushEdit(Place place, int column, int role, const QVariant &value)
{
    const QVariant before = fieldValue(place, column, role);
    const QVariant after = role == Qt::CheckStateRole ? QVariant(value.toInt()) : value;
    if (before == after)
        return;
    const bool text = column == Name || role == GuidelineRole;
    const qint64 target = ((qint64(place.section) * 1000 + place.criterion + 1) * 16 + column) * 2 +
                          (role == GuidelineRole ? 1 : 0); // one undo step per field typed into
    m_undo->push(new ValueCommand<QVariant>(
        tr("Edit the scorecard"),
        [this, place, column, role](const QVariant &v) { applyEdit(place, column, role, v); }, before, after,
        text ? textMergeId : -1, target));
}

void ScorecardEditModel::applyEdit(Place place, int column, int role, const QVariant &value)
{
    core::ScorecardSection &section = m_definition.sections[place.section];
    if (place.criterion < 0) {
        section.name = value.toString();
    } else {
        core::CriterionDefinition &criterion = section.criteria[place.criterion];
        if (role == GuidelineRole)
            criterion.guideline = value.toString();
        else if (column == Name)
            criterion.name = value.toString();
        else if (column == Weight)
            criterion.criterion.weight = value.toDouble();
        else if (column == Kind)
            criterion.criterion.kind = static_cast<core::CriterionKind>(value.toInt());
        else if (column == AutoFail)
            criterion.criterion.autoFail = value.toInt() == Qt::Checked;
        else if (column == NaAllowed)
            criterion.criterion.naAllowed = value.toInt() == Qt::Checked;
    }
    const QModelIndex edited = indexOf(place, column);
    Q_EMIT dataChanged(edited, edited);
    changed();
}

Qt::ItemFlags ScorecardEditModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isSection(index))
        return index.column() == Name ? flags | Qt::ItemIsEditable : flags;
    flags |= Qt::ItemNeverHasChildren;
    switch (index.column()) {
    case Name:
    case Weight:
    case Kind:
        return flags | Qt::ItemIsEditable;
    case AutoFail:
    case NaAllowed:
        return flags | Qt::ItemIsUserCheckable;
    default:
        return flags;
    }
}

QVariant ScorecardEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Section / criterion");
    case Weight:
        return tr("Weight");
    case Share:
        return tr("Share");
    case Kind:
        return tr("Kind");
    case AutoFail:
        return tr("Auto-fail");
    case NaAllowed:
        return tr("N/A allowed");
    }
    return {};
}

} // namespace huddle::models
