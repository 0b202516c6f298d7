#include "formparts.h"

#include "localedates.h"
#include "membershiprules.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace g2p {

QDateEdit *makeDateEdit(QWidget *parent, const QString &accessibleName)
{
    auto *d = new QDateEdit(utcToday(), parent);
    d->setCalendarPopup(true);
    useScreenDateFormat(d);
    d->setMaximumDate(utcToday()); // never in the future (UTC, as the server counts)
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

QString commandText(QString label)
{
    return label.remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed();
}

} // namespace g2p
