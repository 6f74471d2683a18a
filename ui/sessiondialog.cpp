#include "sessiondialog.h"

#include "currentuser.h"
#include "models/coachingtext.h"
#include "models/sitetimezone.h"
#include "reports/coachingsummary.h"
#include "sessionagendapanel.h"
#include "sessionagreementspanel.h"
#include "sessioneffectpanel.h"
#include "storage/attendancerepository.h"
#include "storage/coachingrepository.h"
#include "storage/directoryrepository.h"
#include "storage/phraserepository.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUndoStack>
#include <QVBoxLayout>

namespace huddle::ui {

struct SessionDialog::Private {
    const storage::Database *database;
    qint64 sessionId;
    QDate today;                    // in the site's zone
    storage::CoachingSession saved; // as stored: what "modified" compares with
    QString ladderText;
    QUndoStack *undo = nullptr;
    QLabel *header = nullptr;
    SessionAgendaPanel *agenda = nullptr;
    SessionAgreementsPanel *agreements = nullptr;
    SessionEffectPanel *effect = nullptr;
    QLabel *message = nullptr;
    QPushButton *save = nullptr;
    QPushButton *hold = nullptr;
    QPushButton *close = nullptr;
    QPushButton *reopen = nullptr;
    QPushButton *print = nullptr;
    QPushButton *exportPdf = nullptr;
    bool loading = false; // panels being filled: not an edit

    // The session as on screen: the stored one with every editable field taken from the panels.
    storage::CoachingSession current() const
    {
        storage::CoachingSession session = saved;
        session.agenda = agenda->items();
        session.notes = agenda->notes();
        agreements->apply(session);
        return session;
    }
};

namespace {

bool sameEdits(const storage::CoachingSession &a, const storage::CoachingSession &b)
{
    return a.notes == b.notes && a.acknowledgedDay == b.acknowledgedDay && a.followUp == b.followUp &&
           a.agenda == b.agenda && a.actions == b.actions && a.homework == b.homework;
}

// The library's active phrases, and any retired ones this session set as homework (it keeps them).
QList<storage::Phrase> phrasesFor(const storage::Database &database, const QList<qint64> &homework)
{
    const storage::PhraseRepository repository(database);
    auto listed = repository.phrases(false);
    QList<storage::Phrase> phrases = listed ? listed.value() : QList<storage::Phrase>();
    for (const qint64 id : homework) {
        const bool present = std::any_of(phrases.cbegin(), phrases.cend(),
                                         [id](const storage::Phrase &phrase) { return phrase.id == id; });
        if (!present)
            if (auto retired = repository.phrase(id))
                phrases.append(retired.value());
    }
    return phrases;
}

QString ladderTextFor(const storage::Database &database, qint64 agentId, QDate day)
{
    const storage::AttendanceRepository attendance(database);
    const auto ladder = attendance.ladder();
    const auto stage = attendance.stage(agentId, day);
    if (!ladder || !stage)
        return {};
    return models::CoachingText::stageText(stage.value(), ladder.value());
}

} // namespace

SessionDialog::SessionDialog(const storage::Database &database, qint64 sessionId, QWidget *parent)
    : QDialog(parent)
    , d(new Private{&database, sessionId, {}, {}, {}})
{
    d->today = QDateTime::currentDateTimeUtc().toTimeZone(models::siteTimeZone(database)).date();
    d->undo = new QUndoStack(this);
    setWindowTitle(tr("Coaching session[*]"));
    auto *layout = new QVBoxLayout(this);
    d->header = new QLabel(this);
    d->header->setObjectName(QStringLiteral("sessionHeader"));
    d->header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(d->header);
    layout->addWidget(createBody(), 1);
    layout->addWidget(createButtons());
    addShortcuts();
    resize(1280, 760);
    if (reload()) {
        d->ladderText = ladderTextFor(database, d->saved.agentId, d->saved.day);
        d->effect->load(database, {sessionId, d->saved.agentId, d->saved.focus, d->saved.day, d->today});
    }
    updateState();
}

SessionDialog::~SessionDialog()
{
    // An editor still open commits while the children go; nothing of this dialog may hear it any more.
    d->agenda->disconnect(this);
    d->agreements->disconnect(this);
    delete d;
}

QWidget *SessionDialog::createBody()
{
    d->agenda = new SessionAgendaPanel(d->undo, this);
    d->agreements = new SessionAgreementsPanel(d->undo, this);
    d->effect = new SessionEffectPanel(this);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(d->effect);
    right->addWidget(d->agreements);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(d->agenda);
    body->addWidget(right);
    body->setStretchFactor(0, 1);
    body->setStretchFactor(1, 1);
    const auto edited = [this] {
        if (!d->loading)
            updateState();
    };
    connect(d->agenda, &SessionAgendaPanel::edited, this, edited);
    connect(d->agreements, &SessionAgreementsPanel::edited, this, edited);
    connect(d->agenda, &SessionAgendaPanel::conversationRequested, this,
            &SessionDialog::conversationRequested);
    return body;
}

QWidget *SessionDialog::createButtons()
{
    auto *box = new QWidget(this);
    d->message = new QLabel(box);
    d->message->setObjectName(QStringLiteral("sessionMessage"));
    d->message->setWordWrap(true);
    const auto button = [box](const QString &text, const char *name, const QString &tip) {
        auto *pushButton = new QPushButton(text, box);
        pushButton->setObjectName(QLatin1String(name));
        pushButton->setToolTip(tip);
        pushButton->setAutoDefault(false);
        return pushButton;
    };
    d->save = button(tr("&Save"), "saveSession", tr("Save the session (Ctrl+S)"));
    d->hold =
        button(tr("Mark &held"), "holdSession", tr("The session took place; notes can still be written"));
    d->close =
        button(tr("C&lose session"), "closeSession",
               tr("Freeze the agenda and notes; acknowledgement, actions and follow-up can still change"));
    d->reopen = button(tr("Re&open…"), "reopenSession", tr("Open a closed session again, with a reason"));
    d->print = button(tr("&Print…"), "printSession", tr("Print the one-page summary for the agent"));
    d->exportPdf = button(tr("Export P&DF…"), "exportSessionPdf", tr("Save the one-page summary as a PDF"));
    auto *done = new QDialogButtonBox(QDialogButtonBox::Close, box);
    done->button(QDialogButtonBox::Close)->setAutoDefault(false); // Return in a field must not close

    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->message, 1);
    for (QPushButton *pushButton : {d->save, d->hold, d->close, d->reopen, d->print, d->exportPdf})
        layout->addWidget(pushButton);
    layout->addWidget(done);
    connect(d->save, &QPushButton::clicked, this, [this] { save(); });
    connect(d->hold, &QPushButton::clicked, this, &SessionDialog::markHeld);
    connect(d->close, &QPushButton::clicked, this, &SessionDialog::closeSession);
    connect(d->reopen, &QPushButton::clicked, this, &SessionDialog::reopen);
    connect(d->print, &QPushButton::clicked, this, &SessionDialog::print);
    connect(d->exportPdf, &QPushButton::clicked, this, &SessionDialog::exportPdf);
    connect(done, &QDialogButtonBox::rejected, this, &SessionDialog::reject);
    return box;
}

