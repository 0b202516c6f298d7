// File → Export table…: saves a table as the officer sees it (shown columns in their order, rows
// in their sort and filter) to XLSX or CSV, with progress and Cancel for long tables.
#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace g2p {

// Asks for the file, writes it, and returns what to tell the officer (empty when cancelled).
QString exportTableView(QTableView *view, const QString &sheetName, QWidget *parent);

} // namespace g2p
