#include "effectreportprint.h"

#include <QCoreApplication>

#include "core/domain/indicatorids.h"
#include "core/reports/reportrows.h"
#include "core/reports/reporttitles.h"
#include "printcanvas.h"
#include "ui/charts/reportcharts.h"
#include "ui/models/reporttablemodel.h"
#include "ui/reporttitles.h"

namespace mestring::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

const QColor grey(0x55, 0x55, 0x55);
constexpr double pageWidth = PrintCanvas::pageWidth;
constexpr double indicatorWidth = 230;
constexpr double breakdownWidth = 160;
constexpr int groupsPerTable = 5; // besides the whole centre, in a breakdown's appendix

// A table that repeats its header on each page it runs over; an indicator's name is printed
// on its first row, with a thin rule between indicators.
class TablePrinter
{
public:
    TablePrinter(PrintCanvas &canvas, PrintRow header)
        : m_canvas(canvas)
        , m_header(std::move(header))
    {
        m_canvas.ensureSpace(m_canvas.rowHeight(m_header) + 60);
        printHeader();
    }

    void row(const QString &indicator, PrintRow cells)
    {
        const bool first = indicator != m_indicator;
        if (!first) cells[0].text.clear();
        if (!m_canvas.fits(m_canvas.rowHeight(cells))) {
            m_canvas.newPage();
            printHeader();
        } else if (first && !m_indicator.isEmpty()) {
            m_canvas.rule();
        }
        m_indicator = indicator;
        m_canvas.block({cells}, 0);
    }

private:
    void printHeader()
    {
        m_canvas.block({m_header}, 0);
        m_canvas.rule(Qt::black);
        m_indicator.clear();
    }

    PrintCanvas &m_canvas;
    PrintRow m_header;
    QString m_indicator;
};

// The columns of the indicator table, widths to fill the page; the comparison's only when
// compared.
std::vector<std::pair<int, double>> indicatorColumns(bool compared)
{
    using M = ReportTableModel;
    if (compared) {
        return {{M::IndicatorColumn, 170}, {M::BreakdownColumn, 130}, {M::ValueColumn, 75},
            {M::BasisColumn, 110}, {M::ComparedColumn, 85}, {M::ChangeColumn, 120},
            {M::BaselineColumn, 115}, {M::TargetColumn, 120}, {M::StatusColumn, 75}};
    }
    return {{M::IndicatorColumn, indicatorWidth}, {M::BreakdownColumn, 180}, {M::ValueColumn, 90},
        {M::BasisColumn, 120}, {M::BaselineColumn, 100}, {M::TargetColumn, 165},
        {M::StatusColumn, 115}};
}

void indicatorTable(PrintCanvas &canvas, const core::ReportDocument &document)
{
    ReportTableModel model;
    model.setDocument(document);
    const auto columns = indicatorColumns(document.compared.has_value());
    const auto align = [](int column) {
        return column >= ReportTableModel::ValueColumn && column < ReportTableModel::StatusColumn
            ? Qt::AlignRight
            : Qt::AlignLeft;
    };
    PrintRow header;
    double x = 0;
    for (const auto &[column, width] : columns) {
        header.push_back({x, width, model.headerData(column, Qt::Horizontal).toString(),
            TextStyle {11.5, true}, align(column)});
        x += width;
    }
    TablePrinter table(canvas, header);
    for (int r = 0; r < model.rowCount(); ++r) {
        PrintRow cells;
        x = 0;
        for (const auto &[column, width] : columns) {
            const QModelIndex index = model.index(r, column);
            const QVariant colour = index.data(Qt::ForegroundRole);
            TextStyle style {11.5, column == ReportTableModel::IndicatorColumn,
                colour.isValid() ? colour.value<QBrush>().color() : QColor(Qt::black)};
            cells.push_back({x, width, index.data().toString(), style, align(column)});
            x += width;
        }
        table.row(model.rowAt(r).indicator, std::move(cells));
    }
}

void notes(PrintCanvas &canvas)
{
    const TextStyle note {11.5, false, grey};
    canvas.skip(6);
    canvas.paragraph(tr("* Few cases: the denominator is under 10, so one client more or less "
                        "moves the rate a lot. Read it with care."),
        note);
    canvas.paragraph(tr("– No data: there was nothing to measure in the period (the denominator "
                        "is 0). It is not 0 %."),
        note);
    canvas.paragraph(tr("Pro rata: a count's yearly target times the period's share of the year "
                        "(a quarter holds about a quarter of the year's target)."),
        note);
}

void charts(PrintCanvas &canvas, const ReportBundle &bundle)
{
    canvas.newPage();
    const double height = canvas.bodyHeight() / 2 - 10;
    for (int i = 0; i < reportChartCount; ++i)
        canvas.chart(createReportChart(ReportChart(i), bundle), height);
}

