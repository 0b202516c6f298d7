// Choosing a table's columns: the header's context menu shows or hides each column (but the one the
// rows are named by), and the choice is kept in the settings under `key` and restored.
#pragma once

#include <QString>

class QSettings;
class QTableView;

namespace g2p {

// Restores the hidden columns kept under `key` (when there is a choice kept) and offers the menu.
void attachColumnChooser(QTableView *table, QSettings *settings, const QString &key, int alwaysShown);

} // namespace g2p
