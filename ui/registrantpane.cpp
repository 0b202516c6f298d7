#include "registrantpane.h"

#include "cachemapping.h"

#include "enrolldialog.h"
#include "formparts.h"
#include "historydialog.h"
#include "membershipcards.h"
#include "membershipchangedialog.h"
#include "registranttablemodel.h"
#include "rowselection.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace g2p {

RegistrantPane::RegistrantPane(RegistrySession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_reader(session)
{
    connect(&m_reader, &RegistrantReader::groupRead, this, &RegistrantPane::showReadGroup);
    connect(&m_reader, &RegistrantReader::individualRead, this, &RegistrantPane::showReadIndividual);
    connect(&m_reader, &RegistrantReader::readFailed, this, &RegistrantPane::showReadFailure);
    connect(&m_reader, &RegistrantReader::householdsRead, this, &RegistrantPane::showHouseholds);
    connect(&m_reader, &RegistrantReader::membershipsRead, this, &RegistrantPane::showMemberships);
    connect(session, &RegistrySession::capabilitiesChanged, this, &RegistrantPane::updateActions);
    m_title = new QLabel(tr("Select a registrant"), this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_identity = new QFormLayout;
    m_identity->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_membersLabel = new QLabel(tr("Members"), this);
    m_members = new QTableWidget(0, 3, this);
    m_members->setHorizontalHeaderLabels({tr("ID"), tr("Name"), tr("Role")});
    m_members->setAccessibleName(tr("Household members"));
    m_members->verticalHeader()->hide();
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setToolTip(tr("Double-click or press Enter to open a member"));
    m_membersLabel->hide();
    m_members->hide();
    m_membershipsView = new QTableView(this);
    m_membershipsView->setModel(&m_memberships);
    m_membershipsView->setAccessibleName(tr("Program memberships"));
    m_membershipsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_membershipsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    showAsCards(m_membershipsView, &m_memberships);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);

    const auto action = [this](const QString &text, const QKeySequence &key, const QString &name) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setObjectName(name);
        a->setEnabled(false);
        addAction(a);
        return a;
    };
    m_enroll = action(tr("&Enroll…"), QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("enroll"));
    m_pause = action(tr("&Pause…"), QKeySequence(Qt::CTRL | Qt::Key_P), QStringLiteral("pause"));
    m_resume = action(tr("&Resume…"), QKeySequence(Qt::CTRL | Qt::Key_R), QStringLiteral("resume"));
    m_exit = action(tr("E&xit…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), QStringLiteral("exit"));
    m_changeDate = action(
        tr("Change enrollment &date…"), QKeySequence(Qt::CTRL | Qt::Key_D), QStringLiteral("changeDate"));
    m_history = action(tr("&History…"), QKeySequence(Qt::CTRL | Qt::Key_H), QStringLiteral("history"));
    auto *buttons = new QGridLayout;
    int n = 0;
    for (QAction *a : {m_enroll, m_pause, m_resume, m_exit, m_changeDate, m_history}) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        b->setAccessibleName(commandText(a->text()));
        buttons->addWidget(b, n / 3, n % 3);
        m_buttons << b;
        ++n;
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_identity);
    layout->addWidget(m_membersLabel);
    layout->addWidget(m_members, 1);
    layout->addWidget(new QLabel(tr("Program memberships"), this));
    layout->addWidget(m_membershipsView, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_note);

    connect(m_membershipsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RegistrantPane::updateActions);
    connect(&m_memberships, &QAbstractItemModel::modelReset, this, &RegistrantPane::updateActions);
    connect(&m_memberships, &QAbstractItemModel::dataChanged, this, &RegistrantPane::updateActions);
    connect(m_pause, &QAction::triggered, this, [this] { runChange(MembershipAction::Pause); });
    connect(m_resume, &QAction::triggered, this, [this] { runChange(MembershipAction::Resume); });
    connect(m_exit, &QAction::triggered, this, [this] { runChange(MembershipAction::Exit); });
    connect(m_changeDate, &QAction::triggered, this,
        [this] { runChange(MembershipAction::ChangeEnrollmentDate); });
    connect(m_enroll, &QAction::triggered, this, &RegistrantPane::runEnroll);
    connect(m_history, &QAction::triggered, this, &RegistrantPane::showHistory);
    connect(m_members, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        Q_EMIT memberActivated(m_members->item(item->row(), 0)->text().toLongLong());
    });
    updateActions();
}

