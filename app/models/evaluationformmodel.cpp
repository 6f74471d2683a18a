#include "evaluationformmodel.h"

#include "core/qaimpact.h"
#include "valuecommand.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QUndoStack>

namespace huddle::models {

namespace {

constexpr int commentMergeId = 1; // typing into one comment is one undo step

QString weightText(double weight)
{
    return QStringLiteral("×%1").arg(QLocale().toString(weight, 'g', 6));
}

QColor failedColor()
{
    return QColor(0xb3, 0x26, 0x1e);
}

} // namespace

QString formAnswerText(const core::Criterion &criterion, const std::optional<core::CriterionAnswer> &answer)
{
    if (!answer || (!answer->notApplicable && answer->points < 0))
        return QStringLiteral("–");
    if (answer->notApplicable)
        return EvaluationFormModel::tr("N/A");
    if (criterion.kind == core::CriterionKind::YesNo)
        return answer->points > 0 ? EvaluationFormModel::tr("Yes") : EvaluationFormModel::tr("No");
    return QStringLiteral("%1 / %2").arg(QLocale().toString(answer->points), QLocale().toString(5));
}

std::optional<core::CriterionAnswer> answerFromCode(int code)
{
    if (code == EvaluationFormModel::NotApplicable)
        return core::CriterionAnswer{true, 0};
    if (code < 0)
        return std::nullopt;
    return core::CriterionAnswer{false, code};
}

int answerCode(const std::optional<core::CriterionAnswer> &answer)
{
    if (!answer || (!answer->notApplicable && answer->points < 0))
        return EvaluationFormModel::Unanswered;
    return answer->notApplicable ? EvaluationFormModel::NotApplicable : answer->points;
}

EvaluationFormModel::EvaluationFormModel(QObject *parent)
    : SectionTreeModel(parent)
    , m_undo(new QUndoStack(this))
{
}

EvaluationFormModel::~EvaluationFormModel() = default;

void EvaluationFormModel::setForm(const core::ScorecardDefinition &scorecard,
                                  const QList<core::CriterionAnswer> &answers, const QStringList &comments)
{
    beginResetModel();
    m_sections.clear();
    m_sectionOf.clear();
    m_criteria.clear();
    for (const core::ScorecardSection &section : scorecard.sections) {
        m_sections.append(
            {section.name, static_cast<int>(m_criteria.size()), static_cast<int>(section.criteria.size())});
        for (const core::CriterionDefinition &criterion : section.criteria) {
            m_sectionOf.append(static_cast<int>(m_sections.size() - 1));
            m_criteria.append(criterion);
        }
    }
    m_answers.clear();
    m_comments.clear();
    for (int i = 0; i < m_criteria.size(); ++i) {
        const auto given = i < answers.size() ? std::optional(answers[i]) : std::nullopt;
        // Stored drafts hold -1 points for "not answered yet"; anything the criterion does not take is too.
        const bool valid = given && core::isValidAnswer(m_criteria[i].criterion, *given);
        m_answers.append(valid ? given : std::nullopt);
        m_comments.append(comments.value(i));
    }
    endResetModel();
    m_undo->clear();
    Q_EMIT scoreChanged();
}

void EvaluationFormModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    // Editability is in the flags of every criterion row; the rows themselves stay (and the view's place).
    for (int section = 0; section < m_sections.size(); ++section) {
        const QModelIndex parent = index(section, 0);
        if (m_sections[section].count > 0)
            Q_EMIT dataChanged(index(0, 0, parent),
                               index(m_sections[section].count - 1, ColumnCount - 1, parent));
    }
}

QString EvaluationFormModel::sectionName(int flat) const
{
    const int section = m_sectionOf.value(flat, -1);
    return section < 0 ? QString() : m_sections[section].name;
}

QModelIndex EvaluationFormModel::criterionIndex(int flat, int column) const
{
    if (flat < 0 || flat >= m_criteria.size())
        return {};
    const int section = m_sectionOf[flat];
    return itemIndex(section, flat - m_sections[section].first, column);
}

int EvaluationFormModel::flatIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || isSection(index))
        return -1;
    return m_sections[sectionOf(index)].first + index.row();
}

bool EvaluationFormModel::setAnswer(int flat, const std::optional<core::CriterionAnswer> &answer)
{
    if (m_readOnly || flat < 0 || flat >= m_criteria.size())
        return false;
    if (answer && !core::isValidAnswer(m_criteria[flat].criterion, *answer))
        return false;
    const auto before = m_answers[flat];
    if (answerCode(before) == answerCode(answer))
        return true;
    m_undo->push(new ValueCommand<std::optional<core::CriterionAnswer>>(
        tr("Answer “%1”").arg(m_criteria[flat].name),
        [this, flat](const std::optional<core::CriterionAnswer> &value) { applyAnswer(flat, value); }, before,
        answer));
    return true;
}

bool EvaluationFormModel::setComment(int flat, const QString &comment)
{
    if (m_readOnly || flat < 0 || flat >= m_criteria.size())
        return false;
    if (m_comments[flat] == comment)
        return true;
    m_undo->push(new ValueCommand<QString>(
        tr("Comment on “%1”").arg(m_criteria[flat].name),
        [this, flat](const QString &value) { applyComment(flat, value); }, m_comments[flat], comment,
        commentMergeId, flat));
    return true;
}

void EvaluationFormModel::applyAnswer(int flat, const std::optional<core::CriterionAnswer> &answer)
{
    m_answers[flat] = answer;
    criterionChanged(flat, Answer);
    Q_EMIT scoreChanged();
}

