#include "deferredfocus.h"

#include <QApplication>
#include <QWidget>

namespace g2p {

void focusIfStillHere(QWidget *target, QWidget *area)
{
    if (!target || !area || !area->isVisible() || !target->isVisible())
        return;
    const QWidget *now = QApplication::focusWidget();
    if (now && now != area && !area->isAncestorOf(now))
        return;
    target->setFocus(Qt::OtherFocusReason);
}

} // namespace g2p
