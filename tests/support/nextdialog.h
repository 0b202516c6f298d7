// For UI tests: runs `f` on the next modal dialog that opens (a dialog's exec() blocks the test
// otherwise). Header-only: only the widget tests include it. A handler that saw no dialog is
// stopped by stopDialogHandlers() (call it in the test's cleanup()), so it cannot act on a dialog
// of the next test.
#pragma once

#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace g2p::test {

inline QList<QPointer<QTimer>> &dialogHandlers()
{
    static QList<QPointer<QTimer>> handlers;
    return handlers;
}

inline void onNextDialog(std::function<void(QDialog *)> f)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, f] {
        if (auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            f(d);
        }
    });
    dialogHandlers().append(timer);
    timer->start();
}

// Stops every handler whose dialog never came. True when there was none (each handler was used).
inline bool stopDialogHandlers()
{
    bool allUsed = true;
    for (const QPointer<QTimer> &t : std::as_const(dialogHandlers()))
        if (t && t->isActive()) {
            allUsed = false;
            t->stop();
            t->deleteLater();
        }
    dialogHandlers().clear();
    return allUsed;
}

} // namespace g2p::test
