// Working offline, driven through the real windows: a session fills its local copy; the server
// goes away; the officer starts G2P Desk anyway ("Work offline"), sees the cached registrants
// and memberships, pauses a membership — it waits in the outbox, said so in the status bar and
// the outbox view; the server comes back, "Send now" delivers it and the server has it. Then a
// damaged local copy is set aside and rebuilt while the outbox keeps every change.
#include "activitylog.h"
#include "apiclient.h"
#include "cacherefresh.h"
#include "connectdialog.h"
#include "enrolldialog.h"
#include "historydialog.h"
#include "mainwindow.h"
#include "membershipchangedialog.h"
#include "memoryvault.h"
#include "nextdialog.h"
#include "outboxpage.h"
#include "registrantpane.h"
#include "registrantspage.h"
#include "sandboxprocess.h"
#include "startpage.h"
#include "storepaths.h"
#include "testsessions.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace g2p;
using g2p::test::SandboxProcess;

namespace {
using g2p::test::MemoryVault;

template<class T>
T *child(QWidget *w, const QString &accessibleName)
{
    for (T *c : w->findChildren<T *>())
        if (c->accessibleName() == accessibleName)
            return c;
    return nullptr;
}

QPushButton *button(QWidget *w, const QString &text)
{
    for (QPushButton *b : w->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')).contains(text))
            return b;
    return nullptr;
}
} // namespace

class TstOfflineUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    // Lives as long as the test: it answers a write on the next turn of the event loop, which may
    // come after the connection dialog has closed.
    MemoryVault m_vault;
    int m_port = 0;
    std::unique_ptr<SandboxProcess> m_sandbox;

    bool startSandbox(bool seed)
    {
        QStringList args {QStringLiteral("--db"), m_db};
        if (seed)
            args << QStringLiteral("--seed") << QStringLiteral("60");
        if (m_port)
            args << QStringLiteral("--port") << QString::number(m_port);
        m_sandbox = std::make_unique<SandboxProcess>(args);
        if (!m_sandbox->start())
            return false;
        m_port = m_sandbox->baseUrl().port();
        return true;
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/registry").arg(m_port)); }

    // Fills the connection dialog and clicks Connect; with `offline`, clicks "Work offline" when
    // the server does not answer.
    std::unique_ptr<RegistrySession> connect(bool offline)
    {
        QSettings settings;
        ServerProfiles profiles(&settings);
        ConnectDialog dialog(&profiles, &m_vault, &test::sessions());
        dialog.show();
        for (const auto &[field, text] : {std::pair {QStringLiteral("Server address"), url().toString()},
                 std::pair {QStringLiteral("User name"), QStringLiteral("demo")},
                 std::pair {QStringLiteral("Password"), QStringLiteral("demo")}}) {
            QLineEdit *edit = child<QLineEdit>(&dialog, field);
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_Backspace);
            QTest::keyClicks(edit, text);
        }
        QTest::mouseClick(button(&dialog, QStringLiteral("Connect")), Qt::LeftButton);
        QPushButton *workOffline = button(&dialog, QStringLiteral("Work offline"));
        if (offline) {
            if (!QTest::qWaitFor([&] { return workOffline->isVisible(); }, 30000))
                return nullptr;
            QTest::mouseClick(workOffline, Qt::LeftButton);
        }
        if (!QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 15000))
            return nullptr;
        return dialog.takeSession();
    }

