#pragma once

#include <QPageLayout>
#include <QString>

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
/// Shows `html` in a print preview titled `title`, from which the user prints.
void previewHtml(QWidget *parent, const QString &title, const QString &html,
    QPageLayout::Orientation orientation = QPageLayout::Portrait);
/// Asks where to save `html` as PDF (suggesting `fileName`) and writes it; returns the
/// message for the user when the file could not be written, empty otherwise (also when the
/// user cancelled).
QString saveHtmlPdfAs(QWidget *parent, const QString &title, const QString &fileName,
    const QString &html, QPageLayout::Orientation orientation = QPageLayout::Portrait,
    double marginMm = 12);
/// "<td>text</td>", escaped, with line breaks kept and an optional inline style.
QString htmlCell(const QString &text, const QString &style = QString());

} // namespace mestring::ui
