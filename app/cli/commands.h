// g2p-desk-cli's commands, one class each (their run() in cmd_<name>.cpp), on the shared CliSession.
#pragma once

#include "clisession.h"

#include <memory>

namespace g2p::cli {

// `programs`
class ProgramsCommand : public CliSession
{
public:
    using CliSession::CliSession;

protected:
    int run() override;
};

// `individual`
class IndividualCommand : public CliSession
{
public:
    using CliSession::CliSession;

protected:
    int run() override;
};

// `group`
class GroupCommand : public CliSession
{
public:
    using CliSession::CliSession;

protected:
    int run() override;
};

// `memberships`
class MembershipsCommand : public CliSession
{
public:
    using CliSession::CliSession;

protected:
    int run() override;
};

// `membership`
class MembershipSetCommand : public CliSession
{
public:
    using CliSession::CliSession;

protected:
    int run() override;
};

// `history`
class HistoryCommand : public CliSession
{
public:
    using CliSession::CliSession;

protected:
    int run() override;
};

// `enroll`
class EnrollFileCommand : public CliSession
{
public:
    using CliSession::CliSession;

protected:
    int run() override;
};

// `import`
class ImportCommand : public CliSession
{
public:
    using CliSession::CliSession;

protected:
    int run() override;
};

// `outbox`
class OutboxListCommand : public CliSession
{
public:
    using CliSession::CliSession;

protected:
    int run() override;

private:
    int check(OutboxSync *sync);
};

// `sync`
class SyncCommand : public CliSession
{
public:
    using CliSession::CliSession;

protected:
    int run() override;
};

// `report`
class ReportCommand : public CliSession
{
public:
    using CliSession::CliSession;

protected:
    int run() override;
};

// `password`
class PasswordCommand : public CliSession
{
public:
    using CliSession::CliSession;

protected:
    int run() override;
    bool needsServer() const override { return false; }
};

// `profile`
class ProfileCommand : public CliSession
{
public:
    using CliSession::CliSession;

protected:
    int run() override;
    bool needsServer() const override { return false; }
};

// The command the options name (its first word); null when there is none of that name.
std::unique_ptr<CliSession> makeCommand(const CliOptions &options, QTextStream &out, QTextStream &err);

} // namespace g2p::cli