private Q_SLOTS:
    // A dialog handler whose dialog never came must not act on the next test's dialogs.
    void cleanup() { g2p::test::stopDialogHandlers(); }
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("g2p-desk-offline-test"));
        m_db = m_dir.filePath(QStringLiteral("registry.db"));
        QVERIFY(startSandbox(true));
    }

    void offlineStartShowsCacheQueuesEditsAndSyncsOnReconnect()
    {
        qint64 registrant = 0, membership = 0;
        QString registrantName;
        {
            auto session = connect(false);
            QVERIFY(session);
            MainWindow w(std::move(session));
            w.showPage(MainWindow::Individuals); // as `--section individuals` (the window opens on Start)
            w.show();
            QTRY_VERIFY_WITH_TIMEOUT(w.cacheRefresh() && !w.cacheRefresh()->isRunning(), 60000);
            QVERIFY(w.cacheRefresh()->registrantCount() > 0);
            QVERIFY(w.cacheRefresh()->membershipCount() > 0);
            // The list is read from the local copy after the refresh.
            QTRY_VERIFY_WITH_TIMEOUT(w.individualsPage()->model()->totalRows() > 0, 20000);
            QTRY_VERIFY(!w.localCopyBanner()->isVisible());
        }
        // Someone to pause: an enrolled membership in the local copy.
        {
            QNetworkAccessManager nam;
            nam.setProxy(QNetworkProxy::NoProxy);
            ClientConfig c;
            c.baseUrl = url();
            c.user = c.password = QStringLiteral("demo");
            ApiClient client(&nam, c);
            MembershipFilter f;
            f.state = MembershipState::Enrolled;
            auto job = test::wait(client.listMemberships(f, 50, 0));
            QVERIFY(job->succeeded());
            for (const ProgramMembership &m : job->result().items)
                if (m.registrantIsGroup == false) {
                    registrant = m.registrantId;
                    registrantName = m.registrantName;
                    membership = m.id;
                    break;
                }
            QVERIFY(registrant);
        }
        m_sandbox->stop();

        // Offline start: cached data at once, marked as such.
        auto session = connect(true);
        QVERIFY(session);
        QVERIFY(session->isOffline());
        MainWindow w(std::move(session));
        w.showPage(MainWindow::Individuals); // as `--section individuals` (the window opens on Start)
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.individualsPage()->model()->totalRows() > 0, 20000);
        QTRY_VERIFY(w.localCopyBanner()->isVisible());
        QVERIFY2(w.localCopyBanner()->text().contains(QStringLiteral("Working offline")),
            qPrintable(w.localCopyBanner()->text()));
        QVERIFY(w.localCopyBanner()->text().contains(QStringLiteral("refreshed")));

        // Search the local copy by name (the server is down).
        RegistrantsPage *page = w.individualsPage();
        page->searchBox()->setFocus();
        QTest::keyClicks(page->searchBox(), registrantName.section(QLatin1Char(','), 0, 0).left(12));
        QTest::keyClick(page->searchBox(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowOf(registrant) >= 0, 10000);
        page->table()->selectRow(page->model()->rowOf(registrant));
        RegistrantPane *pane = page->pane();
        QTRY_VERIFY_WITH_TIMEOUT(pane->memberships()->rowCount() > 0, 20000);
        for (int r = 0; r < pane->memberships()->rowCount(); ++r)
            if (pane->memberships()->at(r)->id == membership)
                pane->membershipsView()->selectionModel()->select(pane->memberships()->index(r, 0),
                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_VERIFY(pane->pauseAction()->isEnabled());

        // Pause it: queued in the outbox, not lost, not an error.
        g2p::test::onNextDialog([](QDialog *d) { d->accept(); });
        pane->pauseAction()->trigger();
        auto *log = w.session()->activity();
        QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() > 0
                && log->index(0).data(ActivityLog::StatusRole).toInt() == int(ActivityLog::Status::Queued),
            60000);
        QTRY_VERIFY2(w.outboxStatus()->text().contains(QStringLiteral("1 waiting")),
            qPrintable(w.outboxStatus()->text()));
        // The section list counts it too.
        QCOMPARE(w.findChild<QListWidget *>(QStringLiteral("sections"))->item(MainWindow::Outbox)->text(),
            QStringLiteral("Outbox (1)"));
        // So does the start page.
        w.showPage(MainWindow::Start);
        QTRY_VERIFY2(w.startPage()->outboxSummary()->text().contains(QStringLiteral("1 change(s) wait")),
            qPrintable(w.startPage()->outboxSummary()->text()));
        w.showPage(MainWindow::Outbox);
        OutboxPage *outbox = w.outboxPage();
        QTRY_COMPARE(outbox->model()->rowCount(), 1);
        // Waiting, or tried once already (the outbox page is built when first shown): a write that
        // met no server counts as of unknown outcome — checked before it is sent again.
        const QString state = outbox->model()->index(0, OutboxModel::State).data().toString();
        QVERIFY2(state == OutboxModel::stateText(OutboxItem::State::Pending)
                || state == OutboxModel::stateText(OutboxItem::State::Sending)
                || state == OutboxModel::unknownOutcomeText(),
            qPrintable(state));
        QVERIFY(outbox->model()
                    ->index(0, OutboxModel::Change)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Paused")));
        // Enter on a change opens its registrant (from the local copy, offline), and back.
        const qint64 whom = pane->registrantId();
        auto *changes = outbox->findChild<QTableView *>();
        changes->setCurrentIndex(changes->model()->index(0, 0));
        QTest::keyClick(changes, Qt::Key_Return);
        QTRY_VERIFY(w.individualsPage()->isVisible());
        QCOMPARE(w.individualsPage()->searchBox()->text(), QString::number(whom)); // opened by its id
        QTRY_COMPARE_WITH_TIMEOUT(pane->registrantId(), whom, 10000);
        w.showPage(MainWindow::Outbox);

        // The server is back: Send now delivers it; the session is online again.
        QVERIFY(startSandbox(false));
        QTest::mouseClick(outbox->sendNowButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(outbox->summary()->text().contains(QStringLiteral("confirmed")), 60000);
        QTRY_COMPARE(outbox->model()->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!w.session()->isOffline(), 30000);
        QTRY_VERIFY(w.outboxStatus()->text().contains(QStringLiteral("all sent")));
        QCOMPARE(w.findChild<QListWidget *>(QStringLiteral("sections"))->item(MainWindow::Outbox)->text(),
            QStringLiteral("Outbox"));
        // The start page counts what the server confirmed this week.
        w.showPage(MainWindow::Start);
        QTRY_VERIFY2(w.startPage()->weekSummary()->text().contains(QStringLiteral("1 pause(s)")),
            qPrintable(w.startPage()->weekSummary()->text()));
        QTRY_VERIFY(w.startPage()->outboxSummary()->text().contains(QStringLiteral("Nothing waits")));
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        ClientConfig c;
        c.baseUrl = url();
        c.user = c.password = QStringLiteral("demo");
        ApiClient client(&nam, c);
        MembershipFilter f;
        f.registrantId = registrant;
        f.state = MembershipState::Paused;
        auto paused = test::wait(client.listMemberships(f, 10, 0));
        QVERIFY(paused->succeeded());
        QList<qint64> pausedIds;
        for (const ProgramMembership &m : paused->result().items)
            pausedIds << m.id;
        QVERIFY2(pausedIds.contains(membership),
            qPrintable(QStringLiteral("%1 paused: %2").arg(membership).arg(pausedIds.size())));
    }

    void damagedCacheIsRebuiltAndTheOutboxSurvives()
    {
        const QString cache = cacheFilePath(url(), QStringLiteral("demo"));
        const QString outbox = outboxFilePath(url(), QStringLiteral("demo"));
        QVERIFY(QFile::exists(cache));
        qint64 changesBefore = 0;
        {
            Outbox o;
            QVERIFY(o.open(outbox));
            changesBefore = o.items().size();
            QVERIFY(changesBefore >= 1);
        }
        QFile::remove(cache + QStringLiteral("-wal"));
        QFile::remove(cache + QStringLiteral("-shm"));
        QFile f(cache);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(8192, 'x')); // not a database any more
        f.close();

        auto session = connect(false);
        QVERIFY(session);
        MainWindow w(std::move(session));
        w.showPage(MainWindow::Individuals); // as `--section individuals` (the window opens on Start)
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.localCopyBanner()->text().contains(QStringLiteral("damaged")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(w.cacheRefresh() && !w.cacheRefresh()->isRunning(), 60000);
        QVERIFY(w.cacheRefresh()->registrantCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(w.individualsPage()->model()->totalRows() > 0, 20000);
        QDir dir = QFileInfo(cache).dir();
        QVERIFY(!dir.entryList({QStringLiteral("cache.sqlite.damaged-*")}).isEmpty());
        Outbox o;
        QVERIFY(o.open(outbox));
        QCOMPARE(o.items().size(), changesBefore); // every change is still there
    }
};

QTEST_MAIN(TstOfflineUi)
#include "tst_offline_ui.moc"
