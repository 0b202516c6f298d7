#include "createregistrantdialogs.h"

#include "createregistrantcommand.h"
#include "formparts.h"

#include "formerrors.h"
#include "localedates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace g2p {
namespace {

QLineEdit *line(QWidget *parent, const QString &accessibleName)
{
    auto *e = new QLineEdit(parent);
    e->setAccessibleName(accessibleName);
    return e;
}

QDateEdit *date(QWidget *parent, const QString &accessibleName)
{
    auto *d = new QDateEdit(utcToday(), parent);
    d->setCalendarPopup(true);
    useScreenDateFormat(d);
    d->setMaximumDate(utcToday());
    d->setAccessibleName(accessibleName);
    return d;
}

// E.164: '+', then 8 to 15 digits (spaces and dashes allowed while typing).
bool plausiblePhone(const QString &phone)
{
    QString digits = phone;
    digits.remove(QRegularExpression(QStringLiteral("[\\s\\-().]")));
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{7,14}$"));
    return e164.match(digits).hasMatch();
}

QString serverMessage(const ApiError &e)
{
    return QObject::tr("The registry refused it: %1").arg(e.toString());
}

} // namespace

CreateIndividualDialog::CreateIndividualDialog(RegistrySession *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("New individual"));
    m_family = line(this, tr("Family name"));
    m_given = line(this, tr("Given name"));
    m_addl = line(this, tr("Additional name"));
    m_name = line(this, tr("Display name"));
    m_name->setPlaceholderText(tr("Built from the names: FAMILY, GIVEN"));
    m_gender = new QComboBox(this);
    m_gender->setAccessibleName(tr("Gender"));
    m_gender->addItem(tr("Not given"));
    m_gender->addItem(tr("Female"), QStringLiteral("Female"));
    m_gender->addItem(tr("Male"), QStringLiteral("Male"));
    m_gender->addItem(tr("Other"), QStringLiteral("Other"));
    m_hasBirthdate = new QCheckBox(tr("Known:"), this);
    m_birthdate = date(this, tr("Birth date"));
    m_birthdate->setDate(utcToday().addYears(-30));
    m_birthdate->setEnabled(false);
    connect(m_hasBirthdate, &QCheckBox::toggled, m_birthdate, &QWidget::setEnabled);
    m_birthPlace = line(this, tr("Birth place"));
    m_idType = new QComboBox(this);
    m_idType->setEditable(true);
    nameEditableCombo(m_idType, tr("ID type"));
    m_idType->addItems(
        {QStringLiteral("National ID"), QStringLiteral("Passport"), QStringLiteral("Birth Certificate")});
    m_idValue = line(this, tr("ID number"));
    m_phone = line(this, tr("Phone"));
    m_phone->setPlaceholderText(QStringLiteral("+254712345678"));
    m_email = line(this, tr("Email"));
    m_address = line(this, tr("Address"));
    m_registered = date(this, tr("Registration date"));
    m_nameError = errorLabel(this);
    m_idError = errorLabel(this);
    m_phoneError = errorLabel(this);
    m_status = errorLabel(this);

    auto *birth = new QHBoxLayout;
    birth->addWidget(m_hasBirthdate);
    birth->addWidget(m_birthdate, 1);
    auto *id = new QHBoxLayout;
    id->addWidget(m_idType);
    id->addWidget(m_idValue, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Family name:"), m_family);
    form->addRow(tr("&Given name:"), m_given);
    form->addRow(tr("&Additional name:"), m_addl);
    form->addRow(tr("&Display name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("G&ender:"), m_gender);
    form->addRow(tr("&Birth date:"), birth);
    form->addRow(tr("Birth &place:"), m_birthPlace);
    form->addRow(tr("&ID:"), id);
    form->addRow(QString(), m_idError);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(QString(), m_phoneError);
    form->addRow(tr("E&mail:"), m_email);
    form->addRow(tr("Add&ress:"), m_address);
    form->addRow(tr("&Registered on:"), m_registered);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    const auto rebuildName = [this] {
        if (m_nameEdited)
            return;
        const QString family = m_family->text().trimmed().toUpper();
        QString given = m_given->text().trimmed().toUpper();
        if (!m_addl->text().trimmed().isEmpty())
            given += QLatin1Char(' ') + m_addl->text().trimmed().toUpper();
        m_name->setText(
            family.isEmpty() ? given : (given.isEmpty() ? family : family + QStringLiteral(", ") + given));
    };
    for (QLineEdit *e : {m_family, m_given, m_addl})
        connect(e, &QLineEdit::textEdited, this, rebuildName);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
}

IndividualInput CreateIndividualDialog::input() const
{
    IndividualInput in;
    in.name = m_name->text().trimmed();
    in.givenName = m_given->text().trimmed();
    const auto orNull = [](const QString &s) { return s.trimmed().isEmpty() ? QString() : s.trimmed(); };
    in.familyName = orNull(m_family->text());
    in.addlName = orNull(m_addl->text());
    in.gender = m_gender->currentData().toString();
    if (in.gender.isEmpty())
        in.gender = QString();
    if (m_hasBirthdate->isChecked())
        in.birthdate = m_birthdate->date();
    in.birthPlace = orNull(m_birthPlace->text());
    in.email = orNull(m_email->text());
    in.address = orNull(m_address->text());
    in.registrationDate = m_registered->date();
    if (!m_idValue->text().trimmed().isEmpty()) {
        RegistrantIdInput id;
        id.idType = m_idType->currentText().trimmed();
        id.value = m_idValue->text().trimmed();
        in.ids.append(id);
    }
    if (!m_phone->text().trimmed().isEmpty()) {
        PhoneInput p;
        p.phoneNo = m_phone->text().trimmed().remove(QRegularExpression(QStringLiteral("[\\s\\-().]")));
        p.dateCollected = utcToday();
        in.phones.append(p);
    }
    return in;
}

bool CreateIndividualDialog::validate()
{
    bool ok = true;
    setError(m_nameError, QString());
    setError(m_idError, QString());
    setError(m_phoneError, QString());
    setError(m_status, QString());
    if (m_given->text().trimmed().isEmpty() || m_name->text().trimmed().isEmpty()) {
        setError(m_nameError, tr("A given name and a display name are needed."));
        ok = false;
    }
    if (!m_idValue->text().trimmed().isEmpty() && m_idType->currentText().trimmed().isEmpty()) {
        setError(m_idError, tr("Say which kind of ID this number is."));
        ok = false;
    }
    if (!m_phone->text().trimmed().isEmpty() && !plausiblePhone(m_phone->text())) {
        setError(
            m_phoneError, tr("Write the phone number in international form: + country code and number."));
        ok = false;
    }
    return ok;
}

void CreateIndividualDialog::accept()
{
    if (!validate())
        return;
    m_ok->setEnabled(false);
    m_status->setStyleSheet(QString());
    setError(m_status, tr("Creating…"));
    auto *command = new CreateRegistrantCommand(m_session->backend(), input());
    connect(command, &Command::finished, this, [this, command] {
        m_ok->setEnabled(true);
        if (!command->error().isNull()) {
            m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
            setError(m_status, serverMessage(command->error()));
            return;
        }
        m_created = command->createdId();
        QDialog::accept();
    });
    m_session->runner()->run(command);
}

// ------------------------------------------------------------------ groups

CreateGroupDialog::CreateGroupDialog(RegistrySession *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("New household"));
    resize(720, 460);
    m_name = line(this, tr("Group name"));
    m_name->setPlaceholderText(tr("e.g. OKAFOR HOUSEHOLD"));
    m_kind = new QComboBox(this);
    m_kind->setEditable(true);
    nameEditableCombo(m_kind, tr("Group kind"));
    m_kind->addItems({QStringLiteral("Household"), QStringLiteral("Family")});
    m_householdId = line(this, tr("Household ID"));
    m_address = line(this, tr("Address"));
    m_registered = date(this, tr("Registration date"));
    m_members = new QTableWidget(0, 5, this);
    m_members->setAccessibleName(tr("Members"));
    m_members->setHorizontalHeaderLabels(
        {tr("Given name"), tr("Family name"), tr("Gender"), tr("Birth date (YYYY-MM-DD)"), tr("Role")});
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_members->verticalHeader()->hide();
    auto *add = new QPushButton(tr("Add &member"), this);
    auto *remove = new QPushButton(tr("Re&move member"), this);
    m_nameError = errorLabel(this);
    m_membersError = errorLabel(this);
    m_status = errorLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Household &ID:"), m_householdId);
    form->addRow(tr("Add&ress:"), m_address);
    form->addRow(tr("&Registered on:"), m_registered);
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(add);
    memberButtons->addWidget(remove);
    memberButtons->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Members (each becomes a new individual):"), this));
    layout->addWidget(m_members, 1);
    layout->addLayout(memberButtons);
    layout->addWidget(m_membersError);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addMember(QString(), QString(), QString(), QString(),
            m_members->rowCount() == 0 ? QStringLiteral("Head") : QStringLiteral("Child"));
        m_members->setCurrentCell(m_members->rowCount() - 1, 0);
        m_members->editItem(m_members->item(m_members->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_members->currentRow() >= 0)
            m_members->removeRow(m_members->currentRow());
    });
}

