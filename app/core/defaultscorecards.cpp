// The scorecards a new database starts with. Weights follow what QA teams usually stress: the critical
// (auto-fail) items carry the most weight, resolution next, soft skills after that. Texts are marked with
// QT_TRANSLATE_NOOP so lupdate finds them and translated when the scorecard is built.
#include "defaultscorecards.h"

#include <QCoreApplication>

#include <initializer_list>

namespace huddle::core {

namespace {

constexpr const char *context = "huddle::core::DefaultScorecards";

struct CriterionSpec {
    const char *name;
    const char *guideline;
    double weight;
    CriterionKind kind;
    bool autoFail;
    bool naAllowed;
};

constexpr auto YesNo = CriterionKind::YesNo;
constexpr auto Scale = CriterionKind::Scale1to5;
constexpr bool Critical = true;
constexpr bool Normal = false;
constexpr bool MayBeNa = true;
constexpr bool AlwaysApplies = false;

// The same words on the voice and chat forms, so one translation serves both.
constexpr CriterionSpec ownership{
    QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Ownership"),
    QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards",
                      "Takes responsibility for the issue through to resolution or a "
                      "clear hand-off, without blaming other teams."),
    3,
    Scale,
    Normal,
    AlwaysApplies};

QString translated(const char *text)
{
    return QCoreApplication::translate(context, text);
}

ScorecardSection section(const char *name, std::initializer_list<CriterionSpec> criteria)
{
    ScorecardSection section{translated(name), {}};
    for (const CriterionSpec &spec : criteria)
        section.criteria.append({translated(spec.name),
                                 Criterion{spec.weight, spec.kind, spec.autoFail, spec.naAllowed},
                                 translated(spec.guideline)});
    return section;
}

ScorecardDefinition scorecard(const char *name, const char *description, ScorecardPurpose purpose,
                              std::optional<Channel> channel)
{
    ScorecardDefinition definition;
    definition.name = translated(name);
    definition.description = translated(description);
    definition.purpose = purpose;
    definition.channel = channel;
    return definition;
}

} // namespace

ScorecardDefinition defaultVoiceScorecard()
{
    ScorecardDefinition voice =
        scorecard(QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Voice QA"),
                  QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards",
                                    "Quality form for phone calls: verification, resolution, soft skills and "
                                    "compliance."),
                  ScorecardPurpose::Qa, Channel::Call);
    voice.sections = {
        section(
            QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Opening and verification"),
            {{QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Greeting and introduction"),
              QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards",
                                "Greets the caller with the standard opening, gives their name and offers "
                                "help within the first ten seconds."),
              2, YesNo, Normal, AlwaysApplies},
             {QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Identity verification"),
              QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards",
                                "Verifies the caller's identity with the required security questions before "
                                "discussing or changing any account details."),
              5, YesNo, Critical, MayBeNa}}),
        section(
            QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Understanding and resolution"),
            {{QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Active listening"),
              QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards",
                                "Lets the caller finish, asks focused questions and confirms the need before "
                                "acting on it."),
              3, Scale, Normal, AlwaysApplies},
             {QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Smart troubleshooting"),
              QT_TRANSLATE_NOOP(
                  "huddle::core::DefaultScorecards",
                  "Uses the knowledge base and targeted questions to find the root cause instead "
                  "of guessing or repeating steps the caller already tried."),
              4, Scale, Normal, MayBeNa},
             {QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Accurate information"),
              QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards",
                                "Gives correct and complete information, including prices, dates and "
                                "policies."),
              4, YesNo, Normal, AlwaysApplies},
             ownership}),
        section(QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Soft skills"),
                {{QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Empathy"),
                  QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards",
                                    "Acknowledges how the caller feels and adapts tone and pace to the "
                                    "situation."),
                  3, Scale, Normal, AlwaysApplies},
                 {QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Staying calm under pressure"),
                  QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards",
                                    "Stays polite, steady and in control with an upset or demanding caller, "
                                    "without interrupting or arguing."),
                  3, Scale, Normal, MayBeNa},
                 {QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Hold and transfer etiquette"),
                  QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards",
                                    "Asks before placing on hold, checks back within a minute and explains a "
                                    "transfer before making it."),
                  2, YesNo, Normal, MayBeNa}}),
        section(
            QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Compliance and closing"),
            {{QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Mandatory disclosures"),
              QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards",
                                "Reads every required disclosure, such as call recording and the terms of a "
                                "sale, in full and at the right moment."),
              5, YesNo, Critical, AlwaysApplies},
             {QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Closing and notes"),
              QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards",
                                "Summarises the next steps, offers further help and records notes the next "
                                "agent can act on."),
              2, YesNo, Normal, AlwaysApplies}})};
    return voice;
}