// One breakdown's appendix: the centre and up to groupsPerTable groups per table.
void breakdownAppendix(
    PrintCanvas &canvas, const core::ReportDocument &document, const core::ReportBreakdown &b)
{
    canvas.newPage();
    canvas.heading(tr("Appendix: by %1").arg(core::dimensionTitle(b.dimension).toLower()));
    if (!core::splitsClients(b.dimension)) {
        canvas.paragraph(tr("The indicators counted per client (antabus, substitution, medical "
                            "reviews, active clients) are split only by home municipality, sex "
                            "and age group, so they are left out here."),
            TextStyle {11.5, false, grey});
    }
    if (b.groups.empty()) {
        canvas.paragraph(tr("No group has anything counted in the period."));
        return;
    }
    const core::BreakdownRows rows = core::breakdownRows(document, b);
    const double valueWidth
        = (pageWidth - indicatorWidth - breakdownWidth) / double(groupsPerTable + 1);
    for (std::size_t first = 0; first < b.groups.size(); first += groupsPerTable) {
        const std::size_t last = std::min(b.groups.size(), first + groupsPerTable);
        const TextStyle head {11.5, true};
        PrintRow header {{0, indicatorWidth, tr("Indicator"), head},
            {indicatorWidth, breakdownWidth, tr("Breakdown"), head},
            {indicatorWidth + breakdownWidth, valueWidth, tr("The whole centre"), head,
                Qt::AlignRight}};
        for (std::size_t g = first; g < last; ++g) {
            const core::ReportGroup &group = b.groups[g];
            header.push_back({indicatorWidth + breakdownWidth + double(g - first + 1) * valueWidth,
                valueWidth, core::groupTitle(b.dimension, group.key, group.name), head,
                Qt::AlignRight});
        }
        TablePrinter table(canvas, header);
        for (std::size_t r = 0; r < rows.centre.size(); ++r) {
            const core::ReportRow &centre = rows.centre[r];
            const TextStyle text {11.5};
            PrintRow cells {{0, indicatorWidth, core::indicatorTitle(centre.indicator),
                                TextStyle {11.5, true}},
                {indicatorWidth, breakdownWidth, core::breakdownTitle(centre.breakdown), text},
                {indicatorWidth + breakdownWidth, valueWidth, ReportTableModel::valueText(centre),
                    text, Qt::AlignRight}};
            for (std::size_t g = first; g < last; ++g) {
                cells.push_back(
                    {indicatorWidth + breakdownWidth + double(g - first + 1) * valueWidth,
                        valueWidth, ReportTableModel::valueText(rows.groups[g][r]), text,
                        Qt::AlignRight});
            }
            table.row(centre.indicator, std::move(cells));
        }
        canvas.skip(16);
    }
}

void definitions(PrintCanvas &canvas)
{
    canvas.newPage();
    canvas.heading(tr("Appendix: what the indicators count"));
    for (const core::IndicatorInfo &info : core::indicators) {
        const QString id = core::indicatorIdView(info.id).toString();
        canvas.block({{PrintCell {0, pageWidth, core::indicatorTitle(id), TextStyle {13, true}}},
                         {PrintCell {0, pageWidth, core::indicatorDefinition(id), TextStyle {12}}}},
            4);
    }
    canvas.skip(8);
    notes(canvas);
}

QString headerFilters(const core::ReportDocument &document, const ReportPrintInfo &info)
{
    QString text = info.filters.isEmpty()
        ? tr("Filters: none (every course and client of the centre)")
        : tr("Filters: %1").arg(info.filters);
    if (document.compared && document.compareMode) {
        text += QStringLiteral(" · ")
            + tr("Compared with %1 (%2)")
                  .arg(core::compareTitle(*document.compareMode).toLower(),
                      core::periodTitle(document.compared->from, document.compared->to));
    }
    return text;
}

} // namespace

void paintEffectReport(QPagedPaintDevice &device, const ReportBundle &bundle,
    const ReportPrintInfo &info, QStringList *drawnText)
{
    const core::ReportDocument &document = bundle.document;
    const PrintHeader header {tr("Effect goals"),
        tr("Period: %1").arg(periodText(bundle.report().from, bundle.report().to)),
        headerFilters(document, info), info.printedOn};
    PrintCanvas::paint(
        device, header,
        [&](PrintCanvas &canvas) {
            indicatorTable(canvas, document);
            notes(canvas);
            charts(canvas, bundle);
            for (const core::ReportBreakdown &breakdown : document.breakdowns)
                breakdownAppendix(canvas, document, breakdown);
            definitions(canvas);
        },
        drawnText);
}

QByteArray effectReportPdf(const ReportBundle &bundle, const ReportPrintInfo &info)
{
    return PrintCanvas::pdf(
        tr("Effect goals %1").arg(periodText(bundle.report().from, bundle.report().to)),
        [&](QPagedPaintDevice &device) { paintEffectReport(device, bundle, info); });
}

QString periodText(const QDate &from, const QDate &to)
{
    return core::periodTitle(from, to);
}

} // namespace mestring::ui
