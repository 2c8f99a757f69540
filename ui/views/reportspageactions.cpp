// The Rapporter page's actions on a computed report: the lists behind the numbers, targets,
// print, PDF and export (reportspage.cpp builds the page and computes).
#include "reportspage.h"

#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>

#include "core/domain/clock.h"
#include "core/domain/indicatorids.h"
#include "core/reports/reporttitles.h"
#include "core/services/permissions.h"
#include "core/services/reportservice.h"
#include "core/services/serviceerrors.h"
#include "core/services/targetservice.h"
#include "core/storage/storageerror.h"
#include "sheets/reportsheets.h"
#include "ui/charts/reportchartspanel.h"
#include "ui/charts/trendpanel.h"
#include "ui/dialogs/memberlistdialog.h"
#include "ui/dialogs/targetdialog.h"
#include "ui/models/breakdowntablemodel.h"
#include "ui/models/reporttablemodel.h"
#include "ui/print/effectreportprint.h"
#include "ui/print/printuse.h"
#include "ui/print/reportpreview.h"
#include "ui/reports/sheetexport.h"

namespace mestring::ui {

MemberListDialog *ReportsPage::memberDialog(const QString &indicator, const QString &breakdown,
    const std::optional<core::GroupFilter> &group, const QString &groupText)
{
    if (!core::mayDo(m_actor, core::Permission::ReadClinical)) {
        m_status->setText(tr("Only staff who may read clients' records see the clients behind a "
                             "number."));
        return nullptr;
    }
    const QDate from = m_bundle->report().from;
    const QDate to = m_bundle->report().to;
    std::vector<core::MemberRow> rows;
    try {
        rows = m_services.reports.memberRows(m_actor, from, to, indicator, breakdown, group);
    } catch (const core::ServiceError &e) {
        m_status->setText(e.message());
        return nullptr;
    } catch (const core::StorageError &e) {
        m_status->setText(e.message());
        return nullptr;
    }
    QString title = core::indicatorTitle(indicator);
    if (!breakdown.isEmpty()) title += QStringLiteral(" – ") + core::breakdownTitle(breakdown);
    const MemberListInfo info {
        indicator, title, core::periodTitle(from, to), groupText, m_services.clock.today()};
    const PrintUse use {m_services.accessLog, m_actor, core::AccessDocument::MemberList,
        distinctClients(rows, [](const core::MemberRow &row) { return row.clientId; })};
    return new MemberListDialog(info, core::memberUnit(indicator), std::move(rows), use, this);
}

MemberListDialog *ReportsPage::createMemberDialog(int row)
{
    if (!m_bundle || row < 0 || row >= m_model->rowCount()) return nullptr;
    const core::ReportRow &r = m_model->rowAt(row);
    if (r.isTargetOnly()) {
        m_status->setText(tr("This row holds the target of %1 as a whole; the lists are behind "
                             "the rows with numbers.")
                              .arg(core::indicatorTitle(r.indicator)));
        return nullptr;
    }
    return memberDialog(r.indicator, r.breakdown, std::nullopt, {});
}

MemberListDialog *ReportsPage::createGroupMemberDialog(int table, int row, int column)
{
    const QTableView *view = breakdownTable(table);
    if (!m_bundle || !view) return nullptr;
    const auto *model = static_cast<const BreakdownTableModel *>(view->model());
    const QModelIndex cell = model->index(row, column);
    if (!cell.isValid()) return nullptr;
    const QString indicator = cell.data(BreakdownTableModel::IndicatorIdRole).toString();
    const QString breakdown = cell.data(BreakdownTableModel::BreakdownKeyRole).toString();
    const core::ReportGroup *group = model->groupAt(column);
    if (!group) return memberDialog(indicator, breakdown, std::nullopt, {});
    const QString groupText = core::dimensionTitle(model->dimension()) + QStringLiteral(": ")
        + core::groupTitle(model->dimension(), group->key, group->name);
    return memberDialog(
        indicator, breakdown, core::GroupFilter {model->dimension(), group->key}, groupText);
}

void ReportsPage::openMembers(MemberListDialog *created)
{
    std::unique_ptr<MemberListDialog> dialog(created);
    if (!dialog) return;
    if (dialog->exec() == QDialog::Accepted && !dialog->chosenClientId().isEmpty())
        Q_EMIT openClientRequested(dialog->chosenClientId());
}

void ReportsPage::showMembers(int row)
{
    openMembers(createMemberDialog(row));
}

TargetDialog *ReportsPage::createTargetDialog()
{
    if (!core::mayDo(m_actor, core::Permission::EditTargets)) return nullptr;
    QString indicator;
    QString breakdown;
    if (const QModelIndex current = m_table->currentIndex(); current.isValid()) {
        const core::ReportRow &r = m_model->rowAt(current.row());
        indicator = r.indicator;
        // Rows below antabus_episodes ("buckets.1-30") have no target of their own.
        const core::IndicatorInfo *info = core::findIndicator(r.indicator);
        if (info && core::isBreakdownKey(info->breakdown, r.breakdown)) breakdown = r.breakdown;
    }
    const int year = m_bundle ? m_bundle->report().to.year() : m_services.clock.today().year();
    return new TargetDialog(m_services.targets, m_actor, indicator, breakdown, year, this);
}

void ReportsPage::editTargets()
{
    std::unique_ptr<TargetDialog> dialog(createTargetDialog());
    if (dialog) dialog->exec();
}

void ReportsPage::refreshTargets()
{
    if (!m_bundle) return;
    try {
        const int year = m_bundle->report().to.year();
        m_bundle->document.report.targets = m_services.targets.forYear(m_actor, year);
        for (core::EffectReport &month : m_bundle->months)
            month.targets = m_bundle->report().targets;
    } catch (const core::ServiceError &e) {
        m_status->setText(e.message());
        return;
    }
    const int current = m_table->currentIndex().row();
    const core::ReportDocument &document = m_bundle->document;
    m_model->setDocument(document);
    if (current >= 0) m_table->selectRow(current);
    m_charts->setBundle(*m_bundle);
    m_trend->refresh(); // its quarters hold the targets of their years
}

ReportPrintInfo ReportsPage::printInfo() const
{
    return {QString(), m_services.clock.today()};
}

QString ReportsPage::suggestedPdfName() const
{
    return tr("Effect goals %1 to %2.pdf")
        .arg(m_bundle->report().from.toString(Qt::ISODate),
            m_bundle->report().to.toString(Qt::ISODate));
}

PrintUse ReportsPage::printUse() const
{
    // The figures hold no client's data; the log still says who printed or exported them.
    return {m_services.accessLog, m_actor, core::AccessDocument::EffectReport, {}};
}

void ReportsPage::printPreview()
{
    if (!m_bundle) return;
    const ReportPrintInfo info = printInfo();
    previewReport(
        this, tr("Effect goals"), suggestedPdfName(),
        [&](QPagedPaintDevice &device) { paintEffectReport(device, *m_bundle, info); },
        [&] { return effectReportPdf(*m_bundle, info); }, printUse());
}

void ReportsPage::savePdf()
{
    if (!m_bundle) return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"), suggestedPdfName(), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty()) savePdfTo(path);
}

bool ReportsPage::savePdfTo(const QString &path)
{
    if (!m_bundle) return false;
    if (const QString refused = printUse().recordPdf(); !refused.isEmpty()) {
        m_status->setText(refused);
        return false;
    }
    return saveReportPdf(this, path, effectReportPdf(*m_bundle, printInfo()));
}

QString ReportsPage::exportTo(const QString &path) const
{
    if (!m_bundle) return tr("There is no report to export yet.");
    return saveSheets(path,
        sheets::reportSheets(m_bundle->document, {QString(), printInfo().printedOn}), printUse());
}

void ReportsPage::exportReport()
{
    if (!m_bundle) return;
    const QString error = saveSheetsAs(this, tr("Export the report"),
        tr("Effect goals %1 to %2")
            .arg(m_bundle->report().from.toString(Qt::ISODate),
                m_bundle->report().to.toString(Qt::ISODate)),
        sheets::reportSheets(m_bundle->document, {QString(), printInfo().printedOn}), printUse());
    if (!error.isEmpty()) QMessageBox::warning(this, tr("Export the report"), error);
}

} // namespace mestring::ui
