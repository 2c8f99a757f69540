#include "htmlprint.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace mestring::ui {

namespace {

QString cannotWrite(const QString &path)
{
    return QCoreApplication::translate(
        "mestring", "The file %1 could not be written. Choose another folder.")
        .arg(path);
}

} // namespace

void layOutHtml(QTextDocument &document, QPrinter *printer, const QString &html)
{
    // With a page size of its own the document is laid out on the printer's whole paint rect
    // (in the document's 96 dpi units); without one print() adds 2 cm margins of its own.
    document.setPageSize(
        printer->pageLayout().paintRect(QPageLayout::Point).size() * (96.0 / 72.0));
    document.setHtml(html);
}

void printHtml(QPrinter *printer, const QString &html)
{
    QTextDocument document;
    layOutHtml(document, printer, html);
    document.print(printer);
}

bool writeHtmlPdf(
    const QString &path, const QString &html, QPageLayout::Orientation orientation, double marginMm)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) return false;
    probe.close();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation,
        QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter));
    printHtml(&printer, html);
    return true;
}

void previewHtml(QWidget *parent, const HtmlDocument &document, const PrintUse &use)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(document.orientation);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(document.title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
        [&document](QPrinter *p) { printHtml(p, document.html); });
    addSavePdfAction(
        preview, document.pdfName,
        [&](const QString &path) {
            if (!writeHtmlPdf(path, document.html, document.orientation, document.marginMm))
                QMessageBox::warning(&preview, document.title, cannotWrite(path));
        },
        use);
    execPreview(preview, use);
}

QString saveHtmlPdfAs(QWidget *parent, const HtmlDocument &document, const PrintUse &use)
{
    const QString path = QFileDialog::getSaveFileName(parent, document.title, document.pdfName,
        QCoreApplication::translate("mestring", "PDF files (*.pdf)"));
    if (path.isEmpty()) return QString();
    if (const QString refused = use.recordPdf(); !refused.isEmpty()) return refused;
    return writeHtmlPdf(path, document.html, document.orientation, document.marginMm)
        ? QString()
        : cannotWrite(path);
}

QString htmlCell(const QString &text, const QString &style)
{
    return QStringLiteral("<td%1>%2</td>")
        .arg(style.isEmpty() ? QString() : QStringLiteral(" style=\"%1\"").arg(style),
            text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

} // namespace mestring::ui