void EvaluationFormModel::applyComment(int flat, const QString &comment)
{
    m_comments[flat] = comment;
    criterionChanged(flat, Comment);
}

void EvaluationFormModel::criterionChanged(int flat, int column)
{
    const QModelIndex changed = criterionIndex(flat, column);
    Q_EMIT dataChanged(criterionIndex(flat, Name), changed);
    if (column == Answer) { // the section row counts its answers
        const QModelIndex section = sectionIndex(m_sectionOf[flat], Answer);
        Q_EMIT dataChanged(section, section);
    }
}

QList<core::CriterionAnswer> EvaluationFormModel::answers() const
{
    QList<core::CriterionAnswer> all;
    for (const auto &answer : m_answers)
        all.append(answer.value_or(core::CriterionAnswer{false, -1}));
    return all;
}

QStringList EvaluationFormModel::comments() const
{
    return m_comments;
}

QList<core::Criterion> EvaluationFormModel::criteria() const
{
    QList<core::Criterion> all;
    for (const core::CriterionDefinition &definition : m_criteria)
        all.append(definition.criterion);
    return all;
}

LiveScore EvaluationFormModel::score() const
{
    QStringList names;
    for (const core::CriterionDefinition &definition : m_criteria)
        names.append(definition.name);
    return liveScore(criteria(), m_answers, names);
}

bool EvaluationFormModel::isComplete() const
{
    return nextUnanswered(-1) < 0;
}

bool EvaluationFormModel::hasAnswers() const
{
    return std::any_of(m_answers.cbegin(), m_answers.cend(), [](const auto &answer) { return bool(answer); });
}

int EvaluationFormModel::nextUnanswered(int flat) const
{
    const int count = criterionCount();
    for (int step = 1; step <= count; ++step) {
        const int candidate = ((flat + step) % count + count) % count;
        if (!m_answers[candidate])
            return candidate;
    }
    return -1;
}

int EvaluationFormModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EvaluationFormModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    if (isSection(index))
        return sectionData(index.row(), index.column(), role);
    return criterionData(flatIndex(index), index.column(), role);
}

QVariant EvaluationFormModel::sectionData(int section, int column, int role) const
{
    const Section &s = m_sections[section];
    if (role == FlatIndexRole)
        return -1;
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole)
        return {};
    if (column == Name)
        return s.name;
    if (column == Answer) {
        const auto answered =
            std::count_if(m_answers.cbegin() + s.first, m_answers.cbegin() + s.first + s.count,
                          [](const auto &answer) { return bool(answer); });
        return tr("%1 of %2").arg(QLocale().toString(qint64(answered)), QLocale().toString(s.count));
    }
    return {};
}

QVariant EvaluationFormModel::criterionData(int flat, int column, int role) const
{
    const core::CriterionDefinition &definition = m_criteria[flat];
    switch (role) {
    case FlatIndexRole:
        return flat;
    case GuidelineRole:
        return definition.guideline;
    case AnswerCodeRole:
        return answerCode(m_answers[flat]);
    case Qt::ToolTipRole:
        if (column == Critical && definition.criterion.autoFail)
            return tr("Critical: failing it sets the whole evaluation to 0 %.");
        return definition.guideline.isEmpty() ? QVariant() : QVariant(definition.guideline);
    default:
        break;
    }
    switch (column) {
    case Name:
        return role == Qt::DisplayRole ? QVariant(definition.name) : QVariant();
    case Weight:
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return role == Qt::DisplayRole ? QVariant(weightText(definition.criterion.weight)) : QVariant();
    case Critical:
        if (role == Qt::ForegroundRole && definition.criterion.autoFail)
            return QBrush(failedColor());
        return role == Qt::DisplayRole && definition.criterion.autoFail ? QVariant(tr("auto-fail"))
                                                                        : QVariant();
    case Answer:
        return answerData(flat, role);
    case Comment:
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(m_comments[flat]) : QVariant();
    }
    return {};
}

QVariant EvaluationFormModel::answerData(int flat, int role) const
{
    const core::Criterion &criterion = m_criteria[flat].criterion;
    const auto &answer = m_answers[flat];
    switch (role) {
    case Qt::DisplayRole:
        return formAnswerText(criterion, answer);
    case Qt::EditRole:
        return answerCode(answer);
    case Qt::ForegroundRole:
        if (!answer)
            return QBrush(Qt::gray);
        if (core::isFailed(criterion, *answer) &&
            (criterion.autoFail || criterion.kind == core::CriterionKind::YesNo))
            return QBrush(failedColor());
        return {};
    case Qt::FontRole:
        if (answer && criterion.autoFail && core::isFailed(criterion, *answer)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

bool EvaluationFormModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int flat = flatIndex(index);
    if (flat < 0)
        return false;
    if (index.column() == Answer && (role == Qt::EditRole || role == AnswerCodeRole))
        return setAnswer(flat, answerFromCode(value.toInt()));
    if (index.column() == Comment && role == Qt::EditRole)
        return setComment(flat, value.toString());
    return false;
}

Qt::ItemFlags EvaluationFormModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    if (isSection(index))
        return Qt::ItemIsEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_readOnly && (index.column() == Answer || index.column() == Comment))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant EvaluationFormModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Criterion");
    case Weight:
        return tr("Weight");
    case Critical:
        return tr("Critical");
    case Answer:
        return tr("Answer");
    case Comment:
        return tr("Comment");
    }
    return {};
}

} // namespace huddle::models
