#pragma once

#include <QDate>

#include "actor.h"
#include "core/reports/reportengine.h"

namespace mestring::core {

class AccessLog;
class Database;

/// The effect report (domain.md sections 3 and 4) for coordinators and managers
/// (ViewReports). It holds numbers about the centre, no client's data, so nothing is written
/// to the access log.
class ReportService
{
public:
    explicit ReportService(const Database &db);
    /// A service that may also list the clients behind a number (memberRows), logging it.
    ReportService(const Database &db, AccessLog &log);

    /// Every indicator for [from, to] (both included), with the effect-goal targets of the year
    /// of `to` beside them. `progress` is told after each part and may cancel. Throws
    /// PermissionDenied, RuleViolation when the period is not two dates in order,
    /// ReportCancelled, StorageError.
    EffectReport effectReport(
        const Actor &actor, QDate from, QDate to, const ReportProgress &progress = {}) const;

    /// The report `request` asks for: the centre's with the targets of the year of `to`, the
    /// comparison period's, and a breakdown per dimension in which each group's numbers are
    /// those of its records alone (domain.md section 7). Throws as effectReport().
    ReportDocument report(
        const Actor &actor, const ReportRequest &request, const ReportProgress &progress = {}) const;

    /// Only the appointment indicators (`no_show_rate`, `families_reached`) for [from, to],
    /// with the targets as effectReport(): for charts per month. Throws as effectReport().
    EffectReport appointmentIndicators(const Actor &actor, QDate from, QDate to) const;

    /// `indicator` (an id of domain.md section 3) for each of the 12 calendar quarters up to
    /// the quarter of `to`, the last cut at `to`, each with the targets of its own year: the
    /// quarterly trend, computing only the indicator's part of the report. `progress` is told
    /// after each quarter and may cancel. Throws as effectReport(), RuleViolation for an
    /// unknown indicator.
    std::vector<EffectReport> quarterlyTrend(const Actor &actor, const QString &indicator, QDate to,
        const ReportProgress &progress = {}) const;

    /// The courses or clients behind `indicator`'s breakdown `breakdown` (empty: the whole)
    /// for [from, to], of the whole centre or of one group of a breakdown, with their clients'
    /// names and courses: the same rows the report counts. Needs ViewReports and ReadClinical
    /// (it shows clients), and a service made with an access log: one read is logged per
    /// client listed. Throws PermissionDenied, RuleViolation for an unknown indicator,
    /// StorageError.
    std::vector<MemberRow> memberRows(const Actor &actor, QDate from, QDate to,
        const QString &indicator, const QString &breakdown,
        const std::optional<GroupFilter> &group = {}) const;

    /// The database the service reads; a GUI worker opens its own connection on its path.
    const Database &database() const { return m_db; }

private:
    void checkRequest(const Actor &actor, QDate from, QDate to) const;

    const Database &m_db;
    AccessLog *m_log = nullptr;
};

/// The 12 (or `count`) calendar quarters up to the quarter of `to`, oldest first, the last cut
/// at `to`.
std::vector<std::pair<QDate, QDate>> quartersUpTo(QDate to, int count = 12);

} // namespace mestring::core
