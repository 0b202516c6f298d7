// `sync`: sends what waits in the outbox (after a check where the outcome is unknown).
#include "commands.h"

#include <QEventLoop>

namespace g2p::cli {

int SyncCommand::run()
{
    int code = ExitOk;
    OutboxSync *sync = outboxSync(&code);
    if (!sync)
        return code;
    int confirmed = 0, failed = 0;
    QString lastProblem;
    QObject::connect(sync, &OutboxSync::itemFinished, sync, [&](const OutboxOutcome &o) {
        if (o.state == OutboxItem::State::Confirmed) {
            ++confirmed;
        } else {
            ++failed;
            m_err << "outbox item " << o.id << ": " << outboxStateName(o.state) << ": " << o.message << '\n';
        }
    });
    QEventLoop loop;
    QObject::connect(sync, &OutboxSync::idle, &loop, &QEventLoop::quit);
    QObject::connect(sync, &OutboxSync::onlineChanged, &loop, [&](bool online, const QString &why) {
        if (!online)
            lastProblem = why;
    });
    sync->resume(); // reads the outbox, then sends; idle() when nothing more can be done
    loop.exec();
    const int waiting = sync->queuedCount();
    m_out << confirmed << " confirmed, " << failed << " failed or in conflict, " << waiting
          << " still waiting.\n";
    if (waiting > 0) {
        m_err << "g2p-desk-cli: the server could not be reached: " << lastProblem << '\n';
        return ExitUnreachable;
    }
    return failed ? ExitSomeFailed : ExitOk;
}

} // namespace g2p::cli
