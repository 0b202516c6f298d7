// One registrant: identity, household members (for a group), program memberships, and the
// actions that apply to the selected memberships.
#pragma once

#include "commandrunner.h"
#include "membershiptablemodel.h"
#include "registrantreader.h"
#include "registrysession.h"

#include <QAction>
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QTableView;
class QTableWidget;
class QToolButton;

namespace g2p {

class RegistrantPane : public QWidget
{
    Q_OBJECT
public:
    RegistrantPane(RegistrySession *session, QWidget *parent = nullptr);
    void setRunner(CommandRunner *runner);
    // `key`: the backend's own key of the registrant where it has one (recordkey.h).
    void showRegistrant(qint64 id, bool isGroup, const QString &key = QString());
    qint64 registrantId() const { return m_id; }
    RecordRef registrantRef() const { return {m_id, m_key}; }
    bool showsGroup() const { return m_isGroup; }

    // Enabled for the selection they apply to. Alone (a test, a dialog), the pane's own keys trigger
    // them; in the main window, shareCommands() hands keys and buttons to the window's one action
    // per command.
    QAction *enrollAction() const { return m_enroll; }
    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *exitAction() const { return m_exit; }
    QAction *changeDateAction() const { return m_changeDate; }
    QAction *historyAction() const { return m_history; }
    // The six above, in menu order.
    QList<QAction *> commands() const
    {
        return {m_enroll, m_pause, m_resume, m_exit, m_changeDate, m_history};
    }
    QTableView *membershipsView() const { return m_membershipsView; }
    // The keyboard into the memberships (Enter on a registrant in a list), on the selected one.
    void focusMemberships();
    MembershipTableModel *memberships() { return &m_memberships; }
    QLabel *titleLabel() const { return m_title; }
    // The main window's actions (same object names as the pane's) take over the pane's buttons and
    // shortcuts: one QAction per command for menu, toolbar and pane, so a key is never claimed twice
    // ("Ambiguous shortcut overload" where the membership list had focus).
    void shareCommands(const QList<QAction *> &windowActions);

Q_SIGNALS:
    void registrantChanged(qint64 id);
    void memberActivated(qint64 individualId);
    void householdActivated(qint64 groupId);
    void actionsChanged();

private:
    void showReadFailure(const ApiError &why);
    void showReadGroup(const Group &g, RegistrantReader::Source source, const ApiError &why);
    void showReadIndividual(const Individual &i, RegistrantReader::Source source, const ApiError &why);
    void openHouseholdLink(const QString &link);
    void showHouseholds(qint64 individualId, const QList<QPair<qint64, QString>> &households);
    void showMemberships(
        const QList<ProgramMembership> &items, RegistrantReader::Source source, const ApiError &why);
    void fillCommon(const RegistrantCommon &r);
    QList<ProgramMembership> summaries(const RegistrantCommon &r) const;
    void showGroup(const Group &g, bool fromCache);
    void showIndividual(const Individual &i, bool fromCache);
    void loadMemberships();
    void updateActions();
    QList<ProgramMembership> selectedMemberships() const;
    void runChange(MembershipAction action);
    void runEnroll();
    void showHistory();
    void setField(const QString &label, const QString &value);

    RegistrySession *m_session;
    QPointer<CommandRunner> m_runner;
    qint64 m_id = 0;
    bool m_isGroup = false;
    bool m_disabled = false; // disabled in the registry: not offered for enrolment
    QString m_name;
    QString m_key; // the backend's own key of the registrant shown, if any
    QList<RecordRef> m_memberIds;
    MembershipTableModel m_memberships;
    QLabel *m_title, *m_note;
    QFormLayout *m_identity;
    QTableWidget *m_members;
    QLabel *m_membersLabel;
    QTableView *m_membershipsView;
    QAction *m_enroll, *m_pause, *m_resume, *m_exit, *m_changeDate, *m_history;
    QList<QToolButton *> m_buttons; // one a command, showing its action
    RegistrantReader m_reader;
    QPointer<QLabel> m_households; // the individual's "Households:" field
    QList<qint64> m_keepSelected; // memberships selected before they were read again
};

} // namespace g2p
