// Runs the officer's commands one after another in the background and records each in the
// activity log: progress, cancel, outcome. Never a modal box per failure.
#pragma once

#include "membershipcommands.h"
#include "registrysession.h"

#include <QObject>
#include <QPointer>

namespace g2p {

class CommandRunner : public QObject
{
    Q_OBJECT
public:
    explicit CommandRunner(RegistrySession *session, QObject *parent = nullptr);
    // Takes ownership; starts it now.
    void run(Command *command);
    Command *current() const { return m_current; }
    void cancelCurrent();

Q_SIGNALS:
    void started(g2p::Command *command);
    void progress(int done, int total);
    void finished(g2p::Command *command, g2p::ActivityLog::Status status, const QString &summary);
    void membershipChanged(const g2p::ProgramMembership &membership);

private:
    RegistrySession *m_session;
    QPointer<Command> m_current;
};

} // namespace g2p
