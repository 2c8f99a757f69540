#include "serverroles.h"

#include <array>

#include "core/domain/permission.h"
#include "serveradmin.h"

namespace mestring::core::serverroles {

namespace {

// The permissions the database enforces, each a group of its own with the privileges below.
// The others (master data, appointments, groups, intake, reports ...) are the program's
// checks alone: the database gives every staff member what their work on them needs.
struct PermissionGroup
{
    Permission permission;
    const char *name;
    QStringList grants; // "PRIVILEGES ON table"
};

const std::array<PermissionGroup, 8> &permissionGroups()
{
    static const std::array<PermissionGroup, 8> groups {{
        {Permission::ReadClinical, "read_clinical", {QStringLiteral("SELECT ON notes")}},
        {Permission::WriteClinical, "write_clinical", {QStringLiteral("INSERT ON notes")}},
        {Permission::ReadMedication, "read_medication",
            {QStringLiteral("SELECT ON prescriptions"), QStringLiteral("SELECT ON dispensings"),
                QStringLiteral("SELECT ON corrections")}},
        {Permission::Dispense, "dispense",
            {QStringLiteral("INSERT ON dispensings"), QStringLiteral("INSERT ON corrections")}},
        {Permission::Prescribe, "prescribe", {QStringLiteral("INSERT ON prescriptions")}},
        {Permission::ManageStaff, "manage_staff",
            {QStringLiteral("INSERT, UPDATE ON staff"),
                QStringLiteral("SELECT ON staff_login_changes")}},
        {Permission::ReadAccessLog, "read_access_log", {QStringLiteral("SELECT ON access_log")}},
        // Disposal (kassation) deletes a disposed client's records; the schema's triggers
        // refuse a delete of any other client's, and a purge beyond its recorded anchor.
        {Permission::DisposeRecords, "dispose",
            {QStringLiteral("INSERT ON disposals"),
                QStringLiteral("DELETE ON corrections, feedback, registry_reports, "
                               "waiting_lists, dispensings, prescriptions, group_attendance, "
                               "group_members, group_waiting, goal_scores, subgoals, goals, "
                               "assessments, appointments, notes, course_phases, courses, "
                               "absences, clients"),
                QStringLiteral("INSERT ON access_log_purges"),
                QStringLiteral("DELETE ON access_log")}},
    }};
    return groups;
}

constexpr std::array allRoles {Role::Therapist, Role::FamilyTherapist, Role::Nurse, Role::Doctor,
    Role::Intake, Role::Coordinator, Role::Manager, Role::AdminStaff};

// What every staff member's work needs. Journal notes, medication, the access log and staff
// accounts are not here: only their permission groups have them (notes: every column but the
// text; the access log: adding entries, which the database links into the chain itself, and
// reading where a laptop's carried-in chain was left).
const QStringList staffGrants {
    QStringLiteral("SELECT ON absences, access_log_purges, appointments, assessments, "
                   "clients, closed_days, course_phases, courses, disposals, "
                   "effect_targets, feedback, goal_scores, goals, group_attendance, "
                   "group_courses, group_leaders, group_members, group_sessions, group_waiting, "
                   "registry_reports, schema_version, settings, staff_logins, subgoals, "
                   "waiting_lists"),
    QStringLiteral("INSERT, UPDATE ON absences, appointments, assessments, clients, "
                   "closed_days, course_phases, courses, effect_targets, feedback, goal_scores, "
                   "goals, group_attendance, group_courses, group_leaders, group_members, "
                   "group_sessions, group_waiting, registry_reports, settings, subgoals, "
                   "waiting_lists"),
    // What the program replaces as a whole list (a group's lists, a goal's scores, a course's
    // phases) or removes by design (a closed day, a setting, a target, a registry report).
    QStringLiteral("DELETE ON closed_days, course_phases, effect_targets, goal_scores, "
                   "group_attendance, group_leaders, group_members, group_sessions, "
                   "group_waiting, registry_reports, settings, subgoals"),
    QStringLiteral("INSERT ON access_log"),
    // The program's count of wrong passwords and its lock (servercredentialstore.h).
    QStringLiteral("UPDATE (failed_logins, locked_until) ON staff"),
};

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''"))
        + QLatin1Char('\'');
}

// `privileges` granted to (or, with `revoke`, taken from) the group `group`, in a PL/pgSQL
// block's body: the group's name is the centre's (centre_group()).
QString grantLine(const QString &privileges, const QString &group)
{
    return QStringLiteral("EXECUTE format(%1, centre_group(%2)); ")
        .arg(quoted(QStringLiteral("GRANT ") + privileges + QStringLiteral(" TO %I")),
            quoted(group));
}

} // namespace

const QStringList &changingFunctions()
{
    static const QStringList names {QStringLiteral("end_prescription"),
        QStringLiteral("annul_prescription"), QStringLiteral("confirm_dose"),
        QStringLiteral("confirm_late_dispensing"), QStringLiteral("sync_staff_login"),
        QStringLiteral("set_staff_password")};
    return names;
}

QString roleGroup(Role role)
{
    return enumCode(role);
}

