#include "enrolldialog.h"

#include "formerrors.h"
#include "formparts.h"
#include "localedates.h"
#include "membershiprules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

namespace g2p {

EnrollDialog::EnrollDialog(RegistrySession *session,
    bool group,
    const QString &registrantName,
    const QList<ProgramMembership> &current,
    bool hasMembers,
    QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Enroll %1").arg(registrantName));
    m_program = new QComboBox(this);
    m_program->setAccessibleName(tr("Program"));
    // Only programs this registrant can join: open ones of their kind where they have no membership
    // or a draft (which becomes enrolled). The others are named below the list, with their state.
    const TargetType wanted = group ? TargetType::Group : TargetType::Individual;
    QStringList alreadyIn;
    for (const Program &p : session->programs()) {
        if (p.targetType != wanted || !p.acceptsEnrollment())
            continue;
        std::optional<MembershipState> state;
        for (const ProgramMembership &m : current)
            if (m.programId == p.id)
                state = m.state;
        if (state && *state != MembershipState::Draft) {
            alreadyIn << tr("%1 (%2)").arg(p.name, MembershipTableModel::stateText(*state));
            continue;
        }
        m_program->addItem(state ? tr("%1 — draft, becomes enrolled").arg(p.name) : p.name, p.id);
    }
    m_alreadyIn = new QLabel(this);
    m_alreadyIn->setWordWrap(true);
    m_alreadyIn->setText(alreadyIn.isEmpty()
            ? QString()
            : tr("Not offered, already a member: %1.").arg(alreadyIn.join(QStringLiteral(", "))));
    m_alreadyIn->setVisible(!alreadyIn.isEmpty());
    m_date = makeDateEdit(this, tr("Enrollment date"));
    m_note = new QLineEdit(this);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Optional: kept in the membership's history"));
    fitPlaceholder(m_note);
    m_alsoMembers = new QCheckBox(tr("Also enroll the household's &members in:"), this);
    m_memberProgram = new QComboBox(this);
    m_memberProgram->setAccessibleName(tr("Program for the members"));
    for (const Program &p : session->programs())
        if (p.targetType == TargetType::Individual && p.acceptsEnrollment())
            m_memberProgram->addItem(p.name, p.id);
    m_memberProgram->setEnabled(false);
    connect(m_alsoMembers, &QCheckBox::toggled, m_memberProgram, &QWidget::setEnabled);
    m_programError = errorLabel(this);
    m_dateError = errorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Program:"), m_program);
    form->addRow(QString(), m_programError);
    form->addRow(QString(), m_alreadyIn);
    form->addRow(tr("&Enrollment date:"), m_date);
    form->addRow(QString(), m_dateError);
    form->addRow(tr("&Note:"), m_note);
    if (group && hasMembers) {
        form->addRow(m_alsoMembers);
        form->addRow(QString(), m_memberProgram);
    } else {
        m_alsoMembers->hide();
        m_memberProgram->hide();
    }
    // An error shown goes as soon as what it says is fixed.
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_dateError->isHidden())
            setError(m_dateError, MembershipRules::futureDateProblem(m_date->date(), utcToday()));
    });
    connect(m_program, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_programError->isHidden() && programChosen())
            setError(m_programError, QString());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(dialogHeading(this, tr("Enroll %1 in a program").arg(registrantName)));
    layout->addLayout(form);
    layout->addWidget(okCancel(this, tr("&Enroll")));
    if (m_program->count() == 0)
        setError(m_programError,
            !alreadyIn.isEmpty() ? tr("%1 is already in every open program for %2.")
                                       .arg(registrantName, group ? tr("groups") : tr("individuals"))
                : group ? tr("No active program targets groups.")
                        : tr("No active program targets individuals."));
}

// A program id may be negative (API v2 gives programs local ids below zero): chosen is any item.
bool EnrollDialog::programChosen() const
{
    return m_program->currentIndex() >= 0 && m_program->currentData().isValid();
}

qint64 EnrollDialog::programId() const
{
    return m_program->currentData().toLongLong();
}

QDate EnrollDialog::enrollmentDate() const
{
    return m_date->date();
}

QString EnrollDialog::note() const
{
    return m_note->text().trimmed();
}

qint64 EnrollDialog::memberProgramId() const
{
    return m_alsoMembers->isChecked() ? m_memberProgram->currentData().toLongLong() : 0;
}

void EnrollDialog::accept()
{
    bool ok = true;
    setError(m_programError, QString());
    setError(m_dateError, QString());
    if (!programChosen()) {
        setError(m_programError, tr("Choose a program."));
        ok = false;
    }
    if (const QString why = MembershipRules::futureDateProblem(m_date->date(), utcToday()); !why.isEmpty()) {
        setError(m_dateError, why);
        ok = false;
    }
    if (ok)
        QDialog::accept();
}

} // namespace g2p
