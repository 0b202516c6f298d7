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
        m_date = makeDateEdit(this, tr("Exit date"));
        if (latestEnrollment.isValid())
            m_date->setMinimumDate(latestEnrollment);
        form->addRow(tr("E&xit date:"), m_date);
        form->addRow(QString(), m_dateError);
        m_reason = new QComboBox(this);
        m_reason->setEditable(true);
        m_reason->addItems(commonExitReasons());
        m_reason->setCurrentIndex(-1);
        m_reason->setAccessibleName(tr("Exit reason"));
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(dialogHeading(this,
        targets.size() == 1
            ? tr("%1: %2").arg(commandText(actionTitle(action)), which.first())
            : tr("%1: %n membership(s)", nullptr, int(targets.size())).arg(commandText(actionTitle(action)))
                + QLatin1Char('\n') + which.join(QLatin1Char('\n'))));
    layout->addLayout(form);
    layout->addWidget(okCancel(this, actionTitle(action)));
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

void MembershipChangeDialog::accept()
{
    bool ok = true;
    setError(m_dateError, QString());
    setError(m_reasonError, QString());
    if (const QString why
        = m_date ? MembershipRules::futureDateProblem(m_date->date(), utcToday()) : QString();
        !why.isEmpty()) {
        setError(m_dateError, why);
        ok = false;
    }
    if (m_action == MembershipAction::Exit) {
        for (const ProgramMembership &m : m_targets) {
            const QString why = MembershipRules::exitBeforeEnrolmentProblem(
                m_date->date(), m.enrollmentDate.isNull() ? QDate() : m.enrollmentDate.utcDate());
            if (!why.isEmpty()) {
                setError(m_dateError, tr("%1: %2").arg(m.registrantName, why));
                ok = false;
                break;
            }
        }
        const QString why = m_targets.isEmpty() ? QString()
                                                : MembershipRules::exitReasonProblem(m_targets.first().state,
                                                    MembershipState::Exited, m_reason->currentText());
        if (!why.isEmpty()) {
            setError(m_reasonError, why + QLatin1Char(' ') + tr("Pick one or type it."));
            m_reason->setFocus();
            ok = false;
        }
    }
    if (ok)
        QDialog::accept();
}

} // namespace g2p