void CreateGroupDialog::addMember(const QString &given,
    const QString &family,
    const QString &gender,
    const QString &birthdate,
    const QString &role)
{
    const int r = m_members->rowCount();
    m_members->insertRow(r);
    m_members->setItem(r, 0, new QTableWidgetItem(given));
    m_members->setItem(r, 1, new QTableWidgetItem(family));
    auto *g = new QComboBox(m_members);
    g->addItem(tr("Not given"));
    g->addItem(tr("Female"), QStringLiteral("Female"));
    g->addItem(tr("Male"), QStringLiteral("Male"));
    g->addItem(tr("Other"), QStringLiteral("Other"));
    g->setCurrentIndex(qMax(0, g->findData(gender)));
    m_members->setCellWidget(r, 2, g);
    m_members->setItem(r, 3, new QTableWidgetItem(birthdate));
    auto *k = new QComboBox(m_members);
    for (const QString &kind :
        {QStringLiteral("Head"), QStringLiteral("Spouse"), QStringLiteral("Child"), QStringLiteral("Member")})
        k->addItem(kind, kind);
    k->setCurrentIndex(qMax(0, k->findData(role)));
    m_members->setCellWidget(r, 4, k);
}

GroupInput CreateGroupDialog::input() const
{
    GroupInput in;
    in.name = m_name->text().trimmed();
    in.kind = m_kind->currentText().trimmed();
    in.isPartialGroup = false;
    in.address = m_address->text().trimmed().isEmpty() ? QString() : m_address->text().trimmed();
    in.registrationDate = m_registered->date();
    if (!m_householdId->text().trimmed().isEmpty()) {
        RegistrantIdInput id;
        id.idType = QStringLiteral("Household ID");
        id.value = m_householdId->text().trimmed();
        in.ids.append(id);
    }
    for (int r = 0; r < m_members->rowCount(); ++r) {
        GroupMemberInput m;
        m.givenName = m_members->item(r, 0)->text().trimmed();
        const QString family = m_members->item(r, 1)->text().trimmed();
        m.familyName = family.isEmpty() ? QString() : family;
        m.name = family.isEmpty() ? m.givenName.toUpper()
                                  : family.toUpper() + QStringLiteral(", ") + m.givenName.toUpper();
        m.gender = static_cast<QComboBox *>(m_members->cellWidget(r, 2))->currentData().toString();
        if (m.gender.isEmpty())
            m.gender = QString();
        m.birthdate = parseIsoDate(m_members->item(r, 3)->text().trimmed());
        m.registrationDate = m_registered->date();
        MembershipKind k;
        k.name = static_cast<QComboBox *>(m_members->cellWidget(r, 4))->currentData().toString();
        m.kinds.append(k);
        in.members.append(m);
    }
    return in;
}

