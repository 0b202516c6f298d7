// The bulk-edit page driven with the keyboard and mouse, offscreen, against a sandbox over
// loopback: load a program's members, type, fill down, undo, follow an issue to its cell, restore,
// review, send, and see each row's result — including a row someone else changed meanwhile.
#include "apiclient.h"
#include "bulkeditpage.h"
#include "cacherefresh.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "nextdialog.h"
#include "registrantpane.h"
#include "registrantspage.h"
#include "reviewdialog.h"
#include "sandboxprocess.h"
#include "testsessions.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace g2p;
using g2p::test::SandboxProcess;
using G = MembershipGridModel;

using g2p::test::onNextDialog;

class TstBulkUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_settingsDir;

    ClientConfig config() const
    {
        ClientConfig c;
        c.baseUrl = m_sandbox->baseUrl();
        c.user = c.password = QStringLiteral("demo");
        c.timeoutMs = 10000;
        return c;
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        auto session = test::sessions().open(config());
        QSignalSpy connected(session.get(), &RegistrySession::connected);
        session->connectToServer();
        if (connected.isEmpty() && !connected.wait(20000))
            return nullptr;
        QSignalSpy programs(session.get(), &RegistrySession::programsChanged);
        if (session->programs().isEmpty())
            programs.wait(10000);
        auto w = std::make_unique<MainWindow>(std::move(session));
        w->showPage(MainWindow::Individuals); // as `g2p-desk --section individuals` (it opens on Start)
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return nullptr;
        QApplication::setActiveWindow(w.get());
        return w;
    }

    // Types into a plain cell as an officer does: select it, type, Enter.
    static void typeInto(QTableView *table, const QModelIndex &cell, const QString &text)
    {
        table->setCurrentIndex(cell);
        QTest::keyClicks(table, text.left(1)); // opens the editor, which then has the focus
        QTest::keyClicks(QApplication::focusWidget(), text.mid(1));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }

    // Opens the cell's combo box with F2, types the choice and presses Enter.
    static void chooseIn(QTableView *table, const QModelIndex &cell, const QString &text)
    {
        table->setCurrentIndex(cell);
        QTest::keyClick(table, Qt::Key_F2);
        auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
        if (!combo && QApplication::focusWidget())
            combo = qobject_cast<QComboBox *>(QApplication::focusWidget()->parentWidget());
        QVERIFY2(combo, "the cell should open a list of choices");
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), text);
        QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    }

    // Chooses program 1 and loads its members with Ctrl+L, then waits until every one is in the
    // grid and the grid can be edited.
    void loadMembersOfProgram1(BulkEditPage *page)
    {
        QComboBox *program = page->programBox();
        program->setCurrentIndex(program->findData(qint64(1)));
        QVERIFY(program->currentIndex() > 0);
        page->table()->setFocus();
        QTest::keyClick(page->table(), Qt::Key_L, Qt::ControlModifier);
        ApiClient client(&m_nam, config());
        MembershipFilter all;
        all.programId = 1;
        auto total = test::wait(client.listMemberships(all, 1, 0));
        QVERIFY(total->succeeded());
        QTRY_COMPARE_WITH_TIMEOUT(qint64(page->model()->rowCount()), total->result().total, 20000);
        QTRY_VERIFY(
            !page->isSubmitting() && page->table()->editTriggers() != QAbstractItemView::NoEditTriggers);
    }

    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            QTest::qFail(qPrintable(QStringLiteral("cannot write ") + path), __FILE__, __LINE__);
        return path;
    }

    static void select(QTableView *table, int fromRow, int toRow, int column)
    {
        QItemSelection s(table->model()->index(fromRow, column), table->model()->index(toRow, column));
        table->selectionModel()->select(s, QItemSelectionModel::ClearAndSelect);
        table->selectionModel()->setCurrentIndex(
            table->model()->index(fromRow, column), QItemSelectionModel::NoUpdate);
    }

