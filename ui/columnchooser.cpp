#include "columnchooser.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace g2p {

void attachColumnChooser(QTableView *table,
    QSettings *settings,
    const QString &key,
    int alwaysShown,
    const QList<int> &notApplicable)
{
    QAbstractItemModel *model = table->model();
    if (settings->contains(key)) {
        const QStringList hidden = settings->value(key).toStringList();
        for (int c = 0; c < model->columnCount(); ++c)
            table->setColumnHidden(c, hidden.contains(QString::number(c)));
    }
    for (int c : notApplicable)
        table->setColumnHidden(c, true);
    QHeaderView *header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, table,
        [table, settings, key, alwaysShown, notApplicable](const QPoint &pos) {
            QAbstractItemModel *m = table->model();
            QMenu menu(table);
            for (int c = 0; c < m->columnCount(); ++c) {
                if (notApplicable.contains(c))
                    continue;
                QAction *a = menu.addAction(m->headerData(c, Qt::Horizontal).toString());
                a->setCheckable(true);
                a->setChecked(!table->isColumnHidden(c));
                a->setEnabled(c != alwaysShown);
                QObject::connect(a, &QAction::toggled, table, [table, settings, key, c](bool on) {
                    table->setColumnHidden(c, !on);
                    QStringList hidden;
                    for (int k = 0; k < table->model()->columnCount(); ++k)
                        if (table->isColumnHidden(k))
                            hidden << QString::number(k);
                    settings->setValue(key, hidden);
                });
            }
            menu.exec(table->horizontalHeader()->mapToGlobal(pos));
        });
}

} // namespace g2p
