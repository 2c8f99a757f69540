#include "reportsheets.h"

#include <QCoreApplication>
#include <QLocale>

#include "core/reports/reportrows.h"
#include "core/reports/reporttitles.h"

namespace mestring::sheets {

using namespace mestring::core;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

// The rows every sheet starts with: title, period, comparison, filters, breakdown, date.
std::vector<Row> introRows(const QString &title, const ReportDocument &document,
    const ReportSheetInfo &info, const QString &breakdown)
{
    std::vector<Row> rows;
    rows.push_back({Cell::heading(title)});
    rows.push_back({Cell::textCell(tr("Period")),
        Cell::textCell(periodTitle(document.report.from, document.report.to))});
    if (document.compared && document.compareMode) {
        rows.push_back({Cell::textCell(tr("Compared with")),
            Cell::textCell(QStringLiteral("%1 (%2)").arg(compareTitle(*document.compareMode),
                periodTitle(document.compared->from, document.compared->to)))});
    }
    rows.push_back({Cell::textCell(tr("Filters")),
        Cell::textCell(info.filters.isEmpty()
                ? tr("None (every course and client of the centre)")
                : info.filters)});
    if (!breakdown.isEmpty())
        rows.push_back({Cell::textCell(tr("Broken down by")), Cell::textCell(breakdown)});
    rows.push_back({Cell::textCell(tr("Made")), Cell::dateCell(info.madeOn)});
    rows.push_back({});
    return rows;
}

// A value as its kind of number: a share, a count or a median.
Cell valueCell(const QString &indicator, std::optional<double> value, bool decimal = false)
{
    if (!value) return Cell::empty();
    if (indicatorIsRate(indicator)) return Cell::share(*value);
    if (decimal) return Cell::decimal(*value);
    return Cell::plain(*value);
}

Cell countCell(std::optional<qint64> value)
{
    return value ? Cell::integer(*value) : Cell::empty();
}

// The change from the comparison: percentage points for a rate, the difference otherwise.
Cell changeCell(const ReportRow &row)
{
    const std::optional<double> change = row.change();
    if (!change) return Cell::empty();
    return indicatorIsRate(row.indicator) ? Cell::points(*change * 100.0) : Cell::plain(*change);
}

QString remark(const ReportRow &row)
{
    QStringList parts;
    if (row.isSmall()) parts << tr("Small numbers (denominator under 10)");
    if (row.yearlyTarget) {
        parts << QCoreApplication::translate("mestring", "Target pro rata (%1 a year)")
                     .arg(QLocale(QLocale::Danish, QLocale::Denmark).toString(*row.yearlyTarget));
    }
    return parts.join(QStringLiteral("; "));
}

QString metText(const ReportRow &row)
{
    const std::optional<bool> met = targetMet(row);
    if (!met) return {};
    return *met ? tr("Yes") : tr("No");
}

Sheet centreSheet(const ReportDocument &document, const ReportSheetInfo &info)
{
    Sheet sheet;
    sheet.name = tr("Effect goals");
    sheet.rows = introRows(tr("Effect goals"), document, info, {});
    const bool compared = document.compared.has_value();
    Row header {Cell::heading(tr("Indicator")), Cell::heading(tr("Breakdown")),
        Cell::heading(tr("Numerator")), Cell::heading(tr("Denominator")),
        Cell::heading(tr("Actual")), Cell::heading(tr("Baseline")), Cell::heading(tr("Target")),
        Cell::heading(tr("Target met"))};
    if (compared) {
        static const char *const titles[] = {QT_TRANSLATE_NOOP("mestring", "Numerator, compared"),
            QT_TRANSLATE_NOOP("mestring", "Denominator, compared"),
            QT_TRANSLATE_NOOP("mestring", "Actual, compared"),
            QT_TRANSLATE_NOOP("mestring", "Change (rates in percentage points)")};
        for (const char *title : titles)
            header.push_back(Cell::heading(tr(title)));
    }
    header.push_back(Cell::heading(tr("Remark")));
    sheet.headerRow = int(sheet.rows.size());
    sheet.rows.push_back(header);
    for (const ReportRow &r :
        reportRows(document.report, compared ? &*document.compared : nullptr)) {
        const bool targetOnly = r.isTargetOnly();
        Row row {Cell::textCell(indicatorTitle(r.indicator)),
            Cell::textCell(breakdownTitle(r.breakdown)), countCell(r.numerator),
            countCell(r.denominator), targetOnly ? Cell::empty() : valueCell(r.indicator, r.value),
            valueCell(r.indicator, r.baseline), valueCell(r.indicator, r.target, r.yearlyTarget.has_value()),
            Cell::textCell(metText(r))};
        if (compared) {
            const auto &c = r.compared;
            row.push_back(c ? countCell(c->numerator) : Cell::empty());
            row.push_back(c ? countCell(c->denominator) : Cell::empty());
            row.push_back(c ? valueCell(r.indicator, c->value) : Cell::empty());
            row.push_back(changeCell(r));
        }
        row.push_back(Cell::textCell(remark(r)));
        sheet.rows.push_back(std::move(row));
    }
    sheet.columnWidths = {42, 30, 10, 10, 10, 12, 10, 10};
    return sheet;
}

Sheet breakdownSheet(
    const ReportDocument &document, const ReportBreakdown &breakdown, const ReportSheetInfo &info)
{
    const QString dimension = dimensionTitle(breakdown.dimension);
    Sheet sheet;
    sheet.name = dimension;
    sheet.rows = introRows(
        QCoreApplication::translate("mestring", "Effect goals by %1").arg(dimension.toLower()),
        document, info, dimension);
    const bool compared = document.compared.has_value();
    const std::size_t perGroup = compared ? 5 : 3;
    // Two header rows: the group over its columns, then what each column holds.
    Row groups {Cell::empty(), Cell::empty(), Cell::heading(tr("The whole centre"))};
    Row header {Cell::heading(tr("Indicator")), Cell::heading(tr("Breakdown"))};
    const auto addColumns = [&] {
        header.push_back(Cell::heading(tr("Numerator")));
        header.push_back(Cell::heading(tr("Denominator")));
        header.push_back(Cell::heading(tr("Actual")));
        if (compared) {
            header.push_back(Cell::heading(tr("Compared")));
            header.push_back(Cell::heading(tr("Change")));
        }
    };
    addColumns();
    for (const ReportGroup &group : breakdown.groups) {
        groups.resize(header.size());
        groups.push_back(Cell::heading(groupTitle(breakdown.dimension, group.key, group.name)));
        addColumns();
    }
    sheet.rows.push_back(groups);
    sheet.headerRow = int(sheet.rows.size());
    sheet.rows.push_back(header);
    const BreakdownRows table = breakdownRows(document, breakdown);
    for (std::size_t i = 0; i < table.centre.size(); ++i) {
        const ReportRow &first = table.centre[i];
        Row row {Cell::textCell(indicatorTitle(first.indicator)),
            Cell::textCell(breakdownTitle(first.breakdown))};
        const auto addCells = [&](const ReportRow &r) {
            row.push_back(countCell(r.numerator));
            row.push_back(countCell(r.denominator));
            row.push_back(valueCell(r.indicator, r.value));
            if (compared) {
                row.push_back(r.compared ? valueCell(r.indicator, r.compared->value) : Cell::empty());
                row.push_back(changeCell(r));
            }
        };
        addCells(first);
        for (const std::vector<ReportRow> &group : table.groups)
            addCells(group[i]);
        sheet.rows.push_back(std::move(row));
    }
    if (!splitsClients(breakdown.dimension)) {
        sheet.rows.push_back({});
        sheet.rows.push_back({Cell::textCell(
            tr("Indicators counted per client (antabus, substitution, medical reviews, active "
               "clients) are split only by home municipality, sex and age group."))});
    }
    sheet.columnWidths = {42, 30};
    sheet.columnWidths.resize(2 + perGroup * (breakdown.groups.size() + 1), 10);
    return sheet;
}

} // namespace

std::vector<Sheet> reportSheets(const ReportDocument &document, const ReportSheetInfo &info)
{
    std::vector<Sheet> sheets {centreSheet(document, info)};
    for (const ReportBreakdown &breakdown : document.breakdowns)
        sheets.push_back(breakdownSheet(document, breakdown, info));
    return sheets;
}

} // namespace mestring::sheets