ScorecardDefinition defaultChatScorecard()
{
    ScorecardDefinition chat =
        scorecard(QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Chat QA"),
                  QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards",
                                    "Quality form for chat conversations: verification, resolution, written "
                                    "communication and data privacy."),
                  ScorecardPurpose::Qa, Channel::Chat);
    chat.sections = {
        section(
            QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Opening and verification"),
            {{QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Prompt, personal greeting"),
              QT_TRANSLATE_NOOP(
                  "huddle::core::DefaultScorecards",
                  "Replies within the first minute with a greeting that uses the customer's name "
                  "and sets expectations."),
              2, YesNo, Normal, AlwaysApplies},
             {QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Identity verification"),
              QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards",
                                "Verifies the customer's identity through the approved method before sharing "
                                "or changing account details."),
              5, YesNo, Critical, MayBeNa}}),
        section(
            QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Resolution"),
            {{QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Smart troubleshooting"),
              QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards",
                                "Reads the history first and asks targeted questions to find the root cause "
                                "instead of sending generic steps."),
              4, Scale, Normal, MayBeNa},
             {QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Accurate, complete answer"),
              QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards",
                                "Answers every question the customer asked, correctly, with links or steps "
                                "they can follow."),
              4, YesNo, Normal, AlwaysApplies},
             ownership}),
        section(
            QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Written communication"),
            {{QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Clear written tone"),
              QT_TRANSLATE_NOOP(
                  "huddle::core::DefaultScorecards",
                  "Writes short, friendly, correctly spelled messages in plain language, without "
                  "jargon or walls of text."),
              3, Scale, Normal, AlwaysApplies},
             {QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Empathy"),
              QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards",
                                "Acknowledges the customer's situation in their own words rather than with a "
                                "canned phrase."),
              3, Scale, Normal, AlwaysApplies},
             {QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Staying calm under pressure"),
              QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards",
                                "Stays polite and factual with an upset or rude customer and never mirrors "
                                "their tone."),
              2, Scale, Normal, MayBeNa},
             {QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Response pace"),
              QT_TRANSLATE_NOOP(
                  "huddle::core::DefaultScorecards",
                  "Keeps gaps between replies under two minutes, or says so when a longer check "
                  "is needed."),
              2, YesNo, Normal, AlwaysApplies}}),
        section(QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Compliance and closing"),
                {{QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Data privacy"),
                  QT_TRANSLATE_NOOP(
                      "huddle::core::DefaultScorecards",
                      "Never asks for or pastes full card numbers, passwords or other sensitive data "
                      "in the chat."),
                  5, YesNo, Critical, AlwaysApplies},
                 {QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Closing"),
                  QT_TRANSLATE_NOOP(
                      "huddle::core::DefaultScorecards",
                      "Confirms the issue is solved or states the next step, and offers further help "
                      "before closing."),
                  2, YesNo, Normal, AlwaysApplies}})};
    return chat;
}

ScorecardDefinition defaultPeerScorecard()
{
    ScorecardDefinition peer =
        scorecard(QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Peer review"),
                  QT_TRANSLATE_NOOP(
                      "huddle::core::DefaultScorecards",
                      "A short form for agents reviewing a colleague's conversation; it never counts in QA "
                      "scores."),
                  ScorecardPurpose::Peer, std::nullopt);
    peer.sections = {section(
        QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "What a colleague noticed"),
        {{QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Friendly and respectful"),
          QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards",
                            "The customer was treated warmly and with respect from start to finish."),
          1, Scale, Normal, AlwaysApplies},
         {QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Clear explanation"),
          QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards",
                            "The customer could follow every explanation without asking twice."),
          1, Scale, Normal, AlwaysApplies},
         {QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Owned the issue"),
          QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards",
                            "The issue was solved, or the customer left knowing exactly what happens next."),
          1, YesNo, Normal, AlwaysApplies},
         {QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards", "Worth copying"),
          QT_TRANSLATE_NOOP("huddle::core::DefaultScorecards",
                            "The conversation shows something you would use in your own conversations."),
          1, YesNo, Normal, MayBeNa}})};
    return peer;
}

QList<ScorecardDefinition> defaultScorecards()
{
    return {defaultVoiceScorecard(), defaultChatScorecard(), defaultPeerScorecard()};
}

} // namespace huddle::core
