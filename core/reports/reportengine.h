#pragma once

#include <functional>
#include <stdexcept>
#include <utility>
#include <vector>

#include <QDate>

#include "effectreport.h"
#include "reportdocument.h"
#include "reportmembers.h"

namespace mestring::core {

class Database;

/// Told after each part of the report with the parts done and the parts in all; returning
/// false cancels the report (a GUI worker's progress bar and cancel button).
using ReportProgress = std::function<bool(int done, int total)>;

/// Thrown when a ReportProgress asked to stop; nothing was changed.
class ReportCancelled : public std::runtime_error
{
public:
    ReportCancelled()
        : std::runtime_error("effect report cancelled")
    {
    }
};

/// Computes every indicator of domain.md section 3 for the period [from, to] (both days
/// included) from one consistent read of the database. Targets are not filled in (see
/// ReportService). The period must be valid with from <= to. Throws StorageError, and
/// ReportCancelled when `progress` returns false.
EffectReport computeEffectReport(
    const Database &db, QDate from, QDate to, const ReportProgress &progress = {});

/// The report `request` asks for from one consistent read: the centre's report, the
/// comparison period's, and for each dimension the report of every group on its records alone
/// (each group's numbers are what the report gives on a database holding only that group's
/// courses, or clients for the client-based indicators). Targets are not filled in. Every part
/// reads each period once, whatever the number of dimensions. Throws as computeEffectReport().
ReportDocument computeReportDocument(
    const Database &db, const ReportRequest &request, const ReportProgress &progress = {});

/// Only `no_show_rate` and `families_reached` for [from, to] (the rest stays empty): the
/// appointment counts of a monthly chart without the cost of a whole report per month.
EffectReport computeAppointmentIndicators(const Database &db, QDate from, QDate to);

/// Periods [from, to] in order (the quarters of a trend).
using ReportPeriods = std::vector<std::pair<QDate, QDate>>;

/// Only the part of the report that computes `indicator` (an id of indicatorids.h) for
/// [from, to], the rest left empty; `sink`, when set, is told the course or client behind every
/// number of that part. Throws std::invalid_argument for an unknown id, StorageError.
EffectReport computeIndicatorPart(
    const Database &db, QDate from, QDate to, QStringView indicator, MemberSink *sink = nullptr);

/// `indicator` for each of `periods` from one consistent read (the quarterly trend of a rate
/// without the cost of whole reports). `progress` is told after each period and may cancel.
std::vector<EffectReport> computeIndicatorTrend(const Database &db, QStringView indicator,
    const ReportPeriods &periods, const ReportProgress &progress = {});

/// The courses or clients behind `indicator`'s breakdown `breakdown` (empty: the indicator
/// as a whole) for [from, to], from the same rows the report counts: their numerators and
/// denominators add up to the report's, or to the group's when `group` is given. Requires
/// hasMembers(indicator).
IndicatorMembers computeIndicatorMembers(const Database &db, QDate from, QDate to,
    QStringView indicator, QStringView breakdown, const std::optional<GroupFilter> &group = {});

} // namespace mestring::core
