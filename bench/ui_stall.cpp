// ui_stall: the GUI thread's event-loop stalls (StallProbe: the largest gap and the 99th percentile)
// while an officer works in the real window, on a profile whose local copy is already filled (run by
// registry_1m on its million; it can be run alone on any profile):
//   g2p_search   — typing a family name into the individuals' search box, a key every 120 ms, over
//                  the whole local copy listed, until the search has answered (local copy and server);
//   g2p_import   — the bulk-edit page importing a sheet of --sheet-rows lines (read off the GUI
//                  thread, the mapping step accepted as guessed, each registrant looked up);
//   g2p_grid_send — the grid sending --changes enrolments through the outbox, until every row ended.
// Each prints max_ms and p99_ms, and the rows or changes it handled. Nothing is timed against a goal.
//
//   ui_stall --server URL --user NAME [--sheet-rows N] [--changes N]   (G2P_PASSWORD: the password)
#include "benchutil.h"
#include "bulkeditpage.h"
#include "cacherefresh.h"
#include "mainwindow.h"
#include "registrantspage.h"
#include "registrysession.h"
#include "sessionfactory.h"
#include "stallprobe.h"

#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

using namespace g2p;

namespace {

// Runs the event loop until `done` holds or `ms` pass; false on time out. A real loop (a timer
// checks), so nothing here keeps the GUI thread from its events longer than the window would.
bool waitFor(const std::function<bool()> &done, int ms)
{
    if (done())
        return true;
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QTimer check;
    check.setInterval(10);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() > ms)
            loop.quit();
    });
    check.start();
    loop.exec();
    return done();
}

// Accepts the next modal dialog as it opens (the import's mapping step, as guessed from the header).
void acceptNextDialog()
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer] {
        if (auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            d->accept();
        }
    });
    timer->start();
}

void report(const char *situation, const StallProbe &probe)
{
    bench::emit("ui_stall", QString::fromLatin1(situation), "max_ms", probe.maxMs());
    bench::emit("ui_stall", QString::fromLatin1(situation), "p99_ms", probe.percentileMs(99));
    std::fprintf(stderr,
        "ui_stall: %s: largest stall %.1f ms, ending %.3f s after the probe started (%.3f s monotonic)\n",
        situation, probe.maxMs(), probe.maxAtS(), probe.maxAtMonotonicS());
}

// A sheet enrolling `ids` in `program` (registrant_id, program, state).
bool writeSheet(const QString &path, const QList<qint64> &ids, const QString &program)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = "registrant_id,program,state\n";
    for (qint64 id : ids)
        text += QByteArray::number(id) + ',' + program.toUtf8() + ",enrolled\n";
    return f.write(text) == text.size();
}

