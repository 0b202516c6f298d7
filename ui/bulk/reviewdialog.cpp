#include "reviewdialog.h"

#include "membershipgridmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace g2p {

ReviewDialog::ReviewDialog(const MembershipGridModel *model, QWidget *parent) : QDialog(parent)
{
    using G = MembershipGridModel;
    setWindowTitle(tr("Review changes"));
    const GridSummary s = model->summary();
    m_changes = model->changes(); // once: each row's rules are checked here
    const QList<GridChange> &changes = m_changes;
    const int sending = int(changes.size());

    QStringList parts;
    if (s.enrollments)
        parts << tr("%n enrolment(s)", nullptr, s.enrollments);
    if (s.exits)
        parts << tr("%n exit(s)", nullptr, s.exits);
    if (s.pauses)
        parts << tr("%n pause(s)", nullptr, s.pauses);
    if (s.resumes)
        parts << tr("%n resumption(s)", nullptr, s.resumes);
    if (s.otherStateChanges)
        parts << tr("%n other state change(s)", nullptr, s.otherStateChanges);
    if (s.dateChanges)
        parts << tr("%n date change(s)", nullptr, s.dateChanges);
    m_summary = tr("%n row(s) will be sent", nullptr, sending);
    if (!parts.isEmpty())
        m_summary += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    m_summary += QLatin1Char('.');
    if (s.invalidRows)
        m_summary += QLatin1Char(' ')
            + tr("%n row(s) still have issues and will not be sent; fix them in the grid first.", nullptr,
                s.invalidRows);

    auto *summary = new QLabel(m_summary, this);
    summary->setWordWrap(true);
    summary->setObjectName(QStringLiteral("reviewSummary"));

    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Registrant"), tr("Program"), tr("Field"), tr("Was"), tr("Will be")});
    m_list->setAccessibleName(tr("Changes to send"));
    for (const G::FieldChange &f : model->fieldChanges(changes)) {
        const QString willBe = f.setByServer ? tr("%1 (set by the server)").arg(f.willBe) : f.willBe;
        auto *item = new QTreeWidgetItem(m_list,
            {model->effectiveText(f.row, G::Registrant), model->effectiveText(f.row, G::ProgramName),
                model->headerData(f.column, Qt::Horizontal).toString(), f.was.isEmpty() ? tr("—") : f.was,
                willBe});
        item->setData(0, Qt::UserRole, f.row);
        if (f.setByServer)
            item->setToolTip(4,
                tr("The server sets this date itself when the change is applied (today, UTC). Give a date "
                   "in the grid to choose another one."));
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send %n change(s)", nullptr, sending));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(sending > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(760, 480);
}

} // namespace g2p
