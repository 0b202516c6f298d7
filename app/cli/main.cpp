// g2p-desk-cli: the registry contract from the command line, for integrators and scripts.
#include "clioptions.h"
#include "commands.h"
#include "terminalsafe.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char **argv)
{
    // `report` lays documents out (fonts: a GUI application), on no screen: the offscreen platform
    // unless told otherwise. Every other command stays a console program.
    bool report = false;
    for (int i = 1; i < argc; ++i)
        report |= std::strcmp(argv[i], "report") == 0;
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = report ? std::make_unique<QGuiApplication>(argc, argv)
                                                         : std::make_unique<QCoreApplication>(argc, argv);
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
    const std::unique_ptr<g2p::cli::CliSession> command = g2p::cli::makeCommand(options, out, err);
    int result = g2p::cli::ExitUsage;
    if (command)
        result = command->start();
    else
        err << "g2p-desk-cli: unknown command \"" << options.words.value(0) << "\"\n\n"
            << g2p::cli::usageText();
    out.flush();
    err.flush();
    return result;
}
