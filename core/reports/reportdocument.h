#pragma once

#include <optional>
#include <utility>
#include <vector>

#include <QDate>
#include <QString>

#include "breakdown.h"
#include "effectreport.h"

namespace mestring::core {

/// What a report is compared with (domain.md section 7, `compare`).
enum class CompareMode { Previous, LastYear };

template<>
struct EnumCodes<CompareMode>
{
    static constexpr auto codes = std::to_array<std::string_view>({"previous", "last_year"});
};

/// The period [from, to] is compared with: `previous` is the same number of whole calendar
/// months before it when it is whole months (a quarter with the quarter before), otherwise
/// the same number of days ending the day before `from`; `last_year` is the same dates a year
/// earlier, 29 February becoming 28 February.
std::pair<QDate, QDate> comparisonPeriod(QDate from, QDate to, CompareMode mode);

/// Whether [from, to] is whole calendar months (from a 1st to a month's last day).
bool isWholeMonths(QDate from, QDate to);

/// One group of a breakdown: its key ("Viborg", "SEL101", "25-34", "" for none) and the report
/// on its records alone, for the period and, when compared, the comparison period.
struct ReportGroup
{
    QString key;
    QString name; // the staff member's name for `responsible`
    EffectReport report;
    std::optional<EffectReport> compared;
};

/// A report split by one dimension: the groups with anything counted in either period, in the
/// dimension's order (groupComesBefore).
struct ReportBreakdown
{
    ReportDimension dimension = ReportDimension::Municipality;
    std::vector<ReportGroup> groups;
};

/// One group of a breakdown: the dimension and the group's key (a drill-down into it).
struct GroupFilter
{
    ReportDimension dimension = ReportDimension::Municipality;
    QString key;
};

/// What a report is asked for: the period, the dimensions to split by, and a comparison.
struct ReportRequest
{
    QDate from;
    QDate to;
    std::vector<ReportDimension> by;
    std::optional<CompareMode> compare;
};

/// Everything one report shows (the JSON document, the spreadsheets, Rapporter and the printed
/// Effektmål): the centre's report with its targets, the comparison period's report, and a
/// breakdown per dimension asked for.
struct ReportDocument
{
    EffectReport report;
    std::optional<CompareMode> compareMode;
    std::optional<EffectReport> compared;
    std::vector<ReportBreakdown> breakdowns;
};

} // namespace mestring::core
