#include "griddelegate.h"

#include "formparts.h"
#include "membershipgridmodel.h"

#include <QComboBox>
#include <QLineEdit>

namespace g2p {

GridDelegate::GridDelegate(MembershipGridModel *model, QObject *parent)
    : QStyledItemDelegate(parent), m_model(model)
{ }

QStringList GridDelegate::choices(const QModelIndex &index) const
{
    using G = MembershipGridModel;
    if (index.column() == G::State)
        return G::editableStates(m_model->originalState(index.row()));
    if (index.column() == G::ProgramName) {
        QStringList names;
        // Only programs for this kind of registrant, that take enrolments.
        const bool group = m_model->isGroupRow(index.row());
        for (const Program &p : m_model->programs())
            if (p.active && p.state == ProgramState::Active && (p.targetType == TargetType::Group) == group)
                names << p.name;
        names.sort(Qt::CaseInsensitive);
        return names;
    }
    return {};
}

QWidget *GridDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList items = choices(index);
    if (items.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setEditable(true); // what is typed and not in the list is kept, and reported
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(items);
    nameEditableCombo(combo, m_model->headerData(index.column(), Qt::Horizontal).toString());
    return combo;
}

void GridDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString text = index.data(Qt::EditRole).toString();
        const int at = combo->findText(text, Qt::MatchFixedString);
        if (at >= 0)
            combo->setCurrentIndex(at);
        else
            combo->setEditText(text);
        if (combo->lineEdit())
            combo->lineEdit()->selectAll(); // typing replaces the value, as in a spreadsheet
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void GridDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace g2p
