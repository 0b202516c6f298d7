// g2p-desk: the program officer's desktop.
//   g2p-desk [--server URL --user NAME]   (with G2P_PASSWORD set, connects at once)
#include "connectdialog.h"
#include "diagnostics.h"
#include "keychainvault.h"
#include "keyringtokencache.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

#include <cstdio>
#include <cstring>

using namespace g2p;

int main(int argc, char **argv)
{
    // --version and --help work without a display.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("g2p-desk %s\n", G2P_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("g2p-desk"));
    QApplication::setApplicationName(QStringLiteral("g2p-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("G2P Desk"));
    QApplication::setApplicationVersion(QStringLiteral(G2P_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.example.g2pdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.example.g2pdesk.svg")));
    installDiagnostics(app);
    // One settings object for the whole program (profiles, sessions, language, column layouts).
    QSettings settings;
    // The interface language: --language for this run, else the settings (default: the
    // system's), before any window.
    QString language = chosenLanguage(settings);
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--language") == 0)
            language = QString::fromLocal8Bit(argv[i + 1]);
    applyLanguage(app, language);

    QCommandLineParser p;
    p.setApplicationDescription(
        QApplication::translate("main", "Program memberships for OpenG2P / OpenSPP registries."));
    p.addHelpOption();
    const QCommandLineOption server(
        QStringLiteral("server"), QApplication::translate("main", "Registry URL."), QStringLiteral("URL"));
    const QCommandLineOption user(
        QStringLiteral("user"), QApplication::translate("main", "User name."), QStringLiteral("NAME"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QApplication::translate("main", "Interface language for this run (en, fr, es, ar)."),
        QStringLiteral("CODE"));
    const QCommandLineOption sectionOption(QStringLiteral("section"),
        QApplication::translate("main",
            "Section to open on: start (the default), individuals, groups, programs, bulk or outbox."),
        QStringLiteral("NAME"));
    p.addOptions({server, user, languageOption, sectionOption});
    p.process(app);
    const int firstSection
        = p.isSet(sectionOption) ? MainWindow::sectionNamed(p.value(sectionOption)) : int(MainWindow::Start);
    if (firstSection < 0) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QApplication::translate("main",
                "Unknown section “%1”: use start, individuals, groups, "
                "programs, bulk or outbox.")
                           .arg(p.value(sectionOption))));
        return 2;
    }

    ServerProfiles profiles(&settings);
    SessionFactory sessions(&settings);
    // One API v2 token per profile for its 24 hours, shared with g2p-desk-cli (the keyring).
    sessions.setTokenCache(std::make_shared<KeyringTokenCache>());
    KeychainVault vault;
    std::unique_ptr<MainWindow> window;
    bool first = true;
    std::function<void()> connectAndShow;
    connectAndShow = [&] {
        ConnectDialog dialog(&profiles, &vault, &sessions);
        if (first && p.isSet(server))
            dialog.preset(ConnectDialog::serverUrl(p.value(server)), p.value(user),
                qEnvironmentVariable("G2P_PASSWORD"));
        first = false;
        if (dialog.result() != QDialog::Accepted && dialog.exec() != QDialog::Accepted) {
            if (!window)
                QApplication::exit(0);
            return;
        }
        std::unique_ptr<RegistrySession> session = dialog.takeSession();
        if (!session)
            return;
        window = std::make_unique<MainWindow>(std::move(session), firstSection);
        QObject::connect(window.get(), &MainWindow::reconnectRequested, window.get(), [&] {
            QMetaObject::invokeMethod(
                qApp, [&] { connectAndShow(); }, Qt::QueuedConnection);
        });
        window->show();
    };
    QMetaObject::invokeMethod(
        &app, [&] { connectAndShow(); }, Qt::QueuedConnection);
    const int code = app.exec();
    window.reset();
    return code;
}
