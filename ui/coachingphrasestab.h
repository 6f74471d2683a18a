#pragma once

#include "coachingtab.h"

#include <QStringList>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace huddle::models {
class PhraseModel;
}

namespace huddle::storage {
struct Phrase;
}

namespace huddle::ui {

class CoachingPhraseFilter;

// Phrases: the shared library of script rewrites (longer → shorter), edited in place — every edit is stored
// at once and can be undone (Ctrl+Z) and redone (Ctrl+Shift+Z). Narrowed by situation and by text; "Add
// phrase…" adds one, Retire hides one from new homework (Restore brings it back; "Show retired" lists them).
class CoachingPhrasesTab : public CoachingTab {
    Q_OBJECT
public:
    explicit CoachingPhrasesTab(CoachingPage *page);

    void reload() override;
    void release() override;
    QString title() const override;

    // Opens "Add phrase…" (window-modal) and stores the phrase when accepted.
    void addPhrase();
    // Stores `phrase` as a new library entry and selects it; false (reason on screen) when refused.
    bool storePhrase(const storage::Phrase &phrase);
    void toggleRetired();

    QTableView *view() const { return m_view; }
    models::PhraseModel *model() const { return m_model; } // null without a database
    CoachingPhraseFilter *filter() const { return m_filter; }
    QComboBox *situationBox() const { return m_situation; }
    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *showRetiredBox() const { return m_showRetired; }
    QPushButton *retireButton() const { return m_retire; }
    QUndoStack *undoStack() const { return m_undo; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QLabel *statusLabel() const { return m_status; }

private:
    void layOut();
    void createUndoActions();
    void ensureModel();
    void reloadSituations();
    void showSituations(const QStringList &situations);
    int selectedRow() const; // in the model; -1: none
    void selectPhrase(qint64 phraseId);
    void updateButtons();
    void updateCount();

    models::PhraseModel *m_model = nullptr;
    const storage::Database *m_modelDatabase = nullptr; // the database m_model writes to
    CoachingPhraseFilter *m_filter;
    QUndoStack *m_undo;
    QComboBox *m_situation;
    QLineEdit *m_search;
    QCheckBox *m_showRetired;
    QPushButton *m_add;
    QPushButton *m_retire;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QTableView *m_view;
    QLabel *m_status; // what went wrong, if anything
    QLabel *m_count;
    QStringList m_situations;
};

} // namespace huddle::ui
