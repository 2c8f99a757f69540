#pragma once

#include <initializer_list>
#include <vector>

#include <QDate>
#include <QString>

#include "actor.h"
#include "core/domain/client.h"
#include "core/domain/course.h"
#include "core/domain/ruleissue.h"
#include "core/domain/staffmember.h"
#include "permissions.h"

// Small shared steps of the services (not a public API): loading the records an operation
// needs or throwing NotFound, and turning rule issues into a RuleViolation.
namespace mestring::core {

class Database;

/// Passes when the actor has at least one of the permissions; otherwise throws the standard
/// PermissionDenied of the first one.
void requireAnyPermission(const Actor &actor, std::initializer_list<Permission> permissions);

/// Throws RuleViolation with one data error at `path`; nothing is saved.
[[noreturn]] void refuse(const QString &path, const QString &message);

/// Throws RuleViolation when `issues` hold an error.
void refuseOnErrors(RuleIssues issues);

/// Turns the workflow warnings at `path` into errors: the services enforce those workflow rules
/// at the moment staff record something, where the importer only lists them.
void enforceWorkflow(RuleIssues &issues, const QString &path);

void appendIssues(RuleIssues &issues, const RuleIssues &more);

Client requireClient(const Database &db, const QString &clientId);
Course requireCourse(const Database &db, const QString &courseId);
StaffMember requireStaff(const Database &db, const QString &staffId);

/// The staff member an actor records as author or responsible: the actor itself. The system
/// actor of the command-line tool is no staff member and cannot sign clinical records.
QString signingStaffId(const Actor &actor);

/// The earliest day any stored record can have; a lower bound for "all" range queries.
QDate beginningOfRecords();

/// dd-MM-yyyy, the way dates are shown to users (style.md).
QString shownDate(const QDate &date);

} // namespace mestring::core
