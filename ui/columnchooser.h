// Choosing a table's columns: the header's context menu shows or hides each column (but the one the
// rows are named by), and the choice is kept in the settings under `key` and restored.
#pragma once

#include <QList>
#include <QString>

class QSettings;
class QTableView;

namespace g2p {

// Restores the hidden columns kept under `key` (when there is a choice kept) and offers the menu.
// Columns in `notApplicable` (a household's birth date, an individual's head) stay hidden and are
// not offered.
void attachColumnChooser(QTableView *table,
    QSettings *settings,
    const QString &key,
    int alwaysShown,
    const QList<int> &notApplicable = {});

} // namespace g2p
