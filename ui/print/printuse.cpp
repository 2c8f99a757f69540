#include "printuse.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QToolBar>

#include "core/services/accesslogservice.h"
#include "ui/servicecall.h"

namespace mestring::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

} // namespace

void PrintUse::recordDone(QWidget *parent, core::AccessTopic how) const
{
    const std::optional<QString> failure
        = failureOf([&] { log.recordOutput(actor, how, document, clientIds); });
    if (!failure) return;
    QMessageBox::warning(parent, tr("Access log"),
        tr("The print could not be written to the access log: %1 Tell the manager that it was "
           "printed.")
            .arg(*failure));
}

QString PrintUse::recordPdf() const
{
    const std::optional<QString> failure = failureOf(
        [&] { log.recordOutput(actor, core::AccessTopic::PrintedPdf, document, clientIds); });
    return failure
        ? tr("The PDF was not saved: it could not be written to the access log (%1). Try "
             "again, or ask the manager.")
              .arg(*failure)
        : QString();
}

QString PrintUse::recordSpreadsheet(const QString &format) const
{
    const std::optional<QString> failure = failureOf([&] {
        log.recordOutput(actor, core::AccessTopic::Spreadsheet, document, clientIds, format);
    });
    return failure
        ? tr("The spreadsheet was not saved: it could not be written to the access log (%1). "
             "Try again, or ask the manager.")
              .arg(*failure)
        : QString();
}

void addSavePdfAction(QPrintPreviewDialog &preview, const QString &suggestedFile,
    const std::function<void(const QString &path)> &write, const PrintUse &use)
{
    auto *toolBar = preview.findChild<QToolBar *>();
    if (!toolBar) return;
    toolBar->addSeparator();
    QAction *save = toolBar->addAction(tr("Save as PDF…"));
    save->setObjectName(QStringLiteral("savePdfAction"));
    QObject::connect(save, &QAction::triggered, &preview, [&preview, suggestedFile, write, use] {
        const QString path = QFileDialog::getSaveFileName(
            &preview, tr("Save as PDF"), suggestedFile, tr("PDF documents (*.pdf)"));
        if (path.isEmpty()) return;
        if (const QString refused = use.recordPdf(); !refused.isEmpty()) {
            QMessageBox::warning(&preview, tr("Save as PDF"), refused);
            return;
        }
        write(path);
    });
}

void execPreview(QPrintPreviewDialog &preview, const PrintUse &use)
{
    // The preview accepts only after it printed: to paper, or (without a printer) to a file it
    // asked for.
    if (preview.exec() != QDialog::Accepted) return;
    const bool toFile = preview.printer()->outputFormat() == QPrinter::PdfFormat;
    use.recordDone(preview.parentWidget(),
        toFile ? core::AccessTopic::PrintedPdf : core::AccessTopic::Printed);
}

} // namespace mestring::ui
