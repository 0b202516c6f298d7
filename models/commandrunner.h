// Runs the officer's commands in the background and records each in the activity log: progress,
// cancel, outcome — never a modal box per failure. Several may run at once (a pause here, an
// enrolment there); each is tracked on its own. The progress shown is the newest running
// command's, and Cancel reaches that one; when it ends, the one started before it is shown again.
#pragma once

#include "activitylog.h"
#include "membershipcommands.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace g2p {

class CommandRunner : public QObject
{
    Q_OBJECT
public:
    explicit CommandRunner(ActivityLog *log, QObject *parent = nullptr);
    // Takes ownership; starts it now.
    void run(Command *command);
    // The command whose progress is shown (the newest still running), or null.
    Command *current() const;
    int runningCount() const { return int(m_running.size()); }
    void cancelCurrent();

Q_SIGNALS:
    void started(g2p::Command *command);
    // The shown command's progress (also when another becomes the shown one).
    void progress(g2p::Command *command, int done, int total);
    void finished(g2p::Command *command, g2p::ActivityLog::Status status, const QString &summary);
    void membershipChanged(const g2p::ProgramMembership &membership);

private:
    struct Running
    {
        QPointer<Command> command;
        int done = 0, total = 0; // total 0: not known yet
    };
    ActivityLog *m_log;
    QList<Running> m_running; // in the order they started
};

} // namespace g2p
