#pragma once

#include "storage/phraserepository.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace huddle::ui {

// "Add phrase…": the longer phrase agents use, the shorter one to use instead, the situations it fits
// (comma-separated, completed from the tags in use) and whether its effect on CSAT was checked, with a note.
// OK is enabled once both phrases are written; the caller stores phrase().
class CoachingPhraseDialog : public QDialog {
    Q_OBJECT
public:
    CoachingPhraseDialog(const QStringList &knownSituations, QWidget *parent = nullptr);

    storage::Phrase phrase() const;

    QPlainTextEdit *longerEdit() const { return m_longer; }
    QPlainTextEdit *shorterEdit() const { return m_shorter; }
    QLineEdit *situationsEdit() const { return m_situations; }
    QCheckBox *csatCheckedBox() const { return m_csatChecked; }
    QLineEdit *csatNoteEdit() const { return m_csatNote; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    QPlainTextEdit *m_longer;
    QPlainTextEdit *m_shorter;
    QLineEdit *m_situations;
    QCheckBox *m_csatChecked;
    QLineEdit *m_csatNote;
    QDialogButtonBox *m_buttons;
};

} // namespace huddle::ui
