// Scorecards in storage: defaults on a new or upgraded database, what is saved is what is read back, an edit
// of a scorecard in use becomes a new version while old evaluations keep their criteria, an unused version is
// edited in place, saving the same definition changes nothing, names stay unique, and a failed save leaves
// nothing behind.
#include "core/defaultscorecards.h"
#include "qafixture.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "storage/migrations.h"
#include "storage/scorecardrepository.h"
#include "support/testmain.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;
using qafixture::count;

class TestScorecards : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void newDatabaseHasTheDefaults();
    void upgradedDatabaseGetsMissingPurposesOnly();
    void installDefaultsSkipsPresentPurposes();
    void savedDefinitionReadsBack();
    void savingTheSameDefinitionChangesNothing();
    void unusedVersionIsEditedInPlace();
    void usedVersionGetsANewVersionAndOldEvaluationsKeepTheirs();
    void calibrationSessionAlsoKeepsItsVersion();
    void renameKeepsTheVersion();
    void namesAreUnique();
    void invalidDefinitionIsRefused();
    void purposeOfAUsedScorecardCannotChange();
    void retiringHidesFromTheList();
    void failedSaveLeavesNothing();

private:
    QString nextPath() { return m_dir.filePath(QStringLiteral("cards%1.sqlite").arg(++m_counter)); }
    storage::ScorecardRepository repository() const { return storage::ScorecardRepository(*m_qa.database); }
    int scorecardRows() const
    {
        return count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM scorecards"));
    }
    qint64 publishCare(const char *key);

    QTemporaryDir m_dir;
    int m_counter = 0;
    qafixture::QaSite m_qa;
};

void TestScorecards::init()
{
    m_qa = {};
    auto qa = qafixture::openQaSite(nextPath());
    QVERIFY2(qa, qPrintable(qa ? QString() : qa.error().toString()));
    m_qa = std::move(qa.value());
}

qint64 TestScorecards::publishCare(const char *key)
{
    const auto id =
        storage::EvaluationRepository(*m_qa.database)
            .publish(qafixture::careDraft(m_qa, key, {{false, 1}, {false, 1}, {false, 4}, {false, 3}}),
                     QStringLiteral("Quinn"));
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? id.value() : 0;
}