// Imports `path` into the (cleared) grid; false when it did not finish within ten minutes.
bool importSheet(BulkEditPage *page, const QString &path)
{
    page->model()->clear();
    bool finished = false;
    QObject::connect(
        page, &BulkEditPage::importFinished, page, [&finished] { finished = true; },
        Qt::SingleShotConnection);
    acceptNextDialog();
    page->importFile(path);
    return waitFor([&] { return finished; }, 600000);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("g2p-desk-ui-stall-bench"));
    QCommandLineParser p;
    const QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption sheetRows(
        QStringLiteral("sheet-rows"), QString(), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption changes(
        QStringLiteral("changes"), QString(), QStringLiteral("N"), QStringLiteral("10000"));
    p.addOptions({server, user, sheetRows, changes});
    p.process(app);

    QSettings settings;
    SessionFactory sessions(&settings);
    ClientConfig c;
    c.baseUrl = QUrl(p.value(server));
    c.user = p.value(user);
    c.password = qEnvironmentVariable("G2P_PASSWORD", c.user);
    c.backend = BackendKind::Rest;
    std::unique_ptr<RegistrySession> session = sessions.open(c);
    bool connected = false;
    QObject::connect(session.get(), &RegistrySession::connected, [&] { connected = true; });
    session->connectToServer();
    if (!waitFor([&] { return connected; }, 60000)) {
        std::fprintf(stderr, "ui_stall: could not connect\n");
        return 1;
    }
    MainWindow w(std::move(session));
    w.resize(1366, 768);
    w.showPage(MainWindow::Individuals); // the million-row list in view (the window opens on Start)
    w.show();

    // The whole local copy listed, its refresh at start done.
    RegistrantsPage *people = w.individualsPage();
    if (!waitFor(
            [&] {
                return w.cacheRefresh() && !w.cacheRefresh()->isRunning() && !people->model()->isLoading()
                    && people->model()->totalRows() > 0;
            },
            900000)) {
        std::fprintf(stderr, "ui_stall: the local copy was not listed\n");
        return 1;
    }
    bench::waitMs(500);
    const qsizetype listed = people->model()->totalRows();
    QList<qint64> ids;
    for (int r = 0; r < people->model()->rowCount() && ids.size() < p.value(sheetRows).toInt(); ++r)
        ids << people->model()->registrantId(r);
    const QString family
        = people->model()
              ->data(people->model()->index(0, RegistrantTableModel::Name))
              .toString()
              .section(QRegularExpression(QStringLiteral("[ ,]")), 0, 0, QString::SectionSkipEmpty)
              .toLower();

    // Typing a name into the search over the whole list.
    StallProbe probe;
    {
        people->focusSearch();
        probe.start();
        for (const QChar ch : family) {
            // As a keyboard sends it (QTest's key clicks know only ASCII; names need not be).
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
            QApplication::sendEvent(people->searchBox(), &press);
            QApplication::sendEvent(people->searchBox(), &release);
            bench::waitMs(120);
        }
        bench::waitMs(500); // past the search's debounce: the local copy and the server are asked
        const bool answered = waitFor([&] { return !people->model()->isLoading(); }, 120000);
        probe.stop();
        report("g2p_search", probe);
        std::fprintf(stderr, "ui_stall: typed \"%s\"\n", qPrintable(people->searchBox()->text()));
        bench::emit("ui_stall", QStringLiteral("g2p_search"), "rows_listed", double(listed));
        bench::emit("ui_stall", QStringLiteral("g2p_search"), "rows_found",
            answered ? people->model()->rowCount() : -1);
    }

    // Importing a sheet into the bulk-edit grid.
    w.showPage(MainWindow::BulkEdit);
    BulkEditPage *bulk = w.bulkPage();
    QTemporaryDir dir;
    const QString program = QStringLiteral("Cash Transfer Program");
    {
        const QString path = dir.filePath(QStringLiteral("sheet.csv"));
        if (!writeSheet(path, ids, program))
            return 1;
        probe.reset();
        probe.start();
        const bool done = importSheet(bulk, path);
        probe.stop();
        report("g2p_import", probe);
        bench::emit("ui_stall", QStringLiteral("g2p_import"), "sheet_rows", double(ids.size()));
        bench::emit(
            "ui_stall", QStringLiteral("g2p_import"), "grid_rows", done ? bulk->model()->rowCount() : -1);
    }

    // Sending enrolments from the grid: a sheet of registrants not yet in the program.
    {
        const QList<GridChange> pending = bulk->model()->changes();
        QList<qint64> newcomers;
        for (const GridChange &change : pending)
            if (change.kind == GridChange::Kind::Enroll && newcomers.size() < p.value(changes).toInt())
                newcomers << change.registrantId;
        const QString path = dir.filePath(QStringLiteral("send.csv"));
        if (!writeSheet(path, newcomers, program) || !importSheet(bulk, path))
            return 1;
        const qsizetype toSend = bulk->model()->changes().size();
        if (toSend == 0) {
            std::fprintf(stderr, "ui_stall: nothing to send (every registrant listed is in %s)\n",
                qPrintable(program));
            return 1;
        }
        bool sent = false;
        QObject::connect(bulk, &BulkEditPage::submissionFinished, bulk, [&sent] { sent = true; });
        probe.reset();
        probe.start();
        bulk->submit(true);
        const bool done = waitFor([&] { return sent; }, 900000);
        probe.stop();
        if (!done)
            std::fprintf(
                stderr, "ui_stall: the grid was not sent: %s\n", qPrintable(bulk->statusLabel()->text()));
        report("g2p_grid_send", probe);
        bench::emit("ui_stall", QStringLiteral("g2p_grid_send"), "changes", done ? double(toSend) : -1);
    }
    return 0;
}
