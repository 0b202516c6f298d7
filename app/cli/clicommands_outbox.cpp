// g2p-desk-cli's outbox: every change goes there first, then to the server; `outbox` lists what is
// not confirmed, `sync` sends what waits.
#include "clicommands.h"
#include "retention.h"
#include "storepaths.h"
#include "textable.h"

#include <QEventLoop>

namespace g2p::cli {

OutboxSync *CliRunner::outboxSync(int *exitCode)
{
    if (m_sync)
        return m_sync.get();
    const QUrl url = m_client->address();
    const QString user = m_client->user();
    // The CLI keeps no cache: only the outbox is opened.
    m_store = std::make_unique<LocalStore>(
        QString(), outboxFilePath(url, user), nullptr, storeRetention(*deskSettings())); // G2P Desk's setting
    QEventLoop loop;
    QObject::connect(m_store.get(), &LocalStore::opened, &loop, &QEventLoop::quit);
    loop.exec();
    const StoreOpenReport &r = m_store->report();
    if (!r.outboxSetAside.isEmpty())
        m_err << "g2p-desk-cli: the outbox file was damaged; it was moved to " << r.outboxSetAside
              << " and a new one was created. `g2p-desk-cli outbox recover " << r.outboxSetAside
              << "` copies the changes it still holds into the new outbox.\n";
    if (!r.outboxOk) {
        m_err << "g2p-desk-cli: cannot open the outbox " << outboxFilePath(url, user) << ": " << r.outboxError
              << "; nothing was sent\n";
        *exitCode = ExitUsage;
        return nullptr;
    }
    m_sync = std::make_unique<OutboxSync>(m_client.get(), m_store.get());
    m_sync->setRetryDelay(500);
    return m_sync.get();
}

OutboxBatch *CliRunner::sendThroughOutbox(
    const QList<OutboxDraft> &drafts, bool *queuedOk, const std::function<void(int, int)> &progress)
{
    auto *batch = new OutboxBatch(m_sync.get(), drafts, m_sync.get());
    if (progress)
        QObject::connect(batch, &OutboxBatch::progress, batch, progress);
    *queuedOk = true;
    QEventLoop loop;
    QObject::connect(batch, &OutboxBatch::queued, &loop, [this, queuedOk](bool ok, const QString &error) {
        if (!ok) {
            *queuedOk = false;
            m_err << "g2p-desk-cli: " << error << '\n';
        }
    });
    bool settled = false;
    QObject::connect(batch, &OutboxBatch::settled, &loop, [&settled, &loop] {
        settled = true;
        loop.quit();
    });
    batch->start();
    if (!settled)
        loop.exec();
    return batch;
}

void CliRunner::reportWaiting(int waiting)
{
    if (waiting <= 0)
        return;
    m_err << "g2p-desk-cli: " << waiting
          << " change(s) wait in the outbox (the server could not be reached, or G2P Desk is sending this "
             "profile's outbox and will send them). `g2p-desk-cli outbox` lists them; `g2p-desk-cli sync` "
             "sends them when the server answers.\n";
}

int CliRunner::cmdOutbox()
{
    int code = ExitOk;
    OutboxSync *sync = outboxSync(&code);
    if (!sync)
        return code;
    const QString verb = m_opt.words.value(1);
    if (verb == QLatin1String("retry") || verb == QLatin1String("discard")) {
        const auto id = parseId(QStringLiteral("the outbox item id"), m_opt.words.value(2), &code);
        if (!id)
            return code;
        const bool retry = verb == QLatin1String("retry");
        bool ok = false;
        QString error;
        QEventLoop loop;
        m_store->run(
            &loop,
            [id = *id, retry](StoreHandles &h) -> std::pair<bool, QString> {
                const bool done = retry ? h.outbox.retry(id) : h.outbox.discard(id);
                return {done, h.outbox.error()};
            },
            [&](std::pair<bool, QString> r) {
                ok = r.first;
                error = r.second;
                loop.quit();
            });
        loop.exec();
        if (!ok) {
            m_err << "g2p-desk-cli: " << error << '\n';
            if (error.contains(QLatin1String("unknown outcome")))
                m_err << "It was sent, but the answer was lost: the server may or may not have applied it. "
                         "`g2p-desk-cli outbox check "
                      << *id
                      << "` asks the server without sending anything: confirmed if the server has it; if "
                         "not, it becomes failed and can then be discarded (or sent again with `outbox "
                         "retry`).\n";
            return ExitSomeFailed;
        }
        m_out << "outbox item " << *id << (retry ? " will be sent again (run `sync`)" : " discarded") << '\n';
        return ExitOk;
    }
    if (verb == QLatin1String("check"))
        return outboxCheck(sync);
    if (verb == QLatin1String("recover")) {
        const QString path = m_opt.words.value(2);
        if (path.isEmpty())
            return usage(QStringLiteral(
                "outbox recover takes the path of a set-aside outbox (outbox.sqlite.damaged-…)"));
        int recovered = -1;
        QString why;
        QEventLoop loop;
        sync->recover(path, &loop, [&](int n, const QString &error) {
            recovered = n;
            why = error;
            loop.quit();
        });
        loop.exec();
        if (recovered < 0) {
            m_err << "g2p-desk-cli: nothing could be recovered from " << path << ": " << why << '\n';
            return ExitSomeFailed;
        }
        m_out << recovered
              << " change(s) recovered into the outbox; `g2p-desk-cli sync` sends them (those that "
                 "were on their way are checked against the server first)\n";
        return ExitOk;
    }
    if (!verb.isEmpty())
        return usage(
            QStringLiteral("outbox takes: [--all] | check ID | retry ID | discard ID | recover FILE"));
    QList<OutboxItem> items;
    QEventLoop loop;
    m_store->run(
        &loop, [](StoreHandles &h) { return h.outbox.items(); },
        [&](QList<OutboxItem> all) {
            items = all;
            loop.quit();
        });
    loop.exec();
    if (!m_opt.all)
        items.removeIf([](const OutboxItem &i) {
            return i.state == OutboxItem::State::Confirmed || i.state == OutboxItem::State::Discarded;
        });
    if (m_opt.json) {
        QJsonArray out;
        for (const OutboxItem &i : std::as_const(items))
            out.append(QJsonObject {{QStringLiteral("id"), i.id}, {QStringLiteral("kind"), i.kind},
                {QStringLiteral("state"), outboxStateName(i.state)},
                {QStringLiteral("registrant_id"), i.registrantId}, {QStringLiteral("attempts"), i.attempts},
                {QStringLiteral("message"), i.message}, {QStringLiteral("payload"), i.payload},
                {QStringLiteral("created"), i.created.toString(Qt::ISODate)}});
        printJson(out);
        return ExitOk;
    }
    if (items.isEmpty()) {
        m_out << "The outbox is empty: every change was confirmed by the server.\n";
        return ExitOk;
    }
    TextTable t({QStringLiteral("ID"), QStringLiteral("STATE"), QStringLiteral("REGISTRANT"),
        QStringLiteral("CHANGE"), QStringLiteral("TRIES"), QStringLiteral("MESSAGE")});
    bool unknown = false;
    for (const OutboxItem &i : std::as_const(items)) {
        const bool onItsWay = i.state == OutboxItem::State::Sending;
        unknown |= onItsWay;
        t.addRow(
            {QString::number(i.id), onItsWay ? QStringLiteral("unknown outcome") : outboxStateName(i.state),
                QString::number(i.registrantId), describeChange(i), QString::number(i.attempts), i.message});
    }
    t.print(m_out, 100);
    if (unknown)
        m_out
            << "unknown outcome: sent, but the answer was lost (or the program stopped). `g2p-desk-cli sync` "
               "checks each against the server before anything is sent again: confirmed if applied, sent "
               "again if not. `g2p-desk-cli outbox check ID` only asks (nothing is sent), so that the item "
               "can then be discarded.\n";
    return ExitOk;
}

// `outbox check ID`: settles an item of unknown outcome by asking the server; sends nothing.
int CliRunner::outboxCheck(OutboxSync *sync)
{
    int code = ExitOk;
    const auto id = parseId(QStringLiteral("the outbox item id"), m_opt.words.value(2), &code);
    if (!id)
        return code;
    std::optional<OutboxItem> item;
    QEventLoop read;
    m_store->run(
        &read, [id = *id](StoreHandles &h) { return h.outbox.item(id); },
        [&](std::optional<OutboxItem> found) {
            item = found;
            read.quit();
        });
    read.exec();
    if (!item) {
        m_err << "g2p-desk-cli: the outbox has no item " << *id << '\n';
        return ExitSomeFailed;
    }
    if (item->state != OutboxItem::State::Sending) {
        m_out << "outbox item " << *id << " is " << outboxStateName(item->state)
              << ": its outcome is known, nothing to check\n";
        return ExitOk;
    }
    std::optional<OutboxOutcome> outcome;
    QString problem;
    QEventLoop loop;
    QObject::connect(sync, &OutboxSync::itemFinished, &loop, [&](const OutboxOutcome &o) {
        if (o.id == *id) {
            outcome = o;
            loop.quit();
        }
    });
    QObject::connect(sync, &OutboxSync::itemWaiting, &loop, [&](qint64 waiting, const QString &why) {
        if (waiting == *id) {
            problem = why;
            loop.quit();
        }
    });
    QObject::connect(sync, &OutboxSync::onlineChanged, &loop, [&](bool online, const QString &why) {
        if (!online) {
            problem = why;
            loop.quit();
        }
    });
    sync->check(*id);
    loop.exec();
    if (!outcome) {
        m_err << "g2p-desk-cli: outbox item " << *id << " could not be checked now"
              << (problem.isEmpty() ? QString() : QStringLiteral(": ") + problem)
              << "; its outcome is still unknown and nothing was sent\n";
        return problem.isEmpty() ? ExitSomeFailed : ExitUnreachable;
    }
    m_out << "outbox item " << *id << ": " << outboxStateName(outcome->state) << ": " << outcome->message
          << '\n';
    if (outcome->state == OutboxItem::State::Failed)
        m_out << "`g2p-desk-cli outbox discard " << *id << "` drops it; `g2p-desk-cli outbox retry " << *id
              << "` then `sync` sends it again\n";
    return outcome->state == OutboxItem::State::Confirmed ? ExitOk : ExitSomeFailed;
}

int CliRunner::cmdSync()
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