void RegistrantPane::shareCommands(const QList<QAction *> &windowActions)
{
    for (QToolButton *b : std::as_const(m_buttons)) {
        QAction *own = b->defaultAction();
        for (QAction *shared : windowActions)
            if (shared->objectName() == own->objectName()) {
                removeAction(own); // its key is the window's now
                own->setShortcut(QKeySequence());
                b->removeAction(own); // else the button counts two actions and draws a menu arrow
                b->setDefaultAction(shared);
            }
    }
}

void RegistrantPane::openHouseholdLink(const QString &link)
{
    bool ok = false;
    const qint64 id = link.startsWith(QLatin1String("group:")) ? link.mid(6).toLongLong(&ok) : 0;
    if (ok && id != 0)
        Q_EMIT householdActivated(id);
}

void RegistrantPane::setRunner(CommandRunner *runner)
{
    m_runner = runner;
    connect(runner, &CommandRunner::membershipChanged, this, [this](const ProgramMembership &m) {
        if (m.registrantId == m_id)
            loadMemberships();
    });
}

void RegistrantPane::setField(const QString &label, const QString &value)
{
    auto *v = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, this);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    v->setWordWrap(true);
    m_identity->addRow(label, v);
}

void RegistrantPane::showRegistrant(qint64 id, bool isGroup, const QString &key)
{
    m_id = id;
    m_key = key;
    m_isGroup = isGroup;
    m_disabled = false;
    while (m_identity->rowCount() > 0)
        m_identity->removeRow(0);
    m_title->setText(tr("Loading…"));
    m_members->setRowCount(0);
    m_memberIds.clear();
    m_membersLabel->setVisible(isGroup);
    m_members->setVisible(isGroup);
    m_memberships.setMemberships({});
    m_reader.read(RecordRef(id, key), isGroup);
    updateActions();
}

void RegistrantPane::showReadFailure(const ApiError &why)
{
    m_title->setText(m_isGroup ? tr("Cannot show this group: %1").arg(why.toString())
                               : tr("Cannot show this individual: %1").arg(why.toString()));
}

void RegistrantPane::showReadGroup(const Group &g, RegistrantReader::Source source, const ApiError &why)
{
    showGroup(g, source == RegistrantReader::Source::LocalCopy);
    if (source == RegistrantReader::Source::LocalCopy)
        m_note->setText(tr("From the local copy: the server did not answer (%1).").arg(why.toString()));
}

void RegistrantPane::showReadIndividual(
    const Individual &i, RegistrantReader::Source source, const ApiError &why)
{
    showIndividual(i, source == RegistrantReader::Source::LocalCopy);
    if (source == RegistrantReader::Source::LocalCopy)
        m_note->setText(tr("From the local copy: the server did not answer (%1).").arg(why.toString()));
}

void RegistrantPane::fillCommon(const RegistrantCommon &r)
{
    m_disabled = !r.disabled.isNull();
    QStringList ids, phones;
    for (const RegistrantId &i : r.regIds)
        ids << QStringLiteral("%1: %2").arg(i.idType, i.value);
    // Each number isolated left to right: in Arabic "+254…" keeps its "+" in front.
    for (const Phone &p : r.phones)
        phones << QChar(0x2066) + p.phoneNo + QChar(0x2069);
    setField(tr("ID numbers:"), ids.join(QLatin1Char('\n')));
    setField(tr("Phones:"), phones.join(QStringLiteral(", ")));
    setField(tr("Address:"), r.address);
    setField(tr("Registered:"),
        r.registrationDate.isValid() ? QLocale().toString(r.registrationDate, QLocale::ShortFormat)
                                     : QString());
}

// An upstream-only registry lists memberships inside the registrant, without their ids.
QList<ProgramMembership> RegistrantPane::summaries(const RegistrantCommon &r) const
{
    QList<ProgramMembership> list;
    const auto names = m_session->programNames();
    for (const MembershipSummary &s : r.programMemberships) {
        ProgramMembership m;
        m.programId = s.programId.value_or(0);
        m.programName = names.value(m.programId, tr("Program %1").arg(m.programId));
        m.registrantId = r.id;
        m.registrantName = r.name;
        m.state = s.state.value_or(MembershipState::Draft);
        m.enrollmentDate = s.enrollmentDate;
        m.exitDate = s.exitDate;
        list.append(m);
    }
    return list;
}

