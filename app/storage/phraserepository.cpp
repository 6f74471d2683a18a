#include "phraserepository.h"
#include "translation.h"

#include "auditlog.h"
#include "boundquery.h"
#include "database.h"
#include "sqltransaction.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace huddle::storage {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Status;

namespace {

const QString entity = QStringLiteral("phrase");

// Tags are stored comma-separated, so a tag can never hold a comma itself: normalizedSituations splits on it.
const QLatin1Char tagSeparator(',');

const QString phraseColumns = QStringLiteral(
    "SELECT p.id, p.longer, p.shorter, p.situations, p.csat_checked, p.csat_note, p.created_by, p.created_at,"
    " p.retired, (SELECT COUNT(*) FROM coaching_homework h WHERE h.phrase_id = p.id) FROM phrases p");

Phrase phraseFrom(const QSqlQuery &q)
{
    Phrase p;
    p.id = q.value(0).toLongLong();
    p.longer = q.value(1).toString();
    p.shorter = q.value(2).toString();
    p.situations = PhraseRepository::normalizedSituations({q.value(3).toString()});
    p.csatChecked = q.value(4).toBool();
    p.csatNote = q.value(5).toString();
    p.createdBy = q.value(6).toString();
    p.createdAt = instantFrom(q.value(7));
    p.retired = q.value(8).toBool();
    p.homeworkCount = q.value(9).toInt();
    return p;
}

// What the audit log keeps of a phrase: its content, so a deleted or edited one can be told from the log.
QJsonObject phraseDetail(const Phrase &p)
{
    return {{QStringLiteral("longer"), p.longer},
            {QStringLiteral("shorter"), p.shorter},
            {QStringLiteral("situations"), QJsonArray::fromStringList(p.situations)},
            {QStringLiteral("csatChecked"), p.csatChecked},
            {QStringLiteral("csatNote"), p.csatNote}};
}

Status checkText(const Phrase &phrase)
{
    if (phrase.longer.trimmed().isEmpty() || phrase.shorter.trimmed().isEmpty())
        return core::Error{tr("a phrase needs both the longer wording and the shorter one to use instead"),
                           {}};
    return core::Done{};
}

// Trimmed; never NULL (the columns are NOT NULL, and a null QString binds as NULL).
QString storedText(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

// The values written for a phrase's editable columns, in the order of the INSERT and UPDATE statements.
QVariantList editableValues(const Phrase &phrase)
{
    return {storedText(phrase.longer), storedText(phrase.shorter),
            storedText(PhraseRepository::normalizedSituations(phrase.situations).join(tagSeparator)),
            phrase.csatChecked ? 1 : 0, storedText(phrase.csatNote)};
}

} // namespace

PhraseRepository::PhraseRepository(const Database &database)
    : m_database(&database)
{
}

QStringList PhraseRepository::normalizedSituations(const QStringList &tags)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &entry : tags) {
        for (const QString &part : entry.split(tagSeparator)) {
            const QString tag = part.trimmed();
            if (tag.isEmpty() || seen.contains(tag.toCaseFolded()))
                continue;
            seen.insert(tag.toCaseFolded());
            result.append(tag);
        }
    }
    return result;
}

core::Result<QList<Phrase>> PhraseRepository::phrases(bool includeRetired) const
{
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (auto done =
            runBound(q, phraseColumns + QStringLiteral(" WHERE (? = 1 OR p.retired = 0) ORDER BY p.id"),
                     {includeRetired ? 1 : 0}, QStringLiteral("reading the phrase library"));
        !done)
        return done.error();
    QList<Phrase> phrases;
    while (q.next())
        phrases.append(phraseFrom(q));
    return phrases;
}

core::Result<Phrase> PhraseRepository::phrase(qint64 id) const
{
    QSqlQuery q(m_database->connection());
    if (auto done = runBound(q, phraseColumns + QStringLiteral(" WHERE p.id = ?"), {id},
                             QStringLiteral("reading phrase %1").arg(id));
        !done)
        return done.error();
    if (!q.next())
        return core::Error{tr("there is no phrase %1").arg(id), {}};
    return phraseFrom(q);
}