void TestScorecards::newDatabaseHasTheDefaults()
{
    auto db = storage::Database::open(nextPath(), storage::OpenMode::CreateIfMissing);
    QVERIFY(db);
    const auto listed = storage::ScorecardRepository(*db.value()).list(true);
    QVERIFY(listed);
    const QList<core::ScorecardDefinition> defaults = core::defaultScorecards();
    QCOMPARE(listed->size(), defaults.size());
    for (const core::ScorecardDefinition &definition : defaults) {
        const auto found =
            std::find_if(listed->cbegin(), listed->cend(),
                         [&](const storage::ScorecardSummary &s) { return s.name == definition.name; });
        QVERIFY2(found != listed->cend(), qPrintable(definition.name));
        QCOMPARE(found->purpose, definition.purpose);
        QCOMPARE(found->criteria, definition.flatCriteria().size());
        QCOMPARE(found->latestVersion, 1);
        QCOMPARE(
            storage::AuditLog(*db.value()).entries(QStringLiteral("scorecard"), found->scorecardId)->size(),
            1);
    }
    QCOMPARE(count(*db.value(), QStringLiteral("SELECT COUNT(*) FROM scorecards WHERE purpose = 'peer'")), 1);
    QCOMPARE(count(*db.value(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'huddle'")),
             defaults.size());

    // Opening again installs nothing more.
    const QString path = db.value()->path();
    db.value().reset();
    auto again = storage::Database::open(path, storage::OpenMode::MustExist);
    QVERIFY(again);
    QCOMPARE(count(*again.value(), QStringLiteral("SELECT COUNT(*) FROM scorecards")), defaults.size());
}

void TestScorecards::upgradedDatabaseGetsMissingPurposesOnly()
{
    // A level-4 file with a QA scorecard of its own: the upgrade adds the peer form, not the QA ones.
    const QString path = nextPath();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("level4"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(storage::migrate(db, storage::builtInMigrations().mid(0, 4)));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO scorecards (name) VALUES ('Old form')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("level4"));
    auto db = storage::Database::open(path, storage::OpenMode::MustExist);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    QCOMPARE(count(*db.value(), QStringLiteral("SELECT COUNT(*) FROM scorecards")), 2);
    QCOMPARE(
        qafixture::scalar(*db.value(), QStringLiteral("SELECT name FROM scorecards WHERE purpose = 'peer'")),
        QVariant(core::defaultPeerScorecard().name));
}

void TestScorecards::installDefaultsSkipsPresentPurposes()
{
    // Remove the default peer form (unused, so it can go) and retire every QA scorecard: retired ones still
    // count as the site's own, so only the peer form comes back.
    QSqlQuery q(m_qa.database->connection());
    const QString peerName = core::defaultPeerScorecard().name;
    for (const QString &sql :
         {QStringLiteral(
              "DELETE FROM scorecard_criteria WHERE section_id IN (SELECT id FROM scorecard_sections WHERE"
              " version_id IN (SELECT v.id FROM scorecard_versions v JOIN scorecards s ON s.id ="
              " v.scorecard_id WHERE s.purpose = 'peer'))"),
          QStringLiteral(
              "DELETE FROM scorecard_sections WHERE version_id IN (SELECT v.id FROM scorecard_versions v"
              " JOIN scorecards s ON s.id = v.scorecard_id WHERE s.purpose = 'peer')"),
          QStringLiteral(
              "DELETE FROM scorecard_versions WHERE scorecard_id IN (SELECT id FROM scorecards WHERE"
              " purpose = 'peer')"),
          QStringLiteral("DELETE FROM scorecards WHERE purpose = 'peer'"),
          QStringLiteral("UPDATE scorecards SET retired = 1")})
        QVERIFY2(q.exec(sql), qPrintable(sql));
    const int qaBefore =
        count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM scorecards WHERE purpose = 'qa'"));
    QVERIFY(repository().installDefaults(QStringLiteral("Lead")));
    QCOMPARE(count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM scorecards WHERE purpose = 'qa'")),
             qaBefore);
    QCOMPARE(qafixture::scalar(*m_qa.database,
                               QStringLiteral("SELECT name FROM scorecards WHERE purpose = 'peer'")),
             QVariant(peerName));
    QVERIFY(repository().installDefaults(QStringLiteral("Lead")));
    QCOMPARE(count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM scorecards WHERE purpose = 'peer'")),
             1);
}

void TestScorecards::savedDefinitionReadsBack()
{
    const auto stored = repository().version(m_qa.care.versionId);
    QVERIFY(stored);
    const core::ScorecardDefinition expected = qafixture::careCard();
    const core::ScorecardDefinition &d = stored->definition;
    QCOMPARE(d.name, expected.name);
    QCOMPARE(d.description, expected.description);
    QCOMPARE(d.purpose, core::ScorecardPurpose::Qa);
    QCOMPARE(d.channel, std::optional<core::Channel>(core::Channel::Call));
    QCOMPARE(d.version, 1);
    QVERIFY(d.createdAt.isValid());
    QCOMPARE(d.sections.size(), 2);
    for (qsizetype s = 0; s < expected.sections.size(); ++s) {
        QCOMPARE(d.sections[s].name, expected.sections[s].name);
        QCOMPARE(d.sections[s].criteria.size(), expected.sections[s].criteria.size());
        for (qsizetype c = 0; c < expected.sections[s].criteria.size(); ++c) {
            const core::CriterionDefinition &got = d.sections[s].criteria[c];
            const core::CriterionDefinition &want = expected.sections[s].criteria[c];
            QCOMPARE(got.name, want.name);
            QCOMPARE(got.guideline, want.guideline);
            QCOMPARE(got.criterion.weight, want.criterion.weight);
            QCOMPARE(got.criterion.kind, want.criterion.kind);
            QCOMPARE(got.criterion.autoFail, want.criterion.autoFail);
            QCOMPARE(got.criterion.naAllowed, want.criterion.naAllowed);
        }
    }
    // The stored rows themselves, in flatCriteria() order.
    QSqlQuery q(m_qa.database->connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT c.id, c.name, c.weight, c.kind, c.auto_fail, c.na_allowed FROM"
                              " scorecard_criteria c JOIN scorecard_sections s ON s.id = c.section_id WHERE"
                              " s.version_id = %1 ORDER BY s.position, c.position")
                   .arg(m_qa.care.versionId)));
    const QStringList rows{QStringLiteral("Greeting 1 yes_no 0 0"), QStringLiteral("Verified 2 yes_no 1 0"),
                           QStringLiteral("Solved 3 scale_1_5 0 1"),
                           QStringLiteral("Empathy 1 scale_1_5 0 1")};
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), stored->criterionIds[i]);
        QCOMPARE(QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toString(), q.value(5).toString()),
                 rows[i]);
    }
    QVERIFY(!q.next());
    QCOMPARE(qafixture::auditCount(*m_qa.database, QStringLiteral("scorecard"), m_qa.care.scorecardId,
                                   QStringLiteral("create")),
             1);
}