void SessionDialog::addShortcuts()
{
    auto *saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (d->save->isEnabled())
            save();
    });
    QAction *undo = d->undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = d->undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_Z));
    addActions({saveAction, undo, redo});
}

// Reads the session as stored and shows it; the undo history starts again (it would name rows by the old
// state).
bool SessionDialog::reload()
{
    const auto loaded = storage::CoachingRepository(*d->database).load(d->sessionId);
    if (!loaded) {
        showMessage(tr("Could not open the session: %1").arg(loaded.error().toString()), true);
        d->saved = {};
        return false;
    }
    d->saved = loaded.value();
    d->loading = true;
    d->agenda->setSession(d->saved);
    d->agreements->setSession(d->saved, phrasesFor(*d->database, d->saved.homework), d->today);
    const bool closed = d->saved.status == core::SessionStatus::Closed;
    d->agenda->setClosed(closed);
    d->agreements->setClosed(closed);
    d->loading = false;
    d->undo->clear();
    return true;
}

bool SessionDialog::isModified() const
{
    return d->saved.id != 0 && !sameEdits(d->current(), d->saved);
}

bool SessionDialog::save()
{
    if (!isModified())
        return true;
    const core::Status saved = storage::CoachingRepository(*d->database)
                                   .save(d->current(), currentUserName(), QDateTime::currentDateTimeUtc());
    if (!saved) {
        QMessageBox::warning(this, tr("Could not save the session"), saved.error().toString());
        return false;
    }
    reload();
    showMessage(tr("Saved."), false);
    updateState();
    Q_EMIT sessionChanged(d->sessionId);
    return true;
}

