// Create an individual, or a group (household) with its members. Each form checks what it can
// before sending, sends the request itself, and keeps the officer's input when the server refuses.
#pragma once

#include "registrysession.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace g2p {

class CreateIndividualDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateIndividualDialog(RegistrySession *session, QWidget *parent = nullptr);
    IndividualInput input() const;
    qint64 createdId() const { return m_created; }
    void accept() override;

private:
    bool validate();
    RegistrySession *m_session;
    QLineEdit *m_family, *m_given, *m_addl, *m_name, *m_idValue, *m_phone, *m_email, *m_address,
        *m_birthPlace;
    QComboBox *m_gender, *m_idType;
    QCheckBox *m_hasBirthdate;
    QDateEdit *m_birthdate, *m_registered;
    QLabel *m_nameError, *m_idError, *m_phoneError, *m_status;
    QPushButton *m_ok;
    bool m_nameEdited = false;
    qint64 m_created = 0;
};

class CreateGroupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateGroupDialog(RegistrySession *session, QWidget *parent = nullptr);
    GroupInput input() const;
    qint64 createdId() const { return m_created; }
    QTableWidget *membersTable() const { return m_members; }
    void addMember(const QString &given,
        const QString &family,
        const QString &gender,
        const QString &birthdate,
        const QString &role);
    void accept() override;

private:
    bool validate();
    RegistrySession *m_session;
    QLineEdit *m_name, *m_householdId, *m_address;
    QComboBox *m_kind;
    QDateEdit *m_registered;
    QTableWidget *m_members;
    QLabel *m_nameError, *m_membersError, *m_status;
    QPushButton *m_ok;
    qint64 m_created = 0;
};

} // namespace g2p
