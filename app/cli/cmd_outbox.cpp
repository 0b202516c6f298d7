// `outbox [--all] | check ID | retry ID | discard ID | recover FILE`: what this server and user
// have not seen confirmed, and what to do with it.
#include "commands.h"

#include "textable.h"

#include <QEventLoop>

namespace g2p::cli {

int OutboxListCommand::run()
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
        return check(sync);
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
int OutboxListCommand::check(OutboxSync *sync)
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

} // namespace g2p::cli