bool CreateGroupDialog::validate()
{
    bool ok = true;
    setError(m_nameError, QString());
    setError(m_membersError, QString());
    setError(m_status, QString());
    if (m_name->text().trimmed().isEmpty()) {
        setError(m_nameError, tr("The household needs a name."));
        ok = false;
    }
    QStringList problems;
    int heads = 0;
    for (int r = 0; r < m_members->rowCount(); ++r) {
        if (m_members->item(r, 0)->text().trimmed().isEmpty())
            problems << tr("Row %1: the given name is missing.").arg(r + 1);
        const QString d = m_members->item(r, 3)->text().trimmed();
        if (!d.isEmpty() && !parseIsoDate(d).isValid())
            problems << tr("Row %1: the birth date must be written YYYY-MM-DD, not “%2”.").arg(r + 1).arg(d);
        else if (!d.isEmpty() && parseIsoDate(d) > utcToday())
            problems << tr("Row %1: the birth date is in the future.").arg(r + 1);
        if (static_cast<QComboBox *>(m_members->cellWidget(r, 4))->currentData().toString()
            == QLatin1String("Head"))
            ++heads;
    }
    if (heads > 1)
        problems << tr("A household has one head; %1 members are marked Head.").arg(heads);
    if (!problems.isEmpty()) {
        setError(m_membersError, problems.join(QLatin1Char('\n')));
        ok = false;
    }
    return ok;
}

void CreateGroupDialog::accept()
{
    if (!validate())
        return;
    m_ok->setEnabled(false);
    setError(m_status, tr("Creating…"));
    auto *command = new CreateRegistrantCommand(m_session->backend(), input());
    connect(command, &Command::finished, this, [this, command] {
        m_ok->setEnabled(true);
        if (!command->error().isNull()) {
            setError(m_status, serverMessage(command->error()));
            return;
        }
        m_created = command->createdId();
        QDialog::accept();
    });
    m_session->runner()->run(command);
}

} // namespace g2p
