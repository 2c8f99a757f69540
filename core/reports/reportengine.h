#pragma once

#include <functional>
#include <stdexcept>

#include <QDate>

#include "effectreport.h"

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

/// Only `no_show_rate` and `families_reached` for [from, to] (the rest stays empty): the
/// appointment counts of a monthly chart without the cost of a whole report per month.
EffectReport computeAppointmentIndicators(const Database &db, QDate from, QDate to);

} // namespace mestring::core