void RegistrantPane::showGroup(const Group &g, bool fromCache)
{
    m_name = g.name;
    m_key = g.key;
    m_title->setText(fromCache ? tr("%1 (local copy)").arg(g.name) : g.name);
    setField(tr("Group ID:"), displayKey(RecordKind::Registrant, g.id, g.key));
    fillCommon(g);
    m_members->setRowCount(int(g.members.size()));
    m_memberIds.clear();
    for (int r = 0; r < g.members.size(); ++r) {
        const GroupMember &m = g.members[r];
        QStringList kinds;
        for (const MembershipKind &k : m.kinds)
            kinds << k.name;
        m_members->setItem(r, 0,
            new QTableWidgetItem(displayKey(RecordKind::Registrant, m.individual.id, m.individual.key)));
        m_members->setItem(r, 1, new QTableWidgetItem(m.individual.name));
        m_members->setItem(r, 2, new QTableWidgetItem(kinds.join(QStringLiteral(", "))));
        m_memberIds << refOf(m.individual);
        m_session->rememberHousehold(m.individual.id, g.id, g.name);
    }
    if (!m_session->capabilities().programs)
        m_memberships.setMemberships(summaries(g));
    else
        loadMemberships();
    Q_EMIT registrantChanged(m_id);
}

void RegistrantPane::showIndividual(const Individual &i, bool fromCache)
{
    m_name = i.name;
    m_key = i.key;
    m_title->setText(fromCache ? tr("%1 (local copy)").arg(i.name) : i.name);
    setField(tr("Individual ID:"), displayKey(RecordKind::Registrant, i.id, i.key));
    setField(tr("Given / family name:"), QStringLiteral("%1 / %2").arg(i.givenName, i.familyName));
    setField(tr("Gender:"), RegistrantTableModel::genderText(i.gender));
    setField(tr("Birth date:"),
        i.birthdate.isValid()
            ? tr("%1 (age %2)").arg(QLocale().toString(i.birthdate, QLocale::ShortFormat), i.age)
            : QString());
    setField(tr("Birth place:"), i.birthPlace);
    setField(tr("Households:"), QString());
    m_households = qobject_cast<QLabel *>(
        m_identity->itemAt(m_identity->rowCount() - 1, QFormLayout::FieldRole)->widget());
    fillCommon(i);
    m_reader.readHouseholds(i.id);
    if (!m_session->capabilities().programs)
        m_memberships.setMemberships(summaries(i));
    else
        loadMemberships();
    Q_EMIT registrantChanged(m_id);
}

void RegistrantPane::showHouseholds(qint64, const QList<QPair<qint64, QString>> &households)
{
    if (!m_households)
        return;
    // Each household a link (Tab reaches it, Enter or a click opens the group).
    QStringList names;
    for (const auto &[groupId, groupName] : households)
        names
            << QStringLiteral("<a href=\"group:%1\">%2 (%1)</a>").arg(groupId).arg(groupName.toHtmlEscaped());
    m_households->setTextFormat(Qt::RichText);
    m_households->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_households->setText(names.isEmpty() ? QStringLiteral("—") : names.join(QStringLiteral(", ")));
    connect(
        m_households, &QLabel::linkActivated, this, &RegistrantPane::openHouseholdLink, Qt::UniqueConnection);
    m_households->setToolTip(tr("The registry API cannot list the groups of an individual: households in "
                                "the local copy and those opened in this session are shown."));
}

void RegistrantPane::loadMemberships()
{
    m_keepSelected.clear();
    for (const ProgramMembership &m : selectedMemberships())
        m_keepSelected << m.id;
    m_reader.readMemberships();
}

