#include "commandrunner.h"

namespace g2p {

CommandRunner::CommandRunner(ActivityLog *log, QObject *parent) : QObject(parent), m_log(log)
{ }

Command *CommandRunner::current() const
{
    return m_running.isEmpty() ? nullptr : m_running.last().command.data();
}

void CommandRunner::run(Command *command)
{
    command->setParent(this);
    m_running.append(Running {command, 0, 0});
    const int id = m_log->start(command->title());
    connect(command, &Command::progress, this, [this, command, id](int done, int total) {
        m_log->progress(id, done, total);
        for (Running &r : m_running)
            if (r.command == command) {
                r.done = done;
                r.total = total;
            }
        if (current() == command)
            Q_EMIT progress(command, done, total);
    });
    connect(command, &Command::membershipChanged, this, &CommandRunner::membershipChanged);
    connect(command, &Command::finished, this,
        [this, command, id](ActivityLog::Status status, const QString &summary, const QString &detail) {
            m_log->finish(id, status, summary, detail);
            const bool wasShown = current() == command;
            m_running.removeIf([command](const Running &r) { return r.command == command || !r.command; });
            Q_EMIT finished(command, status, summary);
            if (wasShown && !m_running.isEmpty()) // the one started before it is shown again
                Q_EMIT progress(m_running.last().command, m_running.last().done, m_running.last().total);
            command->deleteLater();
        });
    Q_EMIT started(command);
    command->start();
}

void CommandRunner::cancelCurrent()
{
    if (Command *c = current())
        c->cancel();
}

} // namespace g2p
