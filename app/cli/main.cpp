// g2p-desk-cli: the registry contract from the command line, for integrators and scripts.
#include "clicommands.h"
#include "clioptions.h"
#include "terminalsafe.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("g2p-desk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(G2P_VERSION));
    // Server strings (names, messages) never reach the terminal as escape sequences.
    g2p::cli::TerminalSafeDevice safeOut(stdout), safeErr(stderr);
    QTextStream out(&safeOut);
    QTextStream err(&safeErr);
    g2p::cli::CliOptions options;
    QString message;
    int code = 0;
    if (!g2p::cli::parseCommandLine(QCoreApplication::arguments(), &options, &message, &code)) {
        if (code == g2p::cli::ExitOk) {
            out << (message.isEmpty() ? g2p::cli::usageText() : message + QLatin1Char('\n'));
        } else {
            err << "g2p-desk-cli: " << message << "\n\n" << g2p::cli::usageText();
        }
        return code;
    }
    g2p::cli::CliRunner runner(options, out, err);
    const int result = runner.run();
    out.flush();
    err.flush();
    return result;
}