void RegistrantPane::showMemberships(
    const QList<ProgramMembership> &items, RegistrantReader::Source source, const ApiError &why)
{
    m_memberships.setMemberships(items);
    if (source == RegistrantReader::Source::LocalCopy) {
        m_note->setText(items.isEmpty()
                ? tr("Memberships could not be read: %1").arg(why.toString())
                : tr("Memberships from the local copy: the server did not answer (%1). Changes "
                     "made now wait in the outbox.")
                      .arg(why.toString()));
        if (m_memberships.rowCount() > 0)
            selectWholeRow(m_membershipsView, 0);
        return;
    }
    for (int r = 0; r < m_memberships.rowCount(); ++r)
        if (m_keepSelected.contains(m_memberships.at(r)->id))
            m_membershipsView->selectionModel()->select(
                m_memberships.index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (m_membershipsView->selectionModel()->selectedRows().isEmpty() && m_memberships.rowCount() > 0)
        selectWholeRow(m_membershipsView, 0);
}

void RegistrantPane::focusMemberships()
{
    m_membershipsView->setFocus(Qt::OtherFocusReason);
    const QModelIndexList selected = m_membershipsView->selectionModel()->selectedRows();
    if (!selected.isEmpty() && m_membershipsView->currentIndex().row() != selected.first().row())
        m_membershipsView->selectionModel()->setCurrentIndex(selected.first(), QItemSelectionModel::NoUpdate);
}

QList<ProgramMembership> RegistrantPane::selectedMemberships() const
{
    QList<ProgramMembership> out;
    for (const QModelIndex &i : m_membershipsView->selectionModel()->selectedRows())
        if (const ProgramMembership *m = m_memberships.at(i.row()))
            out.append(*m);
    return out;
}

void RegistrantPane::updateActions()
{
    const QString cannotChange = m_session->whyNot(RegistrySession::Action::ChangeMemberships);
    const bool loaded = m_id != 0;
    const QList<ProgramMembership> selection = selectedMemberships();
    const auto set = [&](QAction *a, MembershipAction act) {
        QString why = cannotChange;
        if (why.isEmpty() && selection.isEmpty())
            why = tr("Select one or more program memberships first.");
        else if (why.isEmpty())
            for (const ProgramMembership &m : selection)
                if (!(why = actionUnavailableReason(act, m.state)).isEmpty())
                    break;
        a->setEnabled(why.isEmpty());
        a->setToolTip(why.isEmpty() ? commandText(a->text()) : why);
        a->setStatusTip(a->toolTip());
    };
    set(m_pause, MembershipAction::Pause);
    set(m_resume, MembershipAction::Resume);
    set(m_exit, MembershipAction::Exit);
    set(m_changeDate, MembershipAction::ChangeEnrollmentDate);
    m_enroll->setEnabled(cannotChange.isEmpty() && loaded && !m_disabled);
    m_enroll->setToolTip(!cannotChange.isEmpty() ? cannotChange
            : !loaded                            ? tr("Select a registrant first.")
            : m_disabled ? tr("This registrant is disabled in the registry: nobody can enrol them.")
                         : tr("Enroll this registrant in a program"));
    m_history->setEnabled(loaded);
    m_history->setToolTip(tr("Every change of this registrant's program memberships"));
    m_note->setText(m_session->whyNot(RegistrySession::Action::ReadPrograms));
    Q_EMIT actionsChanged();
}

void RegistrantPane::runChange(MembershipAction action)
{
    const QList<ProgramMembership> targets = selectedMemberships();
    if (targets.isEmpty() || !m_runner)
        return;
    const BackendCapabilities caps = m_session->capabilities();
    MembershipChangeDialog dialog(action, targets, this, caps.exitReasonsKept, caps.serverHistory);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_runner->run(new ChangeMembershipsCommand(m_session->sync(), action, targets, dialog.update()));
}

void RegistrantPane::runEnroll()
{
    if (!m_runner || m_id == 0)
        return;
    EnrollDialog dialog(
        m_session, m_isGroup, m_name, m_memberships.memberships(), !m_memberIds.isEmpty(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Program *program = m_session->program(dialog.programId());
    if (!program)
        return;
    auto *enrol = new EnrollCommand(
        m_session->sync(), *program, {RecordRef(m_id, m_key)}, dialog.enrollmentDate(), dialog.note());
    enrol->setRegistrantNames({{m_id, m_name}});
    m_runner->run(enrol);
    if (const Program *forMembers = m_session->program(dialog.memberProgramId())) {
        QHash<qint64, QString> names; // from the members' table: ID, Name
        for (int r = 0; r < m_members->rowCount(); ++r)
            names.insert(m_members->item(r, 0)->text().toLongLong(), m_members->item(r, 1)->text());
        auto *members = new EnrollCommand(
            m_session->sync(), *forMembers, m_memberIds, dialog.enrollmentDate(), dialog.note());
        members->setRegistrantNames(names);
        m_runner->run(members);
    }
}

void RegistrantPane::showHistory()
{
    if (m_id == 0)
        return;
    auto *dialog = new HistoryDialog(m_session, m_id, m_name, m_memberships.memberships(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HistoryDialog::programChosen, this, [this](qint64 programId) {
        for (int r = 0; r < m_memberships.rowCount(); ++r)
            if (m_memberships.at(r)->programId == programId) {
                selectWholeRow(m_membershipsView, r);
                m_membershipsView->setCurrentIndex(m_memberships.index(r, MembershipTableModel::Program));
                m_membershipsView->setFocus(Qt::OtherFocusReason);
                return;
            }
    });
    dialog->show();
}

} // namespace g2p
