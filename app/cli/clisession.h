// What every g2p-desk-cli command has: the options, the output streams, the server (connected on
// demand through the registry interface), the profile's outbox, and the helpers that report, parse
// and print. Each command is a class of its own (commands.h) made on this base; one runs per process.
#pragma once

#include "clioptions.h"
#include "datepolicy.h"
#include "keyringtokencache.h"
#include "localstore.h"
#include "outboxbatch.h"
#include "restcontractbackend.h"

#include <QEventLoop>

#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>

namespace g2p::cli {

class CliSession
{
public:
    CliSession(CliOptions options, QTextStream &out, QTextStream &err);
    virtual ~CliSession();
    // Connects when the command needs the server, then runs it; the process's exit code.
    int start();

protected:
    virtual int run() = 0;
    // Commands that work on this machine only (the keyring, the profile's files) do not connect.
    virtual bool needsServer() const { return true; }

    // Waits for a job (a command-line tool may block; the GUI never does).
    template<class T>
    std::unique_ptr<Call<T>> await(Call<T> *call);
    int exitCodeFor(const ApiError &e) const;
    int report(const ApiError &e);
    int usage(const QString &message);
    bool resolvePassword(QString *password, int *exitCode);
    bool connectClient(int *exitCode);
    void printJson(const QJsonValue &v);
    bool parseDateOption(const QString &name, const QString &value, QDate *out, int *exitCode);
    // --date-format iso|dmy|mdy|auto; `fallback` when it is not given.
    std::optional<DatePolicy> datePolicyOption(DatePolicy fallback);
    std::optional<qint64> parseId(const QString &what, const QString &text, int *exitCode);
    // A record named on the command line: its number, or its identifier where the server has such
    // ("{system}|{value}" on OpenSPP2; a registrant without "Individual/" or "Group/" gets `prefix`).
    // How a record is named in tables: its number, or its identifier in short.
    static QString idText(RecordKind kind, qint64 id, const QString &key);
    std::optional<RecordRef> parseRef(
        RecordKind kind, const QString &what, const QString &text, int *exitCode, const QString &prefix = {});
    std::optional<Program> resolveProgram(const QString &idOrName, int *exitCode);
    template<class T>
    std::optional<QList<T>> allPages(const std::function<Call<Page<T>> *(int limit, int offset)> &fetch,
        int *exitCode,
        const QString &progressLabel = QString());

    // The profile's outbox and its sender (opened on first use); null with *exitCode set when the
    // outbox file cannot be opened.
    OutboxSync *outboxSync(int *exitCode);
    // Writes the changes to the outbox and sends them; returns when each is settled.
    OutboxBatch *sendThroughOutbox(const QList<OutboxDraft> &drafts,
        bool *queuedOk,
        const std::function<void(int settled, int total)> &progress = {});
    // Tells how many changes wait in the outbox when some could not be sent.
    void reportWaiting(int waiting);

    void printIndividual(const Individual &ind);
    void printGroup(const Group &g);
    void printMemberships(const QList<ProgramMembership> &list, qint64 total);

    CliOptions m_opt;
    QTextStream &m_out;
    QTextStream &m_err;
    QNetworkAccessManager m_nam;
    std::shared_ptr<KeyringTokenCache> m_tokens; // API v2 access tokens, shared with G2P Desk
    std::unique_ptr<RegistryBackend> m_client;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<OutboxSync> m_sync;
};

QString describeMembershipState(MembershipState s);

template<class T>
std::unique_ptr<Call<T>> CliSession::await(Call<T> *call)
{
    call->setAutoDelete(false);
    if (!call->isFinished()) {
        QEventLoop loop;
        QObject::connect(call, &PendingCall::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return std::unique_ptr<Call<T>>(call);
}

template<class T>
std::optional<QList<T>> CliSession::allPages(
    const std::function<Call<Page<T>> *(int, int)> &fetch, int *exitCode, const QString &progressLabel)
{
    QList<T> all;
    int offset = 0;
    constexpr int pageSize = 1000;
    while (true) {
        auto job = await(fetch(pageSize, offset));
        if (!job->succeeded()) {
            *exitCode = report(job->error());
            return std::nullopt;
        }
        const Page<T> &page = job->result();
        all += page.items;
        offset += int(page.items.size());
        if (!progressLabel.isEmpty() && page.total > pageSize) {
            m_err << progressLabel << ": " << offset << " / " << page.total << '\n';
            m_err.flush();
        }
        if (page.items.isEmpty() || !page.hasMore())
            break;
    }
    return all;
}

} // namespace g2p::cli