void TestScorecards::savingTheSameDefinitionChangesNothing()
{
    publishCare("c2"); // in use: a real change would make version 2
    const int audits = count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const auto saved =
        repository().save(m_qa.care.scorecardId, qafixture::careCard(), QStringLiteral("Lead"));
    QVERIFY(saved);
    QCOMPARE(saved->versionId, m_qa.care.versionId);
    QCOMPARE(repository().versions(m_qa.care.scorecardId)->size(), 1);
    QCOMPARE(count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
}

void TestScorecards::unusedVersionIsEditedInPlace()
{
    core::ScorecardDefinition edited = qafixture::careCard();
    edited.sections[1].criteria[0].criterion.weight = 5;
    edited.sections[1].criteria.removeLast(); // Empathy goes
    const auto saved = repository().save(m_qa.care.scorecardId, edited, QStringLiteral("Lead"));
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    QCOMPARE(saved->versionId, m_qa.care.versionId);
    QCOMPARE(saved->definition.version, 1);
    QCOMPARE(saved->definition.flatCriteria().size(), 3);
    QCOMPARE(saved->definition.sections[1].criteria[0].criterion.weight, 5.0);
    QCOMPARE(
        count(*m_qa.database,
              QStringLiteral("SELECT COUNT(*) FROM scorecard_criteria c JOIN scorecard_sections s ON s.id ="
                             " c.section_id WHERE s.version_id = ?"),
              {m_qa.care.versionId}),
        3);
    QCOMPARE(
        count(*m_qa.database,
              QStringLiteral("SELECT COUNT(*) FROM scorecard_criteria c JOIN scorecard_sections s ON s.id ="
                             " c.section_id WHERE s.version_id = ? AND c.name = 'Empathy'"),
              {m_qa.care.versionId}),
        0);
    QCOMPARE(qafixture::auditCount(*m_qa.database, QStringLiteral("scorecard"), m_qa.care.scorecardId,
                                   QStringLiteral("edit")),
             1);
}

void TestScorecards::usedVersionGetsANewVersionAndOldEvaluationsKeepTheirs()
{
    // A published evaluation (14/19) and a draft both use version 1.
    const qint64 published = publishCare("c2");
    QVERIFY(published);
    storage::EvaluationRepository evaluations(*m_qa.database);
    const auto draft = evaluations.saveDraft(qafixture::careDraft(m_qa, "c5", {}));
    QVERIFY(draft);

    core::ScorecardDefinition edited = qafixture::careCard();
    edited.sections[0].criteria[0].name = QStringLiteral("Warm greeting");
    edited.sections[1].criteria[0].criterion.weight = 4;
    edited.sections[1].criteria.append(
        {QStringLiteral("Ownership"), {2, core::CriterionKind::YesNo, false, true}, {}});
    const auto saved = repository().save(m_qa.care.scorecardId, edited, QStringLiteral("Lead"));
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    QVERIFY(saved->versionId != m_qa.care.versionId);
    QCOMPARE(saved->definition.version, 2);
    QCOMPARE(saved->definition.flatCriteria().size(), 5);
    QCOMPARE(qafixture::auditCount(*m_qa.database, QStringLiteral("scorecard"), m_qa.care.scorecardId,
                                   QStringLiteral("create_version")),
             1);

    const auto all = repository().versions(m_qa.care.scorecardId);
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).versionId, m_qa.care.versionId);
    QCOMPARE(all->at(0).criterionIds, m_qa.care.criterionIds);
    QCOMPARE(repository().latest(m_qa.care.scorecardId)->versionId, saved->versionId);

    // The old evaluation still reads the criteria it was scored with.
    const auto old = evaluations.load(published, QStringLiteral("Lead"));
    QVERIFY(old);
    QCOMPARE(old->scorecardVersion, 1);
    QCOMPARE(old->draft.scorecardVersionId, m_qa.care.versionId);
    QCOMPARE(old->scorePct.value(), 100.0 * 14 / 19);
    const auto oldCard = repository().version(old->draft.scorecardVersionId);
    QCOMPARE(oldCard->definition.sections[0].criteria[0].name, QStringLiteral("Greeting"));
    QCOMPARE(oldCard->definition.sections[1].criteria[0].criterion.weight, 3.0);
    QCOMPARE(oldCard->definition.flatCriteria().size(), 4);
    QCOMPARE(old->draft.answers.size(), 4);
    QCOMPARE(old->draft.answers[2].points, 4);

    // Saving again now edits version 2 in place, as nothing uses it yet.
    edited.description = QStringLiteral("v2 tuned");
    const auto again = repository().save(m_qa.care.scorecardId, edited, QStringLiteral("Lead"));
    QVERIFY(again);
    QCOMPARE(again->versionId, saved->versionId);
    QCOMPARE(repository().versions(m_qa.care.scorecardId)->size(), 2);

    const auto listed = repository().list(false);
    const auto care = std::find_if(listed->cbegin(), listed->cend(), [&](const storage::ScorecardSummary &s) {
        return s.scorecardId == m_qa.care.scorecardId;
    });
    QVERIFY(care != listed->cend());
    QCOMPARE(care->latestVersion, 2);
    QCOMPARE(care->latestVersionId, saved->versionId);
    QCOMPARE(care->criteria, 5);
    QCOMPARE(care->evaluations, 2);              // both on version 1 …
    QCOMPARE(care->latestVersionEvaluations, 0); // … none on version 2 yet
}