QStringList roleGroupNames()
{
    QStringList names;
    for (Role role : allRoles)
        names << roleGroup(role);
    return names;
}

QStringList groupNames()
{
    QStringList names {QStringLiteral("staff")};
    for (const PermissionGroup &group : permissionGroups())
        names << QLatin1StringView(group.name).toString();
    return names + roleGroupNames();
}

QStringList grantStatements()
{
    QStringList quotedNames;
    for (const QString &name : groupNames())
        quotedNames << quoted(name);
    const QString names
        = QStringLiteral("ARRAY[") + quotedNames.join(QStringLiteral(", ")) + QLatin1Char(']');

    // The groups, and nothing left of what they had in this schema.
    QString reset = QStringLiteral(
        "DO $$ DECLARE g text; BEGIN FOREACH g IN ARRAY %1 LOOP "
        "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = centre_group(g)) THEN "
        "EXECUTE format('CREATE ROLE %I NOLOGIN', centre_group(g)); END IF; "
        "EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', current_schema(), "
        "centre_group(g)); "
        "EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM %I', current_schema(), "
        "centre_group(g)); "
        "END LOOP; END $$")
                        .arg(names);

    // Role groups: members of "staff" and of their role's permission groups only.
    QString members = QStringLiteral("DO $$ BEGIN ");
    for (Role role : allRoles) {
        const QString group = quoted(roleGroup(role));
        members += QStringLiteral("EXECUTE format('GRANT %I TO %I', centre_group('staff'), "
                                  "centre_group(%1)); ")
                       .arg(group);
        for (const PermissionGroup &permission : permissionGroups()) {
            const QString name = QLatin1StringView(permission.name).toString();
            members += roleHas(role, permission.permission)
                ? QStringLiteral("EXECUTE format('GRANT %I TO %I', centre_group('%1'), "
                                 "centre_group(%2)); ")
                      .arg(name, group)
                : QStringLiteral("IF pg_has_role(centre_group(%2), centre_group('%1'), 'MEMBER') "
                                 "THEN EXECUTE format('REVOKE %I FROM %I', centre_group('%1'), "
                                 "centre_group(%2)); END IF; ")
                      .arg(name, group);
        }
    }
    members += QStringLiteral("END $$");

    // Privileges: the schema, its sequences (row numbers), the tables.
    QString grants = QStringLiteral(
        "DO $$ DECLARE c text; BEGIN "
        "EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), "
        "centre_group('staff')); "
        "EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', "
        "current_schema(), centre_group('staff')); ");
    for (const QString &privileges : staffGrants)
        grants += grantLine(privileges, QStringLiteral("staff"));
    // Every column but the password hash (unused on a server) and the note's text.
    for (const auto &[table, hidden] : {std::pair {"staff", "password_hash"}, {"notes", "text"}}) {
        grants += QStringLiteral(
            "SELECT string_agg(quote_ident(column_name), ', ') INTO c FROM "
            "information_schema.columns WHERE table_schema = current_schema() AND table_name = "
            "'%1' AND column_name <> '%2'; "
            "EXECUTE format('GRANT SELECT (%s) ON %1 TO %I', c, centre_group('staff')); ")
                      .arg(QLatin1StringView(table), QLatin1StringView(hidden));
    }
    // Where each laptop's chain was left (AccessLog::carryIn), from schema v11 on.
    grants += QStringLiteral(
        "SELECT string_agg(quote_ident(column_name), ', ') INTO c FROM "
        "information_schema.columns WHERE table_schema = current_schema() AND table_name = "
        "'access_log' AND column_name IN ('origin', 'origin_seq', 'origin_hash'); "
        "IF c IS NOT NULL THEN EXECUTE format('GRANT SELECT (%s) ON access_log TO %I', c, "
        "centre_group('staff')); END IF; ");
    for (const PermissionGroup &permission : permissionGroups()) {
        for (const QString &privileges : permission.grants)
            grants += grantLine(privileges, QLatin1StringView(permission.name).toString());
    }
    grants += QStringLiteral("END $$");

    // Only the centre's staff connect to its database (an administrator and the owner always
    // may).
    const QString connect = QStringLiteral(
        "DO $$ BEGIN "
        "EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database()); "
        "EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), "
        "centre_group('staff')); END $$");
    // The functions staff may call (schema v10); each checks the caller itself.
    const QString functions = QStringLiteral(
        "DO $$ BEGIN "
        "EXECUTE format('REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA %I FROM PUBLIC', "
        "current_schema()); "
        "EXECUTE format('GRANT EXECUTE ON FUNCTION %1, require_permission, centre_group TO %I', "
        "centre_group('staff')); END $$")
                                  .arg(changingFunctions().join(QStringLiteral(", ")));
    return {reset, members, grants, connect, functions};
}

void grantIn(const DatabaseLocation &database)
{
    const ServerAdmin in(database, database.databaseName());
    if (!in.functionExists(QStringLiteral("centre_group"))) return;
    for (const QString &statement : grantStatements())
        in.exec(statement);
}

} // namespace mestring::core::serverroles
