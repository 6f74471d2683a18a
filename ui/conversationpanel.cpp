#include "conversationpanel.h"

#include "core/enumnames.h"
#include "models/evaluationform.h"
#include "models/kpiformat.h"
#include "models/qatext.h"
#include "models/transcriptmodel.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

// The facts, in reading order: two columns of label and value.
const char *const factNames[] = {
    QT_TRANSLATE_NOOP("huddle::ui::ConversationPanel", "Conversation"),
    QT_TRANSLATE_NOOP("huddle::ui::ConversationPanel", "Agent"),
    QT_TRANSLATE_NOOP("huddle::ui::ConversationPanel", "Started"),
    QT_TRANSLATE_NOOP("huddle::ui::ConversationPanel", "Channel"),
    QT_TRANSLATE_NOOP("huddle::ui::ConversationPanel", "Queue"),
    QT_TRANSLATE_NOOP("huddle::ui::ConversationPanel", "Handle time"),
    QT_TRANSLATE_NOOP("huddle::ui::ConversationPanel", "CSAT"),
    QT_TRANSLATE_NOOP("huddle::ui::ConversationPanel", "Sale"),
    QT_TRANSLATE_NOOP("huddle::ui::ConversationPanel", "FCR"),
    QT_TRANSLATE_NOOP("huddle::ui::ConversationPanel", "Team"),
};

QString handleSecondsText(const std::optional<int> &value)
{
    return models::formatDuration(value ? std::optional<double>(*value) : std::nullopt);
}

} // namespace

ConversationPanel::ConversationPanel(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_transcript(new QTableView(this))
    , m_noTranscript(new QLabel(this))
    , m_attach(new QPushButton(tr("&Attach transcript…"), this))
    , m_attachError(new QLabel(this))
{
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_transcript->setAccessibleName(tr("Transcript"));
    m_transcript->verticalHeader()->hide();
    m_transcript->setShowGrid(false);
    m_transcript->setWordWrap(true);
    m_transcript->setTextElideMode(Qt::ElideNone);
    m_transcript->setAlternatingRowColors(true);
    m_transcript->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_transcript->setSelectionMode(QAbstractItemView::SingleSelection);
    m_noTranscript->setObjectName(QStringLiteral("noTranscript"));
    m_noTranscript->setAlignment(Qt::AlignCenter);
    m_noTranscript->setWordWrap(true);
    m_noTranscript->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pages->addWidget(m_transcript);
    m_pages->addWidget(m_noTranscript);
    m_attach->setObjectName(QStringLiteral("attachTranscript"));
    m_attach->setAutoDefault(false);
    m_attach->setToolTip(tr("A text file with one utterance per line: “[mm:ss] Speaker: text”."));
    m_attachError->setObjectName(QStringLiteral("attachError"));
    m_attachError->setWordWrap(true);
    m_attachError->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_attachError->hide();
    connect(m_attach, &QPushButton::clicked, this, &ConversationPanel::chooseTranscriptFile);

    auto *transcriptHeader = new QHBoxLayout;
    auto *transcriptTitle = new QLabel(tr("<b>Transcript</b>"), this);
    transcriptTitle->setBuddy(m_transcript);
    transcriptHeader->addWidget(transcriptTitle);
    transcriptHeader->addStretch(1);
    transcriptHeader->addWidget(m_attach);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createFacts());
    layout->addLayout(transcriptHeader);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_attachError);
}

QWidget *ConversationPanel::createFacts()
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("conversationFacts"));
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 4);
    grid->setHorizontalSpacing(10);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    int index = 0;
    for (const char *name : factNames) {
        auto *label = new QLabel(tr(name), box);
        label->setStyleSheet(QStringLiteral("color: palette(mid)"));
        auto *value = new QLabel(box);
        value->setObjectName(QStringLiteral("fact") + QString::fromLatin1(name).remove(QLatin1Char(' ')));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_facts.insert(QString::fromLatin1(name), value);
        grid->addWidget(label, index / 2, (index % 2) * 2);
        grid->addWidget(value, index / 2, (index % 2) * 2 + 1);
        ++index;
    }
    return box;
}

