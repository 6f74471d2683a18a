#include "keyboardinput.h"

#include <QApplication>
#include <QtTest>

namespace keyboardinput {

void press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QTest::keyClick(focus, static_cast<Qt::Key>(key), modifiers);
}

void type(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QTest::keyClicks(focus, text);
}

QPointer<QTimer> answerNextModal(const std::function<void(QWidget *)> &answer)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, answer, tries = 0]() mutable {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal && ++tries < 250)
            return;
        poll->stop();
        poll->deleteLater();
        if (modal)
            answer(modal);
    });
    poll->start();
    return poll;
}

QPointer<QTimer> answerNextMessageBox(QMessageBox::StandardButton button)
{
    return answerNextModal([button](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(button)->click();
    });
}

} // namespace keyboardinput
