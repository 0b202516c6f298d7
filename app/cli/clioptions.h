// g2p-desk-cli's command line: global options, the command words, and the exit codes.
#pragma once

#include "resttransport.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace g2p::cli {

enum ExitCode
{
    ExitOk = 0,
    ExitSomeFailed = 1, // some rows (or the one operation) failed on the server's word
    ExitUsage = 2,
    ExitAuth = 3, // wrong user or password, or not allowed
    ExitUnreachable = 4, // server unreachable, or not speaking the contract
};

struct CliOptions
{
    QString server;
    QString user;
    bool passwordStdin = false;
    bool json = false;
    int timeoutSeconds = 60;
    QStringList trustFingerprints;
    bool sessionAuth = false;
    bool allowHttp = false;
    BackendKind backend = BackendKind::Auto;
    QString database; // Odoo

    QStringList words; // the command and its arguments, e.g. {"individual", "get", "71"}

    QString registrant, program, state, registrantsFile, date, note, enrollmentDate, exitDate, reason, target,
        dateFormat;
    bool reasonSet = false;
    std::optional<int> limit;
    int offset = 0;
    bool all = false;
    bool force = false;
    bool members = false;
    bool archived = false;
    bool dryRun = false;
    QString mappingFile;
    QString pdf; // report: where the PDF goes
};

// Parses argv; on failure returns false with a message for the user (exit code 2). `--help` and
// `--version` are handled by printing and returning false with an empty message.
bool parseCommandLine(const QStringList &arguments, CliOptions *out, QString *message, int *exitCode);

QString usageText();

} // namespace g2p::cli
