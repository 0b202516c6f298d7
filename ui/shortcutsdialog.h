// Help → Keyboard shortcuts: every key the window answers, read from its live actions and
// shortcuts (the list cannot drift from what the keys do), with the place where each works.
#pragma once

#include <QDialog>

class QStackedWidget;
class QTableWidget;

namespace g2p {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // `pages`: the window's sections, named in `pageNames` (same order), for "where".
    ShortcutsDialog(QWidget *window, QStackedWidget *pages, const QStringList &pageNames, QWidget *parent);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace g2p
