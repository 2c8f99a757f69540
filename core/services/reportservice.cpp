#include "reportservice.h"

#include <QCoreApplication>
#include <QSet>

#include "accessdetail.h"
#include "accesslog.h"
#include "core/domain/indicatorids.h"
#include "core/storage/targetrepository.h"
#include "permissions.h"
#include "servicesupport.h"

namespace mestring::core {

ReportService::ReportService(const Database &db)
    : m_db(db)
{
}

ReportService::ReportService(const Database &db, AccessLog &log)
    : m_db(db)
    , m_log(&log)
{
}

std::vector<std::pair<QDate, QDate>> quartersUpTo(QDate to, int count)
{
    std::vector<std::pair<QDate, QDate>> quarters;
    if (!to.isValid() || count <= 0) return quarters;
    QDate first(to.year(), (to.month() - 1) / 3 * 3 + 1, 1);
    first = first.addMonths(-3 * (count - 1));
    for (int i = 0; i < count; ++i, first = first.addMonths(3))
        quarters.emplace_back(first, std::min(first.addMonths(3).addDays(-1), to));
    return quarters;
}

void ReportService::checkRequest(const Actor &actor, QDate from, QDate to) const
{
    requirePermission(actor, Permission::ViewReports);
    if (!from.isValid() || !to.isValid()) {
        refuse(QStringLiteral("period"),
            QCoreApplication::translate("mestring",
                "The report needs a first and a last day. Choose both dates of the period."));
    }
    if (from > to) {
        refuse(QStringLiteral("period"),
            QCoreApplication::translate("mestring",
                "The period ends before it begins. Choose a last day on or after the first "
                "day."));
    }
}

EffectReport ReportService::effectReport(
    const Actor &actor, QDate from, QDate to, const ReportProgress &progress) const
{
    checkRequest(actor, from, to);
    EffectReport report = computeEffectReport(m_db, from, to, progress);
    // A period over New Year is measured against the targets of the year it ends in.
    report.targets = TargetRepository(m_db).forYear(to.year());
    return report;
}

ReportDocument ReportService::report(
    const Actor &actor, const ReportRequest &request, const ReportProgress &progress) const
{
    checkRequest(actor, request.from, request.to);
    ReportDocument document = computeReportDocument(m_db, request, progress);
    document.report.targets = TargetRepository(m_db).forYear(request.to.year());
    return document;
}

EffectReport ReportService::appointmentIndicators(const Actor &actor, QDate from, QDate to) const
{
    checkRequest(actor, from, to);
    EffectReport report = computeAppointmentIndicators(m_db, from, to);
    report.targets = TargetRepository(m_db).forYear(to.year());
    return report;
}

std::vector<EffectReport> ReportService::quarterlyTrend(
    const Actor &actor, const QString &indicator, QDate to, const ReportProgress &progress) const
{
    checkRequest(actor, to, to);
    if (!isIndicatorId(indicator)) {
        refuse(QStringLiteral("indicator"),
            QCoreApplication::translate(
                "mestring", "There is no indicator %1. Choose one of the report's indicators.")
                .arg(indicator));
    }
    std::vector<EffectReport> quarters
        = computeIndicatorTrend(m_db, indicator, quartersUpTo(to), progress);
    const TargetRepository targets(m_db);
    for (EffectReport &quarter : quarters)
        quarter.targets = targets.forYear(quarter.to.year());
    return quarters;
}

std::vector<MemberRow> ReportService::memberRows(const Actor &actor, QDate from, QDate to,
    const QString &indicator, const QString &breakdown,
    const std::optional<GroupFilter> &group) const
{
    checkRequest(actor, from, to);
    requirePermission(actor, Permission::ReadClinical);
    if (!hasMembers(indicator)) {
        refuse(QStringLiteral("indicator"),
            QCoreApplication::translate("mestring",
                "There is no indicator %1. Choose one of the report's indicators.")
                .arg(indicator));
    }
    Q_ASSERT(m_log); // the composition root makes the GUI's service with the access log
    if (!m_log) throw std::logic_error("ReportService::memberRows needs an access log");
    const std::vector<MemberRow> rows = core::memberRows(
        m_db, computeIndicatorMembers(m_db, from, to, indicator, breakdown, group));
    QStringList clients;
    QSet<QString> seen;
    for (const MemberRow &row : rows) {
        if (!row.clientId.isEmpty() && !seen.contains(row.clientId)) {
            seen.insert(row.clientId);
            clients << row.clientId;
        }
    }
    if (!clients.isEmpty()) {
        QStringList values {indicator};
        if (!breakdown.isEmpty()) values << breakdown;
        if (group) values << enumCode(group->dimension) << group->key;
        m_log->recordReads(actor, clients,
            accessDetail(group ? AccessTopic::ReportListGroup : AccessTopic::ReportList, values));
    }
    return rows;
}

} // namespace mestring::core
