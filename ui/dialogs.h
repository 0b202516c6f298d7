// The officer's forms: enroll, change memberships (pause, resume, exit, enrollment date) and the
// history timeline. Errors appear next to the field they concern.
#pragma once

#include "historymodel.h"
#include "historytimeline.h"
#include "membershipcommands.h"
#include "membershiptablemodel.h"
#include "registrysession.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace g2p {

class EnrollDialog : public QDialog
{
    Q_OBJECT
public:
    EnrollDialog(RegistrySession *session,
        bool group,
        const QString &registrantName,
        const QList<ProgramMembership> &current,
        bool hasMembers,
        QWidget *parent = nullptr);
    qint64 programId() const;
    QDate enrollmentDate() const;
    QString note() const;
    // For a group: also enrol its members in this individual program (0: no).
    qint64 memberProgramId() const;
    QComboBox *programBox() const { return m_program; }

    void accept() override;

private:
    RegistrySession *m_session;
    QComboBox *m_program, *m_memberProgram;
    QCheckBox *m_alsoMembers;
    QDateEdit *m_date;
    QLineEdit *m_note;
    QLabel *m_programError, *m_dateError;
};

class MembershipChangeDialog : public QDialog
{
    Q_OBJECT
public:
    MembershipChangeDialog(
        MembershipAction action, const QList<ProgramMembership> &targets, QWidget *parent = nullptr);
    MembershipUpdate update() const;
    QComboBox *reasonBox() const { return m_reason; }
    QDateEdit *dateEdit() const { return m_date; }
    void accept() override;
    static QStringList commonExitReasons();

private:
    MembershipAction m_action;
    QList<ProgramMembership> m_targets;
    QDateEdit *m_date = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_note;
    QLabel *m_dateError, *m_reasonError;
};

class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    // The server's history of each membership merged with this desktop's local timeline.
    HistoryDialog(RegistrySession *session,
        qint64 registrantId,
        const QString &registrantName,
        const QList<ProgramMembership> &memberships,
        QWidget *parent = nullptr);
    HistoryModel *model() { return &m_model; }

private:
    RegistrySession *m_session;
    HistoryModel m_model;
    QComboBox *m_program;
    QLabel *m_status;
    HistoryTimeline m_timeline;
};

} // namespace g2p
