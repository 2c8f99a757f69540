#pragma once

#include <QDate>

#include "actor.h"
#include "core/reports/reportengine.h"

namespace mestring::core {

class Database;

/// The effect report (domain.md sections 3 and 4) for coordinators and managers
/// (ViewReports). It holds numbers about the centre, no client's data, so nothing is written
/// to the access log.
class ReportService
{
public:
    explicit ReportService(const Database &db);

    /// Every indicator for [from, to] (both included), with the effect-goal targets of the year
    /// of `to` beside them. `progress` is told after each part and may cancel. Throws
    /// PermissionDenied, RuleViolation when the period is not two dates in order,
    /// ReportCancelled, StorageError.
    EffectReport effectReport(
        const Actor &actor, QDate from, QDate to, const ReportProgress &progress = {}) const;

    /// Only the appointment indicators (`no_show_rate`, `families_reached`) for [from, to],
    /// with the targets as effectReport(): for charts per month. Throws as effectReport().
    EffectReport appointmentIndicators(const Actor &actor, QDate from, QDate to) const;

    /// The database the service reads; a GUI worker opens its own connection on its path.
    const Database &database() const { return m_db; }

private:
    void checkRequest(const Actor &actor, QDate from, QDate to) const;

    const Database &m_db;
};

} // namespace mestring::core
