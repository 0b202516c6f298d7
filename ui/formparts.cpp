#include "formparts.h"

#include "localedates.h"
#include "membershiprules.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextCharFormat>
#include <QToolBar>
#include <QToolButton>

namespace g2p {

QDateEdit *makeDateEdit(QWidget *parent, const QString &accessibleName)
{
    auto *d = new QDateEdit(utcToday(), parent);
    d->setCalendarPopup(true);
    useScreenDateFormat(d);
    // No maximum in the field itself: typing "30" into the day while the month shows December was
    // silently refused (30 December is in the future), so a date typed in the locale's order failed
    // on the first try. The form says what is wrong instead (futureDateProblem), and the calendar
    // greys the days after today (UTC, as the server counts).
    QTextCharFormat future;
    future.setForeground(d->palette().color(QPalette::Disabled, QPalette::Text));
    for (QDate day = utcToday().addDays(1); day <= utcToday().addDays(400); day = day.addDays(1))
        d->calendarWidget()->setDateTextFormat(day, future);
    d->setAccessibleName(accessibleName);
    return d;
}

QDialogButtonBox *okCancel(QDialog *d, const QString &okText)
{
    auto *b = new QDialogButtonBox(QDialogButtonBox::Cancel, d);
    QPushButton *ok = b->addButton(okText, QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    QObject::connect(b, &QDialogButtonBox::accepted, d, &QDialog::accept);
    QObject::connect(b, &QDialogButtonBox::rejected, d, &QDialog::reject);
    return b;
}

QLabel *dialogHeading(QWidget *parent, const QString &text)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setAccessibleName(text);
    return l;
}

void fitPlaceholder(QLineEdit *edit)
{
    const int text = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
    edit->setMinimumWidth(text + 3 * edit->fontMetrics().averageCharWidth());
}

void fitTitle(QInputDialog *dialog)
{
    const QString shown
        = dialog->windowTitle() + QStringLiteral(" \u2014 ") + QGuiApplication::applicationDisplayName();
    if (auto *label = dialog->findChild<QLabel *>())
        label->setMinimumWidth(dialog->fontMetrics().horizontalAdvance(shown) + 120);
}

QString commandText(QString label)
{
    return label.remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed();
}

void addClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    for (QToolButton *b : edit->findChildren<QToolButton *>())
        b->setAccessibleName(QCoreApplication::translate("g2p::FormParts", "Clear the search"));
}

void nameEditableCombo(QComboBox *combo, const QString &name)
{
    combo->setAccessibleName(name);
    if (QLineEdit *field = combo->lineEdit())
        field->setAccessibleName(name);
}

void nameToolBar(QToolBar *bar, const QString &name)
{
    bar->setAccessibleName(name);
    for (QToolButton *b : bar->findChildren<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        b->setAccessibleName(QCoreApplication::translate("g2p::FormParts", "More commands"));
}

} // namespace g2p