bool SessionDialog::changeStatus(core::SessionStatus status, const QString &reason)
{
    if (!save())
        return false;
    const core::Status changed =
        storage::CoachingRepository(*d->database)
            .setStatus(d->sessionId, status, reason, currentUserName(), QDateTime::currentDateTimeUtc());
    if (!changed) {
        QMessageBox::warning(this, tr("Could not change the session"), changed.error().toString());
        return false;
    }
    reload();
    showMessage(tr("The session is %1 now.").arg(models::CoachingText::statusName(status).toLower()), false);
    updateState();
    Q_EMIT sessionChanged(d->sessionId);
    return true;
}

void SessionDialog::markHeld()
{
    changeStatus(core::SessionStatus::Held, {});
}

void SessionDialog::closeSession()
{
    const auto answer = QMessageBox::question(
        this, tr("Close the session"),
        tr("Close the session? The agenda, the notes and the homework can no longer change; the "
           "acknowledgement, the action items' done state and the follow-up still can."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        changeStatus(core::SessionStatus::Closed, {});
}

void SessionDialog::reopen()
{
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Reopen the session"),
                              tr("Why does the closed session need to change?"), QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (!ok)
        return;
    if (reason.isEmpty()) {
        showMessage(tr("Reopening a closed session needs a reason."), true);
        return;
    }
    changeStatus(core::SessionStatus::Held, reason);
}

reports::CoachingSummaryData SessionDialog::summaryData() const
{
    reports::CoachingSummaryData data;
    data.session = d->current();
    data.effect = d->effect->effect();
    data.homework = d->agreements->homework();
    data.siteName = storage::DirectoryRepository(*d->database).setting(QStringLiteral("site_name"));
    data.locale = QLocale();
    return data;
}

void SessionDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the session summary"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(reports::coachingSummaryHtml(summaryData()));
    document.print(&printer);
}

void SessionDialog::exportPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("coaching-%1-%2.pdf")
            .arg(d->saved.agentName.simplified().replace(QLatin1Char(' '), QLatin1Char('-')),
                 d->saved.day.toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the session summary"), suggested,
                                     tr("PDF files (*.pdf)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return;
    const core::Status written = reports::writeCoachingSummaryPdf(summaryData(), path);
    if (!written) {
        QMessageBox::warning(this, tr("Could not export the summary"), written.error().toString());
        return;
    }
    showMessage(tr("Summary written to %1.").arg(QDir::toNativeSeparators(path)), false);
}

void SessionDialog::updateState()
{
    const storage::CoachingSession &s = d->saved;
    const bool open = s.id != 0;
    const bool modified = isModified();
    setWindowModified(modified);
    if (open) {
        setWindowTitle(tr("Coaching session: %1, %2[*]")
                           .arg(s.agentName, QLocale().toString(s.day, QLocale::ShortFormat)));
        QString header = tr("<b>%1</b> · %2 · coach %3 · %4 · <b>%5</b> · focus %6")
                             .arg(s.agentName.toHtmlEscaped(),
                                  (s.teamName.isEmpty() ? tr("no team") : s.teamName).toHtmlEscaped(),
                                  s.coach.toHtmlEscaped(), QLocale().toString(s.day, QLocale::LongFormat),
                                  models::CoachingText::statusName(s.status),
                                  models::CoachingText::focusList(s.focus).toHtmlEscaped());
        if (!d->ladderText.isEmpty())
            header += QStringLiteral("<br>") + tr("Attendance: %1").arg(d->ladderText.toHtmlEscaped());
        d->header->setText(header);
    }
    d->save->setEnabled(open && modified);
    d->hold->setEnabled(open && s.status == core::SessionStatus::Planned);
    d->close->setEnabled(open && s.status != core::SessionStatus::Closed);
    d->reopen->setEnabled(open && s.status == core::SessionStatus::Closed);
    d->print->setEnabled(open);
    d->exportPdf->setEnabled(open);
}

void SessionDialog::showMessage(const QString &text, bool problem)
{
    d->message->setText(text);
    d->message->setStyleSheet(problem ? QStringLiteral("color: #b3261e") : QString());
}

void SessionDialog::reject()
{
    if (isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"), tr("Save the session before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return;
    }
    QDialog::reject();
}

} // namespace huddle::ui
