#include "membershipchangedialog.h"

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

namespace g2p {

QStringList MembershipChangeDialog::commonExitReasons()
{
    return {tr("Graduated"), tr("Moved out of the area"), tr("Deceased"),
        tr("No longer eligible after review"), tr("Voluntary withdrawal"), tr("Duplicate registration")};
}

MembershipChangeDialog::MembershipChangeDialog(MembershipAction action,
    const QList<ProgramMembership> &targets,
    QWidget *parent,
    bool serverKeepsReasons,
    bool serverKeepsNotes)
    : QDialog(parent), m_action(action), m_targets(targets)
{
    const QString who = targets.size() == 1
        ? QStringLiteral("%1 — %2").arg(targets.first().registrantName, targets.first().programName)
        : tr("%n memberships", nullptr, int(targets.size()));
    setWindowTitle(QStringLiteral("%1: %2").arg(actionTitle(action), who));
    auto *form = new QFormLayout;
    m_dateError = errorLabel(this);
    m_reasonError = errorLabel(this);
    QDate latestEnrollment;
    for (const ProgramMembership &m : targets)
        if (!m.enrollmentDate.isNull()
            && (!latestEnrollment.isValid() || m.enrollmentDate.utcDate() > latestEnrollment))
            latestEnrollment = m.enrollmentDate.utcDate();
    switch (action) {
    case MembershipAction::Exit:
        m_date = makeDateEdit(this, tr("Exit date")); // not before enrolment: said by accept()
        form->addRow(tr("E&xit date:"), m_date);
        form->addRow(QString(), m_dateError);
        m_reason = new QComboBox(this);
        m_reason->setEditable(true);
        m_reason->addItems(commonExitReasons());
        m_reason->setCurrentIndex(-1);
        nameEditableCombo(m_reason, tr("Exit reason"));
        m_reason->lineEdit()->setPlaceholderText(tr("Pick or type the reason (required)"));
        form->addRow(tr("&Reason:"), m_reason);
        form->addRow(QString(), m_reasonError);
        break;
    case MembershipAction::Resume:
    case MembershipAction::Enroll:
        m_date = makeDateEdit(this, tr("Enrollment date"));
        form->addRow(tr("&Enrolled again on:"), m_date);
        form->addRow(QString(), m_dateError);
        break;
    case MembershipAction::ChangeEnrollmentDate:
        m_date = makeDateEdit(this, tr("Enrollment date"));
        if (latestEnrollment.isValid())
            m_date->setDate(latestEnrollment);
        form->addRow(tr("&Enrollment date:"), m_date);
        form->addRow(QString(), m_dateError);
        break;
    case MembershipAction::Pause:
        break;
    }
    m_note = new QLineEdit(this);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(serverKeepsNotes ? tr("Optional: kept in the membership's history")
                                                : tr("Optional: kept in this desktop's history"));
    fitPlaceholder(m_note);
    form->addRow(tr("&Note:"), m_note);
    if (action == MembershipAction::Exit && !serverKeepsReasons) {
        auto *kept
            = new QLabel(tr("This server does not store exit reasons: G2P Desk keeps the reason in this "
                            "desktop's history only, not on the server."),
                this);
        kept->setWordWrap(true);
        kept->setAccessibleName(tr("Where the reason is kept"));
        form->addRow(QString(), kept);
    }
    // Whom and which program, in the dialog itself: "Pause: AMINA in Cash Transfer".
    QStringList which;
    for (const ProgramMembership &m : targets.mid(0, 5))
        which << tr("%1 in %2").arg(m.registrantName, m.programName);
    if (targets.size() > 5)
        which << tr("…and %n more", nullptr, int(targets.size()) - 5);
    // An error shown goes as soon as what it says is fixed (not only at the next OK).
    if (m_date)
        connect(m_date, &QDateEdit::dateChanged, this, [this] {
            if (!m_dateError->isHidden())
                setError(m_dateError, dateProblem());
        });
    if (m_reason)
        connect(m_reason, &QComboBox::currentTextChanged, this, [this] {
            if (!m_reasonError->isHidden())
                setError(m_reasonError, reasonProblem());
        });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(dialogHeading(this,
        targets.size() == 1
            ? tr("%1: %2").arg(commandText(actionTitle(action)), which.first())
            : tr("%1: %n membership(s)", nullptr, int(targets.size())).arg(commandText(actionTitle(action)))
                + QLatin1Char('\n') + which.join(QLatin1Char('\n'))));
    layout->addLayout(form);
    layout->addWidget(okCancel(this, actionTitle(action)));
    // The keyboard starts in the one field an exit requires: the date is today already (Shift+Tab
    // goes back to it; Tab inside a date field moves between its day, month and year).
    if (m_reason)
        m_reason->setFocus(Qt::OtherFocusReason);
}

MembershipUpdate MembershipChangeDialog::update() const
{
    MembershipUpdate u;
    switch (m_action) {
    case MembershipAction::Pause:
        u.state = MembershipState::Paused;
        break;
    case MembershipAction::Resume:
    case MembershipAction::Enroll:
        u.state = MembershipState::Enrolled;
        u.enrollmentDate = m_date->date();
        break;
    case MembershipAction::Exit:
        u.state = MembershipState::Exited;
        u.exitDate = m_date->date();
        u.exitReason = m_reason->currentText().trimmed();
        break;
    case MembershipAction::ChangeEnrollmentDate:
        u.enrollmentDate = m_date->date();
        break;
    }
    if (!m_note->text().trimmed().isEmpty())
        u.note = m_note->text().trimmed();
    return u;
}

QString MembershipChangeDialog::dateProblem() const
{
    if (!m_date)
        return QString();
    if (const QString why = MembershipRules::futureDateProblem(m_date->date(), utcToday()); !why.isEmpty())
        return why;
    if (m_action == MembershipAction::Exit)
        for (const ProgramMembership &m : m_targets) {
            const QString why = MembershipRules::exitBeforeEnrolmentProblem(
                m_date->date(), m.enrollmentDate.isNull() ? QDate() : m.enrollmentDate.utcDate());
            if (!why.isEmpty())
                return tr("%1: %2").arg(m.registrantName, why);
        }
    return QString();
}

QString MembershipChangeDialog::reasonProblem() const
{
    if (m_action != MembershipAction::Exit || m_targets.isEmpty())
        return QString();
    const QString why = MembershipRules::exitReasonProblem(
        m_targets.first().state, MembershipState::Exited, m_reason->currentText());
    return why.isEmpty() ? QString() : why + QLatin1Char(' ') + tr("Pick one or type it.");
}

void MembershipChangeDialog::accept()
{
    setError(m_dateError, dateProblem());
    setError(m_reasonError, reasonProblem());
    if (!m_reasonError->isHidden())
        m_reason->setFocus();
    if (m_dateError->isHidden() && m_reasonError->isHidden())
        QDialog::accept();
}

} // namespace g2p
