#include "reportservice.h"

#include <QCoreApplication>

#include "core/storage/targetrepository.h"
#include "permissions.h"
#include "servicesupport.h"

namespace mestring::core {

ReportService::ReportService(const Database &db)
    : m_db(db)
{
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

EffectReport ReportService::appointmentIndicators(const Actor &actor, QDate from, QDate to) const
{
    checkRequest(actor, from, to);
    EffectReport report = computeAppointmentIndicators(m_db, from, to);
    report.targets = TargetRepository(m_db).forYear(to.year());
    return report;
}

} // namespace mestring::core
