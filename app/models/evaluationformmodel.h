#pragma once

#include "core/records.h"
#include "livescore.h"
#include "sectiontreemodel.h"

#include <QList>
#include <QStringList>

#include <optional>

class QUndoStack;

namespace huddle::models {

// The criteria of an evaluation being scored, as a tree: sections, and under each its criteria with weight,
// auto-fail mark, answer and comment. Keeps the live score (scoreChanged) and completeness; every change of
// an answer or a comment goes through the undo stack. Criteria are also addressed by their position in
// ScorecardDefinition::flatCriteria() ("flat index"), the order storage keeps answers in.
class EvaluationFormModel : public SectionTreeModel {
    Q_OBJECT
public:
    enum Column { Name, Weight, Critical, Answer, Comment, ColumnCount };
    enum Role {
        FlatIndexRole = Qt::UserRole + 1, // int: the criterion's flat index; -1 on a section row
        GuidelineRole,                    // QString
        AnswerCodeRole,                   // int: points, or Unanswered / NotApplicable (also for setData)
    };
    static constexpr int Unanswered = -1;
    static constexpr int NotApplicable = -2;

    explicit EvaluationFormModel(QObject *parent = nullptr);
    ~EvaluationFormModel() override;

    // `answers` in flatCriteria() order with points -1 where not answered yet (empty: nothing answered);
    // `comments` empty or one per criterion. Clears the undo stack.
    void setForm(const core::ScorecardDefinition &scorecard, const QList<core::CriterionAnswer> &answers = {},
                 const QStringList &comments = {});
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    int criterionCount() const { return static_cast<int>(m_criteria.size()); }
    const core::CriterionDefinition &criterion(int flat) const { return m_criteria[flat]; }
    QString sectionName(int flat) const;
    std::optional<core::CriterionAnswer> answer(int flat) const { return m_answers.value(flat); }
    QString comment(int flat) const { return m_comments.value(flat); }
    QModelIndex criterionIndex(int flat, int column = Name) const;
    int flatIndex(const QModelIndex &index) const; // -1 for a section row or an invalid index

    // Both go through the undo stack. setAnswer refuses (false) an answer the criterion does not take (N/A
    // where it is not allowed, 3 on a yes/no) and any change while read-only.
    bool setAnswer(int flat, const std::optional<core::CriterionAnswer> &answer);
    bool setComment(int flat, const QString &comment);

    QList<core::CriterionAnswer> answers() const; // points -1 where not answered
    QStringList comments() const;
    QList<core::Criterion> criteria() const;
    LiveScore score() const;
    bool isComplete() const;
    bool hasAnswers() const;
    // The first unanswered criterion after `flat`, wrapping round; -1 when every criterion is answered.
    int nextUnanswered(int flat) const;
    QUndoStack *undoStack() const { return m_undo; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void scoreChanged();

protected:
    int sectionCount() const override { return static_cast<int>(m_sections.size()); }
    int itemCount(int section) const override { return m_sections[section].count; }

private:
    struct Section {
        QString name;
        int first = 0; // flat index of its first criterion
        int count = 0;
    };

    QVariant sectionData(int section, int column, int role) const;
    QVariant criterionData(int flat, int column, int role) const;
    QVariant answerData(int flat, int role) const;
    void applyAnswer(int flat, const std::optional<core::CriterionAnswer> &answer);
    void applyComment(int flat, const QString &comment);
    void criterionChanged(int flat, int column);

    QList<Section> m_sections;
    QList<int> m_sectionOf; // flat index → section
    QList<core::CriterionDefinition> m_criteria;
    QList<std::optional<core::CriterionAnswer>> m_answers;
    QStringList m_comments;
    QUndoStack *m_undo;
    bool m_readOnly = false;
};

// "Yes", "No", "N/A", "4 / 5", or "–" while not answered.
QString formAnswerText(const core::Criterion &criterion, const std::optional<core::CriterionAnswer> &answer);
// The answer a code of AnswerCodeRole stands for; empty for Unanswered.
std::optional<core::CriterionAnswer> answerFromCode(int code);
int answerCode(const std::optional<core::CriterionAnswer> &answer);

} // namespace huddle::models
