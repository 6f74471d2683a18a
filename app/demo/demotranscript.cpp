#include "demotranscript.h"

#include "random.h"

#include <QStringList>

#include <algorithm>

namespace huddle::demo {

namespace {

// One topic: what the customer comes with and how the conversation can go. Problems and fixes, questions and
// details, probes and answers go in pairs of the same index.
struct Topic {
    QStringList problems;  // the customer's first line
    QStringList questions; // the agent's verification or clarifying question
    QStringList details;   // the customer's answer
    QStringList probes;    // further questions of the agent …
    QStringList answers;   // … and the customer's replies
    QStringList fixes;     // the agent's resolution
};

const QList<Topic> &topics()
{
    static const QList<Topic> list{
        {{QStringLiteral("I was charged twice for my March bill and I'd like one of them back."),
          QStringLiteral("My bill went up by twelve dollars and nobody told me why.")},
         {QStringLiteral(
              "I'm sorry about that. Can I have the account number and the postcode on the account?"),
          QStringLiteral("Let me look into it. Could you confirm your full name and date of birth first?")},
         {QStringLiteral("Sure, it's 4471 2093, postcode 60614."),
          QStringLiteral("It's Jordan Price, fourth of May, eighty-six.")},
         {QStringLiteral("Do you see both payments on your bank statement, or only on the invoice?"),
          QStringLiteral("Did you change your plan or add anything in the last two months?")},
         {QStringLiteral("Both, on the second and on the third."),
          QStringLiteral("Not that I remember, no.")},
         {QStringLiteral(
              "I can see the duplicate payment. I've refunded it; it reaches your card in three to five "
              "working days."),
          QStringLiteral(
              "The promotional discount ended last month. I've applied the loyalty rate, so your next "
              "bill goes back down.")}},
        {{QStringLiteral("My router keeps dropping the connection every evening."),
          QStringLiteral("I can't log in to the app since the update this morning.")},
         {QStringLiteral(
              "That sounds frustrating. Which model is the router — it's on the sticker underneath?"),
          QStringLiteral("I'll help you get back in. Which phone and which version of the app do you have?")},
         {QStringLiteral("It says HX-200."), QStringLiteral("An Android phone, the app says version 5.2.")},
         {QStringLiteral("Are the lights on the front green or orange when it drops?"),
          QStringLiteral("What does the error message say exactly?")},
         {QStringLiteral("Orange, and then it restarts on its own."),
          QStringLiteral("\"Session expired\", every single time.")},
         {QStringLiteral(
              "I've pushed a firmware update to the router and moved you to a less busy channel; that "
              "should stop the drops."),
          QStringLiteral(
              "I've reset your session from our side. Please clear the app's cache and sign in again — "
              "I'll stay on the line.")}},
        {{QStringLiteral("I'm thinking of upgrading, but I want to know what it actually costs."),
          QStringLiteral("I saw the annual bundle advertised and I'm not sure it's worth it.")},
         {QStringLiteral("Happy to walk you through it. What do you mostly use the service for?"),
          QStringLiteral("Sure. How many people in your household use the account?")},
         {QStringLiteral("Mostly streaming in the evenings, some video calls for work."),
          QStringLiteral("Three of us, and the kids are on it a lot.")},
         {QStringLiteral("Do you ever run out of data before the end of the month?"),
          QStringLiteral("Would paying once a year instead of monthly suit you?")},
         {QStringLiteral("Twice this year, yes."), QStringLiteral("If it saves money, yes.")},
         {QStringLiteral("Then the premium plan fits: unlimited data for eight dollars more. I can start it "
                         "today with the first month free."),
          QStringLiteral(
              "The annual bundle saves you sixty dollars a year compared with monthly. Shall I set it "
              "up from your next billing date?")}},
        {{QStringLiteral("I want to cancel. I've had three outages this month."),
          QStringLiteral("Your competitor offered me a better price, so I'm leaving.")},
         {QStringLiteral(
              "I understand, and I'm sorry about the outages. Can I confirm the account holder's name?"),
          QStringLiteral(
              "I'd be sorry to lose you. May I confirm the account first — the email address on it?")},
         {QStringLiteral("It's under Alex Moreno."), QStringLiteral("It's alex.m at mailbox dot com.")},
         {QStringLiteral("Were the outages in the evening or during the day?"),
          QStringLiteral("What price were you offered, if you don't mind me asking?")},
         {QStringLiteral("Evenings, right when I need it."),
          QStringLiteral("Thirty-five a month for the same speed.")},
         {QStringLiteral(
              "An engineer fixed the local cabinet yesterday. I've credited this month in full — would "
              "you give us another month?"),
          QStringLiteral(
              "I can match that for twelve months and keep your current speed. Would that work?")}},
        {{QStringLiteral("My parcel was meant to arrive Monday and it still hasn't come."),
          QStringLiteral("The welcome kit arrived but the activation code doesn't work.")},
         {QStringLiteral("Let me find it for you. What's the order number?"),
          QStringLiteral("I'll sort that out. Could you read me the code on the card?")},
         {QStringLiteral("It's order 88213."), QStringLiteral("It's K7-29QX-41.")},
         {QStringLiteral("Is the delivery address still 12 Elm Street?"),
          QStringLiteral("Are you entering it on the website or in the app?")},
         {QStringLiteral("Yes, that's right."), QStringLiteral("On the website.")},
         {QStringLiteral("The courier had the wrong flat number. I've corrected it and booked delivery for "
                         "tomorrow morning, free of charge."),
          QStringLiteral(
              "That code was never activated on our side — I've done it now. Try it again and it will "
              "go through.")}}};
    return list;
}

const QStringList greetings{QStringLiteral("Thanks for calling, this is %1. How can I help you today?"),
                            QStringLiteral("Good morning, you're through to %1. What can I do for you?"),
                            QStringLiteral("Hi, %1 here. How can I help?")};
const QStringList chatGreetings{
    QStringLiteral("Hi, I'm %1. Thanks for reaching out — how can I help?"),
    QStringLiteral("Hello! %1 here from support. What can I help you with today?")};
const QStringList happyReactions{QStringLiteral("That's great, thank you so much."),
                                 QStringLiteral("Perfect, that's exactly what I needed."),
                                 QStringLiteral("Brilliant, thanks for sorting it so quickly.")};
const QStringList unhappyReactions{QStringLiteral("Fine, but I've heard that before."),
                                   QStringLiteral("So I have to wait again? That's not great."),
                                   QStringLiteral("I still don't really understand why it happened.")};
const QStringList closings{
    QStringLiteral("Is there anything else I can help you with today?"),
    QStringLiteral("You'll get a confirmation email in a few minutes. Anything else?")};
const QStringList goodbyes{QStringLiteral("No, that's all. Bye."),
                           QStringLiteral("That's everything, thanks.")};

} // namespace

QList<core::TranscriptLine> demoTranscript(Random &random, const TranscriptScene &scene)
{
    const Topic &topic = topics()[scene.teamIndex % topics().size()];
    const bool chat = scene.channel != core::Channel::Call;
    // A problem goes with its fix, a question with its answer.
    const int problem = random.between(0, static_cast<int>(topic.problems.size()) - 1);
    const int question = random.between(0, static_cast<int>(topic.questions.size()) - 1);
    QStringList said{random.pick(chat ? chatGreetings : greetings).arg(scene.agentFirstName),
                     topic.problems[problem], topic.questions[question], topic.details[question]};
    const int probes = random.between(0, static_cast<int>(topic.probes.size()));
    for (int i = 0; i < probes; ++i)
        said << topic.probes[i] << topic.answers[i];
    if (random.chance(0.3))
        said << QStringLiteral("Let me check that for you — one moment, please.")
             << QStringLiteral("Sure, no problem.");
    said << topic.fixes[problem] << random.pick(scene.wentWell ? happyReactions : unhappyReactions);
    if (random.chance(0.5))
        said << random.pick(closings) << random.pick(goodbyes);
    // Offsets spread over the talk time in order, each line up to half a share after the start of its share.
    const int duration = std::max(60, scene.durationSeconds);
    const int share = duration / static_cast<int>(said.size());
    QList<core::TranscriptLine> lines;
    for (qsizetype i = 0; i < said.size(); ++i) {
        const int offset = share * static_cast<int>(i) + random.between(0, share / 2);
        lines.append({static_cast<int>(i + 1), offset,
                      i % 2 == 0 ? QStringLiteral("agent") : QStringLiteral("customer"), said[i]});
    }
    return lines;
}

} // namespace huddle::demo