private Q_SLOTS:
    // A dialog handler whose dialog never came must not act on the next test's dialogs.
    void cleanup() { g2p::test::stopDialogHandlers(); }
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("g2p-desk-test"));
        m_nam.setProxy(QNetworkProxy::NoProxy);
        m_sandbox
            = std::make_unique<SandboxProcess>(QStringList {QStringLiteral("--seed"), QStringLiteral("300")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorText()));
    }

    void editReviewAndSend()
    {
        auto w = openWindow();
        QVERIFY(w);
        BulkEditPage *page = w->bulkPage();
        QTest::keyClick(w.get(), Qt::Key_4, Qt::ControlModifier);
        QVERIFY(page->isVisible());
        G *grid = page->model();
        QTableView *table = page->table();

        // Load the members of program 1 with the keyboard.
        loadMembersOfProgram1(page);
        if (QTest::currentTestFailed())
            return;
        ApiClient client(&m_nam, config());

        // The first four enrolled rows.
        QList<int> rows;
        for (int r = 0; r < grid->rowCount() && rows.size() < 4; ++r)
            if (grid->data(grid->index(r, G::State)).toString() == QStringLiteral("Enrolled"))
                rows << r;
        QCOMPARE(rows.size(), 4);
        // Bring them together at the top, so fill down can reach them: sorting is the officer's
        // way; here the first rows are used when they are adjacent, else each is edited alone.
        const bool adjacent = rows[3] - rows[0] == 3;

        // Exit the first by choosing the state and typing a date.
        chooseIn(table, grid->index(rows[0], G::State), QStringLiteral("Exited"));
        // The delegate commits an editor on Enter through a queued call.
        QTRY_COMPARE(grid->data(grid->index(rows[0], G::State)).toString(), QStringLiteral("Exited"));
        typeInto(table, grid->index(rows[0], G::ExitDate), QStringLiteral("2026-11-20"));
        QTRY_COMPARE(grid->data(grid->index(rows[0], G::ExitDate)).toString(), QStringLiteral("2026-11-20"));
        typeInto(table, grid->index(rows[0], G::ExitReason), QStringLiteral("Graduated"));
        QTRY_COMPARE(grid->data(grid->index(rows[0], G::ExitReason)).toString(), QStringLiteral("Graduated"));
        QVERIFY(grid->data(grid->index(rows[0], G::State), G::ChangedRole).toBool());
        QVERIFY(grid->data(grid->index(rows[0], G::State), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Enrolled")));

        // Fill down (Ctrl+D) the state and the date onto the next two rows, then undo and redo it.
        if (adjacent) {
            QItemSelection s(grid->index(rows[0], G::State), grid->index(rows[2], G::ExitReason));
            table->selectionModel()->select(s, QItemSelectionModel::ClearAndSelect);
            QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
            QCOMPARE(grid->data(grid->index(rows[2], G::State)).toString(), QStringLiteral("Exited"));
            QCOMPARE(grid->data(grid->index(rows[2], G::ExitDate)).toString(), QStringLiteral("2026-11-20"));
            QTest::keySequence(table, QKeySequence(QKeySequence::Undo));
            QCOMPARE(grid->data(grid->index(rows[2], G::State)).toString(), QStringLiteral("Enrolled"));
            QTest::keySequence(table, QKeySequence(QKeySequence::Redo));
            QCOMPARE(grid->data(grid->index(rows[2], G::State)).toString(), QStringLiteral("Exited"));
        } else {
            for (int i : {1, 2}) {
                QApplication::clipboard()->setText(QStringLiteral("Exited\t\t2026-11-20\tGraduated"));
                table->setCurrentIndex(grid->index(rows[i], G::State));
                QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
                QCOMPARE(grid->data(grid->index(rows[i], G::State)).toString(), QStringLiteral("Exited"));
            }
            QTest::keySequence(table, QKeySequence(QKeySequence::Undo));
            QCOMPARE(grid->data(grid->index(rows[2], G::State)).toString(), QStringLiteral("Enrolled"));
            QTest::keySequence(table, QKeySequence(QKeySequence::Redo));
            QCOMPARE(grid->data(grid->index(rows[2], G::State)).toString(), QStringLiteral("Exited"));
        }

        // Set cells (Ctrl+Shift+F): one value for every selected cell, asked in a dialog wide
        // enough for its title (sized to its label, the window manager cut it to "Set sele…").
        {
            QItemSelection reasons(grid->index(rows[1], G::ExitReason), grid->index(rows[1], G::ExitReason));
            reasons.select(grid->index(rows[2], G::ExitReason), grid->index(rows[2], G::ExitReason));
            table->selectionModel()->select(reasons, QItemSelectionModel::ClearAndSelect);
            int width = 0, titleWidth = 0;
            onNextDialog([&](QDialog *d) {
                auto *ask = qobject_cast<QInputDialog *>(d);
                QVERIFY(ask);
                width = ask->width();
                // The title as the window manager shows it, and room for the title bar's buttons.
                titleWidth = ask->fontMetrics().horizontalAdvance(ask->windowTitle()
                                 + QStringLiteral(" \u2014 ") + QGuiApplication::applicationDisplayName())
                    + 96;
                ask->setTextValue(QStringLiteral("Graduated early"));
                ask->accept();
            });
            QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
            QTRY_COMPARE(grid->data(grid->index(rows[2], G::ExitReason)).toString(),
                QStringLiteral("Graduated early"));
            QCOMPARE(grid->data(grid->index(rows[1], G::ExitReason)).toString(),
                QStringLiteral("Graduated early"));
            QVERIFY2(width >= titleWidth, qPrintable(QStringLiteral("%1 / %2").arg(width).arg(titleWidth)));
            QApplication::setActiveWindow(w.get()); // (offscreen: no window manager gives it back)
            table->setFocus();
        }

        // A wrong date is listed as an issue; clicking it goes to the cell; Delete restores it.
        typeInto(table, grid->index(rows[3], G::EnrollmentDate), QStringLiteral("31/02/2026"));
        QListWidget *issues = page->issueList();
        QTRY_VERIFY(issues->count() > 0);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table)); // the editor closed
        QListWidgetItem *issue = issues->item(0);
        QVERIFY2(issue->text().contains(QString::number(rows[3] + 1)), qPrintable(issue->text()));
        QTest::mouseClick(issues->viewport(), Qt::LeftButton, {}, issues->visualItemRect(issue).center());
        QCOMPARE(table->currentIndex(), grid->index(rows[3], G::EnrollmentDate));
        QTest::keyClick(table, Qt::Key_Delete);
        QTRY_COMPARE(issues->count(), 0); // listed again on the next turn of the event loop

        // Pause the fourth with a paste, as from a spreadsheet.
        QApplication::clipboard()->setText(QStringLiteral("Paused\n"));
        table->setCurrentIndex(grid->index(rows[3], G::State));
        QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(grid->data(grid->index(rows[3], G::State)).toString(), QStringLiteral("Paused"));

        // Someone else exits the fourth on the server meanwhile.
        const qint64 fourthId = grid->data(grid->index(rows[3], G::RegistrantId)).toLongLong();
        MembershipFilter f;
        f.programId = 1;
        f.registrantId = fourthId;
        auto theirs = test::wait(client.listMemberships(f, 1, 0));
        QVERIFY(theirs->succeeded() && !theirs->result().items.isEmpty());
        MembershipUpdate other;
        other.state = MembershipState::Exited;
        other.exitReason = QStringLiteral("Moved out of the area");
        QVERIFY(test::wait(client.updateMembership(theirs->result().items.first().id, other))->succeeded());

        // Review (Ctrl+Enter) says what will happen; send.
        QString reviewed;
        int listed = 0;
        onNextDialog([&](QDialog *d) {
            auto *review = qobject_cast<ReviewDialog *>(d);
            if (review) {
                reviewed = review->summaryText();
                listed = review->changeList()->topLevelItemCount();
            }
            d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QSignalSpy finished(page, &BulkEditPage::submissionFinished);
        QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(reviewed.contains(QStringLiteral("4 row")), qPrintable(reviewed));
        QVERIFY2(reviewed.contains(QStringLiteral("3 exit")), qPrintable(reviewed));
        QVERIFY2(reviewed.contains(QStringLiteral("1 pause")), qPrintable(reviewed));
        QCOMPARE(listed, 3 * 3 + 1); // state, date and reason for each exit; state for the pause
        QVERIFY(finished.wait(60000));

        for (int i : {0, 1, 2}) {
            const QString result = grid->data(grid->index(rows[i], G::Result)).toString();
            QVERIFY2(result.startsWith(QStringLiteral("done")), qPrintable(result));
            QVERIFY(!grid->isChanged(rows[i]));
        }
        QVERIFY(grid->hasConflict(rows[3]));
        QVERIFY(
            grid->data(grid->index(rows[3], G::Result)).toString().startsWith(QStringLiteral("conflict")));
        QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("right-click")),
            qPrintable(page->statusLabel()->text()));
        grid->takeTheirs(rows[3]);
        QCOMPARE(grid->data(grid->index(rows[3], G::State)).toString(), QStringLiteral("Exited"));

        // The server has the exits, with the date typed.
        const qint64 firstId = grid->data(grid->index(rows[0], G::RegistrantId)).toLongLong();
        f.registrantId = firstId;
        auto check = test::wait(client.listMemberships(f, 1, 0));
        QVERIFY(check->succeeded() && !check->result().items.isEmpty());
        QCOMPARE(check->result().items.first().state, MembershipState::Exited);
        QCOMPARE(check->result().items.first().exitDate, QDate(2026, 11, 20));

        // Exported with results.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(page->exportTo(dir.filePath(QStringLiteral("results.csv")), &error), qPrintable(error));
        QFile csv(dir.filePath(QStringLiteral("results.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.contains(QStringLiteral("done")));
        QVERIFY(text.contains(QStringLiteral("2026-11-20")));
    }

    // Import: the mapping step guesses the columns, the officer fixes one, the rows land in the grid
    // with their problems listed; lines that could not be loaded are listed too. The mapping is
    // remembered for the next file with the same headers.
    void importFileThroughTheMappingStep()
    {
        auto w = openWindow();
        QVERIFY(w);
        BulkEditPage *page = w->bulkPage();
        w->showPage(MainWindow::BulkEdit);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("changes.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Two enrolled members of program 1 that the other tests leave alone, and an exited one.
        ApiClient client(&m_nam, config());
        MembershipFilter enrolled;
        enrolled.programId = 1;
        enrolled.state = MembershipState::Enrolled;
        auto pick = test::wait(client.listMemberships(enrolled, 2, 20));
        MembershipFilter exited = enrolled;
        exited.state = MembershipState::Exited;
        auto gone = test::wait(client.listMemberships(exited, 1, 0));
        QVERIFY(pick->succeeded() && pick->result().items.size() == 2 && gone->succeeded());
        const QByteArray a = QByteArray::number(pick->result().items[0].registrantId);
        const QByteArray b = QByteArray::number(pick->result().items[1].registrantId);
        const QByteArray x = QByteArray::number(gone->result().items[0].registrantId);
        f.write("Beneficiary,Program,Status,Exit date,Why\n" + a
            + ",Cash Transfer Program,exited,01/11/2026,Graduated\n" + b + ",Cash Transfer Program,paused,,\n"
            + x
            + ",Cash Transfer Program,paused,,\n"
              "999999,Cash Transfer Program,enrolled,,\n"
            + b + ",Cash Transfer Program,paused,,\n");
        f.close();

        QStringList guessed;
        bool okDisabledFirst = false;
        onNextDialog([&](QDialog *d) {
            auto *dialog = qobject_cast<ImportDialog *>(d);
            if (!dialog) {
                d->reject();
                return;
            }
            for (int c = 0; c < 5; ++c)
                guessed << dialog->fieldBox(c)->currentText();
            okDisabledFirst = !dialog->problemLabel()->text().isEmpty();
            // The officer says what "Beneficiary" and "Why" hold, and that dates are day first.
            QComboBox *id = dialog->fieldBox(0);
            id->setCurrentIndex(id->findData(int(ImportField::RegistrantId)));
            QComboBox *why = dialog->fieldBox(4);
            why->setCurrentIndex(why->findData(int(ImportField::ExitReason)));
            for (QComboBox *c : dialog->findChildren<QComboBox *>())
                if (c->findData(int(DatePolicy::DayFirst)) >= 0 && c->count() == 4)
                    c->setCurrentIndex(c->findData(int(DatePolicy::DayFirst)));
            QVERIFY(dialog->problemLabel()->text().isEmpty());
            dialog->accept();
        });
        QSignalSpy done(page, &BulkEditPage::importFinished);
        page->importFile(path);
        QVERIFY(done.wait(30000));
        QCOMPARE(guessed.value(0), QStringLiteral("(ignore)")); // "Beneficiary" is not a known header
        QCOMPARE(guessed.value(1), QStringLiteral("Program"));
        QCOMPARE(guessed.value(2), QStringLiteral("State"));
        QCOMPARE(guessed.value(3), QStringLiteral("Exit date"));
        QVERIFY(okDisabledFirst);

        G *grid = page->model();
        QCOMPARE(grid->rowCount(), 3);
        QCOMPARE(
            grid->data(grid->index(0, G::ExitDate)).toString(), QStringLiteral("01/11/2026")); // as typed
        const QList<GridChange> changes = grid->changes();
        QCOMPARE(changes.size(), 2); // the exit and the pause; 351 cannot go from exited to paused
        QCOMPARE(changes[0].update.exitDate, QDate(2026, 11, 1)); // read day first, as chosen
        QStringList issues;
        for (int i = 0; i < page->issueList()->count(); ++i)
            issues << page->issueList()->item(i)->text();
        const QString all = issues.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("File line 5")) && all.contains(QStringLiteral("999999")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("File line 6"))
                && all.contains(QStringLiteral("Duplicate of line 3")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Row 3, State")), qPrintable(all));
        QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("2 line")),
            qPrintable(page->statusLabel()->text()));

        // The same headers next time: the officer's choices come back.
        QStringList remembered;
        onNextDialog([&](QDialog *d) {
            if (auto *dialog = qobject_cast<ImportDialog *>(d))
                remembered << dialog->fieldBox(0)->currentText() << dialog->fieldBox(4)->currentText();
            d->reject();
        });
        const QString second = dir.filePath(QStringLiteral("again.csv"));
        QVERIFY(QFile::copy(path, second));
        page->importFile(second);
        QTRY_COMPARE(remembered.size(), 2);
        QCOMPARE(remembered, (QStringList {QStringLiteral("Registrant ID"), QStringLiteral("Exit reason")}));
    }

    // Import into a grid that already holds a program's members: the officer is asked, and merging
    // puts each line onto the row of its membership (never a second row). Delete on a cell from the
    // file restores what the file said; the review shows the enrolment date the server will stamp
    // on a resume. Replacing leaves only the file's rows.
    void importIntoLoadedMembersMergesOntoTheirRows()
    {
        auto w = openWindow();
        QVERIFY(w);
        BulkEditPage *page = w->bulkPage();
        w->showPage(MainWindow::BulkEdit);
        G *grid = page->model();
        QTableView *table = page->table();
        loadMembersOfProgram1(page);
        if (QTest::currentTestFailed())
            return;
        const int loaded = grid->rowCount();
        int paused = -1, enrolled = -1;
        for (int r = loaded - 1; r >= 0; --r) {
            const QString state = grid->data(grid->index(r, G::State)).toString();
            if (paused < 0 && state == QStringLiteral("Paused"))
                paused = r;
            if (enrolled < 0 && state == QStringLiteral("Enrolled"))
                enrolled = r;
        }
        if (paused < 0)
            QSKIP("the demo data of seed 300 has no paused member in program 1 any more");
        QVERIFY(enrolled >= 0);
        const QString p = grid->data(grid->index(paused, G::RegistrantId)).toString();
        const QString e = grid->data(grid->index(enrolled, G::RegistrantId)).toString();
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("merge.csv"),
            QStringLiteral("registrant_id,program,state,exit_reason\n%1,Cash Transfer Program,enrolled,\n"
                           "%2,Cash Transfer Program,exited,Moved away\n")
                .arg(p, e)
                .toUtf8());

        QString asked;
        onNextDialog([&](QDialog *d) {
            d->accept(); // the mapping step
            onNextDialog([&](QDialog *box) {
                asked = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
                box->findChild<QPushButton *>(QStringLiteral("mergeRows"))->click();
            });
        });
        QSignalSpy done(page, &BulkEditPage::importFinished);
        page->importFile(path);
        QVERIFY(done.wait(30000));
        QVERIFY2(asked.contains(QString::number(loaded)), qPrintable(asked));
        QCOMPARE(grid->rowCount(), loaded); // merged: no second row for either membership
        QCOMPARE(grid->data(grid->index(paused, G::State)).toString(), QStringLiteral("enrolled"));
        QCOMPARE(grid->sourceLine(paused), 2);
        QCOMPARE(grid->data(grid->index(enrolled, G::ExitReason)).toString(), QStringLiteral("Moved away"));
        QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("2 line(s) went onto rows")),
            qPrintable(page->statusLabel()->text()));

        // The officer mistypes the reason, then Delete puts back what the file said.
        QApplication::setActiveWindow(w.get()); // back from the dialogs
        table->setFocus();
        typeInto(table, grid->index(enrolled, G::ExitReason), QStringLiteral("typo"));
        QTRY_COMPARE(grid->data(grid->index(enrolled, G::ExitReason)).toString(), QStringLiteral("typo"));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
        table->setCurrentIndex(grid->index(enrolled, G::ExitReason));
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(grid->data(grid->index(enrolled, G::ExitReason)).toString(), QStringLiteral("Moved away"));
        QCOMPARE(grid->data(grid->index(enrolled, G::State)).toString(), QStringLiteral("exited"));

        // The review shows the date the server stamps on the resume; the officer cancels.
        QStringList lines;
        onNextDialog([&](QDialog *d) {
            if (auto *review = qobject_cast<ReviewDialog *>(d))
                for (int i = 0; i < review->changeList()->topLevelItemCount(); ++i) {
                    const QTreeWidgetItem *item = review->changeList()->topLevelItem(i);
                    lines << item->text(0) + QLatin1Char('|') + item->text(2) + QLatin1Char('|')
                            + item->text(3) + QLatin1Char('|') + item->text(4);
                }
            d->reject();
        });
        QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!lines.isEmpty());
        const QString reviewed = lines.join(QLatin1Char('\n'));
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        QVERIFY2(reviewed.contains(QStringLiteral("|Enrollment date|"))
                && reviewed.contains(today + QStringLiteral(" (set by the server)")),
            qPrintable(reviewed));
        QVERIFY2(reviewed.contains(QStringLiteral("|Exit date|—|") + today), qPrintable(reviewed));

        // Importing again and choosing Replace: only the file's rows stay.
        onNextDialog([&](QDialog *d) {
            d->accept();
            onNextDialog(
                [](QDialog *box) { box->findChild<QPushButton *>(QStringLiteral("replaceRows"))->click(); });
        });
        QApplication::setActiveWindow(w.get());
        page->importFile(path);
        QVERIFY(done.wait(30000));
        QCOMPARE(grid->rowCount(), 2);
        QCOMPARE(grid->sourceLine(0), 2);
        QCOMPARE(grid->sourceLine(1), 3);
    }

    // Cancel while a large file is read (on a pool thread): the reading stops, nothing is imported,
    // the page says so and is usable again.
    void cancellingTheReadingOfAFile()
    {
        auto w = openWindow();
        QVERIFY(w);
        BulkEditPage *page = w->bulkPage();
        w->showPage(MainWindow::BulkEdit);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("registrant_id,program,state\n");
            for (int i = 0; i < 1500000; ++i)
                f.write(QByteArray::number(100000 + i) + ",Cash Transfer Program,paused\n");
        }
        onNextDialog([](QDialog *d) { d->reject(); }); // the mapping step, should the file be read first
        page->importFile(path);
        QVERIFY(page->isReadingFile());
        QVERIFY(page->cancelButton()->isVisible());
        QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isReadingFile(), 30000);
        QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("was cancelled")),
            qPrintable(page->statusLabel()->text()));
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(!page->cancelButton()->isVisible());
    }

    // A file that names registrants by ID type and number: the registry API cannot look them up,
    // the local copy (filled when the window opened) can; a number it does not know is reported.
    void importByIdNumberThroughTheLocalCopy()
    {
        auto w = openWindow();
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->cacheRefresh() && !w->cacheRefresh()->isRunning(), 60000);
        BulkEditPage *page = w->bulkPage();
        w->showPage(MainWindow::BulkEdit);
        ApiClient client(&m_nam, config());
        MembershipFilter enrolled;
        enrolled.programId = 1;
        enrolled.state = MembershipState::Enrolled;
        auto pick = test::wait(client.listMemberships(enrolled, 1, 40));
        QVERIFY(pick->succeeded() && pick->result().items.size() == 1);
        const qint64 registrant = pick->result().items.first().registrantId;
        auto person = test::wait(client.getIndividual(registrant));
        QVERIFY(person->succeeded() && !person->result().regIds.isEmpty());
        const RegistrantId id = person->result().regIds.first();
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("by-number.csv"),
            QStringLiteral("id_type,id_value,program,state\n%1,%2,Cash Transfer Program,paused\n"
                           "%1,NOT-A-NUMBER-WE-KNOW,Cash Transfer Program,paused\n")
                .arg(id.idType, id.value)
                .toUtf8());
        onNextDialog([](QDialog *d) { d->accept(); });
        QSignalSpy done(page, &BulkEditPage::importFinished);
        page->importFile(path);
        QVERIFY(done.wait(30000));
        G *grid = page->model();
        QCOMPARE(grid->rowCount(), 1);
        QCOMPARE(grid->changes().size(), 1);
        QCOMPARE(grid->changes().first().original.registrantId, registrant);
        QStringList issues;
        for (int i = 0; i < page->issueList()->count(); ++i)
            issues << page->issueList()->item(i)->text();
        const QString all = issues.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("File line 3")) && all.contains(QStringLiteral("local copy")),
            qPrintable(all));
    }

    // Ctrl+O on a row of the grid shows its registrant (record, memberships, history).
    void aRowOpensItsRegistrant()
    {
        auto w = openWindow();
        QVERIFY(w);
        w->showPage(MainWindow::BulkEdit);
        BulkEditPage *page = w->bulkPage();
        loadMembersOfProgram1(page);
        QTableView *table = page->table();
        const int row = page->model()->rowCount() / 2;
        const qint64 registrant = page->model()->registrantOfRow(row);
        QVERIFY(registrant != 0);
        table->setFocus();
        table->setCurrentIndex(page->model()->index(row, G::State));
        QTest::keyClick(table, Qt::Key_O, Qt::ControlModifier);
        RegistrantsPage *people = w->individualsPage();
        QVERIFY(people->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(people->pane()->registrantId(), registrant, 15000);
        QCOMPARE(page->model()->rowCount() > row, true); // the grid is left as it was
    }

    // Sending without the review gathers what to send a slice at a time, the page busy meanwhile:
    // Cancel then writes nothing and keeps the edits; sent again, every change goes.
    void sendWithoutReviewCanBeCancelledWhileGathering()
    {
        auto w = openWindow();
        QVERIFY(w);
        w->showPage(MainWindow::BulkEdit);
        BulkEditPage *page = w->bulkPage();
        loadMembersOfProgram1(page);
        if (QTest::currentTestFailed())
            return;
        G *grid = page->model();
        QList<int> rows;
        for (int r = 0; r < grid->rowCount() && rows.size() < 2; ++r)
            if (grid->data(grid->index(r, G::State)).toString() == QStringLiteral("Enrolled"))
                rows << r;
        QCOMPARE(rows.size(), 2);
        for (int r : rows)
            QVERIFY(grid->setData(grid->index(r, G::State), QStringLiteral("Paused"), Qt::EditRole));
        QCOMPARE(grid->changes().size(), 2);

        page->submit(true);
        QVERIFY(page->isSubmitting());
        QVERIFY(page->cancelButton()->isVisible());
        QCOMPARE(page->table()->editTriggers(), QAbstractItemView::NoEditTriggers);
        QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
        QVERIFY(!page->isSubmitting());
        QCOMPARE(page->statusLabel()->text(), QStringLiteral("Nothing was sent."));
        QCOMPARE(grid->changes().size(), 2);
        QCOMPARE(w->session()->sync()->queuedCount(), 0); // nothing written to the outbox

        QSignalSpy finished(page, &BulkEditPage::submissionFinished);
        page->submit(true);
        QVERIFY(finished.wait(60000));
        for (int r : rows)
            QVERIFY2(grid->data(grid->index(r, G::Result)).toString().startsWith(QStringLiteral("done")),
                qPrintable(grid->data(grid->index(r, G::Result)).toString()));
        QCOMPARE(grid->changes().size(), 0);
    }

    // More issues than the list shows: the first kIssuesListed, then how many more (100,000 rows
    // without a program made as many word-wrapped items, each laid out when the list was shown).
    void manyIssuesAreListedUpToALimit()
    {
        auto w = openWindow();
        QVERIFY(w);
        BulkEditPage *page = w->bulkPage();
        w->showPage(MainWindow::BulkEdit);
        page->programBox()->setCurrentIndex(page->programBox()->findData(qint64(0))); // choose per row
        QList<RegistrantRef> people;
        const int count = BulkEditPage::kIssuesListed + 200;
        for (int i = 0; i < count; ++i)
            people << RegistrantRef {9'000'000 + i, QStringLiteral("PERSON %1").arg(i), false, QString()};
        page->addRegistrants(people);
        QCOMPARE(page->model()->rowCount(), count);
        QListWidget *issues = page->issueList();
        QTRY_COMPARE_WITH_TIMEOUT(issues->count(), BulkEditPage::kIssuesListed + 1, 10000);
        QVERIFY2(issues->item(0)->text().startsWith(QStringLiteral("Row 1, ")),
            qPrintable(issues->item(0)->text()));
        const QString last = issues->item(issues->count() - 1)->text();
        QVERIFY2(last.startsWith(QStringLiteral("200 more issue")), qPrintable(last));
        QCOMPARE(issues->item(issues->count() - 1)->data(Qt::UserRole).toInt(), -1); // not a cell
        QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("%1 with issues").arg(count)),
            qPrintable(page->statusLabel()->text()));
    }

    void selectedRegistrantsBecomeEnrolmentRows()
    {
        auto w = openWindow();
        QVERIFY(w);
        RegistrantsPage *individuals = w->individualsPage();
        w->showPage(MainWindow::Individuals);
        QTest::keyClicks(individuals->searchBox(), QStringLiteral("an"));
        QTest::keyClick(individuals->searchBox(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(individuals->model()->rowCount() >= 3, 15000);
        QTableView *list = individuals->table();
        list->selectionModel()->select(
            QItemSelection(individuals->model()->index(0, 0), individuals->model()->index(2, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        BulkEditPage *page = w->bulkPage();
        page->programBox()->setCurrentIndex(page->programBox()->findData(qint64(2)));
        QTest::keyClick(list, Qt::Key_B, Qt::ControlModifier);
        QVERIFY(page->isVisible());
        QCOMPARE(page->model()->rowCount(), 3);
        QCOMPARE(page->model()->data(page->model()->index(0, G::ProgramName)).toString(),
            page->programBox()->itemText(page->programBox()->findData(qint64(2))));
        QVERIFY(page->model()->isChanged(0));

        // One enrolment date typed, filled down to the others with Ctrl+D.
        G *grid = page->model();
        QTableView *table = page->table();
        typeInto(table, grid->index(0, G::EnrollmentDate), QStringLiteral("2026-11-02"));
        QTRY_COMPARE(grid->data(grid->index(0, G::EnrollmentDate)).toString(), QStringLiteral("2026-11-02"));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
        select(table, 0, 2, G::EnrollmentDate);
        QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(grid->data(grid->index(2, G::EnrollmentDate)).toString(), QStringLiteral("2026-11-02"));
        QTest::keySequence(table, QKeySequence(QKeySequence::Undo));
        QVERIFY(grid->data(grid->index(2, G::EnrollmentDate)).toString() != QStringLiteral("2026-11-02"));

        // One value for the whole selection (Ctrl+Shift+F), one undo step.
        select(table, 0, 2, G::EnrollmentDate);
        onNextDialog([](QDialog *d) {
            if (auto *edit = d->findChild<QLineEdit *>()) {
                edit->selectAll();
                QTest::keyClicks(edit, QStringLiteral("2026-10-01"));
            }
            d->accept();
        });
        QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        for (int r = 0; r < 3; ++r)
            QCOMPARE(grid->data(grid->index(r, G::EnrollmentDate)).toString(), QStringLiteral("2026-10-01"));
        QCOMPARE(grid->undoStack()->undoText(), QStringLiteral("Set 3 cell(s)"));
        // The program cell offers only programs for individuals that take enrolments.
        QApplication::setActiveWindow(w.get()); // back from the dialog
        table->setFocus();
        table->setCurrentIndex(grid->index(0, G::ProgramName));
        QTest::keyClick(table, Qt::Key_F2);
        auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
        if (!combo && QApplication::focusWidget())
            combo = qobject_cast<QComboBox *>(QApplication::focusWidget()->parentWidget());
        QVERIFY(combo);
        QStringList offered;
        for (int i = 0; i < combo->count(); ++i)
            offered << combo->itemText(i);
        QVERIFY2(offered.contains(QStringLiteral("Cash Transfer Program")),
            qPrintable(offered.join(QLatin1Char(','))));
        QVERIFY(!offered.contains(QStringLiteral("Household Support Program")));
        QVERIFY(!offered.contains(QStringLiteral("Livelihoods Pilot 2021"))); // archived
        QTest::keyClick(combo, Qt::Key_Escape);
    }
};

QTEST_MAIN(TstBulkUi)
#include "tst_bulk_ui.moc"
