// For UI tests: runs `f` on the next modal dialog that opens (a dialog's exec() blocks the test
// otherwise). Header-only: only the widget tests include it.
#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <functional>

namespace g2p::test {

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
    timer->start();
}

} // namespace g2p::test
