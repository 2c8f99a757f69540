#include "staffservice.h"

#include <algorithm>

#include <QCoreApplication>

#include "accesslog.h"
#include "core/domain/clock.h"
#include "core/domain/ids.h"
#include "core/domain/rules/accountrules.h"
#include "core/domain/rules/issuehelpers.h"
#include "core/domain/nameorder.h"
#include "core/domain/rules/staffrules.h"
#include "core/storage/database.h"
#include "core/storage/staffrepository.h"
#include "core/storage/transaction.h"
#include "serviceerrors.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

bool isActiveManager(const StaffMember &m)
{
    return m.active && m.role == Role::Manager;
}

// "Pia Munk (pia)": whose account an access-log entry is about, without internal ids.
QString whose(const StaffMember &m)
{
    return m.username.isEmpty() ? m.name : QStringLiteral("%1 (%2)").arg(m.name, m.username);
}

QString teamText(const QString &team)
{
    return team.isEmpty() ? tr("no team") : team;
}

// What a manager changed, for the access log: one entry per save, naming every change.
QStringList changes(const StaffMember &before, const StaffMember &after)
{
    QStringList parts;
    if (before.name != after.name) parts << tr("name from %1 to %2").arg(before.name, after.name);
    if (before.username != after.username) {
        parts << tr("username from %1 to %2")
                     .arg(before.username.isEmpty() ? tr("none") : before.username,
                         after.username.isEmpty() ? tr("none") : after.username);
    }
    if (before.role != after.role)
        parts << tr("role from %1 to %2").arg(roleTitle(before.role), roleTitle(after.role));
    if (before.team != after.team)
        parts << tr("team from %1 to %2").arg(teamText(before.team), teamText(after.team));
    if (before.active != after.active) parts << (after.active ? tr("reactivated") : tr("deactivated"));
    return parts;
}

QString creationText(const StaffMember &m, bool withPassword)
{
    QString text = tr("Staff account of %1 created: %2, %3")
                       .arg(whose(m), roleTitle(m.role), teamText(m.team));
    if (withPassword) text += QStringLiteral("; ") + tr("temporary password set");
    return text;
}

} // namespace

StaffService::StaffService(const Database &db, AccessLog &log, CredentialStore &credentials,
    const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(log)
    , m_credentials(credentials)
    , m_clock(clock)
{
}

std::vector<StaffMember> StaffService::list(const Actor &actor, bool includeInactive)
{
    Q_UNUSED(actor); // everyone logged in chooses colleagues from this list
    std::vector<StaffMember> members = StaffRepository(m_db).all();
    if (!includeInactive) std::erase_if(members, [](const StaffMember &m) { return !m.active; });
    // Storage keeps export order; people pick colleagues by name.
    std::stable_sort(members.begin(), members.end(),
        [](const StaffMember &a, const StaffMember &b) { return nameLess(a.name, b.name); });
    return members;
}

StaffMember StaffService::get(const Actor &actor, const QString &staffId)
{
    Q_UNUSED(actor);
    return requireStaff(m_db, staffId);
}

std::vector<StaffAccount> StaffService::accounts(const Actor &actor)
{
    requirePermission(actor, Permission::ManageStaff);
    std::vector<StaffAccount> result;
    for (StaffMember &member : list(actor, true)) {
        AccountStatus status = m_credentials.status(member.id);
        result.push_back({std::move(member), std::move(status)});
    }
    return result;
}

RuleIssues StaffService::check(const Actor &actor, const StaffMember &member,
    const std::optional<StaffMember> &stored) const
{
    RuleIssues issues = checkStaffMember(member);
    const QString oldUsername = stored ? stored->username : QString();
    if (!member.username.isEmpty() && member.username != oldUsername)
        append(issues, checkUsernameFormat(member.username));
    if (member.username.isEmpty() && !oldUsername.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("username"),
            tr("An account keeps its username. To stop %1 from logging in, deactivate the "
               "account.")
                .arg(stored->name)));
    }
    StaffRepository repository(m_db);
    if (!member.username.isEmpty()) {
        const std::optional<StaffMember> holder = repository.byUsername(member.username);
        if (holder && holder->id != member.id) {
            issues.push_back(dataError(QStringLiteral("username"),
                tr("The username '%1' is already used by %2. Choose another username.")
                    .arg(member.username, holder->name)));
        }
    }
    if (stored && stored->active && !member.active && member.id == actor.staffId) {
        issues.push_back(dataError(QStringLiteral("active"),
            tr("You cannot deactivate your own account. Ask another manager.")));
    }
    if (stored && isActiveManager(*stored) && !isActiveManager(member)) {
        const std::vector<StaffMember> all = repository.all();
        const bool otherManager = std::any_of(all.begin(), all.end(),
            [&](const StaffMember &m) { return m.id != member.id && isActiveManager(m); });
        if (!otherManager) {
            issues.push_back(dataError(QStringLiteral("role"),
                tr("%1 is the only active manager. Make another staff member manager first, so "
                   "someone can manage accounts.")
                    .arg(stored->name)));
        }
    }
    return issues;
}

