// The commands of g2p-desk-cli, run one at a time against one server.
#pragma once

#include "clioptions.h"
#include "datepolicy.h"
#include "localstore.h"
#include "outboxbatch.h"
#include "restcontractbackend.h"

#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>

namespace g2p::cli {

class CliRunner
{
public:
    CliRunner(CliOptions options, QTextStream &out, QTextStream &err);
    ~CliRunner();
    int run();

private:
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
    std::optional<Program> resolveProgram(const QString &idOrName, int *exitCode);
    template<class T>
    std::optional<QList<T>> allPages(const std::function<Call<Page<T>> *(int limit, int offset)> &fetch,
        int *exitCode,
        const QString &progressLabel = QString());

    int cmdPrograms();
    int cmdIndividual();
    int cmdGroup();
    int cmdMemberships();
    int cmdMembershipSet();
    int cmdHistory();
    int cmdEnroll();
    int cmdImport();
    int cmdPassword();
    int cmdProfile();
    int cmdOutbox();
    int outboxCheck(OutboxSync *sync);
    int cmdSync();

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
    std::unique_ptr<RestContractBackend> m_client;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<OutboxSync> m_sync;
};

QString describeMembershipState(MembershipState s);

} // namespace g2p::cli
