#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

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
/// table (with the comparison period and the change when compared; "*" marks a denominator
/// under 10, "forholdsmæssigt" a pro-rata target), the charts two to a page, an appendix per
/// breakdown (a column per group), and an appendix with each indicator's definition in plain
/// Danish. The title, period, comparison and filters at the top of every page, the date of
/// printing and "Side n af m" at the bottom. `device` is a QPrinter (preview, print) or
/// QPdfWriter with its page layout set (A4 portrait). Every text painted is appended to
/// `drawnText` when given (tests).
void paintEffectReport(QPagedPaintDevice &device, const ReportBundle &bundle,
    const ReportPrintInfo &info, QStringList *drawnText = nullptr);

/// The report as a PDF document (A4, 15 mm margins), the same as the GUI's "Gem som PDF" and
/// `mestring-cli report --format pdf`. Needs a QApplication (the charts are widgets).
QByteArray effectReportPdf(const ReportBundle &bundle, const ReportPrintInfo &info);

/// The period as the report prints it: "01-01-2025 – 31-12-2025".
QString periodText(const QDate &from, const QDate &to);

} // namespace mestring::ui