SaveResult StaffService::save(
    const Actor &actor, StaffMember member, const QString &temporaryPassword)
{
    member.name = member.name.trimmed();
    member.username = member.username.trimmed();
    member.team = member.team.trimmed();
    StaffRepository repository(m_db);
    const std::optional<StaffMember> stored = repository.byId(member.id);
    RuleIssues issues = check(actor, member, stored);
    if (!temporaryPassword.isEmpty()) {
        if (member.username.isEmpty()) {
            issues.push_back(dataError(QStringLiteral("password"),
                tr("A password needs a username to log in with. Enter a username.")));
        } else {
            append(issues, checkNewPassword(temporaryPassword, member));
        }
    }
    refuseOnErrors(issues);
    if (stored && *stored == member) return {member.id, {}}; // nothing changed
    Transaction transaction(m_db);
    if (stored) {
        repository.update(member);
        m_log.appendInTransaction(actor, AccessKind::Change, QString(), QString(),
            tr("Staff account of %1 changed: %2")
                .arg(whose(*stored), changes(*stored, member).join(QStringLiteral("; "))));
    } else {
        repository.insert(member);
        m_log.appendInTransaction(actor, AccessKind::Create, QString(), QString(),
            creationText(member, !temporaryPassword.isEmpty()));
    }
    m_credentials.syncLogin(member);
    if (!temporaryPassword.isEmpty()) m_credentials.setPassword(member.id, temporaryPassword, true);
    transaction.commit();
    Q_EMIT staffChanged(member.id);
    return {member.id, {}};
}

SaveResult StaffService::create(
    const Actor &actor, StaffMember member, const QString &temporaryPassword)
{
    requirePermission(actor, Permission::ManageStaff);
    if (member.id.isEmpty()) member.id = newId();
    if (StaffRepository(m_db).byId(member.id)) {
        refuse(QStringLiteral("id"),
            tr("There is already a staff member with the id %1.").arg(member.id));
    }
    return save(actor, member, temporaryPassword);
}

SaveResult StaffService::update(const Actor &actor, const StaffMember &changed)
{
    requirePermission(actor, Permission::ManageStaff);
    requireStaff(m_db, changed.id);
    return save(actor, changed, QString());
}

SaveResult StaffService::changeRole(const Actor &actor, const QString &staffId, Role role)
{
    requirePermission(actor, Permission::ManageStaff);
    StaffMember member = requireStaff(m_db, staffId);
    member.role = role;
    return save(actor, member, QString());
}

SaveResult StaffService::changeTeam(const Actor &actor, const QString &staffId, const QString &team)
{
    requirePermission(actor, Permission::ManageStaff);
    StaffMember member = requireStaff(m_db, staffId);
    member.team = team;
    return save(actor, member, QString());
}

SaveResult StaffService::setActive(const Actor &actor, const QString &staffId, bool active)
{
    requirePermission(actor, Permission::ManageStaff);
    StaffMember member = requireStaff(m_db, staffId);
    member.active = active;
    return save(actor, member, QString());
}

void StaffService::resetPassword(
    const Actor &actor, const QString &staffId, const QString &temporaryPassword)
{
    requirePermission(actor, Permission::ManageStaff);
    const StaffMember member = requireStaff(m_db, staffId);
    if (member.username.isEmpty()) {
        refuse(QStringLiteral("username"),
            tr("%1 has no username to log in with. Give the account a username first.")
                .arg(member.name));
    }
    refuseOnErrors(checkNewPassword(temporaryPassword, member));
    Transaction transaction(m_db);
    m_credentials.setPassword(member.id, temporaryPassword, true);
    m_log.appendInTransaction(actor, AccessKind::Change, QString(), QString(),
        tr("Temporary password set for %1, to be changed at the next login").arg(whose(member)));
    transaction.commit();
    Q_EMIT staffChanged(member.id);
}

bool StaffService::unlock(const Actor &actor, const QString &staffId)
{
    requirePermission(actor, Permission::ManageStaff);
    const StaffMember member = requireStaff(m_db, staffId);
    if (!m_credentials.status(member.id).isLockedAt(m_clock.now())) return false;
    Transaction transaction(m_db);
    m_credentials.unlock(member.id);
    m_log.appendInTransaction(actor, AccessKind::Change, QString(), QString(),
        tr("Account of %1 unlocked").arg(whose(member)));
    transaction.commit();
    Q_EMIT staffChanged(member.id);
    return true;
}

} // namespace mestring::core
