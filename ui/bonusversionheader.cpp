#include "bonusversionheader.h"

#include "core/month.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace huddle::ui {

BonusVersionHeader::BonusVersionHeader(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_scope(new QComboBox(this))
    , m_validFrom(new QDateEdit(this))
    , m_note(new QLineEdit(this))
{
    m_title->setObjectName(QStringLiteral("versionTitle"));
    m_details->setObjectName(QStringLiteral("versionDetails"));
    m_details->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto *stored = new QWidget(m_pages);
    auto *storedLayout = new QVBoxLayout(stored);
    storedLayout->setContentsMargins(0, 0, 0, 0);
    storedLayout->addWidget(m_title);
    storedLayout->addWidget(m_details);

    auto *draft = new QWidget(m_pages);
    m_scope->setObjectName(QStringLiteral("draftScope"));
    m_validFrom->setObjectName(QStringLiteral("draftValidFrom"));
    m_validFrom->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_validFrom->setToolTip(tr("The first month the new version applies to."));
    m_note->setObjectName(QStringLiteral("draftNote"));
    m_note->setPlaceholderText(tr("Why this version (kept in the audit log)"));
    auto *draftTitle = new QLabel(tr("New version (draft)"), draft);
    draftTitle->setFont(bold);
    auto *scopeLabel = new QLabel(tr("&For:"), draft);
    scopeLabel->setBuddy(m_scope);
    auto *monthLabel = new QLabel(tr("&Valid from:"), draft);
    monthLabel->setBuddy(m_validFrom);
    auto *noteLabel = new QLabel(tr("N&ote:"), draft);
    noteLabel->setBuddy(m_note);
    auto *fields = new QHBoxLayout;
    fields->addWidget(scopeLabel);
    fields->addWidget(m_scope);
    fields->addSpacing(12);
    fields->addWidget(monthLabel);
    fields->addWidget(m_validFrom);
    fields->addSpacing(12);
    fields->addWidget(noteLabel);
    fields->addWidget(m_note, 1);
    auto *draftLayout = new QVBoxLayout(draft);
    draftLayout->setContentsMargins(0, 0, 0, 0);
    draftLayout->addWidget(draftTitle);
    draftLayout->addLayout(fields);

    m_pages->addWidget(stored);
    m_pages->addWidget(draft);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void BonusVersionHeader::setTeams(const QList<storage::TeamEntry> &teams)
{
    m_scope->clear();
    m_scope->addItem(tr("Site (every team without a plan of its own)"), QVariant());
    for (const storage::TeamEntry &team : teams)
        m_scope->addItem(team.name, team.id);
}

void BonusVersionHeader::showVersion(const QString &title, const QString &details)
{
    m_title->setText(title);
    m_details->setText(details);
    m_pages->setCurrentIndex(0);
}

void BonusVersionHeader::showDraft(std::optional<qint64> scope, QDate validFrom, const QString &note)
{
    const int index = scope ? m_scope->findData(*scope) : 0;
    m_scope->setCurrentIndex(std::max(index, 0));
    m_validFrom->setDate(core::monthStart(validFrom));
    m_note->setText(note);
    m_pages->setCurrentIndex(1);
}

std::optional<qint64> BonusVersionHeader::scope() const
{
    const QVariant team = m_scope->currentData();
    return team.isValid() ? std::optional(team.toLongLong()) : std::nullopt;
}

QDate BonusVersionHeader::validFrom() const
{
    return core::monthStart(m_validFrom->date());
}

QString BonusVersionHeader::note() const
{
    return m_note->text().trimmed();
}

} // namespace huddle::ui
