// Scorecards as JSON (strict round trip, errors that name the JSON path and the file), what makes a scorecard
// valid, and the default scorecards a new database starts with.
#include "core/defaultscorecards.h"
#include "core/scorecardjson.h"
#include "coremetatypes.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>
#include <limits>

using namespace huddle::core;

using ScorecardEdit = std::function<void(ScorecardDefinition &)>;
Q_DECLARE_METATYPE(ScorecardEdit)

namespace {

CriterionDefinition criterion(const QString &name, double weight, CriterionKind kind, bool autoFail = false,
                              bool naAllowed = true, const QString &guideline = {})
{
    return {name, Criterion{weight, kind, autoFail, naAllowed}, guideline};
}

ScorecardDefinition sampleScorecard()
{
    ScorecardDefinition s;
    s.name = QStringLiteral("Billing chat");
    s.description = QStringLiteral("For the billing queue — «línea» 2");
    s.purpose = ScorecardPurpose::Peer;
    s.channel = Channel::Chat;
    s.sections = {{QStringLiteral("Opening"),
                   {criterion(QStringLiteral("Verification"), 5, CriterionKind::YesNo, true, false,
                              QStringLiteral("Checks two security answers.")),
                    criterion(QStringLiteral("Greeting"), 0.5, CriterionKind::YesNo)}},
                  {QStringLiteral("Soft skills"),
                   {criterion(QStringLiteral("Empathy"), 2.25, CriterionKind::Scale1to5, false, true,
                              QStringLiteral("Names the feeling."))}}};
    return s;
}

// Everything the JSON form carries (not the version or creation time, which belong to the database).
void compareScorecards(const ScorecardDefinition &actual, const ScorecardDefinition &expected)
{
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.description, expected.description);
    QCOMPARE(actual.purpose, expected.purpose);
    QCOMPARE(actual.channel, expected.channel);
    QCOMPARE(actual.sections.size(), expected.sections.size());
    for (qsizetype s = 0; s < actual.sections.size(); ++s) {
        const ScorecardSection &a = actual.sections[s];
        const ScorecardSection &e = expected.sections[s];
        QCOMPARE(a.name, e.name);
        QCOMPARE(a.criteria.size(), e.criteria.size());
        for (qsizetype c = 0; c < a.criteria.size(); ++c) {
            QCOMPARE(a.criteria[c].name, e.criteria[c].name);
            QCOMPARE(a.criteria[c].guideline, e.criteria[c].guideline);
            QCOMPARE(a.criteria[c].criterion.weight, e.criteria[c].criterion.weight);
            QCOMPARE(a.criteria[c].criterion.kind, e.criteria[c].criterion.kind);
            QCOMPARE(a.criteria[c].criterion.autoFail, e.criteria[c].criterion.autoFail);
            QCOMPARE(a.criteria[c].criterion.naAllowed, e.criteria[c].criterion.naAllowed);
        }
    }
}

// Sets (or, with an undefined value, removes) one key of sections[s].criteria[c] — or of sections[s] when
// c < 0.
void setIn(QJsonObject &root, int s, int c, const QString &key, const QJsonValue &value)
{
    QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    QJsonObject section = sections[s].toObject();
    QJsonObject *target = &section;
    QJsonArray criteria = section.value(QStringLiteral("criteria")).toArray();
    QJsonObject item;
    if (c >= 0) {
        item = criteria[c].toObject();
        target = &item;
    }
    if (value.isUndefined())
        target->remove(key);
    else
        target->insert(key, value);
    if (c >= 0) {
        criteria[c] = item;
        section.insert(QStringLiteral("criteria"), criteria);
    }
    sections[s] = section;
    root.insert(QStringLiteral("sections"), sections);
}

} // namespace

class TestScorecardJson : public QObject {
    Q_OBJECT

private slots:
    void roundTrip();
    void roundTripWithoutChannel();
    void optionalTextsMayBeLeftOut();
    void badDocuments_data();
    void badDocuments();
    void syntaxErrorHasLineAndColumn();
    void validation_data();
    void validation();
    void defaultsAreValid();
    void defaultsPurposesAndChannels();
    void defaultsCoverSoftSkills();
};

