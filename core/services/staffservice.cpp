#include "staffservice.h"

#include <algorithm>

#include <QCoreApplication>

#include "core/domain/ids.h"
#include "core/domain/nameorder.h"
#include "core/domain/rules/staffrules.h"
#include "core/storage/database.h"
#include "core/storage/staffrepository.h"
#include "core/storage/transaction.h"
#include "serviceerrors.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

bool isActiveManager(const StaffMember &m)
{
    return m.active && m.role == Role::Manager;
}

} // namespace

StaffService::StaffService(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
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

SaveResult StaffService::save(const Actor &actor, const StaffMember &member, bool isNew)
{
    Q_UNUSED(actor);
    RuleIssues issues = checkStaffMember(member);
    StaffRepository repository(m_db);
    if (!member.username.isEmpty()) {
        const std::optional<StaffMember> holder = repository.byUsername(member.username);
        if (holder && holder->id != member.id) {
            issues.push_back({RuleIssue::Severity::Error, QStringLiteral("username"),
                QCoreApplication::translate("mestring",
                    "The username '%1' is already used "
                    "by %2. Choose another username.")
                    .arg(member.username, holder->name)});
        }
    }
    if (!isNew && !isActiveManager(member)) {
        const std::vector<StaffMember> all = repository.all();
        const bool otherManager = std::any_of(all.begin(), all.end(),
            [&](const StaffMember &m) { return m.id != member.id && isActiveManager(m); });
        const std::optional<StaffMember> stored = repository.byId(member.id);
        if (stored && isActiveManager(*stored) && !otherManager) {
            issues.push_back({RuleIssue::Severity::Error, QStringLiteral("role"),
                QCoreApplication::translate("mestring",
                    "%1 is the only active manager. Make "
                    "another staff member manager first, "
                    "so someone can manage accounts.")
                    .arg(stored->name)});
        }
    }
    refuseOnErrors(issues);
    Transaction transaction(m_db);
    if (isNew)
        repository.insert(member);
    else
        repository.update(member);
    transaction.commit();
    Q_EMIT staffChanged(member.id);
    return {member.id, issues};
}

SaveResult StaffService::create(const Actor &actor, StaffMember member)
{
    requirePermission(actor, Permission::ManageStaff);
    if (member.id.isEmpty()) member.id = newId();
    member.name = member.name.trimmed();
    member.username = member.username.trimmed();
    return save(actor, member, true);
}

SaveResult StaffService::update(const Actor &actor, const StaffMember &changed)
{
    requirePermission(actor, Permission::ManageStaff);
    StaffMember member = requireStaff(m_db, changed.id);
    member.name = changed.name.trimmed();
    member.username = changed.username.trimmed();
    member.role = changed.role;
    member.active = changed.active;
    return save(actor, member, false);
}

SaveResult StaffService::changeRole(const Actor &actor, const QString &staffId, Role role)
{
    requirePermission(actor, Permission::ManageStaff);
    StaffMember member = requireStaff(m_db, staffId);
    member.role = role;
    return save(actor, member, false);
}

SaveResult StaffService::setActive(const Actor &actor, const QString &staffId, bool active)
{
    requirePermission(actor, Permission::ManageStaff);
    StaffMember member = requireStaff(m_db, staffId);
    member.active = active;
    return save(actor, member, false);
}

} // namespace mestring::core
