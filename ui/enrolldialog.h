// Enrolling a registrant (and, for a household, its members) in a program: which program, from which date, a
// note. Errors appear next to the field they concern.
#pragma once

#include "membershiptablemodel.h"
#include "registrysession.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

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
    bool programChosen() const;
    QDate enrollmentDate() const;
    QString note() const;
    // For a group: also enrol its members in this individual program (0: no).
    qint64 memberProgramId() const;
    QComboBox *programBox() const { return m_program; }
    QLabel *alreadyInLabel() const { return m_alreadyIn; }

    void accept() override;

private:
    RegistrySession *m_session;
    QComboBox *m_program, *m_memberProgram;
    QCheckBox *m_alsoMembers;
    QDateEdit *m_date;
    QLineEdit *m_note;
    QLabel *m_programError, *m_dateError;
    QLabel *m_alreadyIn; // the open programs not offered, with the registrant's state in each
};

} // namespace g2p
