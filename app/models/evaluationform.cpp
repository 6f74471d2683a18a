#include "evaluationform.h"

#include "annotationmodel.h"
#include "core/enumnames.h"
#include "core/transcripttext.h"
#include "evaluationformmodel.h"
#include "qatext.h"
#include "storage/calibrationrepository.h"
#include "storage/database.h"
#include "storage/transcriptrepository.h"
#include "transcriptmodel.h"

#include <QUndoStack>

namespace huddle::models {

namespace {

core::ScorecardPurpose purposeOf(core::EvaluationKind kind)
{
    return kind == core::EvaluationKind::Peer ? core::ScorecardPurpose::Peer : core::ScorecardPurpose::Qa;
}

// Whether a sale was recorded on the conversation: the drill-down's "sales" subset, narrowed to its day and
// external id and then to the conversation itself (the search matches parts of ids).
core::Result<bool> hasSale(const storage::Database &database, const storage::ConversationRow &row)
{
    storage::ConversationFilter filter;
    filter.range = {row.day, row.day};
    filter.search = row.externalId;
    filter.subset = storage::ConversationSubset::Sales;
    auto page = storage::ConversationRepository(database).page(filter, storage::ConversationSort::StartedAt,
                                                               Qt::AscendingOrder, std::nullopt, 200);
    if (!page)
        return page.error();
    return std::any_of(page->rows.cbegin(), page->rows.cend(),
                       [&row](const storage::ConversationRow &sold) { return sold.id == row.id; });
}

} // namespace

qint64 defaultScorecard(const QList<storage::ScorecardSummary> &scorecards, core::ScorecardPurpose purpose,
                        std::optional<core::Channel> channel)
{
    const storage::ScorecardSummary *forChannel = nullptr;
    const storage::ScorecardSummary *any = nullptr;
    for (const storage::ScorecardSummary &s : scorecards) {
        if (s.retired || s.purpose != purpose)
            continue;
        // Ids grow with creation: the highest is the newest.
        if (!any || s.scorecardId > any->scorecardId)
            any = &s;
        if (channel && s.channel == channel && (!forChannel || s.scorecardId > forChannel->scorecardId))
            forChannel = &s;
    }
    const storage::ScorecardSummary *chosen = forChannel ? forChannel : any;
    return chosen ? chosen->latestVersionId : 0;
}

EvaluationForm::EvaluationForm(const storage::Database &database, const QString &user, QObject *parent)
    : QObject(parent)
    , m_database(&database)
    , m_user(user)
    , m_criteria(new EvaluationFormModel(this))
    , m_annotations(new AnnotationModel(this))
    , m_transcript(new TranscriptModel(this))
{
    connect(m_criteria->undoStack(), &QUndoStack::cleanChanged, this, &EvaluationForm::stateChanged);
}

EvaluationForm::~EvaluationForm() = default;

core::Status EvaluationForm::openStored(qint64 evaluationId)
{
    storage::EvaluationRepository evaluations(*m_database);
    auto detail = evaluations.load(evaluationId, m_user);
    if (!detail)
        return detail.error();
    const storage::EvaluationDraft &draft = detail->draft;
    if (auto done = loadConversation(draft.conversationId); !done)
        return done;
    m_draft = draft;
    m_status = detail->status;
    m_editReason.clear();
    m_history.clear();
    // Calibration scores stay among their evaluators' own data: no history of one is shown.
    if (draft.kind != core::EvaluationKind::Calibration) {
        auto history = evaluations.history(evaluationId);
        if (!history)
            return history.error();
        m_history = history.value();
    }
    if (auto options = loadOptions(); !options)
        return options.error();
    if (auto done = loadScorecard(draft.scorecardVersionId); !done)
        return done;
    showForm(draft.answers, draft.answerComments, draft.annotations);
    m_criteria->setReadOnly(m_status != core::EvaluationStatus::Draft);
    markClean();
    return core::Done{};
}

core::Status EvaluationForm::openNew(qint64 conversationId, qint64 scorecardVersionId,
                                     core::EvaluationKind kind, qint64 calibrationSessionId)
{
    if (auto done = loadConversation(conversationId); !done)
        return done;
    m_draft = {};
    m_draft.conversationId = conversationId;
    m_draft.kind = kind;
    m_draft.calibrationSessionId = calibrationSessionId;
    m_draft.evaluator = m_user;
    m_status = core::EvaluationStatus::Draft;
    m_editReason.clear();
    m_history.clear();
    auto summaries = loadOptions();
    if (!summaries)
        return summaries.error();
    if (scorecardVersionId == 0)
        scorecardVersionId = defaultScorecard(summaries.value(), purposeOf(kind),
                                              core::channelFromCode(m_conversation.channel));
    if (scorecardVersionId == 0)
        return core::Error{
            kind == core::EvaluationKind::Peer
                ? tr("There is no peer-review scorecard yet: make one in the scorecard designer.")
                : tr("There is no QA scorecard yet: make one in the scorecard designer."),
            {}};
    if (auto done = loadScorecard(scorecardVersionId); !done)
        return done;
    showForm({}, {}, {});
    m_criteria->setReadOnly(false);
    markClean();
    return core::Done{};
}

core::Status EvaluationForm::loadConversation(qint64 conversationId)
{
    auto row = storage::ConversationRepository(*m_database).byId(conversationId);
    if (!row)
        return row.error();
    auto lines = storage::TranscriptRepository(*m_database).lines(conversationId);
    if (!lines)
        return lines.error();
    auto sale = hasSale(*m_database, row.value());
    if (!sale)
        return sale.error();
    m_conversation = row.value();
    m_hasSale = sale.value();
    m_transcript->setLines(lines.value(), m_conversation.agentName);
    return core::Done{};
}

core::Status EvaluationForm::loadScorecard(qint64 versionId)
{
    auto stored = storage::ScorecardRepository(*m_database).version(versionId);
    if (!stored)
        return stored.error();
    m_scorecard = stored.value();
    const bool listed =
        std::any_of(m_options.cbegin(), m_options.cend(),
                    [versionId](const ScorecardOption &o) { return o.versionId == versionId; });
    if (!listed) // an older version a draft was started with, or a retired scorecard
        m_options.prepend(
            {versionId, scorecardVersionText(m_scorecard.definition.name, m_scorecard.definition.version)});
    return core::Done{};
}

core::Result<QList<storage::ScorecardSummary>> EvaluationForm::loadOptions()
{
    m_options.clear();
    auto summaries = storage::ScorecardRepository(*m_database).list(false);
    if (!summaries)
        return summaries.error();
    if (m_draft.kind == core::EvaluationKind::Calibration)
        return summaries; // scored with the session's scorecard, nothing else
    for (const storage::ScorecardSummary &s : summaries.value())
        if (s.purpose == purposeOf(m_draft.kind))
            m_options.append({s.latestVersionId, scorecardVersionText(s.name, s.latestVersion)});
    return summaries;
}

void EvaluationForm::showForm(const QList<core::CriterionAnswer> &answers, const QStringList &comments,
                              const QList<core::Annotation> &annotations)
{
    m_criteria->setForm(m_scorecard.definition, answers, comments);
    QStringList names;
    for (int i = 0; i < m_criteria->criterionCount(); ++i)
        names.append(m_criteria->criterion(i).name);
    m_annotations->setAnnotations(annotations, names);
}

bool EvaluationForm::canChangeScorecard() const
{
    if (m_draft.kind == core::EvaluationKind::Calibration || m_status != core::EvaluationStatus::Draft ||
        m_criteria->hasAnswers())
        return false;
    const auto &annotations = m_annotations->annotations();
    return std::none_of(annotations.cbegin(), annotations.cend(),
                        [](const core::Annotation &a) { return a.criterionIndex >= 0; });
}

core::Status EvaluationForm::changeScorecard(qint64 versionId)
{
    if (versionId == m_scorecard.versionId)
        return core::Done{};
    if (!canChangeScorecard())
        return core::Error{tr("The scorecard can change only while nothing is answered."), {}};
    if (auto done = loadScorecard(versionId); !done)
        return done;
    showForm({}, {}, m_annotations->annotations());
    m_dirty = true;
    Q_EMIT stateChanged();
    return core::Done{};
}

bool EvaluationForm::isEditable() const
{
    return m_status == core::EvaluationStatus::Draft || isEditingPublished();
}

QString EvaluationForm::editBlocker() const
{
    switch (m_status) {
    case core::EvaluationStatus::Draft:
        return {};
    case core::EvaluationStatus::Disputed:
        return tr("It is disputed: only the arbitrator's decision changes it now.");
    case core::EvaluationStatus::Final:
        return tr("It is final and can no longer change.");
    case core::EvaluationStatus::Published:
        break;
    }
    if (m_draft.kind != core::EvaluationKind::Calibration)
        return {};
    if (m_draft.evaluator != m_user)
        return tr("Only %1 can change their calibration score.").arg(m_draft.evaluator);
    auto session = storage::CalibrationRepository(*m_database).session(m_draft.calibrationSessionId);
    if (!session)
        return session.error().toString();
    return session->isOpen() ? QString() : tr("Its calibration session is closed.");
}

void EvaluationForm::beginEdit(const QString &reason)
{
    if (m_status != core::EvaluationStatus::Published || reason.trimmed().isEmpty() ||
        !editBlocker().isEmpty())
        return;
    m_editReason = reason.trimmed();
    m_criteria->setReadOnly(false);
    Q_EMIT stateChanged();
}

QString EvaluationForm::publishBlocker() const
{
    if (!isEditable())
        return tr("This evaluation is read-only.");
    const LiveScore score = m_criteria->score();
    const int missing = score.total - score.answered;
    if (missing > 0)
        return tr("%n criteria not answered yet.", nullptr, missing);
    return {};
}

bool EvaluationForm::isModified() const
{
    return m_dirty || !m_criteria->undoStack()->isClean();
}

void EvaluationForm::markClean()
{
    m_dirty = false;
    m_criteria->undoStack()->setClean();
    Q_EMIT stateChanged();
}

storage::EvaluationDraft EvaluationForm::currentDraft() const
{
    storage::EvaluationDraft draft = m_draft;
    draft.scorecardVersionId = m_scorecard.versionId;
    draft.answers = m_criteria->answers();
    draft.answerComments = m_criteria->comments();
    draft.annotations = m_annotations->annotations();
    return draft;
}

bool EvaluationForm::isStale() const
{
    if (m_draft.id == 0 || m_draft.revision == 0)
        return false;
    const auto stored = storage::EvaluationRepository(*m_database).revision(m_draft.id);
    return stored && stored.value() != m_draft.revision;
}

core::Status EvaluationForm::saveDraft()
{
    if (m_status != core::EvaluationStatus::Draft)
        return core::Error{tr("Only a draft is saved as a draft; a published evaluation changes by Edit…"),
                           {}};
    int revision = m_draft.revision;
    auto id = storage::EvaluationRepository(*m_database).saveDraft(currentDraft(), &revision);
    if (!id)
        return id.error();
    m_draft.id = id.value();
    m_draft.revision = revision; // the next save of this copy starts from what this one stored
    markClean();
    Q_EMIT saved(id.value());
    return core::Done{};
}

core::Status EvaluationForm::publish()
{
    if (const QString blocker = publishBlocker(); !blocker.isEmpty())
        return core::Error{blocker, {}};
    storage::EvaluationRepository evaluations(*m_database);
    qint64 id = m_draft.id;
    if (isEditingPublished()) {
        if (auto done = evaluations.editPublished(currentDraft(), m_editReason, m_user); !done)
            return done;
    } else {
        auto published = evaluations.publish(currentDraft(), m_user);
        if (!published)
            return published.error();
        id = published.value();
    }
    if (auto reopened = openStored(id); !reopened)
        return reopened;
    Q_EMIT saved(id);
    return core::Done{};
}

core::Result<qint64> EvaluationForm::publishPeerReview(qint64 reviewerAgentId, const QString &reviewer,
                                                       const QString &note)
{
    if (m_draft.kind != core::EvaluationKind::Peer || m_status != core::EvaluationStatus::Draft)
        return core::Error{tr("Only a new peer-review form is published as a peer review."), {}};
    if (const QString blocker = publishBlocker(); !blocker.isEmpty())
        return core::Error{blocker, {}};
    storage::EvaluationDraft draft = currentDraft();
    draft.evaluator = reviewer;
    auto id =
        storage::EvaluationRepository(*m_database).publishPeerReview(draft, reviewerAgentId, note, m_user);
    if (!id)
        return id;
    if (auto reopened = openStored(id.value()); !reopened)
        return reopened.error();
    Q_EMIT saved(id.value());
    return id;
}

core::Status EvaluationForm::addAnnotation(const core::Annotation &annotation)
{
    if (!isEditable())
        return core::Error{tr("This evaluation is read-only."), {}};
    if (annotation.body.trimmed().isEmpty())
        return core::Error{tr("Write what happened there: an annotation needs a note."), {}};
    if (annotation.anchorKind == core::AnchorKind::Line &&
        m_transcript->rowOfLine(annotation.anchorValue) < 0)
        return core::Error{tr("The transcript has no line %1.").arg(annotation.anchorValue), {}};
    if (annotation.anchorValue < 0)
        return core::Error{tr("A moment of the call is at second 0 or later."), {}};
    if (annotation.criterionIndex >= m_criteria->criterionCount())
        return core::Error{tr("The scorecard has no criterion %1.").arg(annotation.criterionIndex + 1), {}};
    core::Annotation added = annotation;
    added.body = annotation.body.trimmed();
    m_annotations->append(added);
    m_dirty = true;
    Q_EMIT stateChanged();
    return core::Done{};
}

void EvaluationForm::removeAnnotation(int row)
{
    if (!isEditable() || !m_annotations->annotationAt(row))
        return;
    m_annotations->removeAt(row);
    m_dirty = true;
    Q_EMIT stateChanged();
}

core::Status EvaluationForm::attachTranscript(const QString &text, const QString &sourceName)
{
    auto parsed = core::parseTranscript(text, sourceName, m_conversation.agentName);
    if (!parsed)
        return parsed.error();
    storage::TranscriptRepository transcripts(*m_database);
    if (auto done = transcripts.replace(m_conversation.id, parsed.value()); !done)
        return done;
    auto lines = transcripts.lines(m_conversation.id);
    if (!lines)
        return lines.error();
    m_transcript->setLines(lines.value(), m_conversation.agentName);
    return core::Done{};
}

} // namespace huddle::models
