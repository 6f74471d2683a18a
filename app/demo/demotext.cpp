#include "demotext.h"

#include "random.h"

#include <QStringList>

namespace huddle::demo {

namespace {

const QStringList firstNames{
    QStringLiteral("Ana"),     QStringLiteral("Becky"),  QStringLiteral("Carlos"), QStringLiteral("Dana"),
    QStringLiteral("Elif"),    QStringLiteral("Femi"),   QStringLiteral("Grace"),  QStringLiteral("Hiro"),
    QStringLiteral("Ines"),    QStringLiteral("Jamal"),  QStringLiteral("Kiara"),  QStringLiteral("Luis"),
    QStringLiteral("Martha"),  QStringLiteral("Nadia"),  QStringLiteral("Omar"),   QStringLiteral("Priya"),
    QStringLiteral("Quinn"),   QStringLiteral("Rosa"),   QStringLiteral("Sam"),    QStringLiteral("Tomas"),
    QStringLiteral("Uma"),     QStringLiteral("Victor"), QStringLiteral("Wen"),    QStringLiteral("Ximena"),
    QStringLiteral("Yusuf"),   QStringLiteral("Zoe"),    QStringLiteral("Andre"),  QStringLiteral("Bianca"),
    QStringLiteral("Chidi"),   QStringLiteral("Diego"),  QStringLiteral("Emma"),   QStringLiteral("Farah"),
    QStringLiteral("Gabriel"), QStringLiteral("Hana"),   QStringLiteral("Ivan"),   QStringLiteral("Joy"),
    QStringLiteral("Kofi"),    QStringLiteral("Lena"),   QStringLiteral("Mateo"),  QStringLiteral("Noor")};

const QStringList lastNames{
    QStringLiteral("Reyes"),   QStringLiteral("Okafor"),   QStringLiteral("Nguyen"),
    QStringLiteral("Silva"),   QStringLiteral("Kowalski"), QStringLiteral("Haddad"),
    QStringLiteral("Tanaka"),  QStringLiteral("Murphy"),   QStringLiteral("Santos"),
    QStringLiteral("Fischer"), QStringLiteral("Mensah"),   QStringLiteral("Rossi"),
    QStringLiteral("Dubois"),  QStringLiteral("Khan"),     QStringLiteral("Lindqvist"),
    QStringLiteral("Park"),    QStringLiteral("Moreno"),   QStringLiteral("Adeyemi"),
    QStringLiteral("Novak"),   QStringLiteral("Cruz"),     QStringLiteral("Bauer"),
    QStringLiteral("Ali"),     QStringLiteral("Costa"),    QStringLiteral("Walsh"),
    QStringLiteral("Ibrahim"), QStringLiteral("Petrov"),   QStringLiteral("Garcia"),
    QStringLiteral("Sato"),    QStringLiteral("Nilsen"),   QStringLiteral("Banda")};

const QStringList teamNames{QStringLiteral("Billing"),    QStringLiteral("Tech Support"),
                            QStringLiteral("Sales"),      QStringLiteral("Retention"),
                            QStringLiteral("Onboarding"), QStringLiteral("Escalations")};

const QStringList rushedNotes{
    QStringLiteral("Rushed the close: the customer asked twice whether the refund was confirmed."),
    QStringLiteral(
        "Jumped to the fix before the customer finished explaining; they had to repeat the order number."),
    QStringLiteral("No recap at the end, so the customer wasn't sure what happens next."),
    QStringLiteral("Talked over the customer during verification. Slow down at the start.")};

const QStringList thoroughNotes{
    QStringLiteral(
        "Lovely empathy, but a long hold while searching the KB. Send the article link first next time."),
    QStringLiteral(
        "Explained the bill line by line; the customer thanked her twice. Could skip the second hold."),
    QStringLiteral("Very patient with a confused caller. Consider offering the callback instead of waiting "
                   "on the line.")};

const QStringList goodNotes{
    QStringLiteral(
        "Clear verification and a strong ownership statement (\"I'll make sure this is fixed today\")."),
    QStringLiteral(
        "Great recovery after the customer got angry: acknowledged, apologised once, moved to the fix."),
    QStringLiteral("Set expectations on the delivery date precisely. Good example for the team huddle."),
    QStringLiteral("Offered the upgrade at the right moment, after the problem was solved.")};

const QStringList weakNotes{
    QStringLiteral("Missed the second verification question: please re-read the security checklist."),
    QStringLiteral("Transferred without a warm handover; the customer had to start again."),
    QStringLiteral("Promised a callback that isn't in the notes. Log promises in the ticket."),
    QStringLiteral("Policy explained correctly but sounded scripted; acknowledge the frustration first.")};

} // namespace

QString agentName(int index)
{
    const int first = index % firstNames.size();
    const int last = (index / firstNames.size() + index * 7) % lastNames.size();
    return firstNames[first] + QLatin1Char(' ') + lastNames[last];
}

QString teamName(int index)
{
    if (index < teamNames.size())
        return teamNames[index];
    return QStringLiteral("Team %1").arg(index + 1);
}

QString evaluatorName(int index)
{
    static const QStringList evaluators{QStringLiteral("Dana Whitfield"), QStringLiteral("Marcus Lee"),
                                        QStringLiteral("Ingrid Olsen")};
    return evaluators[index % evaluators.size()];
}

QString coachName(int teamIndex)
{
    return QStringLiteral("%1 lead").arg(teamName(teamIndex));
}

QString qaManagerName()
{
    return QStringLiteral("Priya Nair");
}

QString reviewNote(Random &random, AgentProfile profile, bool satisfied)
{
    if (profile == AgentProfile::FastUnsatisfying && !satisfied)
        return random.pick(rushedNotes);
    if (profile == AgentProfile::SlowLoved)
        return random.pick(thoroughNotes);
    return satisfied ? random.pick(goodNotes) : random.pick(weakNotes);
}

} // namespace huddle::demo
