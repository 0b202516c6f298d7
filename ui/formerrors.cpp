#include "formerrors.h"

#include <QLabel>
#include <QLayout>
#include <QPointer>

namespace g2p {

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    l->setWordWrap(true);
    l->hide();
    return l;
}

void setError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    // A long message wraps over several lines: the window grows to show it whole (a dialog does
    // not do so by itself once shown).
    if (text.isEmpty() || !label->window())
        return;
    QPointer<QWidget> w = label->window();
    QMetaObject::invokeMethod(
        w,
        [w] {
            if (!w || !w->layout())
                return;
            QLayout *lay = w->layout();
            const int needed = lay->hasHeightForWidth() ? lay->totalHeightForWidth(w->width())
                                                        : lay->totalSizeHint().height();
            if (needed > w->height())
                w->resize(w->width(), needed);
        },
        Qt::QueuedConnection);
}

} // namespace g2p