void TestScorecards::calibrationSessionAlsoKeepsItsVersion()
{
    QSqlQuery q(m_qa.database->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO calibration_sessions (name, scorecard_version_id, created_by,"
                                  " created_at) VALUES ('March', %1, 'Lead', '2024-03-05T09:00:00Z')")
                       .arg(m_qa.care.versionId)));
    core::ScorecardDefinition edited = qafixture::careCard();
    edited.sections[0].criteria[0].guideline = QStringLiteral("Name and company");
    const auto saved = repository().save(m_qa.care.scorecardId, edited, QStringLiteral("Lead"));
    QVERIFY(saved);
    QCOMPARE(saved->definition.version, 2);
    QCOMPARE(repository().version(m_qa.care.versionId)->definition.sections[0].criteria[0].guideline,
             QStringLiteral("Name"));
}

void TestScorecards::renameKeepsTheVersion()
{
    publishCare("c2");
    core::ScorecardDefinition renamed = qafixture::careCard();
    renamed.name = QStringLiteral("Care card 2024");
    renamed.channel = std::nullopt;
    const auto saved = repository().save(m_qa.care.scorecardId, renamed, QStringLiteral("Lead"));
    QVERIFY(saved);
    QCOMPARE(saved->versionId, m_qa.care.versionId);
    QCOMPARE(saved->definition.name, QStringLiteral("Care card 2024"));
    QCOMPARE(saved->definition.channel, std::nullopt);
    const auto entries =
        storage::AuditLog(*m_qa.database).entries(QStringLiteral("scorecard"), m_qa.care.scorecardId);
    QVERIFY(entries);
    QCOMPARE(entries->last().action, QStringLiteral("edit"));
    QCOMPARE(entries->last().actor, QStringLiteral("Lead"));
    QCOMPARE(entries->last()
                 .detail.value(QStringLiteral("name"))
                 .toObject()
                 .value(QStringLiteral("before"))
                 .toString(),
             QStringLiteral("Care card"));
}

void TestScorecards::namesAreUnique()
{
    const int before = scorecardRows();
    core::ScorecardDefinition copy = qafixture::careCard();
    const auto created = repository().save(std::nullopt, copy, QStringLiteral("Lead"));
    QVERIFY(!created);
    QVERIFY2(created.error().message.contains(QStringLiteral("Care card")),
             qPrintable(created.error().message));
    QCOMPARE(scorecardRows(), before);

    core::ScorecardDefinition renamed = qafixture::peerCard();
    renamed.name = QStringLiteral("Care card");
    const auto clash = repository().save(m_qa.peer.scorecardId, renamed, QStringLiteral("Lead"));
    QVERIFY(!clash);
    QCOMPARE(repository().latest(m_qa.peer.scorecardId)->definition.name, QStringLiteral("Peer card"));
}

