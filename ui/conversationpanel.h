#pragma once

#include <QHash>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace huddle::models {
class EvaluationForm;
}

namespace huddle::ui {

// The left side of the evaluation form: the conversation's data (reference, agent, day and time, channel,
// queue, handle time, CSAT, sale, FCR) and its transcript with line numbers and times; without one, the
// transcript reference and "Attach transcript…", which reads a text file through core::parseTranscript.
class ConversationPanel : public QWidget {
    Q_OBJECT
public:
    explicit ConversationPanel(QWidget *parent = nullptr);

    void setForm(models::EvaluationForm *form, const QTimeZone &zone);
    void refresh(); // after the form opened a conversation

    QTableView *transcriptView() const { return m_transcript; }
    int selectedLine() const; // 1-based; 0 when no line is selected
    void showLine(int lineNo);
    void showSecond(int second);
    // Reads `path` and replaces the transcript with it; false with the parser's line and column shown.
    bool attachTranscriptFile(const QString &path);
    QString attachError() const;

Q_SIGNALS:
    void selectedLineChanged(int lineNo);

private:
    QWidget *createFacts();
    void chooseTranscriptFile();
    void showRow(int row);
    void setFact(const QString &name, const QString &value);

    models::EvaluationForm *m_form = nullptr;
    QTimeZone m_zone;
    QHash<QString, QLabel *> m_facts;
    QStackedWidget *m_pages;
    QTableView *m_transcript;
    QLabel *m_noTranscript;
    QPushButton *m_attach;
    QLabel *m_attachError;
};

} // namespace huddle::ui
