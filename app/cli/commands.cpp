#include "commands.h"

namespace g2p::cli {

std::unique_ptr<CliSession> makeCommand(const CliOptions &options, QTextStream &out, QTextStream &err)
{
    const QString word = options.words.value(0);
    if (word == QLatin1String("programs"))
        return std::make_unique<ProgramsCommand>(options, out, err);
    if (word == QLatin1String("individual"))
        return std::make_unique<IndividualCommand>(options, out, err);
    if (word == QLatin1String("group"))
        return std::make_unique<GroupCommand>(options, out, err);
    if (word == QLatin1String("memberships"))
        return std::make_unique<MembershipsCommand>(options, out, err);
    if (word == QLatin1String("membership"))
        return std::make_unique<MembershipSetCommand>(options, out, err);
    if (word == QLatin1String("history"))
        return std::make_unique<HistoryCommand>(options, out, err);
    if (word == QLatin1String("enroll"))
        return std::make_unique<EnrollFileCommand>(options, out, err);
    if (word == QLatin1String("import"))
        return std::make_unique<ImportCommand>(options, out, err);
    if (word == QLatin1String("outbox"))
        return std::make_unique<OutboxListCommand>(options, out, err);
    if (word == QLatin1String("sync"))
        return std::make_unique<SyncCommand>(options, out, err);
    if (word == QLatin1String("report"))
        return std::make_unique<ReportCommand>(options, out, err);
    if (word == QLatin1String("password"))
        return std::make_unique<PasswordCommand>(options, out, err);
    if (word == QLatin1String("profile"))
        return std::make_unique<ProfileCommand>(options, out, err);
    return nullptr;
}

} // namespace g2p::cli
