#pragma once

// Driving the console as a user does from the keyboard, for the offscreen GUI tests: keys go to whichever
// widget has the focus, and modal dialogs (message boxes, input dialogs) are answered as they show.
#include <QMessageBox>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

class QWidget;

namespace keyboardinput {

// A key (or typed text) to the widget with the keyboard focus; a failed QVERIFY when nothing has it.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
void type(const QString &text);

// Calls `answer` with the next modal dialog once it shows. It polls from the event loop rather than waiting
// in a loop of its own, because the dialog's exec() runs inside whatever loop is spinning. Delete the
// returned poller when no dialog may come, or it would answer a later one (it gives up by itself after 5 s).
QPointer<QTimer> answerNextModal(const std::function<void(QWidget *)> &answer);
// Clicks `button` of the next message box once it shows (answerNextModal for a QMessageBox).
QPointer<QTimer> answerNextMessageBox(QMessageBox::StandardButton button);

} // namespace keyboardinput
