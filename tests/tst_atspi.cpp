// G2P Desk as a screen reader meets it: the real g2p-desk process under Xvfb with a window manager
// and the AT-SPI bus (tests/atspi/run_with_atspi.sh), read with python3-pyatspi and driven by key
// events alone (tests/atspi/desk_atspi.py): no unnamed control anywhere, and the officer's keyboard
// path — find, open, pause with a note, read the history — on every backend the sandbox offers and
// in every language G2P Desk speaks.
#include "backenddetector.h"
#include "membershipfinder.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace g2p;
using g2p::test::SandboxProcess;

namespace {

const QString Python = QStringLiteral("/usr/bin/python3"); // Debian's, where python3-pyatspi lives

// One g2p-desk process on `url`, in a profile of its own; ended (by its id) when this goes.
class DeskProcess
{
public:
    explicit DeskProcess(const QUrl &url, const QString &language = QStringLiteral("en"))
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_profile.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_profile.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("G2P_PASSWORD"), QStringLiteral("demo"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        test::endWithThisProcess(m_process);
        m_process.start(QStringLiteral(G2P_DESK_EXE),
            {QStringLiteral("--server"), url.toString(), QStringLiteral("--user"), QStringLiteral("demo"),
                QStringLiteral("--language"), language});
    }
    ~DeskProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool started() { return m_process.waitForStarted(10000); }
    QString output() { return QString::fromUtf8(m_process.readAll()); }

private:
    QTemporaryDir m_profile;
    QProcess m_process;
};

// Runs the script; its JSON report, and whether it succeeded.
struct ScriptRun
{
    QJsonObject report;
    bool ok = false;
    QString text;
};

ScriptRun runScript(const QStringList &args)
{
    QProcess p;
    p.start(Python, QStringList {QStringLiteral(G2P_ATSPI_SCRIPT)} + args);
    ScriptRun run;
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        run.text = QStringLiteral("the script did not finish in 180 s");
        return run;
    }
    const QByteArray out = p.readAllStandardOutput();
    run.text = QString::fromUtf8(out + p.readAllStandardError());
    run.report = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    run.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return run;
}

// What the window calls things in `language` (its embedded translations, :/i18n), as the script's
// options: the names it looks for.
QStringList namesIn(const QString &language)
{
    QTranslator translator;
    if (language != QLatin1String("en") && !translator.load(QStringLiteral(":/i18n/g2p_%1.qm").arg(language)))
        return {};
    const auto said = [&translator](const char *context, const char *source) {
        const QString t = translator.translate(context, source);
        return t.isEmpty() ? QString::fromUtf8(source) : t;
    };
    const auto before
        = [](const QString &format) { return format.section(QStringLiteral("%1"), 0, 0).trimmed(); };
    return {QStringLiteral("--search-name"), said("g2p::StartPage", "Find a registrant"),
        QStringLiteral("--results-name"), said("g2p::RegistrantsPage", "Individuals"),
        QStringLiteral("--memberships-name"), said("g2p::RegistrantPane", "Program memberships"),
        QStringLiteral("--pause-title"), said("QObject", "Pause"), QStringLiteral("--note-name"),
        said("g2p::MembershipChangeDialog", "Note"), QStringLiteral("--paused"),
        said("g2p::MembershipTableModel", "Paused"), QStringLiteral("--history-title"),
        before(said("g2p::HistoryDialog", "History of %1")), QStringLiteral("--timeline-name"),
        said("g2p::HistoryDialog", "Timeline"), QStringLiteral("--seen-as"),
        before(said("g2p::HistoryModel", "Seen as %1")), QStringLiteral("--exit-title"),
        said("QObject", "Exit"), QStringLiteral("--reason-name"),
        said("g2p::MembershipChangeDialog", "Exit reason"), QStringLiteral("--exited"),
        said("g2p::MembershipTableModel", "Exited"), QStringLiteral("--enroll-title"),
        before(said("g2p::EnrollDialog", "Enroll %1")), QStringLiteral("--enrolled"),
        said("g2p::MembershipTableModel", "Enrolled")};
}

} // namespace

