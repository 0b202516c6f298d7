// `profile show | remove`: what this server and user keep on this machine, and taking it away.
#include "commands.h"
#include "credentialstore.h"
#include "profiledata.h"
#include "retention.h"
#include "serverprofiles.h"
#include "storepaths.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace g2p::cli {

int ProfileCommand::run()
{
    const QString verb = m_opt.words.value(1);
    if (m_opt.words.size() != 2 || (verb != QLatin1String("show") && verb != QLatin1String("remove")))
        return usage(QStringLiteral("profile needs: show | remove [--force]"));
    if (m_opt.server.isEmpty() || m_opt.user.isEmpty())
        return usage(QStringLiteral("--server and --user are needed (or G2P_SERVER_URL and G2P_USER)"));
    const QUrl url(m_opt.server);
    const QString dir = profileDataDir(url, m_opt.user);
    const ProfileData data = inspectProfileData(dir);
    if (verb == QLatin1String("show")) {
        if (m_opt.json) {
            QJsonArray files;
            for (const QString &f : data.files)
                files.append(f);
            printJson(QJsonObject {{QStringLiteral("folder"), dir}, {QStringLiteral("files"), files},
                {QStringLiteral("bytes"), data.bytes},
                {QStringLiteral("unsettled_changes"), data.unsettledChanges},
                {QStringLiteral("in_use"), data.inUse}});
            return ExitOk;
        }
        m_out << "folder: " << dir << '\n';
        if (data.files.isEmpty())
            m_out << "nothing is stored for " << m_opt.user << " at " << url.toDisplayString() << '\n';
        for (const QString &f : data.files)
            m_out << "  " << QFileInfo(f).fileName() << "  " << QFileInfo(f).size() << " bytes\n";
        if (data.unsettledChanges > 0)
            m_out << data.unsettledChanges << " change(s) in the outbox are not confirmed yet\n";
        if (data.inUse)
            m_out << "in use now by G2P Desk or g2p-desk-cli\n";
        return ExitOk;
    }

    if (data.inUse) {
        m_err << "g2p-desk-cli: G2P Desk or g2p-desk-cli has this profile open; close it first. Nothing was "
                 "removed.\n";
        return ExitSomeFailed;
    }
    if (data.unsettledChanges != 0 && !m_opt.force) {
        if (data.unsettledChanges > 0)
            m_err << "g2p-desk-cli: " << data.unsettledChanges
                  << " change(s) in the outbox are not confirmed by the server yet (`g2p-desk-cli outbox` "
                     "lists them; `sync` sends them). Removing the profile drops them: add --force to do "
                     "so. Nothing was removed.\n";
        else
            m_err << "g2p-desk-cli: the outbox could not be read, so it is not known whether changes wait in "
                     "it; add --force to remove it anyway. Nothing was removed.\n";
        return ExitSomeFailed;
    }
    int removedFiles = 0;
    if (!data.files.isEmpty()) {
        QString error;
        if (!removeProfileData(dir, &error)) {
            m_err << "g2p-desk-cli: " << error << '\n';
            return ExitSomeFailed;
        }
        removedFiles = int(data.files.size());
    }
    // Saved desktop profiles for this server and user go too (they name nothing that still exists).
    auto settings = deskSettings();
    ServerProfiles profiles(settings.get());
    int removedProfiles = 0;
    const QUrl same = url.adjusted(QUrl::StripTrailingSlash);
    for (const ServerProfile &p : profiles.load())
        if (p.user == m_opt.user && p.url.adjusted(QUrl::StripTrailingSlash) == same) {
            profiles.remove(p.name);
            ++removedProfiles;
        }
    CredentialStore keyring;
    keyring.setTimeoutMs(4000);
    const auto forgot = keyring.removeBlocking(CredentialStore::accountKey(m_opt.user, m_opt.server));
    m_out << "removed " << removedFiles << " file(s) of " << m_opt.user << " at " << url.toDisplayString();
    if (removedProfiles)
        m_out << " and " << removedProfiles << " saved G2P Desk profile(s)";
    m_out << '\n';
    if (forgot.status != CredentialStore::Status::Ok && forgot.status != CredentialStore::Status::NotFound)
        m_err << "g2p-desk-cli: the system keyring could not be reached ("
              << CredentialStore::describe(forgot)
              << "): a saved password, if any, is still there; `g2p-desk-cli password forget` removes it "
                 "later.\n";
    return ExitOk;
}

} // namespace g2p::cli