// Who added the phrase and when are the actor and `now` of this call: the library records its own history.
core::Result<qint64> PhraseRepository::add(const Phrase &phrase, const QString &actor, const QDateTime &now)
{
    if (auto valid = checkText(phrase); !valid)
        return valid.error();
    return inTransaction(m_database->connection(), tr("adding a phrase"), [&]() -> core::Result<qint64> {
        QSqlQuery q(m_database->connection());
        QVariantList values = editableValues(phrase);
        values << storedText(actor) << instantText(now);
        const auto inserted =
            insertBound(q,
                        QStringLiteral("INSERT INTO phrases (longer, shorter, situations, csat_checked,"
                                       " csat_note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                       " RETURNING id"),
                        values, QStringLiteral("adding a phrase"));
        if (!inserted)
            return inserted.error();
        const qint64 id = inserted.value();
        Phrase stored = phrase;
        stored.situations = normalizedSituations(phrase.situations);
        if (auto audited =
                AuditLog(*m_database).append(actor, entity, id, QStringLiteral("add"), phraseDetail(stored));
            !audited)
            return audited.error();
        return id;
    });
}

core::Status PhraseRepository::update(const Phrase &phrase, const QString &actor, const QDateTime &now)
{
    Q_UNUSED(now) // the phrases table keeps when a phrase was added, not when it was last edited
    if (auto valid = checkText(phrase); !valid)
        return valid;
    return inTransaction(
        m_database->connection(), tr("saving phrase %1").arg(phrase.id), [&]() -> core::Status {
            const auto before = this->phrase(phrase.id);
            if (!before)
                return before.error();
            QSqlQuery q(m_database->connection());
            QVariantList values = editableValues(phrase);
            values << phrase.id;
            if (auto done =
                    runBound(q,
                             QStringLiteral("UPDATE phrases SET longer = ?, shorter = ?, situations = ?,"
                                            " csat_checked = ?, csat_note = ? WHERE id = ?"),
                             values, QStringLiteral("saving phrase %1").arg(phrase.id));
                !done)
                return done;
            const auto after = this->phrase(phrase.id);
            if (!after)
                return after.error();
            if (phraseDetail(after.value()) == phraseDetail(before.value()))
                return core::Done{}; // saved as it was: nothing to audit
            return AuditLog(*m_database)
                .append(actor, entity, phrase.id, QStringLiteral("edit"),
                        {{QStringLiteral("before"), phraseDetail(before.value())},
                         {QStringLiteral("after"), phraseDetail(after.value())}});
        });
}

core::Status PhraseRepository::setRetired(qint64 id, bool retired, const QString &actor, const QDateTime &now)
{
    Q_UNUSED(now)
    return inTransaction(m_database->connection(), tr("retiring phrase %1").arg(id), [&]() -> core::Status {
        const auto before = phrase(id);
        if (!before)
            return before.error();
        if (before->retired == retired)
            return core::Done{}; // nothing changes, so nothing to audit
        QSqlQuery q(m_database->connection());
        if (auto done = runBound(q, QStringLiteral("UPDATE phrases SET retired = ? WHERE id = ?"),
                                 {retired ? 1 : 0, id}, QStringLiteral("retiring phrase %1").arg(id));
            !done)
            return done;
        return AuditLog(*m_database)
            .append(actor, entity, id, retired ? QStringLiteral("retire") : QStringLiteral("restore"));
    });
}

core::Status PhraseRepository::remove(qint64 id, const QString &actor, const QDateTime &now)
{
    Q_UNUSED(now)
    return inTransaction(m_database->connection(), tr("deleting phrase %1").arg(id), [&]() -> core::Status {
        const auto before = phrase(id);
        if (!before)
            return before.error();
        // Sessions keep their homework: a phrase once set stays, retired, so their summaries still show it.
        if (before->homeworkCount > 0)
            return core::Error{tr("phrase %1 is homework in %n session(s); retire it instead of deleting it",
                                  nullptr, before->homeworkCount)
                                   .arg(id),
                               {}};
        QSqlQuery q(m_database->connection());
        if (auto done = runBound(q, QStringLiteral("DELETE FROM phrases WHERE id = ?"), {id},
                                 QStringLiteral("deleting phrase %1").arg(id));
            !done)
            return done;
        return AuditLog(*m_database)
            .append(actor, entity, id, QStringLiteral("delete"), phraseDetail(before.value()));
    });
}

core::Result<QStringList> PhraseRepository::situations() const
{
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (auto done =
            execute(q, QStringLiteral("SELECT situations FROM phrases WHERE situations <> '' ORDER BY id"),
                    QStringLiteral("reading the phrase situations"));
        !done)
        return done.error();
    QStringList stored;
    while (q.next())
        stored.append(q.value(0).toString());
    QStringList tags = normalizedSituations(stored);
    std::sort(tags.begin(), tags.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return tags;
}

} // namespace huddle::storage
