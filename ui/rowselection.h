// Selecting a whole row of a table from code. QTableView::selectRow() picks the column at the
// viewport's visual start edge; right to left (Arabic) that is past the last column when the
// columns are narrower than the view, and nothing is selected (the registrant pane then stayed
// empty after a search). This selects through the row's first shown column.
#pragma once

class QTableView;

namespace g2p {

void selectWholeRow(QTableView *view, int row);

} // namespace g2p
