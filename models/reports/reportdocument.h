// The printed reports laid out as documents (QTextDocument), written to PDF (QPdfWriter) or sent to
// a printer. Every figure is text (a bar's count is printed beside it), so a PDF can be searched,
// read aloud and read back (the tests use pdftotext). Names and words in the officer's language.
#pragma once

#include "reportdata.h"

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace g2p {

QString registrantReportHtml(const RegistrantReport &report);
QString memberListHtml(const MemberListReport &report);
QString programSummaryHtml(const ProgramSummaryReport &report);

// Lays `html` out on A4 pages of `device` (a QPdfWriter or a QPrinter) and paints them.
void printHtml(const QString &html, QPagedPaintDevice *device, const QString &title);
// Writes a PDF at `path` (replaced); false with `error` when the file cannot be written.
bool writePdf(const QString &html, const QString &path, const QString &title, QString *error);

} // namespace g2p
