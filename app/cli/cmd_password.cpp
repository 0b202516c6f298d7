// `password save | forget`: the keyring entry of a server and user.
#include "commands.h"

#include "credentialstore.h"
#include "passwordprompt.h"

namespace g2p::cli {

int PasswordCommand::run()
{
    if (m_opt.words.size() != 2
        || (m_opt.words[1] != QLatin1String("save") && m_opt.words[1] != QLatin1String("forget")))
        return usage(QStringLiteral("password needs: save | forget"));
    if (m_opt.server.isEmpty() || m_opt.user.isEmpty())
        return usage(QStringLiteral("--server and --user are needed (or G2P_SERVER_URL and G2P_USER)"));
    CredentialStore store;
    const QString key = CredentialStore::accountKey(m_opt.user, m_opt.server);
    if (m_opt.words[1] == QLatin1String("forget")) {
        const auto r = store.removeBlocking(key);
        if (r.status == CredentialStore::Status::Ok || r.status == CredentialStore::Status::NotFound) {
            m_out << "forgot the password of " << key << '\n';
            return ExitOk;
        }
        m_err << "g2p-desk-cli: " << CredentialStore::describe(r) << '\n';
        return ExitAuth;
    }
    QString password;
    if (m_opt.passwordStdin)
        password = readPasswordLine();
    else if (qEnvironmentVariableIsSet("G2P_PASSWORD"))
        password = qEnvironmentVariable("G2P_PASSWORD");
    else if (stdinIsTerminal())
        password = promptPassword(QStringLiteral("Password for %1: ").arg(key));
    if (password.isEmpty())
        return usage(
            QStringLiteral("no password given (--password-stdin, G2P_PASSWORD or a terminal prompt)"));
    const auto r = store.writeBlocking(key, password);
    if (r.status != CredentialStore::Status::Ok) {
        m_err << "g2p-desk-cli: the password was not saved: " << CredentialStore::describe(r)
              << ". Nothing was written anywhere else; give the password each time instead.\n";
        return ExitAuth;
    }
    m_out << "saved the password of " << key << " in the system keyring\n";
    return ExitOk;
}

} // namespace g2p::cli
