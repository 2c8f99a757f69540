#pragma once

#include <QPageLayout>
#include <QString>

#include "printuse.h"

class QPrinter;
class QTextDocument;
class QWidget;

namespace mestring::ui {

// Printed lists are HTML laid out by QTextDocument: one way to print, preview and write PDF.

/// Lays `html` out in `document` on `printer`'s whole paint rect (for printing or counting
/// pages).
void layOutHtml(QTextDocument &document, QPrinter *printer, const QString &html);
/// Prints `html` on `printer` (a preview's printer, a real one or a PDF writer), laid out on
/// the printer's whole paint rect.
void printHtml(QPrinter *printer, const QString &html);
/// Writes `html` as an A4 PDF at `path`; false when the file cannot be written.
bool writeHtmlPdf(const QString &path, const QString &html,
    QPageLayout::Orientation orientation = QPageLayout::Portrait, double marginMm = 12);
/// A printed list: its title, the file name offered for a PDF, and the page.
struct HtmlDocument
{
    QString title;
    QString pdfName;
    QString html;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    double marginMm = 12;
};

/// Shows `document` in a print preview, from which the user prints or saves it as PDF; either
/// is recorded in the access log through `use`.
void previewHtml(QWidget *parent, const HtmlDocument &document, const PrintUse &use);
/// Asks where to save `document` as PDF (suggesting its pdfName), records it through `use` and
/// writes it; returns the message for the user when it was refused or could not be written,
/// empty otherwise (also when the user cancelled).
QString saveHtmlPdfAs(QWidget *parent, const HtmlDocument &document, const PrintUse &use);
/// "<td>text</td>", escaped, with line breaks kept and an optional inline style.
QString htmlCell(const QString &text, const QString &style = QString());

} // namespace mestring::ui