void ConversationPanel::setForm(models::EvaluationForm *form, const QTimeZone &zone)
{
    m_form = form;
    m_zone = zone;
    m_transcript->setModel(form->transcript());
    QHeaderView *header = m_transcript->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    for (int column :
         {models::TranscriptModel::Line, models::TranscriptModel::Time, models::TranscriptModel::Speaker})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_transcript->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT selectedLineChanged(selectedLine()); });
    connect(form->transcript(), &QAbstractItemModel::modelReset, this, &ConversationPanel::refresh);
    // Wrapped lines take their height from the column's width: lay the rows out again when it changes.
    connect(header, &QHeaderView::sectionResized, m_transcript,
            [this] { m_transcript->resizeRowsToContents(); });
}

void ConversationPanel::setFact(const QString &name, const QString &value)
{
    if (QLabel *label = m_facts.value(name))
        label->setText(value.isEmpty() ? QStringLiteral("–") : value);
}

void ConversationPanel::refresh()
{
    if (!m_form)
        return;
    const storage::ConversationRow &c = m_form->conversation();
    setFact(QStringLiteral("Conversation"), c.externalId);
    setFact(QStringLiteral("Agent"), c.agentName);
    setFact(QStringLiteral("Started"), models::formatInstant(c.startedAt, m_zone));
    const auto channel = core::channelFromCode(c.channel);
    setFact(QStringLiteral("Channel"), channel ? models::channelText(*channel) : c.channel);
    setFact(QStringLiteral("Queue"), c.queue);
    setFact(QStringLiteral("Handle time"),
            handleSecondsText(c.handleSeconds) +
                (c.handleBasis == QLatin1String("talk_only") ? tr(" (talk only)") : QString()));
    setFact(QStringLiteral("CSAT"),
            c.csatScore ? tr("%1 on %2–%3")
                              .arg(QLocale().toString(*c.csatScore), QLocale().toString(c.csatScale.min),
                                   QLocale().toString(c.csatScale.max))
                        : QString());
    setFact(QStringLiteral("Sale"), m_form->conversationHasSale() ? tr("yes") : tr("no"));
    setFact(QStringLiteral("FCR"), models::formatResolved(c.resolved, c.resolvedInferred));
    setFact(QStringLiteral("Team"), c.teamName);

    m_transcript->resizeRowsToContents();
    const bool hasTranscript = m_form->transcript()->rowCount() > 0;
    m_pages->setCurrentWidget(hasTranscript ? static_cast<QWidget *>(m_transcript) : m_noTranscript);
    m_noTranscript->setText(c.transcriptRef.isEmpty()
                                ? tr("No transcript.\nAttach one as a text file.")
                                : tr("No transcript stored.\nTranscript reference: %1").arg(c.transcriptRef));
    m_attach->setText(hasTranscript ? tr("Replace t&ranscript…") : tr("&Attach transcript…"));
}

int ConversationPanel::selectedLine() const
{
    const QModelIndex current = m_transcript->currentIndex();
    if (!m_form || !current.isValid())
        return 0;
    return m_form->transcript()->lines().value(current.row()).lineNo;
}

void ConversationPanel::showRow(int row)
{
    if (!m_form || row < 0)
        return;
    const QModelIndex index = m_form->transcript()->index(row, models::TranscriptModel::Text);
    m_transcript->setCurrentIndex(index);
    m_transcript->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void ConversationPanel::showLine(int lineNo)
{
    if (m_form)
        showRow(m_form->transcript()->rowOfLine(lineNo));
}

void ConversationPanel::showSecond(int second)
{
    if (m_form)
        showRow(m_form->transcript()->rowAtSecond(second));
}

void ConversationPanel::chooseTranscriptFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a transcript"), QString(),
                                                      tr("Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        attachTranscriptFile(path);
}

bool ConversationPanel::attachTranscriptFile(const QString &path)
{
    QFile file(path);
    core::Status done = core::Done{};
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        done = core::Error{tr("cannot read the file: %1").arg(file.errorString()), path};
    else
        done = m_form->attachTranscript(QString::fromUtf8(file.readAll()), QFileInfo(path).fileName());
    m_attachError->setVisible(!done);
    m_attachError->setText(done ? QString() : done.error().toString());
    return bool(done);
}

QString ConversationPanel::attachError() const
{
    return m_attachError->text();
}

} // namespace huddle::ui
