#include "servicesupport.h"

#include <QCoreApplication>

#include "core/domain/rules/issuehelpers.h"
#include "core/storage/clientrepository.h"
#include "core/storage/courserepository.h"
#include "core/storage/database.h"
#include "core/storage/staffrepository.h"
#include "serviceerrors.h"

namespace mestring::core {

void requireAnyPermission(const Actor &actor, std::initializer_list<Permission> permissions)
{
    for (Permission p : permissions) {
        if (mayDo(actor, p)) return;
    }
    requirePermission(actor, *permissions.begin());
}

void refuse(const QString &path, const QString &message)
{
    throw RuleViolation({dataError(path, message)});
}

void refuseOnErrors(RuleIssues issues)
{
    if (hasErrors(issues)) throw RuleViolation(std::move(issues));
}

void enforceWorkflow(RuleIssues &issues, const QString &path)
{
    for (RuleIssue &issue : issues) {
        if (issue.path == path) issue.severity = RuleIssue::Severity::Error;
    }
}

void appendIssues(RuleIssues &issues, const RuleIssues &more)
{
    issues.insert(issues.end(), more.begin(), more.end());
}

Client requireClient(const Database &db, const QString &clientId)
{
    std::optional<Client> client = ClientRepository(db).byId(clientId);
    if (!client) {
        throw NotFound(QCoreApplication::translate("mestring",
            "The client no longer exists. "
            "Search for the client again."));
    }
    return *client;
}

Course requireCourse(const Database &db, const QString &courseId)
{
    std::optional<Course> course = CourseRepository(db).byId(courseId);
    if (!course) {
        throw NotFound(QCoreApplication::translate("mestring",
            "The treatment course no longer exists. "
            "Open the client again."));
    }
    return *course;
}

StaffMember requireStaff(const Database &db, const QString &staffId)
{
    std::optional<StaffMember> member = StaffRepository(db).byId(staffId);
    if (!member) {
        throw NotFound(QCoreApplication::translate("mestring",
            "The staff member '%1' does not exist. "
            "Choose a staff member from the list.")
                           .arg(staffId));
    }
    return *member;
}

QString signingStaffId(const Actor &actor)
{
    if (actor.isSystem) {
        throw PermissionDenied(QCoreApplication::translate("mestring",
            "Clinical records are signed by a staff member. Log in as yourself in "
            "the program to write them."));
    }
    return actor.staffId;
}

QDate beginningOfRecords()
{
    return QDate(1900, 1, 1);
}

QString shownDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

} // namespace mestring::core
