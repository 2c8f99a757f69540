#include "registryservice.h"

#include <algorithm>

#include <QCoreApplication>
#include <QSet>

#include "accesslog.h"
#include "core/domain/clock.h"
#include "core/domain/rules/issuehelpers.h"
#include "core/domain/rules/registryreportrules.h"
#include "core/storage/database.h"
#include "core/storage/registryrepository.h"
#include "core/storage/transaction.h"
#include "serviceerrors.h"
#include "servicesupport.h"

namespace mestring::core {

RegistryService::RegistryService(
    const Database &db, AccessLog &log, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(log)
    , m_clock(clock)
{
}

std::vector<RegistryWorkItem> RegistryService::worklist(
    const Actor &actor, const QDate &reportedSince)
{
    requirePermission(actor, Permission::ManageIntake);
    std::vector<RegistryWorkItem> result = registryWorkItems(m_db, m_clock.today(), reportedSince);
    QSet<QString> clients;
    for (const RegistryWorkItem &item : result)
        clients.insert(item.clientId);
    QStringList ordered(clients.begin(), clients.end());
    ordered.sort();
    m_log.recordReads(actor, ordered, QStringLiteral("registry worklist"));
    return result;
}

RegistrySummary RegistryService::summary(const Actor &actor)
{
    requirePermission(actor, Permission::ManageIntake);
    RegistrySummary summary;
    for (const RegistryWorkItem &item : registryWorkItems(m_db, m_clock.today())) {
        if (item.state == RegistryState::Overdue) ++summary.overdue;
        if (item.state == RegistryState::DueThisWeek) ++summary.dueThisWeek;
    }
    return summary;
}

SaveResult RegistryService::markReported(
    const Actor &actor, const QString &courseId, RegistryEvent event, const QDate &day)
{
    requirePermission(actor, Permission::ManageIntake);
    const Course course = requireCourse(m_db, courseId);
    const Client client = requireClient(m_db, course.client);
    RegistryReport report {
        courseId, event, day.isValid() ? day : m_clock.today(), signingStaffId(actor)};
    RuleIssues issues = checkRegistryReport(report);
    append(issues, checkRegistryReportOn(report, course, client.anonymous));
    if (report.reportedOn > m_clock.today()) {
        issues.push_back(dataError(QStringLiteral("reported_on"),
            QCoreApplication::translate("mestring",
                "The day lies in the future. Mark it reported on the day it was reported.")));
    }
    RegistryRepository repository(m_db);
    if (repository.find(courseId, event)) issues.push_back(registryDuplicateError());
    refuseOnErrors(issues);

    Transaction transaction(m_db);
    repository.insert(report);
    m_log.appendInTransaction(actor, AccessKind::Change, course.client, QString(),
        QStringLiteral("registry reported ") + enumCode(event) + QLatin1Char(' ') + courseId);
    transaction.commit();
    Q_EMIT registryChanged(courseId);
    return {courseId, {}};
}

SaveResult RegistryService::undoReported(
    const Actor &actor, const QString &courseId, RegistryEvent event)
{
    requirePermission(actor, Permission::ManageIntake);
    const Course course = requireCourse(m_db, courseId);
    Transaction transaction(m_db);
    if (!RegistryRepository(m_db).remove(courseId, event)) {
        throw NotFound(QCoreApplication::translate(
            "mestring", "The event is not marked as reported (any more). Read the list again."));
    }
    m_log.appendInTransaction(actor, AccessKind::Change, course.client, QString(),
        QStringLiteral("registry mark undone ") + enumCode(event) + QLatin1Char(' ') + courseId);
    transaction.commit();
    Q_EMIT registryChanged(courseId);
    return {courseId, {}};
}

} // namespace mestring::core