void TestScorecardJson::roundTrip()
{
    const ScorecardDefinition original = sampleScorecard();
    const QByteArray json = scorecardToJson(original);
    const auto read = scorecardFromJson(json, QStringLiteral("billing.json"));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    compareScorecards(read.value(), original);
    QCOMPARE(scorecardToJson(read.value()), json); // byte for byte
    for (const ScorecardDefinition &fallback : defaultScorecards()) {
        const auto again = scorecardFromJson(scorecardToJson(fallback), QStringLiteral("default.json"));
        QVERIFY(again);
        compareScorecards(again.value(), fallback);
    }
}

void TestScorecardJson::roundTripWithoutChannel()
{
    ScorecardDefinition original = sampleScorecard();
    original.channel.reset();
    const QByteArray json = scorecardToJson(original);
    QVERIFY(json.contains("\"channel\": null"));
    const auto read = scorecardFromJson(json, QStringLiteral("any.json"));
    QVERIFY(read);
    QVERIFY(!read->channel.has_value());
}

void TestScorecardJson::optionalTextsMayBeLeftOut()
{
    QJsonObject root = QJsonDocument::fromJson(scorecardToJson(sampleScorecard())).object();
    root.remove(QStringLiteral("description"));
    root.remove(QStringLiteral("channel"));
    setIn(root, 0, 0, QStringLiteral("guideline"), QJsonValue::Undefined);
    const auto read = scorecardFromJson(QJsonDocument(root).toJson(), QStringLiteral("short.json"));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QVERIFY(read->description.isEmpty());
    QVERIFY(!read->channel);
    QVERIFY(read->sections[0].criteria[0].guideline.isEmpty());
}

void TestScorecardJson::badDocuments_data()
{
    QTest::addColumn<JsonEdit>("edit");
    QTest::addColumn<QString>("message"); // the exact fragment expected in the message

    const auto key = [](const char *name, QJsonValue value) {
        return JsonEdit([=](QJsonObject &root) { root.insert(QString::fromLatin1(name), value); });
    };
    const auto inCriterion = [](int s, int c, const char *name, QJsonValue value) {
        return JsonEdit([=](QJsonObject &root) { setIn(root, s, c, QString::fromLatin1(name), value); });
    };
    QTest::newRow("misspelt key") << inCriterion(0, 1, "weigth", 2)
                                  << QStringLiteral("sections[0].criteria[1].weigth: unknown key \"weigth\"");
    QTest::newRow("weight as text") << inCriterion(1, 0, "weight", QStringLiteral("3"))
                                    << QStringLiteral(
                                           "sections[1].criteria[0].weight: expected a number, found a text");
    QTest::newRow("negative weight")
        << inCriterion(0, 0, "weight", -2)
        << QStringLiteral(
               "sections[0].criteria[0].weight: the weight must be a number greater than 0, found -2");
    QTest::newRow("unknown kind") << inCriterion(1, 0, "kind", QStringLiteral("stars"))
                                  << QStringLiteral(
                                         "sections[1].criteria[0].kind: \"stars\" is not one of yes_no, "
                                         "scale_1_5");
    QTest::newRow("autoFail missing")
        << inCriterion(0, 1, "autoFail", QJsonValue::Undefined)
        << QStringLiteral("sections[0].criteria[1].autoFail: missing; expected true "
                          "or false");
    QTest::newRow("naAllowed as number")
        << inCriterion(0, 0, "naAllowed", 1)
        << QStringLiteral("sections[0].criteria[0].naAllowed: expected true or "
                          "false, found a number");
    QTest::newRow("duplicate name")
        << inCriterion(1, 0, "name", QStringLiteral("Greeting"))
        << QStringLiteral("sections[1].criteria[0].name: the name \"Greeting\" is already used by "
                          "sections[0].criteria[1].name");
    QTest::newRow("empty section") << inCriterion(1, -1, "criteria", QJsonArray())
                                   << QStringLiteral(
                                          "sections[1].criteria: section \"Soft skills\" needs at least "
                                          "one criterion");
    QTest::newRow("section name missing") << inCriterion(1, -1, "name", QJsonValue::Undefined)
                                          << QStringLiteral("sections[1].name: missing; expected a text");
    QTest::newRow("no sections") << key("sections", QJsonArray())
                                 << QStringLiteral("sections: a scorecard needs at least one section");
    QTest::newRow("blank name") << key("name", QStringLiteral("  "))
                                << QStringLiteral("name: a scorecard needs a name");
    QTest::newRow("wrong format") << key("format", QStringLiteral("kpi-plan"))
                                  << QStringLiteral("format: \"kpi-plan\" is not a Huddle scorecard");
    QTest::newRow("future version") << key("formatVersion", 2)
                                    << QStringLiteral(
                                           "formatVersion: version 2 is not one this Huddle reads");
    QTest::newRow("unknown channel") << key("channel", QStringLiteral("fax"))
                                     << QStringLiteral(
                                            "channel: \"fax\" is not one of call, chat, email, ticket");
    QTest::newRow("unknown root key")
        << key("owner", QStringLiteral("me")) << QStringLiteral("owner: unknown key \"owner\"");
    QTest::newRow("purpose missing") << JsonEdit([](QJsonObject &root) {
        root.remove(QStringLiteral("purpose"));
    }) << QStringLiteral("purpose: missing; expected a text");
}