class TstAtspi : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_rest, m_stock, m_spp2;

    QUrl addressFor(const QString &kind) const
    {
        if (kind == QLatin1String("spp2"))
            return serverRoot(m_spp2->baseUrl());
        return kind == QLatin1String("odoo") ? serverRoot(m_stock->baseUrl()) : m_rest->baseUrl();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("G2P_ATSPI_MISSING"))
            QSKIP(qPrintable(QStringLiteral("needs%1 (scripts/deps.sh installs them)")
                                 .arg(qEnvironmentVariable("G2P_ATSPI_MISSING"))));
        QProcess probe;
        probe.start(Python, {QStringLiteral("-c"), QStringLiteral("import pyatspi")});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
            QSKIP("needs python3-pyatspi (scripts/deps.sh installs it)");
        QVERIFY2(qEnvironmentVariableIsSet("DISPLAY"), "run through tests/atspi/run_with_atspi.sh");
        const QStringList seed {QStringLiteral("--seed"), QStringLiteral("300")};
        m_rest = std::make_unique<SandboxProcess>(seed);
        m_stock = std::make_unique<SandboxProcess>(seed + QStringList {QStringLiteral("--upstream-only")});
        m_spp2 = std::make_unique<SandboxProcess>(seed
            + QStringList {QStringLiteral("--upstream-only"), QStringLiteral("--api-v2"),
                QStringLiteral("--token-rate"), QStringLiteral("1000:100000")});
        for (SandboxProcess *s : {m_rest.get(), m_stock.get(), m_spp2.get()})
            QVERIFY2(s->start(), qPrintable(s->errorText()));
    }

    // Every showing button, field, combo box, list, table and menu item in every section, and in the
    // Help dialogs, has a name a screen reader can say.
    void aScreenReaderFindsEveryControlNamed()
    {
        DeskProcess desk(m_rest->baseUrl());
        QVERIFY(desk.started());
        const ScriptRun run = runScript({QStringLiteral("walk")});
        QVERIFY2(run.ok, qPrintable(run.text + desk.output()));
        QCOMPARE(run.report.value(QStringLiteral("sections")).toArray().size(), 6);
        QCOMPARE(run.report.value(QStringLiteral("dialogs")).toArray().size(), 2);
        QVERIFY(run.report.value(QStringLiteral("unnamed")).toArray().isEmpty());
    }

    // From the start page to a paused membership and its history with key events alone, each step
    // checked through the accessible tree; then the server has the pause.
    void keyboardOnlyFindOpenPauseAndReadHistory_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("language");
        for (const char *kind : {"rest", "odoo", "spp2"})
            QTest::newRow(kind) << QString::fromLatin1(kind) << QStringLiteral("en");
        // Every language at 1366×768, keyboard only (on the contract's server).
        for (const char *language : {"fr", "es", "ar"})
            QTest::newRow(language) << QStringLiteral("rest") << QString::fromLatin1(language);
    }
    void keyboardOnlyFindOpenPauseAndReadHistory()
    {
        QFETCH(QString, kind);
        QFETCH(QString, language);
        const QStringList names = namesIn(language);
        QVERIFY2(!names.isEmpty(), "G2P Desk's translations are not embedded");
        const QUrl address = addressFor(kind);
        const test::FoundMembership m = test::findMembership(address, MembershipState::Enrolled, kind);
        QVERIFY2(m.id != 0, "no enrolled membership in the sandbox's first program");
        DeskProcess desk(address, language);
        QVERIFY(desk.started());
        const QString note = QStringLiteral("Moved for the harvest (%1, %2)").arg(kind, language);
        const QStringList args {QStringLiteral("scenario"), QStringLiteral("--find"), m.searchText,
            QStringLiteral("--registrant"), m.registrantName, QStringLiteral("--program"), m.programName,
            QStringLiteral("--note"), note};
        const ScriptRun run = runScript(args + names);
        QVERIFY2(run.ok, qPrintable(run.text + desk.output()));
        QCOMPARE(run.report.value(QStringLiteral("steps")).toArray().size(), 8);
        bool noted = false;
        for (const QJsonValue &row : run.report.value(QStringLiteral("history")).toArray())
            noted = noted || row.toArray().contains(note);
        QVERIFY2(noted, qPrintable(run.text));
        // On the server: paused (the history said so), then exited; and enrolled in the program the
        // form offered first.
        QCOMPARE(test::membershipStateNow(address, kind, m), std::optional(MembershipState::Exited));
        const QString joined = run.report.value(QStringLiteral("enrolled_in")).toString();
        QVERIFY(!joined.isEmpty());
        QCOMPARE(test::stateIn(address, kind, m, joined), std::optional(MembershipState::Enrolled));
    }
};

QTEST_GUILESS_MAIN(TstAtspi)
#include "tst_atspi.moc"
