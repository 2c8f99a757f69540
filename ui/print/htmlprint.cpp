#include "htmlprint.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace mestring::ui {

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

void previewHtml(QWidget *parent, const QString &title, const QString &html,
    QPageLayout::Orientation orientation)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(orientation);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
        [&html](QPrinter *p) { printHtml(p, html); });
    preview.exec();
}

QString saveHtmlPdfAs(QWidget *parent, const QString &title, const QString &fileName,
    const QString &html, QPageLayout::Orientation orientation, double marginMm)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, title, fileName, QCoreApplication::translate("mestring", "PDF files (*.pdf)"));
    if (path.isEmpty() || writeHtmlPdf(path, html, orientation, marginMm)) return QString();
    return QCoreApplication::translate(
        "mestring", "The file %1 could not be written. Choose another folder.")
        .arg(path);
}

QString htmlCell(const QString &text, const QString &style)
{
    return QStringLiteral("<td%1>%2</td>")
        .arg(style.isEmpty() ? QString() : QStringLiteral(" style=\"%1\"").arg(style),
            text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

} // namespace mestring::ui