void TestScorecardJson::badDocuments()
{
    QFETCH(JsonEdit, edit);
    QFETCH(QString, message);
    QJsonObject root = QJsonDocument::fromJson(scorecardToJson(sampleScorecard())).object();
    edit(root);
    const auto read = scorecardFromJson(QJsonDocument(root).toJson(), QStringLiteral("bad.json"));
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));
    QCOMPARE(read.error().location, QStringLiteral("bad.json"));
}

void TestScorecardJson::syntaxErrorHasLineAndColumn()
{
    // The stray comma is on line 3, column 11.
    const auto read = scorecardFromJson("{\n  \"format\": \"huddle-scorecard\",\n  \"name\": ,\n}",
                                        QStringLiteral("bad.json"));
    QVERIFY(!read);
    QCOMPARE(read.error().location, QStringLiteral("bad.json:3:11"));
    QVERIFY(read.error().message.startsWith(QStringLiteral("not valid JSON")));
    const auto array = scorecardFromJson("[]", QStringLiteral("list.json"));
    QVERIFY(!array);
    QCOMPARE(array.error().location, QStringLiteral("list.json"));
    QVERIFY(array.error().message.contains(QStringLiteral("one JSON object")));
}

void TestScorecardJson::validation_data()
{
    QTest::addColumn<ScorecardEdit>("edit");
    QTest::addColumn<QString>("message"); // empty: valid

    QTest::newRow("sample") << ScorecardEdit([](ScorecardDefinition &) {}) << QString();
    QTest::newRow("no name") << ScorecardEdit([](ScorecardDefinition &s) { s.name.clear(); })
                             << QStringLiteral("Scorecard: a scorecard needs a name");
    QTest::newRow("no sections") << ScorecardEdit([](ScorecardDefinition &s) { s.sections.clear(); })
                                 << QStringLiteral("Scorecard: a scorecard needs at least one section");
    QTest::newRow("unnamed section") << ScorecardEdit([](ScorecardDefinition &s) {
        s.sections[1].name = QString();
    }) << QStringLiteral("Section 2: a section needs a name");
    QTest::newRow("empty section") << ScorecardEdit([](ScorecardDefinition &s) {
        s.sections[0].criteria.clear();
    }) << QStringLiteral("Section 1: section \"Opening\" needs at least one criterion");
    QTest::newRow("unnamed criterion")
        << ScorecardEdit([](ScorecardDefinition &s) { s.sections[1].criteria[0].name = QStringLiteral(" "); })
        << QStringLiteral("Criterion 1 of section 2: a criterion needs a name");
    QTest::newRow("same name, other spacing")
        << ScorecardEdit(
               [](ScorecardDefinition &s) { s.sections[1].criteria[0].name = QStringLiteral("Greeting "); })
        << QStringLiteral(
               "Criterion 1 of section 2: the name \"Greeting\" is already used by Criterion 2 of section 1");
    QTest::newRow("zero weight") << ScorecardEdit([](ScorecardDefinition &s) {
        s.sections[0].criteria[1].criterion.weight = 0;
    }) << QStringLiteral("Criterion 2 of section 1: the weight must be a number greater than 0, found 0");
    QTest::newRow("infinite weight") << ScorecardEdit([](ScorecardDefinition &s) {
        s.sections[0].criteria[1].criterion.weight = std::numeric_limits<double>::infinity();
    }) << QStringLiteral("the weight must be a number greater than 0");
    QTest::newRow("NaN weight") << ScorecardEdit([](ScorecardDefinition &s) {
        s.sections[0].criteria[1].criterion.weight = std::numeric_limits<double>::quiet_NaN();
    }) << QStringLiteral("the weight must be a number greater than 0");
}

