// File → Save report as PDF / Print report: a registrant's record (the registrant in view), a
// program's members as the Programs page filters them, a program's summary. Read by ReportReader
// (the same reports as `g2p-desk-cli report`), written to a PDF (QPdfWriter) or a printer.
#pragma once

#include "reportreader.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace g2p {

class MainWindow;

class ReportActions : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Registrant,
        Members,
        Summary
    };
    ReportActions(MainWindow *window, QMenu *pdfMenu, QMenu *printMenu);

    // Reads the report for what the window shows and writes it to `pdfPath` (no dialog; the tests
    // and the menu's save dialog come here). False with the reason in the status bar when there is
    // nothing to report on.
    bool savePdf(Kind kind, const QString &pdfPath);

Q_SIGNALS:
    // The PDF was written (or printed: empty path), or `problem` says why not.
    void finished(const QString &pdfPath, const QString &problem);

private:
    void ask(Kind kind, bool print);
    bool start(Kind kind, const QString &pdfPath, bool print);
    QString title(Kind kind) const;

    MainWindow *m_window;
    ReportReader *m_reader;
};

} // namespace g2p
