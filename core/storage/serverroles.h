#pragma once

#include <QString>
#include <QStringList>

#include "core/domain/enums.h"
#include "databaselocation.h"

namespace mestring::core {

/// The second wall on a server (issue 17, docs/decisions.md "Logins and walls on a server"):
/// every staff member connects with a login of their own, a member of exactly one role group;
/// each role group is a member of the permission groups its role has in the program
/// (roleHas()), and the privileges on the tables belong to the permission groups only. So the
/// database refuses, to anyone connecting with any tool, what the program's own checks refuse
/// first: changing or deleting journal notes, prescriptions, dispensings, corrections and the
/// access log, reading journal text or medication without the right, prescribing without being
/// a doctor.
///
/// Logins and groups are the server's, shared by its databases, so they carry the database's
/// name: a group "rusmiddelcenter_nurse" (the function centre_group()), a login
/// "anne@rusmiddelcenter" (serverlogins::loginName()). A centre's groups grant nothing in
/// another centre's database, and two centres may both have an "anne". A copy of a database
/// under another name (a restore, a test's) needs grantStatements() run again in it.
namespace serverroles {

/// The group of a role, as its name lacks the prefix ("nurse").
QString roleGroup(Role role);
/// The role groups' names without the prefix, one per role.
QStringList roleGroupNames();
/// Every group's name without the prefix: "staff", the permission groups, the role groups.
QStringList groupNames();

/// Statements (PL/pgSQL blocks, idempotent) that make the groups if missing, make each role
/// group a member of its permission groups only, and give the groups their privileges on the
/// schema's tables and sequences, after taking away whatever they had. Run by the schema's
/// owner (a login that may create roles) in a migration.
QStringList grantStatements();

/// The schema's functions that staff call to change rows (schema v10): a statement that calls
/// one writes, though it starts with SELECT.
const QStringList &changingFunctions();

/// Runs grantStatements() in `database` (an administrator's or the owner's address) when its
/// schema has the groups (version 10 on): after a copy under another name, or a restore.
void grantIn(const DatabaseLocation &database);

} // namespace serverroles

} // namespace mestring::core
