#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include "ui/reports/reportbundle.h"

class QPagedPaintDevice;

namespace mestring::ui {

/// What the printed Effektmål report says about itself on every page besides its period
/// (which it takes from the bundle, like the page's header, table and charts).
struct ReportPrintInfo
{
    QString filters; // empty: the whole centre
    QDate printedOn;
};

/// Paints the printed Effektmål report: the centre's indicators against their targets as a
/// table, then the charts two to a page; the period and filters at the top of every page, the
/// date of printing and "Side n af m" at the bottom. `device` is a QPrinter (preview, print)
/// or QPdfWriter, with its page layout set; A4 portrait is what it is laid out for.
void paintEffectReport(
    QPagedPaintDevice &device, const ReportBundle &bundle, const ReportPrintInfo &info);

/// The report as a PDF document (A4, 15 mm margins), the same as the GUI's "Gem som PDF" and
/// `mestring-cli report --format pdf`. Needs a QApplication (the charts are widgets).
QByteArray effectReportPdf(const ReportBundle &bundle, const ReportPrintInfo &info);

/// The period as the report prints it: "01-01-2025 – 31-12-2025".
QString periodText(const QDate &from, const QDate &to);

} // namespace mestring::ui