void TestScorecards::invalidDefinitionIsRefused()
{
    const int before = scorecardRows();
    core::ScorecardDefinition empty = qafixture::careCard();
    empty.name = QStringLiteral("Empty");
    empty.sections.clear();
    QVERIFY(!repository().save(std::nullopt, empty, QStringLiteral("Lead")));
    core::ScorecardDefinition weightless = qafixture::careCard();
    weightless.sections[0].criteria[0].criterion.weight = 0;
    QVERIFY(!repository().save(m_qa.care.scorecardId, weightless, QStringLiteral("Lead")));
    QCOMPARE(scorecardRows(), before);
    QCOMPARE(repository().latest(m_qa.care.scorecardId)->definition.sections[0].criteria[0].criterion.weight,
             1.0);
}

void TestScorecards::purposeOfAUsedScorecardCannotChange()
{
    core::ScorecardDefinition changed = qafixture::careCard();
    changed.purpose = core::ScorecardPurpose::Peer;
    publishCare("c2");
    const auto saved = repository().save(m_qa.care.scorecardId, changed, QStringLiteral("Lead"));
    QVERIFY(!saved);
    QCOMPARE(qafixture::scalar(*m_qa.database, QStringLiteral("SELECT purpose FROM scorecards WHERE id = ?"),
                               {m_qa.care.scorecardId}),
             QVariant(QStringLiteral("qa")));
}

void TestScorecards::retiringHidesFromTheList()
{
    const auto has = [&](bool includeRetired) {
        const auto listed = repository().list(includeRetired);
        return std::any_of(listed->cbegin(), listed->cend(), [&](const storage::ScorecardSummary &s) {
            return s.scorecardId == m_qa.care.scorecardId;
        });
    };
    QVERIFY(has(false));
    QVERIFY(repository().setRetired(m_qa.care.scorecardId, true, QStringLiteral("Lead")));
    QVERIFY(!has(false));
    QVERIFY(has(true));
    QVERIFY(
        repository().setRetired(m_qa.care.scorecardId, true, QStringLiteral("Lead"))); // already: no entry
    QCOMPARE(qafixture::auditCount(*m_qa.database, QStringLiteral("scorecard"), m_qa.care.scorecardId,
                                   QStringLiteral("retire")),
             1);
    QVERIFY(repository().setRetired(m_qa.care.scorecardId, false, QStringLiteral("Lead")));
    QVERIFY(has(false));
    QVERIFY(!repository().setRetired(987654, true, QStringLiteral("Lead")));
}

void TestScorecards::failedSaveLeavesNothing()
{
    const int before = scorecardRows();
    const int versions = count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM scorecard_versions"));
    const int criteria = count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM scorecard_criteria"));
    // The audit entry is the last statement of a save: everything before it must be undone.
    QVERIFY(qafixture::breakInsertsInto(*m_qa.database, QStringLiteral("audit_log")));
    core::ScorecardDefinition card = qafixture::careCard();
    card.name = QStringLiteral("Fresh");
    const auto created = repository().save(std::nullopt, card, QStringLiteral("Lead"));
    QVERIFY(!created);
    QVERIFY2(created.error().message.contains(QStringLiteral("disk on fire")),
             qPrintable(created.error().message));
    publishCare("c2"); // fails too (its audit entry), so version 1 stays unused …
    core::ScorecardDefinition edited = qafixture::careCard();
    edited.sections[0].criteria.removeFirst();
    QVERIFY(
        !repository().save(m_qa.care.scorecardId, edited, QStringLiteral("Lead"))); // … and in-place fails
    QCOMPARE(scorecardRows(), before);
    QCOMPARE(count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM scorecard_versions")), versions);
    QCOMPARE(count(*m_qa.database, QStringLiteral("SELECT COUNT(*) FROM scorecard_criteria")), criteria);
    QCOMPARE(repository().latest(m_qa.care.scorecardId)->definition.flatCriteria().size(), 4);
}

HUDDLE_TEST_GUILESS_MAIN("test_scorecards", TestScorecards)
#include "tst_scorecards.moc"
