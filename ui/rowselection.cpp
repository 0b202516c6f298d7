#include "rowselection.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

namespace g2p {

void selectWholeRow(QTableView *view, int row)
{
    const QAbstractItemModel *model = view->model();
    if (!model || row < 0 || row >= model->rowCount())
        return;
    int column = 0;
    while (column < model->columnCount() && view->isColumnHidden(column))
        ++column;
    const QModelIndex index = model->index(row, column);
    if (!index.isValid())
        return;
    view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace g2p