void TestScorecardJson::validation()
{
    QFETCH(ScorecardEdit, edit);
    QFETCH(QString, message);
    ScorecardDefinition scorecard = sampleScorecard();
    edit(scorecard);
    const Status status = validateScorecard(scorecard);
    if (message.isEmpty()) {
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
        return;
    }
    QVERIFY(!status);
    QVERIFY2(status.error().message.contains(message), qPrintable(status.error().message));
}

void TestScorecardJson::defaultsAreValid()
{
    const QList<ScorecardDefinition> defaults = defaultScorecards();
    QCOMPARE(defaults.size(), 3);
    for (const ScorecardDefinition &scorecard : defaults) {
        const Status status = validateScorecard(scorecard);
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
        QVERIFY(!scorecard.description.isEmpty());
        for (const ScorecardSection &section : scorecard.sections)
            for (const CriterionDefinition &definition : section.criteria) {
                // One sentence each: starts with a capital, ends with the only full stop.
                const QString &guideline = definition.guideline;
                QVERIFY2(guideline.endsWith(QLatin1Char('.')) && guideline.count(QLatin1Char('.')) == 1,
                         qPrintable(definition.name));
                QVERIFY2(guideline.front().isUpper(), qPrintable(definition.name));
            }
    }
}

void TestScorecardJson::defaultsPurposesAndChannels()
{
    const QList<ScorecardDefinition> defaults = defaultScorecards();
    const ScorecardDefinition &voice = defaults[0];
    const ScorecardDefinition &chat = defaults[1];
    const ScorecardDefinition &peer = defaults[2];
    QCOMPARE(voice.name, defaultVoiceScorecard().name);
    QCOMPARE(voice.purpose, ScorecardPurpose::Qa);
    QCOMPARE(voice.channel, std::optional<Channel>(Channel::Call));
    QCOMPARE(chat.purpose, ScorecardPurpose::Qa);
    QCOMPARE(chat.channel, std::optional<Channel>(Channel::Chat));
    QCOMPARE(peer.purpose, ScorecardPurpose::Peer);
    QVERIFY(!peer.channel);
    for (const ScorecardDefinition *qa : {&voice, &chat}) {
        QVERIFY(qa->sections.size() >= 3 && qa->sections.size() <= 4);
        const QList<Criterion> criteria = qa->flatCriteria();
        QVERIFY(criteria.size() >= 8 && criteria.size() <= 11);
        const auto critical =
            std::count_if(criteria.cbegin(), criteria.cend(), [](const Criterion &c) { return c.autoFail; });
        QVERIFY(critical >= 1 && critical <= 2);
    }
    const QList<Criterion> peerCriteria = peer.flatCriteria();
    QVERIFY(peerCriteria.size() >= 3 && peerCriteria.size() <= 4);
    QVERIFY(std::none_of(peerCriteria.cbegin(), peerCriteria.cend(),
                         [](const Criterion &c) { return c.autoFail; }));
}

void TestScorecardJson::defaultsCoverSoftSkills()
{
    const auto names = [](const ScorecardDefinition &scorecard) {
        QStringList list;
        for (const ScorecardSection &section : scorecard.sections)
            for (const CriterionDefinition &definition : section.criteria)
                list << definition.name;
        return list;
    };
    const QStringList softSkills{QStringLiteral("Empathy"), QStringLiteral("Ownership"),
                                 QStringLiteral("Staying calm under pressure"),
                                 QStringLiteral("Smart troubleshooting")};
    const QStringList voice = names(defaultVoiceScorecard());
    const QStringList chat = names(defaultChatScorecard());
    for (const QString &skill : softSkills) {
        QVERIFY2(voice.contains(skill), qPrintable(skill));
        QVERIFY2(chat.contains(skill), qPrintable(skill));
    }
    QVERIFY(chat.contains(QStringLiteral("Clear written tone")));
    QVERIFY(voice.contains(QStringLiteral("Identity verification")));
}

HUDDLE_TEST_GUILESS_MAIN("test_scorecard_json", TestScorecardJson)
#include "tst_scorecardjson.moc"
