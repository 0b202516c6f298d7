// Pausing, resuming, exiting memberships or correcting their enrollment date: the date, the reason of an
// exit, a note; the membership rules say what is refused and why, next to the field.
#pragma once

#include "membershipcommands.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace g2p {

class MembershipChangeDialog : public QDialog
{
    Q_OBJECT
public:
    // `serverKeeps`: the server stores exit reasons and notes (BackendCapabilities); when it does
    // not, the form says they stay in this desktop's history only.
    MembershipChangeDialog(MembershipAction action,
        const QList<ProgramMembership> &targets,
        QWidget *parent = nullptr,
        bool serverKeepsReasons = true,
        bool serverKeepsNotes = true);
    MembershipUpdate update() const;
    QComboBox *reasonBox() const { return m_reason; }
    QDateEdit *dateEdit() const { return m_date; }
    void accept() override;
    static QStringList commonExitReasons();

private:
    // What is wrong with the date / the reason, in words; empty when nothing is.
    QString dateProblem() const;
    QString reasonProblem() const;

    MembershipAction m_action;
    QList<ProgramMembership> m_targets;
    QDateEdit *m_date = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_note;
    QLabel *m_dateError, *m_reasonError;
};

} // namespace g2p
