#include "dialogs.h"

#include "membershiprules.h"

#include "localedates.h"
#include "localtimeline.h"

#include "formerrors.h"

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
namespace {

QDateEdit *makeDateEdit(QWidget *parent, const QString &accessibleName)
{
    auto *d = new QDateEdit(utcToday(), parent);
    d->setCalendarPopup(true);
    useScreenDateFormat(d);
    d->setMaximumDate(utcToday()); // never in the future (UTC, as the server counts)
    d->setAccessibleName(accessibleName);
    return d;
}

QDialogButtonBox *okCancel(QDialog *d, const QString &okText)
{
    auto *b = new QDialogButtonBox(QDialogButtonBox::Cancel, d);
    QPushButton *ok = b->addButton(okText, QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    QObject::connect(b, &QDialogButtonBox::accepted, d, &QDialog::accept);
    QObject::connect(b, &QDialogButtonBox::rejected, d, &QDialog::reject);
    return b;
}

} // namespace

// ------------------------------------------------------------------ enroll

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
    const TargetType wanted = group ? TargetType::Group : TargetType::Individual;
    for (const Program &p : session->programs()) {
        if (p.targetType != wanted || !p.acceptsEnrollment())
            continue;
        QString label = p.name;
        for (const ProgramMembership &m : current)
            if (m.programId == p.id)
                label += QStringLiteral(" — ") + MembershipTableModel::stateText(m.state);
        m_program->addItem(label, p.id);
    }
    m_date = makeDateEdit(this, tr("Enrollment date"));
    m_note = new QLineEdit(this);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Optional: kept in the membership's history"));
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
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(okCancel(this, tr("&Enroll")));
    if (m_program->count() == 0)
        setError(m_programError,
            group ? tr("No active program targets groups.") : tr("No active program targets individuals."));
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
    if (programId() <= 0) {
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

// ------------------------------------------------------------------ pause, resume, exit, date

QStringList MembershipChangeDialog::commonExitReasons()
{
    return {tr("Graduated"), tr("Moved out of the area"), tr("Deceased"),
        tr("No longer eligible after review"), tr("Voluntary withdrawal"), tr("Duplicate registration")};
}

MembershipChangeDialog::MembershipChangeDialog(
    MembershipAction action, const QList<ProgramMembership> &targets, QWidget *parent)
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
    m_note->setPlaceholderText(tr("Optional: kept in the membership's history"));
    form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    if (targets.size() > 1)
        layout->addWidget(
            new QLabel(tr("This changes %n membership(s).", nullptr, int(targets.size())), this));
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

// ------------------------------------------------------------------ history

HistoryDialog::HistoryDialog(RegistrySession *session,
    qint64 registrantId,
    const QString &registrantName,
    const QList<ProgramMembership> &memberships,
    QWidget *parent)
    : QDialog(parent), m_session(session), m_timeline(session)
{
    setWindowTitle(tr("History of %1").arg(registrantName));
    resize(980, 460);
    m_program = new QComboBox(this);
    m_program->setAccessibleName(tr("Show the history of"));
    m_program->addItem(tr("All programs"));
    for (const ProgramMembership &m : memberships)
        m_program->addItem(m.programName, m.programId);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *table = new QTableView(this);
    table->setAccessibleName(tr("Timeline"));
    table->setModel(&m_model);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(HistoryModel::When, 150);
    table->setColumnWidth(HistoryModel::Change, 170);
    auto *top = new QHBoxLayout;
    auto *programLabel = new QLabel(tr("&Program:"), this);
    programLabel->setBuddy(m_program);
    top->addWidget(programLabel);
    top->addWidget(m_program);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(table, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    connect(m_program, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_program->currentData();
        m_model.setProgramFilter(v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt);
    });
    connect(&m_timeline, &HistoryTimeline::loaded, this, [this](const Timeline &t) {
        m_model.setEntries(t.entries);
        switch (t.coverage) {
        case Timeline::Coverage::CurrentOnly:
            m_status->setText(
                tr("This server keeps no history of program memberships (it offers registry data only). "
                   "The current memberships are shown instead."));
            return;
        case Timeline::Coverage::LocalOnly:
            m_status->setText(
                tr("This server keeps no history of program memberships: %n change(s) made from "
                   "this desktop and states it saw on the server are shown, newest first.",
                    nullptr, m_model.rowCount()));
            return;
        case Timeline::Coverage::ServerAndLocal:
            break;
        }
        if (!t.problem.isEmpty())
            m_status->setText(tr("Part of the server's history could not be read (%1); this desktop's own "
                                 "timeline is shown.")
                                  .arg(t.problem));
        else
            m_status->setText(
                tr("%n change(s), newest first. Changes made from this desktop and states it saw "
                   "on the server are marked in the Source column.",
                    nullptr, m_model.rowCount()));
    });
    m_status->setText(tr("Loading…"));
    m_timeline.load(registrantId, memberships);
}

} // namespace g2p
