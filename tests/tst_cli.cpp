// g2p-desk-cli as an integrator uses it: the real binary against a sandbox over loopback.
#include "apiclient.h"
#include "localstore.h"
#include "outbox.h"
#include "outboxchange.h"
#include "outboxsync.h"
#include "restcontractbackend.h"
#include "sandboxprocess.h"
#include "storepaths.h"
#include "tablewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using g2p::test::SandboxProcess;

class TstCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QByteArray out, err;
        QJsonValue json() const
        {
            const QJsonDocument d = QJsonDocument::fromJson(out);
            return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
        }
    };

    Run cli(const QStringList &args,
        const QByteArray &stdinData = QByteArray(),
        bool withPassword = true,
        const QString &user = QStringLiteral("demo"),
        const QString &server = QString())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("G2P_PASSWORD"));
        env.remove(QStringLiteral("DISPLAY")); // never let a keyring prompt appear
        if (!withKeyring()) // the private test keyring of run_with_keyring.sh, or none at all
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        if (withPassword)
            env.insert(QStringLiteral("G2P_PASSWORD"), QStringLiteral("demo"));
        p.setProcessEnvironment(env);
        QStringList full {QStringLiteral("--server"),
            server.isEmpty() ? m_sandbox->baseUrl().toString() : server, QStringLiteral("--user"), user};
        full += args;
        p.start(QStringLiteral(G2P_CLI_EXE), full);
        p.waitForStarted();
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return Run {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static bool withKeyring() { return qEnvironmentVariableIsSet("G2P_TEST_KEYRING"); }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return path;
    }

    // Fresh individuals through the CLI itself, so outcomes do not depend on the demo data.
    QList<qint64> createIndividuals(const QString &namePrefix, int count)
    {
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            const QString file = writeFile(
                QStringLiteral("person-%1-%2.json").arg(ids.size()).arg(namePrefix.size()),
                QStringLiteral(
                    R"({"name": "%1 %2", "ids": [], "given_name": "P", "gender": null, "birth_place": null})")
                    .arg(namePrefix)
                    .arg(i)
                    .toUtf8());
            const Run r = cli(
                {QStringLiteral("--json"), QStringLiteral("individual"), QStringLiteral("create"), file});
            if (r.code != 0)
                return ids;
            ids << r.json().toObject().value(QStringLiteral("id")).toInteger();
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox
            = std::make_unique<SandboxProcess>(QStringList {QStringLiteral("--seed"), QStringLiteral("300")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorText()));
    }

    void programsTableAndJson()
    {
        const Run table = cli({QStringLiteral("programs")});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains("Cash Transfer Program"));
        QVERIFY(table.out.startsWith("ID"));
        const Run json = cli({QStringLiteral("--json"), QStringLiteral("programs"),
            QStringLiteral("--target"), QStringLiteral("group")});
        QCOMPARE(json.code, 0);
        const QJsonArray a = json.json().toArray();
        QVERIFY(!a.isEmpty());
        for (const QJsonValue &v : a)
            QCOMPARE(v.toObject().value(QStringLiteral("target_type")).toString(), QStringLiteral("group"));
    }

    void individualCommands()
    {
        const QString file = writeFile(QStringLiteral("person.json"),
            g2p::test::readFile(g2p::test::exampleFile(QStringLiteral("individual-create-request.json"))));
        const Run created
            = cli({QStringLiteral("--json"), QStringLiteral("individual"), QStringLiteral("create"), file});
        QCOMPARE(created.code, 0);
        const qint64 id = created.json().toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        const Run got = cli({QStringLiteral("individual"), QStringLiteral("get"), QString::number(id)});
        QCOMPARE(got.code, 0);
        QVERIFY(got.out.contains("TEST FAMILY NAME, TEST"));
        QVERIFY(got.out.contains("National ID 123456789"));
        const Run found = cli({QStringLiteral("--json"), QStringLiteral("individual"),
            QStringLiteral("search"), QStringLiteral("TEST FAMILY NAME")});
        QCOMPARE(found.code, 0);
        QVERIFY(!found.json().toArray().isEmpty());
        const Run none = cli(
            {QStringLiteral("individual"), QStringLiteral("search"), QStringLiteral("zz-no-such-name-zz")});
        QCOMPARE(none.code, 0);
        QVERIFY(none.out.contains("0 individual(s)"));
        const Run missing
            = cli({QStringLiteral("individual"), QStringLiteral("get"), QStringLiteral("99999999")});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains("Record is not present"));
        const QString bad
            = writeFile(QStringLiteral("bad.json"), R"({"name": "X", "ids": [], "given_name": "X",
            "gender": null, "birth_place": null, "birthdate": "1990-02-30"})");
        const Run rejected = cli({QStringLiteral("individual"), QStringLiteral("create"), bad});
        QCOMPARE(rejected.code, 2);
        QVERIFY2(rejected.err.contains("birthdate: expected YYYY-MM-DD, got \"1990-02-30\""),
            rejected.err.constData());
    }

    void groupCommands()
    {
        const QString file = writeFile(QStringLiteral("group.json"),
            g2p::test::readFile(g2p::test::exampleFile(QStringLiteral("group-create-request.json"))));
        const Run created = cli({QStringLiteral("group"), QStringLiteral("create"), file});
        QCOMPARE(created.code, 0);
        QVERIFY(created.out.contains("with 2 member(s)"));
        const Run found = cli({QStringLiteral("--json"), QStringLiteral("group"), QStringLiteral("search"),
            QStringLiteral("DOE HOUSEHOLD"), QStringLiteral("--members")});
        QCOMPARE(found.code, 0);
        const QJsonObject g = found.json().toArray().last().toObject();
        QCOMPARE(g.value(QStringLiteral("group_membership_ids")).toArray().size(), 2);
        const Run got = cli({QStringLiteral("group"), QStringLiteral("get"),
            QString::number(g.value(QStringLiteral("id")).toInteger())});
        QCOMPARE(got.code, 0);
        QVERIFY(got.out.contains("Head"));
    }

    void enrollFromCsvWithMixedRows()
    {
        // Fresh individuals to enrol, so the outcome does not depend on the demo data.
        const QList<qint64> ids = createIndividuals(QStringLiteral("CSV, PERSON"), 3);
        QCOMPARE(ids.size(), 3);
        QByteArray csv = "registrant_id,enrollment_date\r\n";
        csv += QByteArray::number(ids[0]) + ",2024-01-15\r\n";
        csv += QByteArray::number(ids[1]) + ",\r\n";
        csv += "abc,2024-01-01\r\n"; // not a number
        csv += QByteArray::number(ids[2]) + ",15/01/2024\r\n"; // wrong date format
        csv += QByteArray::number(ids[0]) + ",2024-01-15\r\n"; // duplicate
        csv += "99999999,\r\n"; // unknown registrant
        const QString path = writeFile(QStringLiteral("enrol.csv"), csv);
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("enroll"), QStringLiteral("--program"),
            QStringLiteral("Cash Transfer Program"), QStringLiteral("--registrants"), path,
            QStringLiteral("--note"), QStringLiteral("CSV test")});
        QCOMPARE(r.code, 1);
        const QJsonObject o = r.json().toObject();
        QCOMPARE(o.value(QStringLiteral("total")).toInt(), 6);
        QCOMPARE(o.value(QStringLiteral("succeeded")).toInt(), 2);
        const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("created"));
        QCOMPARE(rows[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("created"));
        QCOMPARE(rows[2].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
        QVERIFY(rows[2]
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("not a registrant ID")));
        QCOMPARE(rows[2].toObject().value(QStringLiteral("line")).toInt(), 4);
        QVERIFY(rows[3]
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("enrollment_date")));
        QVERIFY(rows[4]
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("Duplicate of line 2")));
        QCOMPARE(
            rows[5].toObject().value(QStringLiteral("error_code")).toString(), QStringLiteral("G2P-REQ-013"));
        QVERIFY(r.err.contains("rows sent")); // progress goes to stderr
        // Written to the profile's outbox first — the file G2P Desk uses for this server and user.
        {
            g2p::Outbox outbox;
            QVERIFY(outbox.open(g2p::outboxFilePath(m_sandbox->baseUrl(), QStringLiteral("demo"))));
            bool refused = false;
            for (const g2p::OutboxItem &i : outbox.items())
                refused |= i.registrantId == 99999999 && i.state == g2p::OutboxItem::State::Failed
                    && i.message.contains(QStringLiteral("G2P-REQ-013"));
            QVERIFY(refused);
        }
        const Run listed = cli({QStringLiteral("outbox")});
        QCOMPARE(listed.code, 0);
        QVERIFY2(listed.out.contains("failed") && listed.out.contains("99999999"), listed.out.constData());

        // Again: the enrolled rows come back unchanged, nothing is applied twice.
        const QString again = writeFile(QStringLiteral("again.csv"),
            QByteArray::number(ids[0]) + "\n" + QByteArray::number(ids[1]) + "\n");
        const Run r2 = cli({QStringLiteral("enroll"), QStringLiteral("--program"), QStringLiteral("1"),
            QStringLiteral("--registrants"), again});
        QCOMPARE(r2.code, 0);
        QVERIFY2(r2.out.contains("2 unchanged"), r2.out.constData());
    }

    // G2P Desk holds a change in its queue while g2p-desk-cli discards it on the same profile:
    // the desktop's next turn finds it discarded, drops it, and never sends it.
    void aChangeDiscardedInTheCliIsNeverSentByTheDesktop()
    {
        const QList<qint64> ids = createIndividuals(QStringLiteral("DISCARD, PERSON"), 1);
        QCOMPARE(ids.size(), 1);
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        g2p::ClientConfig config;
        config.baseUrl = m_sandbox->baseUrl();
        config.user = config.password = QStringLiteral("demo");
        g2p::ApiClient client(&nam, config);
        g2p::LocalStore store(QString(), g2p::outboxFilePath(m_sandbox->baseUrl(), QStringLiteral("demo")));
        QTRY_VERIFY(store.isOpen());
        g2p::RestContractBackend backend(&client);
        g2p::OutboxSync desktop(&backend, &store);
        desktop.setPaused(true); // offline for now: the change stays in the desktop's queue
        g2p::EnrollChange e;
        e.programId = 1;
        e.registrantId = ids[0];
        qint64 queued = 0;
        desktop.submit({g2p::toDraft(e)}, this, [&queued](const QList<qint64> &q) { queued = q.value(0); });
        QTRY_VERIFY(queued > 0);
        QCOMPARE(desktop.queuedCount(), 1);

        const Run discarded
            = cli({QStringLiteral("outbox"), QStringLiteral("discard"), QString::number(queued)});
        QCOMPARE(discarded.code, 0);
        QSignalSpy finished(&desktop, &g2p::OutboxSync::itemFinished);
        desktop.setPaused(false);
        QTRY_COMPARE(finished.size(), 1);
        const auto outcome = finished.first().at(0).value<g2p::OutboxOutcome>();
        QCOMPARE(outcome.id, queued);
        QCOMPARE(outcome.state, g2p::OutboxItem::State::Discarded);
        QCOMPARE(desktop.queuedCount(), 0);
        g2p::MembershipFilter f;
        f.registrantId = ids[0];
        f.programId = 1;
        auto list = g2p::test::wait(client.listMemberships(f, 10, 0));
        QVERIFY(list->succeeded());
        QVERIFY2(list->result().items.isEmpty(), "the discarded enrolment reached the server");
        store.drain();
    }

    // import: dry run, then for real, then again (nothing applied twice); a mapping file.
    void importDryRunThenForReal()
    {
        const QList<qint64> ids = createIndividuals(QStringLiteral("IMPORT, PERSON"), 2);
        QCOMPARE(ids.size(), 2);
        QByteArray csv = "Beneficiary;Scheme;Status;Started\n";
        csv += QByteArray::number(ids[0]) + ";Cash Transfer Program;enrolled;2026-11-02\n";
        csv += QByteArray::number(ids[1]) + ";Cash Transfer Program;;\n";
        csv += QByteArray::number(ids[1])
            + ";Household Support Program;;\n"; // an individual in a group program
        const QString path = writeFile(QStringLiteral("import.csv"), csv);

        // The headers are not guessable: without a mapping the officer is told what to do.
        Run r = cli({QStringLiteral("import"), path, QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--mapping"), r.err.constData());

        const QString mapping = writeFile(QStringLiteral("mapping.json"),
            R"({"Beneficiary": "registrant_id", "Scheme": "program", "Status": "state", "Started": "enrollment_date"})");
        r = cli({QStringLiteral("--json"), QStringLiteral("import"), path, QStringLiteral("--dry-run"),
            QStringLiteral("--mapping"), mapping});
        QCOMPARE(r.code, 1); // one row has a problem
        QJsonObject o = r.json().toObject();
        QCOMPARE(
            o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("enrollments")).toInt(), 2);
        QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].toObject().value(QStringLiteral("line")).toInt(), 4);
        QVERIFY(problems[0]
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("for groups")));
        // The dry run sent nothing.
        Run m = cli({QStringLiteral("--json"), QStringLiteral("memberships"), QStringLiteral("--registrant"),
            QString::number(ids[0])});
        QVERIFY2(!m.out.contains("\"program_id\": 1"), m.out.constData());

        r = cli(
            {QStringLiteral("--json"), QStringLiteral("import"), path, QStringLiteral("--mapping"), mapping});
        QCOMPARE(r.code, 1); // still the one problem row; the others are done
        o = r.json().toObject();
        const QJsonArray results = o.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        for (const QJsonValue &v : results)
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        m = cli({QStringLiteral("--json"), QStringLiteral("memberships"), QStringLiteral("--registrant"),
            QString::number(ids[0])});
        QVERIFY2(m.out.contains("2026-11-02"), m.out.constData());

        // Again: those memberships exist now and are as the file says, so nothing is sent.
        r = cli(
            {QStringLiteral("--json"), QStringLiteral("import"), path, QStringLiteral("--mapping"), mapping});
        o = r.json().toObject();
        QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("to_send")).toInt(), 0);
        QVERIFY(!o.contains(QStringLiteral("results")));
    }

    void enrollFromXlsxAndOtherDateFormats()
    {
        const QList<qint64> ids = createIndividuals(QStringLiteral("XLSX, PERSON"), 3);
        QCOMPARE(ids.size(), 3);
        // An Excel sheet: a date cell and a number cell.
        QString error;
        const QString sheet = m_dir.filePath(QStringLiteral("intake.xlsx"));
        QVERIFY2(g2p::writeXlsxFile(sheet, QStringLiteral("Intake"),
                     {QStringLiteral("registrant_id"), QStringLiteral("enrollment_date")},
                     {{ids[0], QDate(2024, 2, 1)}}, &error),
            qPrintable(error));
        const Run fromXlsx = cli({QStringLiteral("--json"), QStringLiteral("enroll"),
            QStringLiteral("--program"), QStringLiteral("1"), QStringLiteral("--registrants"), sheet});
        QCOMPARE(fromXlsx.code, 0);
        QCOMPARE(fromXlsx.json().toObject().value(QStringLiteral("succeeded")).toInt(), 1);

        // Day-first dates need --date-format dmy; "auto" flags the ambiguous one.
        const QString dmy = writeFile(QStringLiteral("dmy.csv"),
            QByteArray::number(ids[1]) + ",25/01/2024\n" + QByteArray::number(ids[2]) + ",03/02/2024\n");
        const Run strict = cli({QStringLiteral("--json"), QStringLiteral("enroll"),
            QStringLiteral("--program"), QStringLiteral("1"), QStringLiteral("--registrants"), dmy});
        QCOMPARE(strict.code, 1);
        QVERIFY(strict.json()
                    .toObject()
                    .value(QStringLiteral("rows"))
                    .toArray()[0]
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("YYYY-MM-DD")));
        const Run automatic = cli({QStringLiteral("--json"), QStringLiteral("enroll"),
            QStringLiteral("--program"), QStringLiteral("1"), QStringLiteral("--registrants"), dmy,
            QStringLiteral("--date-format"), QStringLiteral("auto")});
        const QJsonArray autoRows = automatic.json().toObject().value(QStringLiteral("rows")).toArray();
        QCOMPARE(
            autoRows[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("created"));
        QCOMPARE(
            autoRows[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
        QVERIFY(autoRows[1]
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("could be")));
        const Run dayFirst = cli({QStringLiteral("--json"), QStringLiteral("enroll"),
            QStringLiteral("--program"), QStringLiteral("1"), QStringLiteral("--registrants"), dmy,
            QStringLiteral("--date-format"), QStringLiteral("dmy")});
        QCOMPARE(dayFirst.code, 0);
        const QJsonArray dmyRows = dayFirst.json().toObject().value(QStringLiteral("rows")).toArray();
        QCOMPARE(dmyRows[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("created"));
        QCOMPARE(cli({QStringLiteral("enroll"), QStringLiteral("--program"), QStringLiteral("1"),
                         QStringLiteral("--registrants"), dmy, QStringLiteral("--date-format"),
                         QStringLiteral("ymd")})
                     .code,
            2);
    }

    void membershipsSetAndHistory()
    {
        const Run list = cli({QStringLiteral("--json"), QStringLiteral("memberships"),
            QStringLiteral("--program"), QStringLiteral("1"), QStringLiteral("--state"),
            QStringLiteral("enrolled"), QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(list.code, 0);
        const QJsonObject m = list.json().toArray().first().toObject();
        const QString id = QString::number(m.value(QStringLiteral("id")).toInteger());
        const QString registrant = QString::number(m.value(QStringLiteral("registrant_id")).toInteger());

        const Run noReason = cli({QStringLiteral("membership"), QStringLiteral("set"), id,
            QStringLiteral("--state"), QStringLiteral("exited")});
        QCOMPARE(noReason.code, 2);
        QVERIFY(noReason.err.contains("--reason"));
        const Run badDate = cli({QStringLiteral("membership"), QStringLiteral("set"), id,
            QStringLiteral("--exit-date"), QStringLiteral("31/12/2024")});
        QCOMPARE(badDate.code, 2);
        const Run exited = cli({QStringLiteral("--json"), QStringLiteral("membership"), QStringLiteral("set"),
            id, QStringLiteral("--state"), QStringLiteral("exited"), QStringLiteral("--reason"),
            QStringLiteral("Graduated"), QStringLiteral("--note"), QStringLiteral("cli test")});
        QCOMPARE(exited.code, 0);
        QCOMPARE(
            exited.json().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("exited"));
        const Run final = cli({QStringLiteral("membership"), QStringLiteral("set"), id,
            QStringLiteral("--state"), QStringLiteral("enrolled")});
        QCOMPARE(final.code, 1);
        QVERIFY(final.err.contains("final"));

        const Run history = cli({QStringLiteral("--json"), QStringLiteral("history"), id});
        QCOMPARE(history.code, 0);
        const QJsonArray h = history.json().toArray();
        QCOMPARE(h.last().toObject().value(QStringLiteral("to_state")).toString(), QStringLiteral("exited"));
        QCOMPARE(h.last().toObject().value(QStringLiteral("note")).toString(), QStringLiteral("cli test"));
        const Run timeline = cli({QStringLiteral("history"), QStringLiteral("--registrant"), registrant});
        QCOMPARE(timeline.code, 0);
        QVERIFY(timeline.out.contains("enrolled -> exited"));
        QVERIFY(timeline.out.startsWith("PROGRAM"));
    }

    // `report ... --pdf FILE` on each kind of server: a registrant's record with memberships and
    // history, a program's paused members, a program's summary; read back with pdftotext.
    void reportsAsPdf_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("rest") << QStringLiteral("rest");
        QTest::newRow("odoo") << QStringLiteral("odoo");
        QTest::newRow("spp2") << QStringLiteral("spp2");
    }
    void reportsAsPdf()
    {
        QFETCH(QString, kind);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: scripts/deps.sh installs it");
        std::unique_ptr<SandboxProcess> other;
        QString server;
        if (kind != QLatin1String("rest")) {
            QStringList args {
                QStringLiteral("--seed"), QStringLiteral("70"), QStringLiteral("--upstream-only")};
            if (kind == QLatin1String("spp2"))
                args += {QStringLiteral("--api-v2"), QStringLiteral("--token-rate"),
                    QStringLiteral("1000:100000")};
            other = std::make_unique<SandboxProcess>(args);
            QVERIFY2(other->start(), qPrintable(other->errorText()));
            server = other->baseUrl().adjusted(QUrl::RemovePath).toString();
        }
        const auto run
            = [&](const QStringList &a) { return cli(a, {}, true, QStringLiteral("demo"), server); };
        const auto pdfText = [](const QString &path) {
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        const Run paused = run({QStringLiteral("--json"), QStringLiteral("memberships"),
            QStringLiteral("--program"), QStringLiteral("Cash Transfer Program"), QStringLiteral("--state"),
            QStringLiteral("paused"), QStringLiteral("--limit"), QStringLiteral("1")});
        QVERIFY2(paused.code == 0, paused.err.constData());
        const QJsonObject m = paused.json().toArray().first().toObject();
        const QString registrant = m.contains(QStringLiteral("registrant_key"))
            ? m.value(QStringLiteral("registrant_key")).toString()
            : QString::number(m.value(QStringLiteral("registrant_id")).toInteger());
        const QString name = m.value(QStringLiteral("registrant_name")).toString();

        const QString record = m_dir.filePath(QStringLiteral("record-%1.pdf").arg(kind));
        const Run r1 = run({QStringLiteral("report"), QStringLiteral("individual"), registrant,
            QStringLiteral("--pdf"), record});
        QVERIFY2(r1.code == 0, r1.err.constData());
        const QString text1 = pdfText(record);
        QVERIFY2(text1.contains(name) && text1.contains(QStringLiteral("Cash Transfer Program"))
                && text1.contains(QStringLiteral("Paused")) && text1.contains(QStringLiteral("History")),
            qPrintable(text1));

        const QString members = m_dir.filePath(QStringLiteral("members-%1.pdf").arg(kind));
        const Run r2 = run({QStringLiteral("report"), QStringLiteral("members"), QStringLiteral("--program"),
            QStringLiteral("Cash Transfer Program"), QStringLiteral("--state"), QStringLiteral("paused"),
            QStringLiteral("--pdf"), members});
        QVERIFY2(r2.code == 0, r2.err.constData());
        const QString text2 = pdfText(members);
        QVERIFY2(text2.contains(QStringLiteral("Members in state Paused")) && text2.contains(name)
                && !text2.contains(QStringLiteral("Draft")) && !text2.contains(QStringLiteral("Exited")),
            qPrintable(text2.left(2000)));

        const QString summary = m_dir.filePath(QStringLiteral("summary-%1.pdf").arg(kind));
        const Run r3 = run({QStringLiteral("report"), QStringLiteral("program"), QStringLiteral("--program"),
            QStringLiteral("Cash Transfer Program"), QStringLiteral("--pdf"), summary});
        QVERIFY2(r3.code == 0, r3.err.constData());
        const QString text3 = pdfText(summary);
        QVERIFY2(text3.contains(QStringLiteral("Memberships by state"))
                && text3.contains(QStringLiteral("Month by month"))
                && text3.contains(QStringLiteral("Not eligible")),
            qPrintable(text3.left(2000)));

        const Run noFile = run({QStringLiteral("report"), QStringLiteral("program"),
            QStringLiteral("--program"), QStringLiteral("Cash Transfer Program")});
        QCOMPARE(noFile.code, 2);
        QVERIFY(noFile.err.contains("--pdf"));
    }

    void exitCodes()
    {
        QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(cli({QStringLiteral("individual"), QStringLiteral("get"), QStringLiteral("abc")}).code, 2);
        QCOMPARE(cli({QStringLiteral("memberships")}).code, 2);
        const Run auth = cli(
            {QStringLiteral("--password-stdin"), QStringLiteral("programs")}, QByteArray("nope\n"), false);
        QCOMPARE(auth.code, 3);
        QVERIFY(!auth.err.contains("nope")); // the password is never echoed
        const Run ro
            = cli({QStringLiteral("--password-stdin"), QStringLiteral("membership"), QStringLiteral("set"),
                      QStringLiteral("1"), QStringLiteral("--note"), QStringLiteral("x")},
                QByteArray("viewer\n"), false, QStringLiteral("viewer"));
        QCOMPARE(ro.code, 3);
        QCOMPARE(cli({QStringLiteral("programs")}, {}, true, QStringLiteral("demo"),
                     QStringLiteral("http://127.0.0.1:9/api/v1/registry"))
                     .code,
            4);
        QCOMPARE(
            cli({QStringLiteral("programs")}, {}, true, QStringLiteral("demo"), QStringLiteral("ftp://x"))
                .code,
            2);
    }

    // batch_enroll answers 503 every time: the row is reported as of unknown outcome (not "queued"),
    // `outbox` says so and what happens next, and `outbox discard` explains how to settle it.
    void anEnrolmentWhoseAnswerWasLostIsShownAsUnknown()
    {
        SandboxProcess faulty({QStringLiteral("--seed"), QStringLiteral("20"), QStringLiteral("--fail-path"),
            QStringLiteral("batch_enroll")});
        QVERIFY2(faulty.start(), qPrintable(faulty.errorText()));
        const QString url = faulty.baseUrl().toString();
        const QString person = writeFile(QStringLiteral("unknown-person.json"),
            R"({"name": "UNKNOWN, OUTCOME", "ids": [], "given_name": "U", "gender": null, "birth_place": null})");
        const Run created
            = cli({QStringLiteral("--json"), QStringLiteral("individual"), QStringLiteral("create"), person},
                {}, true, QStringLiteral("demo"), url);
        QCOMPARE(created.code, 0);
        const qint64 id = created.json().toObject().value(QStringLiteral("id")).toInteger();
        const QString list = writeFile(QStringLiteral("unknown.csv"), QByteArray::number(id) + "\n");
        const Run enrol = cli({QStringLiteral("enroll"), QStringLiteral("--program"), QStringLiteral("1"),
                                  QStringLiteral("--registrants"), list},
            {}, true, QStringLiteral("demo"), url);
        QVERIFY2(enrol.out.contains("1 unknown"), enrol.out.constData());
        QVERIFY2(!enrol.out.contains("queued"), enrol.out.constData());
        QVERIFY(enrol.out.contains("checks each against the server first"));
        const Run listed = cli({QStringLiteral("outbox")}, {}, true, QStringLiteral("demo"), url);
        QVERIFY2(listed.out.contains("unknown outcome"), listed.out.constData());
        QVERIFY(listed.out.contains("before anything is sent again"));
        g2p::Outbox outbox;
        QVERIFY(outbox.open(g2p::outboxFilePath(faulty.baseUrl(), QStringLiteral("demo"))));
        const QList<g2p::OutboxItem> onItsWay = outbox.items(g2p::OutboxItem::State::Sending);
        QCOMPARE(onItsWay.size(), 1);
        outbox.close();
        const Run discard
            = cli({QStringLiteral("outbox"), QStringLiteral("discard"), QString::number(onItsWay[0].id)}, {},
                true, QStringLiteral("demo"), url);
        QCOMPARE(discard.code, 1);
        QVERIFY2(discard.err.contains("unknown outcome") && discard.err.contains("outbox check"),
            discard.err.constData());
        // Settled now: `outbox check` asks the server (nothing is sent) and finds no membership;
        // the item becomes failed and can be discarded.
        const QString item = QString::number(onItsWay[0].id);
        const Run check = cli(
            {QStringLiteral("outbox"), QStringLiteral("check"), item}, {}, true, QStringLiteral("demo"), url);
        QCOMPARE(check.code, 1);
        QVERIFY2(check.out.contains("failed: Checked: the server does not have this change"),
            check.out.constData());
        QVERIFY2(
            check.out.contains(QByteArray("outbox discard ").append(item.toUtf8())), check.out.constData());
        const Run memberships = cli({QStringLiteral("--json"), QStringLiteral("memberships"),
                                        QStringLiteral("--registrant"), QString::number(id)},
            {}, true, QStringLiteral("demo"), url);
        QCOMPARE(memberships.code, 0);
        QVERIFY2(!memberships.out.contains("\"program_id\": 1,"), memberships.out.constData());
        const Run dropped = cli({QStringLiteral("outbox"), QStringLiteral("discard"), item}, {}, true,
            QStringLiteral("demo"), url);
        QCOMPARE(dropped.code, 0);
        const Run again = cli(
            {QStringLiteral("outbox"), QStringLiteral("check"), item}, {}, true, QStringLiteral("demo"), url);
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains("is discarded: its outcome is known"), again.out.constData());
    }

    // `profile show | remove`: what this server and user keep here; removal refuses while changes
    // wait (unless --force) and takes the local copy, the outbox and set-aside copies, nothing else.
    void profileShowAndRemove()
    {
        const QString server = QStringLiteral("http://127.0.0.1:9");
        const QString user = QStringLiteral("removal-test");
        const QString outboxPath = g2p::outboxFilePath(QUrl(server), user);
        const QString dir = QFileInfo(outboxPath).absolutePath();
        {
            g2p::Outbox o;
            QVERIFY(o.open(outboxPath));
            QVERIFY(o.enqueue(QStringLiteral("enroll"), {}, 5) > 0);
        }
        QFile aside(outboxPath + QStringLiteral(".damaged-20260101-000000"));
        QVERIFY(aside.open(QIODevice::WriteOnly));
        aside.close();
        QFile other(dir + QStringLiteral("/keep-me.txt"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();

        const Run shown = cli({QStringLiteral("--json"), QStringLiteral("profile"), QStringLiteral("show")},
            {}, false, user, server);
        QCOMPARE(shown.code, 0);
        const QJsonObject info = shown.json().toObject();
        QCOMPARE(info.value(QStringLiteral("unsettled_changes")).toInt(), 1);
        QCOMPARE(info.value(QStringLiteral("folder")).toString(), dir);
        QVERIFY(info.value(QStringLiteral("files")).toArray().size() >= 2);

        const Run refused
            = cli({QStringLiteral("profile"), QStringLiteral("remove")}, {}, false, user, server);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("not confirmed") && refused.err.contains("--force"),
            refused.err.constData());
        QVERIFY(QFile::exists(outboxPath));

        const Run removed
            = cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("--force")}, {}, false,
                user, server);
        QCOMPARE(removed.code, 0);
        QVERIFY2(removed.out.contains("removed"), removed.out.constData());
        QVERIFY(!QFile::exists(outboxPath));
        QVERIFY(!QFile::exists(aside.fileName()));
        QVERIFY(QFile::exists(other.fileName())); // not G2P Desk's: left alone
        QFile::remove(other.fileName());
        QDir().rmdir(dir);
    }

    // `sync` sends what waits in the outbox; `outbox retry` puts a failed change back in line.
    void syncAndRetryFromTheCommandLine()
    {
        const QList<qint64> people = createIndividuals(QStringLiteral("SYNC CLI"), 2);
        QCOMPARE(people.size(), 2);
        QList<qint64> items;
        {
            g2p::Outbox o; // as an earlier run left it: one change waiting, one failed
            QVERIFY(o.open(g2p::outboxFilePath(m_sandbox->baseUrl(), QStringLiteral("demo"))));
            QList<g2p::OutboxDraft> drafts;
            for (qint64 who : people) {
                g2p::EnrollChange e;
                e.programId = 1;
                e.registrantId = who;
                drafts << g2p::toDraft(e);
            }
            items = o.enqueueMany(drafts);
            QCOMPARE(items.size(), 2);
            QVERIFY(o.markSending(items[1]) && o.markFailed(items[1], QStringLiteral("refused earlier")));
        }
        const Run first = cli({QStringLiteral("sync")});
        QCOMPARE(first.code, 0);
        QVERIFY2(first.out.contains("1 confirmed, 0 failed or in conflict, 0 still waiting"),
            first.out.constData());
        const Run retried
            = cli({QStringLiteral("outbox"), QStringLiteral("retry"), QString::number(items[1])});
        QCOMPARE(retried.code, 0);
        QVERIFY2(retried.out.contains("will be sent again"), retried.out.constData());
        const Run again = cli({QStringLiteral("outbox"), QStringLiteral("retry"), QString::number(items[1])});
        QCOMPARE(again.code, 1); // pending now: nothing to retry
        const Run second = cli({QStringLiteral("sync")});
        QCOMPARE(second.code, 0);
        QVERIFY2(second.out.contains("1 confirmed"), second.out.constData());
        for (qint64 who : people) {
            const Run m = cli({QStringLiteral("--json"), QStringLiteral("memberships"),
                QStringLiteral("--registrant"), QString::number(who)});
            QCOMPARE(m.code, 0);
            QVERIFY2(m.out.contains("\"enrolled\""), m.out.constData());
        }
    }

    // --trust-fingerprint pins a self-signed server: refused without it (with the fingerprint to
    // compare), accepted with it, refused with another one.
    void trustFingerprintPinsASelfSignedServer()
    {
        QTemporaryDir dir;
        const g2p::test::TestCertificate c = g2p::test::makeCertificate(dir.path());
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        SandboxProcess tls({QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--tls-cert"),
            c.cert, QStringLiteral("--tls-key"), c.key});
        QVERIFY2(tls.start(), qPrintable(tls.errorText()));
        const QString url = tls.baseUrl().toString();
        const QString fingerprint = QString::fromLatin1(
            QSslCertificate::fromPath(c.cert).value(0).digest(QCryptographicHash::Sha256).toHex());
        QVERIFY(!fingerprint.isEmpty());
        const Run refused = cli({QStringLiteral("programs")}, {}, true, QStringLiteral("demo"), url);
        QVERIFY(refused.code != 0);
        QVERIFY2(refused.err.contains("--trust-fingerprint"), refused.err.constData());
        const Run pinned
            = cli({QStringLiteral("--trust-fingerprint"), fingerprint, QStringLiteral("programs")}, {}, true,
                QStringLiteral("demo"), url);
        QVERIFY2(pinned.code == 0, pinned.err.constData());
        QVERIFY(pinned.out.contains("Cash Transfer Program") || !pinned.out.isEmpty());
        const Run wrong = cli({QStringLiteral("--trust-fingerprint"), QString(64, QLatin1Char('0')),
                                  QStringLiteral("programs")},
            {}, true, QStringLiteral("demo"), url);
        QVERIFY(wrong.code != 0);
        QVERIFY2(wrong.err.contains("not the one trusted"), wrong.err.constData());
    }

    // --session-auth signs in with an Odoo session (Odoo 15 base_rest servers) instead of Basic.
    void sessionAuthSignsInWithAnOdooSession()
    {
        const Run ok = cli({QStringLiteral("--session-auth"), QStringLiteral("programs")});
        QVERIFY2(ok.code == 0, ok.err.constData());
        const Run bad = cli({QStringLiteral("--session-auth"), QStringLiteral("programs")}, {}, false);
        QVERIFY(bad.code != 0); // no password: nothing to sign in with
    }

    // `password save | forget` with a real keyring (run by the tst_cli_keyring test inside a private
    // D-Bus session with gnome-keyring): saved, used instead of G2P_PASSWORD, forgotten. Without a
    // keyring, saving fails plainly and nothing is written anywhere else.
    void passwordSaveAndForget()
    {
        if (!withKeyring()) {
            const Run save = cli({QStringLiteral("password"), QStringLiteral("save")});
            QCOMPARE(save.code, 3);
            QVERIFY2(save.err.contains("not saved") && save.err.contains("Nothing was written anywhere else"),
                save.err.constData());
            QSKIP("the keyring half runs as tst_cli_keyring (run_with_keyring.sh)");
        }
        const Run save = cli({QStringLiteral("password"), QStringLiteral("save")});
        QVERIFY2(save.code == 0, save.err.constData());
        const Run fromKeyring = cli({QStringLiteral("programs")}, {}, false);
        QVERIFY2(fromKeyring.code == 0, fromKeyring.err.constData());
        const Run forget = cli({QStringLiteral("password"), QStringLiteral("forget")});
        QVERIFY2(forget.code == 0, forget.err.constData());
        const Run without = cli({QStringLiteral("programs")}, {}, false);
        QVERIFY(without.code != 0);
    }

    // http:// to another machine would send the password in clear: refused before anything is
    // sent unless --allow-insecure-http; a password in the address is refused too.
    void plainHttpToAnotherMachineIsRefused()
    {
        const Run plain = cli({QStringLiteral("programs")}, {}, true, QStringLiteral("demo"),
            QStringLiteral("http://192.0.2.10:8069/api/v1/registry"));
        QCOMPARE(plain.code, 2);
        QVERIFY2(plain.err.contains("--allow-insecure-http") && plain.err.contains("unencrypted"),
            plain.err.constData());
        QUrl withSecret = m_sandbox->baseUrl();
        withSecret.setUserInfo(QStringLiteral("demo:s3cret"));
        const Run secret
            = cli({QStringLiteral("programs")}, {}, true, QStringLiteral("demo"), withSecret.toString());
        QCOMPARE(secret.code, 2);
        QVERIFY(!secret.err.contains("s3cret"));
        // Loopback stays allowed over http (the sandbox).
        QCOMPARE(cli({QStringLiteral("programs")}).code, 0);
    }

    // A name holding terminal escapes (set by anyone who can edit the registry) is printed with
    // them replaced: it cannot retitle the window, recolour or hide the output.
    void serverStringsCannotDriveTheTerminal()
    {
        QJsonObject person {{QStringLiteral("ids"), QJsonArray()},
            {QStringLiteral("given_name"), QStringLiteral("E")}, {QStringLiteral("gender"), QJsonValue()},
            {QStringLiteral("birth_place"), QJsonValue()}};
        person.insert(QStringLiteral("name"),
            QString(QStringLiteral("EVIL") + QChar(0x1b) + QStringLiteral("]0;owned") + QChar(0x07)
                + QStringLiteral(" ") + QChar(0x1b) + QStringLiteral("[8mHIDDEN") + QChar(0x9b)
                + QStringLiteral("2J ") + QChar(0x202e) + QStringLiteral("TXET")));
        const QString file = writeFile(QStringLiteral("escape.json"), QJsonDocument(person).toJson());
        const Run created
            = cli({QStringLiteral("--json"), QStringLiteral("individual"), QStringLiteral("create"), file});
        QCOMPARE(created.code, 0);
        const qint64 id = created.json().toObject().value(QStringLiteral("id")).toInteger();
        const Run shown = cli({QStringLiteral("individual"), QStringLiteral("get"), QString::number(id)});
        QCOMPARE(shown.code, 0);
        QVERIFY2(shown.out.contains("EVIL?]0;owned? ?[8mHIDDEN?2J ?TXET"), shown.out.constData());
        for (char c : shown.out)
            QVERIFY(c == '\n' || c == '\t' || (unsigned char)(c) >= 0x20);
        QVERIFY(!shown.out.contains("\xc2\x9b"));
        QVERIFY(!shown.out.contains("\xe2\x80\xae"));
        // --json keeps the value exactly (escaped by JSON itself).
        const Run json = cli({QStringLiteral("--json"), QStringLiteral("individual"), QStringLiteral("get"),
            QString::number(id)});
        QVERIFY(json.json().toObject().value(QStringLiteral("name")).toString().contains(QChar(0x1b)));
    }

    void noPasswordExplainsTheKeyring()
    {
        const Run r = cli({QStringLiteral("programs")}, QByteArray(), false);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("keyring"), r.err.constData());
        QVERIFY(r.err.contains("--password-stdin"));
    }

    void upstreamOnlyServer()
    {
        SandboxProcess upstream(
            {QStringLiteral("--upstream-only"), QStringLiteral("--seed"), QStringLiteral("20")});
        QVERIFY2(upstream.start(), qPrintable(upstream.errorText()));
        // Forced to the REST API, a stock server offers registry data only...
        const Run r = cli({QStringLiteral("--backend"), QStringLiteral("rest"), QStringLiteral("programs")},
            {}, true, QStringLiteral("demo"), upstream.baseUrl().toString());
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains("registry data only"));
        // ... while auto-detection finds its Odoo external API, where programs are (plain address).
        const Run odoo = cli({QStringLiteral("programs")}, {}, true, QStringLiteral("demo"),
            upstream.baseUrl().adjusted(QUrl::RemovePath).toString());
        QCOMPARE(odoo.code, 0);
        QVERIFY2(odoo.out.contains("Cash Transfer Program"), odoo.out.constData());
        const Run ok = cli({QStringLiteral("individual"), QStringLiteral("get"), QStringLiteral("2")}, {},
            true, QStringLiteral("demo"), upstream.baseUrl().toString());
        QVERIFY(ok.code == 0 || ok.code == 1); // id 2 may be a group in the demo data
    }

    // OpenSPP2's API v2 from its plain address: records named by identifiers in and out, a change
    // through the transition table, the history said to be this machine's own, and an import that
    // names its registrant by ID type and number (looked up on the server: the CLI keeps no copy).
    void apiV2Server()
    {
        SandboxProcess v2(
            {QStringLiteral("--upstream-only"), QStringLiteral("--api-v2"), QStringLiteral("--token-rate"),
                QStringLiteral("1000:100000"), QStringLiteral("--seed"), QStringLiteral("60")});
        QVERIFY2(v2.start(), qPrintable(v2.errorText()));
        const QString server = v2.baseUrl().adjusted(QUrl::RemovePath).toString();
        const auto run
            = [&](const QStringList &args) { return cli(args, {}, true, QStringLiteral("demo"), server); };
        const Run programs = run({QStringLiteral("programs")});
        QVERIFY2(programs.code == 0, programs.err.constData());
        QVERIFY2(programs.out.contains("urn:openspp:program|cash-transfer-program ")
                && programs.out.contains(" Cash Transfer Program "),
            programs.out.constData());

        const Run enrolled = run({QStringLiteral("--json"), QStringLiteral("memberships"),
            QStringLiteral("--program"), QStringLiteral("Cash Transfer Program"), QStringLiteral("--state"),
            QStringLiteral("enrolled"), QStringLiteral("--limit"), QStringLiteral("1")});
        QVERIFY2(enrolled.code == 0, enrolled.err.constData());
        const QJsonObject m = enrolled.json().toArray().first().toObject();
        const QString key = m.value(QLatin1String("key")).toString();
        const QString registrant = m.value(QLatin1String("registrant_key")).toString();
        QVERIFY2(key.startsWith(QLatin1String("system_id|"))
                && key.endsWith(QLatin1String("?program=cash-transfer-program")),
            qPrintable(key));

        // A change the transition table refuses is refused here, before anything is sent.
        const Run draft = run({QStringLiteral("membership"), QStringLiteral("set"), key,
            QStringLiteral("--state"), QStringLiteral("draft")});
        QCOMPARE(draft.code, 1);
        QVERIFY2(draft.err.contains(key.toUtf8()), draft.err.constData());
        const Run paused
            = run({QStringLiteral("membership"), QStringLiteral("set"), key, QStringLiteral("--state"),
                QStringLiteral("paused"), QStringLiteral("--note"), QStringLiteral("Travelling")});
        QVERIFY2(paused.code == 0, paused.err.constData());
        QVERIFY2(paused.out.contains("paused"), paused.out.constData());

        // The server keeps no history: the CLI says so and shows what this machine sent.
        const Run history = run({QStringLiteral("history"), key});
        QVERIFY2(history.code == 0, history.err.constData());
        QVERIFY2(history.err.contains("keeps no history"), history.err.constData());
        QVERIFY2(history.out.contains("enrolled -> paused") && history.out.contains("Travelling")
                && history.out.contains("confirmed by the server"),
            history.out.constData());

        // Resumed by an import naming the registrant by ID type and number.
        const Run person = run(
            {QStringLiteral("--json"), QStringLiteral("individual"), QStringLiteral("get"), registrant});
        QVERIFY2(person.code == 0, person.err.constData());
        QCOMPARE(person.json().toObject().value(QLatin1String("key")).toString(), registrant);
        const QJsonObject nid
            = person.json().toObject().value(QLatin1String("reg_ids")).toArray().first().toObject();
        const QString sheet = writeFile(QStringLiteral("v2-import.csv"),
            QStringLiteral("ID type,ID number,Program,State\n%1,%2,Cash Transfer Program,enrolled\n")
                .arg(nid.value(QLatin1String("id_type_as_str")).toString(),
                    nid.value(QLatin1String("value")).toString())
                .toUtf8());
        const Run imported = run({QStringLiteral("import"), sheet});
        QVERIFY2(imported.code == 0, QByteArray(imported.out + imported.err).constData());
        const Run after = run({QStringLiteral("--json"), QStringLiteral("memberships"),
            QStringLiteral("--registrant"), registrant});
        QVERIFY2(after.code == 0, after.err.constData());
        bool resumed = false;
        for (const QJsonValue &v : after.json().toArray())
            resumed = resumed
                || (v.toObject().value(QLatin1String("key")).toString() == key
                    && v.toObject().value(QLatin1String("state")).toString() == QLatin1String("enrolled"));
        QVERIFY2(resumed, after.out.constData());
        const Run timeline = run({QStringLiteral("history"), QStringLiteral("--registrant"), registrant});
        QVERIFY2(timeline.out.contains("paused -> enrolled"), timeline.out.constData());
    }

    // One access token a day however many CLI calls: with the keyring, a server allowing one token
    // a day serves every call; without one, the second call is told the limit and what to do.
    void apiV2TokenLastsAcrossCalls()
    {
        SandboxProcess v2(
            {QStringLiteral("--upstream-only"), QStringLiteral("--api-v2"), QStringLiteral("--token-rate"),
                QStringLiteral("100:1"), QStringLiteral("--seed"), QStringLiteral("20")});
        QVERIFY2(v2.start(), qPrintable(v2.errorText()));
        const QString server = v2.baseUrl().adjusted(QUrl::RemovePath).toString();
        // From the plain address: finding out what the server speaks must not cost a token of its own.
        const QStringList programs {QStringLiteral("programs")};
        const Run first = cli(programs, {}, true, QStringLiteral("demo"), server);
        QVERIFY2(first.code == 0, first.err.constData());
        if (!withKeyring()) {
            QVERIFY2(first.err.contains("no keyring to keep the access token"), first.err.constData());
            const Run second = cli(programs, {}, true, QStringLiteral("demo"), server);
            QCOMPARE(second.code, 3);
            QVERIFY2(second.err.contains("refuses new sign-ins"), second.err.constData());
            QSKIP("the keyring half runs as tst_cli_keyring (run_with_keyring.sh)");
        }
        QVERIFY2(!first.err.contains("no keyring"), first.err.constData());
        for (int i = 0; i < 5; ++i) {
            const Run again = cli(programs, {}, true, QStringLiteral("demo"), server);
            QVERIFY2(again.code == 0, again.err.constData());
            QVERIFY(again.out.contains("Cash Transfer Program"));
        }
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
