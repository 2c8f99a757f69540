#include "reportpreview.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QFile>
#include <QToolBar>

#include "citizenplanprint.h"
#include "clientstatusprint.h"
#include "followupreportprint.h"
#include "core/domain/clock.h"
#include "ui/formatting.h"

namespace mestring::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

} // namespace

core::RecordReaders recordReaders(const Services &services)
{
    return {services.clients, services.courses, services.goals, services.assessments,
        services.appointments, services.notes, services.prescriptions, services.caseload,
        services.staff};
}

bool saveReportPdf(QWidget *parent, const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
        if (file.commit()) return true;
    }
    QMessageBox::warning(parent, tr("Save as PDF"),
        tr("The report could not be saved as %1 (%2). Choose another folder, or check that "
           "the file is not open in another program.")
            .arg(path, file.errorString()));
    return false;
}

void previewReport(QWidget *parent, const QString &title, const QString &suggestedFile,
    const std::function<void(QPagedPaintDevice &)> &paint, const std::function<QByteArray()> &pdf,
    const PrintUse &use)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("%1 – print preview").arg(title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
        [&paint](QPrinter *p) { paint(*p); });
    addSavePdfAction(
        dialog, suggestedFile, [&](const QString &path) { saveReportPdf(&dialog, path, pdf()); },
        use);
    dialog.resize(1000, 720);
    execPreview(dialog, use);
}

void previewFollowupReport(QWidget *parent, const core::FollowupReport &report,
    core::AccessLogService &log, const core::Actor &actor)
{
    const QDate printedOn = core::Clock().today();
    previewReport(
        parent, followupReportTitle(),
        tr("Follow-up %1 %2.pdf").arg(report.responsibleName, report.today.toString(Qt::ISODate)),
        [&](QPagedPaintDevice &device) { paintFollowupReport(device, report, printedOn); },
        [&] { return followupReportPdf(report, printedOn); },
        {log, actor, core::AccessDocument::Followup, core::clientsOf(report)});
}

void previewClientStatus(QWidget *parent, const core::ClientStatusReport &report,
    core::AccessLogService &log, const core::Actor &actor)
{
    const QDate printedOn = core::Clock().today();
    previewReport(
        parent, clientStatusTitle(),
        tr("Client status %1 %2.pdf")
            .arg(report.client.displayName(), report.today.toString(Qt::ISODate)),
        [&](QPagedPaintDevice &device) { paintClientStatus(device, report, printedOn); },
        [&] { return clientStatusPdf(report, printedOn); },
        {log, actor, core::AccessDocument::ClientStatus, {report.client.id}});
}

} // namespace mestring::ui

namespace mestring::ui {

void previewCitizenPlan(QWidget *parent, const core::CitizenPlan &plan,
    core::AccessLogService &log, const core::Actor &actor)
{
    const CitizenPlanPrint print(plan);
    previewReport(
        parent, print.title(), print.title() + QStringLiteral(".pdf"),
        [&](QPagedPaintDevice &device) {
            if (auto *printer = dynamic_cast<QPrinter *>(&device)) print.print(printer);
        },
        [&] {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("plan.pdf"));
            QFile file(path);
            if (!print.writePdf(path) || !file.open(QIODevice::ReadOnly)) return QByteArray();
            return file.readAll();
        },
        {log, actor, core::AccessDocument::CitizenPlan, {plan.clientId}});
}

} // namespace mestring::ui
