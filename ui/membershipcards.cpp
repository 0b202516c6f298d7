#include "membershipcards.h"

#include "membershiptablemodel.h"
#include "statecolors.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextLayout>

namespace g2p {

namespace {

constexpr int Pad = 6;
constexpr int Dot = 10;

class MembershipCardDelegate : public QStyledItemDelegate
{
public:
    explicit MembershipCardDelegate(QTableView *view) : QStyledItemDelegate(view), m_view(view)
    {
        // Rows follow the pane's width: a narrower pane wraps the summary onto more lines.
        view->viewport()->installEventFilter(this);
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        const QString program = o.text;
        o.text.clear();
        QStyle *style = o.widget ? o.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &o, p, o.widget); // background, selection, focus
        const bool selected = o.state & QStyle::State_Selected;
        const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
        const Lines l = lines(o, index, o.rect.width());
        p->save();
        p->setPen(o.palette.color(QPalette::Normal, textRole));
        // First line: the program (bold), then the state with its colour's dot, at the line's end.
        QFont bold = o.font;
        bold.setBold(true);
        p->setFont(bold);
        const bool rtl = o.direction == Qt::RightToLeft;
        const QRect inner = o.rect.adjusted(Pad, Pad / 2, -Pad, -Pad / 2);
        QRect stateRect(0, inner.top(), l.stateWidth, l.first);
        stateRect.moveLeft(rtl ? inner.left() : inner.right() - l.stateWidth + 1);
        QRect programRect = inner;
        programRect.setHeight(l.first);
        if (rtl)
            programRect.setLeft(stateRect.right() + Pad);
        else
            programRect.setRight(stateRect.left() - Pad);
        p->drawText(programRect, int(Qt::AlignVCenter) | int(rtl ? Qt::AlignRight : Qt::AlignLeft),
            QFontMetrics(bold).elidedText(program, Qt::ElideRight, programRect.width()));
        p->setFont(o.font);
        const QRect dot(rtl ? stateRect.right() - Dot + 1 : stateRect.left(),
            stateRect.top() + (l.first - Dot) / 2, Dot, Dot);
        p->setRenderHint(QPainter::Antialiasing);
        p->setBrush(stateColor(MembershipState(index.data(MembershipTableModel::StateRole).toInt())));
        p->setPen(Qt::NoPen);
        p->drawEllipse(dot);
        p->setPen(o.palette.color(QPalette::Normal, textRole));
        QRect stateText = stateRect;
        if (rtl)
            stateText.setRight(dot.left() - 4);
        else
            stateText.setLeft(dot.right() + 4);
        p->drawText(stateText, int(Qt::AlignVCenter) | int(rtl ? Qt::AlignRight : Qt::AlignLeft), l.state);
        // Below: the summary, wrapped, a little quieter unless selected.
        if (!selected)
            p->setPen(o.palette.color(QPalette::Normal, QPalette::PlaceholderText).darker(130));
        QRect below = inner;
        below.setTop(inner.top() + l.first + 2);
        p->drawText(below, int(Qt::TextWordWrap) | int(rtl ? Qt::AlignRight : Qt::AlignLeft), l.summary);
        p->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        const int width = qMax(120, m_view->viewport()->width());
        const Lines l = lines(o, index, width);
        return {width, l.first + 2 + l.summaryHeight + Pad};
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize && watched == m_view->viewport())
            m_view->resizeRowsToContents();
        return QStyledItemDelegate::eventFilter(watched, event);
    }

private:
    struct Lines
    {
        QString state, summary;
        int stateWidth = 0, first = 0, summaryHeight = 0;
    };
    static Lines lines(const QStyleOptionViewItem &o, const QModelIndex &index, int width)
    {
        Lines l;
        l.state = MembershipTableModel::stateText(
            MembershipState(index.data(MembershipTableModel::StateRole).toInt()));
        l.summary = index.data(MembershipTableModel::SummaryRole).toString();
        const QFontMetrics fm(o.font);
        l.stateWidth = Dot + 4 + fm.horizontalAdvance(l.state);
        l.first = fm.height() + 2;
        const int inner = qMax(40, width - 2 * Pad);
        l.summaryHeight = fm.boundingRect(QRect(0, 0, inner, 10000), Qt::TextWordWrap, l.summary).height();
        return l;
    }

    QTableView *m_view;
};

} // namespace

void showAsCards(QTableView *view, MembershipTableModel *model)
{
    model->setCards(true);
    view->setItemDelegateForColumn(MembershipTableModel::Program, new MembershipCardDelegate(view));
    for (int c = 0; c < MembershipTableModel::ColumnCount; ++c)
        view->setColumnHidden(c, c != MembershipTableModel::Program);
    view->horizontalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setWordWrap(true);
    view->setShowGrid(false);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false); // Tab leaves the list; the arrows move between cards
}

} // namespace g2p
