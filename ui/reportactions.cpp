#include "reportactions.h"

#include "mainwindow.h"
#include "programspage.h"
#include "registrantpane.h"
#include "reportdocument.h"

#include <QAction>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QStatusBar>

namespace g2p {

ReportActions::ReportActions(MainWindow *window, QMenu *pdfMenu, QMenu *printMenu)
    : QObject(window), m_window(window), m_reader(new ReportReader(window->session()->backend(), this))
{
    const struct
    {
        Kind kind;
        QString text;
    } reports[] = {{Kind::Registrant, tr("&Registrant record…")}, {Kind::Members, tr("Program &members…")},
        {Kind::Summary, tr("Program &summary…")}};
    for (const auto &r : reports) {
        QAction *pdf = pdfMenu->addAction(r.text);
        pdf->setObjectName(QStringLiteral("pdfReport%1").arg(int(r.kind)));
        connect(pdf, &QAction::triggered, this, [this, kind = r.kind] { ask(kind, false); });
        QAction *print = printMenu->addAction(r.text);
        print->setObjectName(QStringLiteral("printReport%1").arg(int(r.kind)));
        connect(print, &QAction::triggered, this, [this, kind = r.kind] { ask(kind, true); });
    }
    pdfMenu->setToolTipsVisible(true);
    for (QMenu *m : {pdfMenu, printMenu})
        for (QAction *a : m->actions())
            a->setToolTip(a->objectName().endsWith(QLatin1Char('0'))
                    ? tr("The registrant in view: record, program memberships and history")
                    : tr("The program selected on the Programs page (its members as filtered there)"));
}

QString ReportActions::title(Kind kind) const
{
    switch (kind) {
    case Kind::Registrant:
        return tr("Registrant record");
    case Kind::Members:
        return tr("Program members");
    case Kind::Summary:
        return tr("Program summary");
    }
    return QString();
}

void ReportActions::ask(Kind kind, bool print)
{
    if (print) {
        start(kind, QString(), true);
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save %1 as PDF").arg(title(kind)),
        folder + QLatin1Char('/') + title(kind) + QStringLiteral(".pdf"), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        start(kind,
            path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"),
            false);
}

bool ReportActions::savePdf(Kind kind, const QString &pdfPath)
{
    return start(kind, pdfPath, false);
}

bool ReportActions::start(Kind kind, const QString &pdfPath, bool print)
{
    QStatusBar *status = m_window->statusBar();
    const RegistrantPane *pane = m_window->currentPane();
    const ProgramsPage *programs = m_window->programsPage();
    if (kind == Kind::Registrant && (!pane || pane->registrantId() == 0)) {
        status->showMessage(tr("Open a registrant on Individuals or Groups first."), 10000);
        return false;
    }
    if (kind != Kind::Registrant
        && (m_window->currentPane() || programs->currentProgram() == 0 || !programs->isVisible())) {
        status->showMessage(tr("Choose a program on the Programs page first."), 10000);
        return false;
    }
    // One report at a time: a new one replaces the one still being read.
    disconnect(m_reader, nullptr, this, nullptr);
    const auto deliver = [this, pdfPath, print, kind](const QString &html, const QString &name) {
        disconnect(m_reader, nullptr, this, nullptr);
        const QString docTitle = QStringLiteral("%1 — %2").arg(title(kind), name);
        if (print) {
            QPrinter printer(QPrinter::HighResolution);
            printer.setDocName(docTitle);
            QPrintDialog dialog(&printer, m_window);
            if (dialog.exec() != QDialog::Accepted)
                return;
            printHtml(html, &printer, docTitle);
            m_window->statusBar()->showMessage(tr("%1 sent to the printer.").arg(docTitle), 15000);
            Q_EMIT finished(QString(), QString());
            return;
        }
        QString error;
        if (!writePdf(html, pdfPath, docTitle, &error)) {
            QMessageBox::warning(m_window, tr("Save as PDF"), error);
            Q_EMIT finished(pdfPath, error);
            return;
        }
        m_window->statusBar()->showMessage(tr("%1 saved to %2.").arg(docTitle, pdfPath), 15000);
        Q_EMIT finished(pdfPath, QString());
    };
    connect(m_reader, &ReportReader::failed, this, [this, pdfPath](const ApiError &why) {
        disconnect(m_reader, nullptr, this, nullptr);
        const QString text = tr("The report could not be read: %1").arg(why.toString());
        m_window->statusBar()->showMessage(text, 15000);
        Q_EMIT finished(pdfPath, text);
    });
    connect(m_reader, &ReportReader::progress, this, [this](qint64 read, qint64 total) {
        m_window->statusBar()->showMessage(
            tr("Reading the report… %1 of %2 rows").arg(QLocale().toString(read), QLocale().toString(total)));
    });
    connect(m_reader, &ReportReader::registrantReady, this, [deliver](const RegistrantReport &r) {
        deliver(registrantReportHtml(r),
            r.individual  ? r.individual->name
                : r.group ? r.group->name
                          : QString());
    });
    connect(m_reader, &ReportReader::membersReady, this,
        [deliver](const MemberListReport &r) { deliver(memberListHtml(r), r.program.name); });
    connect(m_reader, &ReportReader::summaryReady, this,
        [deliver](const ProgramSummaryReport &r) { deliver(programSummaryHtml(r), r.program.name); });
    status->showMessage(tr("Reading the report…"));
    RegistrySession *session = m_window->session();
    switch (kind) {
    case Kind::Registrant:
        m_reader->readRegistrant(pane->registrantRef(), pane->showsGroup());
        break;
    case Kind::Members:
        m_reader->readMembers(session->programRef(programs->currentProgram()), programs->stateShown(),
            programs->memberSearch()->text());
        break;
    case Kind::Summary:
        m_reader->readSummary(session->programRef(programs->currentProgram()));
        break;
    }
    return true;
}

} // namespace g2p
