#include "shortcutsdialog.h"

#include "formparts.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace g2p {
namespace {

struct Key
{
    QString key, command, where;
};

} // namespace

ShortcutsDialog::ShortcutsDialog(
    QWidget *window, QStackedWidget *pages, const QStringList &pageNames, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    const QString everywhere = tr("Everywhere");
    // The section a widget is on, or "" when it is on none (the menus, the window itself).
    const auto pageOf = [pages, pageNames](const QObject *o) -> QString {
        for (; o; o = o->parent())
            if (o->parent() == pages) {
                const int i = pages->indexOf(qobject_cast<const QWidget *>(o));
                return i >= 0 && i < pageNames.size() ? pageNames[i] : QString();
            }
        return QString();
    };
    QList<Key> keys;
    QSet<QString> seen;
    const auto add = [&](const QKeySequence &sequence, const QString &command, const QString &where) {
        const QString key = sequence.toString(QKeySequence::NativeText);
        if (key.isEmpty() || command.isEmpty() || seen.contains(key + command + where))
            return;
        seen.insert(key + command + where);
        keys.append({key, command, where});
    };
    for (const QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcut().isEmpty())
            continue;
        // Where it answers: the sections of the widgets showing it (a pane's button), or, for an
        // action of the menus alone, everywhere.
        QStringList places;
        for (const QObject *shown : a->associatedObjects())
            if (const QString page = pageOf(shown); !page.isEmpty() && !places.contains(page))
                places << page;
        if (places.isEmpty() && a->shortcutContext() != Qt::WindowShortcut)
            if (const QString page = pageOf(a->parent()); !page.isEmpty())
                places << page;
        add(a->shortcut(), commandText(a->text()),
            places.isEmpty() ? everywhere : places.join(QStringLiteral(", ")));
    }
    // A page's own keys carry what they do in their "What's this".
    for (const QShortcut *s : window->findChildren<QShortcut *>())
        add(s->key(), s->whatsThis(), pageOf(s->parent()).isEmpty() ? everywhere : pageOf(s->parent()));
    std::sort(keys.begin(), keys.end(), [&](const Key &a, const Key &b) {
        const bool aAll = a.where == everywhere, bAll = b.where == everywhere;
        if (aAll != bAll)
            return aAll; // the window's keys first
        return std::tie(a.where, a.command) < std::tie(b.where, b.command);
    });

    m_table = new QTableWidget(int(keys.size()), 3, this);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Command"), tr("Where")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int r = 0; r < keys.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(keys[r].key));
        m_table->setItem(r, 1, new QTableWidgetItem(keys[r].command));
        m_table->setItem(r, 2, new QTableWidgetItem(keys[r].where));
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *note = new QLabel(tr("Tab moves between the search box, the filters, the list and the "
                               "registrant; the arrow keys move in a list."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(640, 520);
}

} // namespace g2p
