#include "registryreportrules.h"

#include <QCoreApplication>

#include "core/domain/registry.h"
#include "issuehelpers.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

} // namespace

RuleIssues checkRegistryReport(const RegistryReport &report)
{
    RuleIssues issues;
    if (report.course.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("course"),
            tr("The registry mark belongs to no course. Choose the course.")));
    }
    if (!report.reportedOn.isValid()) {
        issues.push_back(dataError(QStringLiteral("reported_on"),
            tr("The day it was reported is not given. Enter the day.")));
    }
    if (report.staff.isEmpty()) {
        issues.push_back(dataError(
            QStringLiteral("staff"), tr("Who reported it is not given. Choose the staff member.")));
    }
    return issues;
}

RuleIssues checkRegistryReportOn(
    const RegistryReport &report, const Course &course, bool anonymousClient)
{
    RuleIssues issues;
    if (!registerOf(course, anonymousClient)) {
        issues.push_back(dataError(QStringLiteral("course"),
            tr("Anonymous courses are never reported to the registers. Remove the mark.")));
        return issues;
    }
    const QDate happened = registryEventDate(course, report.event);
    if (!happened.isValid()) {
        issues.push_back(dataError(QStringLiteral("event"),
            tr("The course has no such event yet (no request, start or end date), so there is "
               "nothing to report.")));
    } else if (report.reportedOn.isValid() && report.reportedOn < happened) {
        issues.push_back(dataError(QStringLiteral("reported_on"),
            tr("It is reported before it happened (%1). Correct the day it was reported.")
                .arg(happened.toString(QStringLiteral("dd-MM-yyyy")))));
    }
    return issues;
}

RuleIssue registryDuplicateError()
{
    return dataError(QStringLiteral("event"),
        tr("This event of the course is already marked as reported. Each event is marked "
           "once."));
}

} // namespace mestring::core
