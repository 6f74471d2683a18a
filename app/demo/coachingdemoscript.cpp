#include "coachingdemoscript.h"

namespace huddle::demo {

QList<DemoPhrase> demoPhrases()
{
    return {
        {QStringLiteral("Can you tell me more about the problem that you're experiencing?"),
         QStringLiteral("Please tell me what happened?"), QStringLiteral("opening, troubleshooting"),
         QStringLiteral("Tech Support, six weeks before and after: CSAT +3 points (n = 410 and 388)."),
         false},
        {QStringLiteral("I do apologise for any inconvenience that this may have caused you today."),
         QStringLiteral("I'm sorry about this. Let's fix it."), QStringLiteral("angry customer, apology"),
         QStringLiteral("Pilot on two teams: CSAT flat (+0.4 points), too few answers for a verdict."),
         false},
        {QStringLiteral("I'm going to need to place you on a brief hold while I look into this for you."),
         QStringLiteral("May I put you on hold for two minutes while I check?"), QStringLiteral("hold"),
         QStringLiteral("Calls with a hold: CSAT +4 points the month after (n = 265)."), false},
        {QStringLiteral(
             "Thank you so much for holding, I really appreciate your patience while I was looking "
             "into that for you."),
         QStringLiteral("Thanks for waiting. Here's what I found."), QStringLiteral("hold"), QString(),
         false},
        {QStringLiteral("Is there anything else at all that I might be able to assist you with today?"),
         QStringLiteral("What else can I do for you?"), QStringLiteral("closing"), QString(), false},
        {QStringLiteral("Unfortunately that's not something that I'm able to do from my end."),
         QStringLiteral("Here's what I can do instead:"), QStringLiteral("angry customer, policy"),
         QStringLiteral("Retention, four weeks: escalations down 18 %, CSAT +2 points (n = 260)."), false},
        {QStringLiteral("I can see on my system here that there appears to be a charge on your account."),
         QStringLiteral("I see a charge of $24.99 on the 3rd."), QStringLiteral("billing"), QString(), false},
        {QStringLiteral(
             "What I'm going to go ahead and do for you right now is submit a request for a refund."),
         QStringLiteral("I'm refunding it now; you'll see it in 3 to 5 days."),
         QStringLiteral("billing, closing"),
         QStringLiteral("Repeat contacts about refunds down 11 % the month after; CSAT +2 points."), false},
        {QStringLiteral(
             "Would you be interested in hearing about some of the other products and services that we "
             "offer?"),
         QStringLiteral("Customers on your plan often save with the annual bundle. Shall I check yours?"),
         QStringLiteral("sales, closing"),
         QStringLiteral("Conversion +1.2 points, CSAT unchanged (n = 540)."), false},
        {QStringLiteral("I completely understand how frustrating this must be for you and I'm so sorry."),
         QStringLiteral("That's frustrating. I'll sort it out."), QStringLiteral("angry customer, empathy"),
         QString(), false},
        {QStringLiteral(
             "Please be advised that our systems are currently experiencing technical difficulties."),
         QStringLiteral("Our system is slow today. I'll stay with you while it loads."),
         QStringLiteral("outage, hold"), QString(), true},
    };
}

ProfileScript scriptFor(AgentProfile profile)
{
    using core::KpiId;
    switch (profile) {
    case AgentProfile::FastUnsatisfying:
        return {
            {KpiId::Csat, KpiId::Fcr},
            {4, 7, 9, 1},
            {QStringLiteral(
                 "Listened to two short calls together. The fixes were right, but the customer never "
                 "heard a recap. Agreed to summarise next steps before every close."),
             QStringLiteral("CSAT comments mention feeling rushed. Practised letting the customer finish and "
                            "asking one open question before troubleshooting."),
             QStringLiteral(
                 "Better: fewer repeat contacts this fortnight. Keep the recap; next, check the fix "
                 "worked before ending the call.")},
            {{QStringLiteral("Recap next steps before closing every call"), false},
             {QStringLiteral("Ask one open question before starting to troubleshoot"), false},
             {QStringLiteral("Share two calls with a good recap in the team huddle"), true}}};
    case AgentProfile::StrugglingNewHire:
        return {{KpiId::Aht, KpiId::Attendance},
                {0, 2, 3, 6},
                {QStringLiteral(
                     "Still searching the knowledge base during calls. Walked through the five billing "
                     "articles asked about most and set them as favourites."),
                 QStringLiteral(
                     "Two late starts and an unexcused absence this month. Went through the attendance "
                     "policy and the warning ladder; agreed to call in before the shift if unwell."),
                 QStringLiteral(
                     "Holds are shorter. Next: use the hold script and come back within two minutes.")},
                {{QStringLiteral("Read and bookmark the five most used billing articles"), false},
                 {QStringLiteral("Be logged in five minutes before the shift starts"), false},
                 {QStringLiteral("Arrange two hours of shadowing with a senior agent"), true}}};
    case AgentProfile::SlowLoved:
        return {
            {KpiId::Aht},
            {2, 3, 6},
            {QStringLiteral("Customers love the calls, but holds are long. Agreed to send the article link "
                            "instead of reading it out, and to offer a callback when a search runs long."),
             QStringLiteral("AHT down 40 seconds with CSAT unchanged. Keep going; wrap-up notes can be "
                            "shorter.")},
            {{QStringLiteral("Offer a callback when a search takes over two minutes"), false},
             {QStringLiteral("Use the article-link macro instead of reading articles aloud"), false}}};
    case AgentProfile::TopSeller:
        return {
            {KpiId::Qa},
            {8, 5},
            {QStringLiteral("Great conversion. QA flagged a missing disclosure on two sales calls; agreed to "
                            "read the disclosure before confirming any order."),
             QStringLiteral("Disclosures done on every sale evaluated since. Talked about mentoring a new "
                            "hire on upgrade conversations.")},
            {{QStringLiteral("Read the disclosure before confirming any order"), false},
             {QStringLiteral("Pair with a new hire on two upgrade calls"), true}}};
    case AgentProfile::Steady:
    case AgentProfile::ImprovingAfterCoaching:
        break;
    }
    return {{KpiId::Sales, KpiId::Qa},
            {0, 8, 4},
            {QStringLiteral(
                 "A solid fortnight. Talked about spotting upgrade moments once the problem is solved."),
             QStringLiteral("Reviewed the latest QA evaluations together; small misses on the closing notes, "
                            "nothing urgent.")},
            {{QStringLiteral("Offer the annual bundle when the customer mentions cost"), false},
             {QStringLiteral("Go through the closing-notes checklist once a day this week"), false},
             {QStringLiteral("Send the updated upgrade price list"), true}}};
}

int coachingPriority(AgentProfile profile)
{
    switch (profile) {
    case AgentProfile::FastUnsatisfying:
        return 0;
    case AgentProfile::StrugglingNewHire:
        return 1;
    case AgentProfile::Steady:
        return 2;
    case AgentProfile::SlowLoved:
        return 3;
    case AgentProfile::TopSeller:
        return 4;
    case AgentProfile::ImprovingAfterCoaching:
        break;
    }
    return 5;
}

QList<DemoCustomItem> demoCustomItems()
{
    return {
        {QStringLiteral("New refund policy"),
         QStringLiteral("Went through the changes from the 1st; the agent will use the new refund macro.")},
        {QStringLiteral("Interest in the QA role"),
         QStringLiteral("Would like to sit in on a calibration session. I'll ask the QA manager.")},
        {QStringLiteral("A difficult week"),
         QStringLiteral("Two abusive callers on Tuesday. Reminded of the escalation route and the break "
                        "policy.")},
        {QStringLiteral("Headset drops out"),
         QStringLiteral("Audio cuts out on long calls; ticket raised with IT.")}};
}

QString demoItemNote(core::AgendaKind kind, int number)
{
    static const QStringList kpiNotes{
        QStringLiteral("Looked at the trend together; the actions below are what we agreed."),
        QStringLiteral("Moving the right way since last time; keep the same focus for another two weeks."),
        QStringLiteral(
            "Agent thinks the queue mix explains part of it; we'll compare with the team next time.")};
    static const QStringList mistakeNotes{
        QStringLiteral("Listened to the moment the evaluator marked and agreed what good looks like."),
        QStringLiteral(
            "Agent knew the rule but forgets it under time pressure; added it to the desk checklist.")};
    static const QStringList conversationNotes{
        QStringLiteral(
            "Listened together from the start. The customer had to repeat the account number three "
            "times."),
        QStringLiteral(
            "The customer wanted the refund confirmed in writing; the promised e-mail never went out."),
        QStringLiteral("Transferred without a warm hand-off; the customer explained everything again.")};
    const QStringList &notes = kind == core::AgendaKind::Kpi       ? kpiNotes
                               : kind == core::AgendaKind::Mistake ? mistakeNotes
                                                                   : conversationNotes;
    return notes.at(number % notes.size());
}

QString demoKpiName(core::KpiId kpi)
{
    switch (kpi) {
    case core::KpiId::Attendance:
        return QStringLiteral("Attendance");
    case core::KpiId::Csat:
        return QStringLiteral("CSAT");
    case core::KpiId::Sales:
        return QStringLiteral("Sales conversion");
    case core::KpiId::Qa:
        return QStringLiteral("QA score");
    case core::KpiId::Aht:
        return QStringLiteral("AHT");
    case core::KpiId::Fcr:
        return QStringLiteral("FCR");
    case core::KpiId::Cph:
        return QStringLiteral("Contacts per hour");
    case core::KpiId::Nps:
        return QStringLiteral("NPS");
    }
    return {};
}

} // namespace huddle::demo
