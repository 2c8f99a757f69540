#pragma once

#include <vector>

#include <QObject>

#include "actor.h"
#include "clientservice.h"
#include "core/domain/staffmember.h"
#include "credentialstore.h"

namespace mestring::core {

class AccessLog;
class Clock;
class Database;

/// A staff member with the state of their login, for the managers' list.
struct StaffAccount
{
    StaffMember member;
    AccountStatus status;
};

/// Staff accounts (medarbejdere). Managers (ManageStaff) create accounts, change name,
/// username, role and team, set a temporary password (the user chooses their own at the next
/// login), unlock an account locked after wrong passwords, and deactivate or reactivate it;
/// every change is in the access log, naming whose account and what changed. Anyone logged in
/// may list staff (to choose a responsible person or a group leader). Members are never
/// deleted: records name them for as long as the journal is kept. The last active manager
/// cannot be demoted or deactivated, and nobody deactivates their own account. Passwords go
/// through the CredentialStore; logging in and one's own password: see AuthService.
class StaffService : public QObject
{
    Q_OBJECT

public:
    StaffService(const Database &db, AccessLog &log, CredentialStore &credentials,
        const Clock &clock, QObject *parent = nullptr);

    /// Staff by name; inactive members only when asked for.
    std::vector<StaffMember> list(const Actor &actor, bool includeInactive = false);
    StaffMember get(const Actor &actor, const QString &staffId);
    /// Every member, former ones too, with their login's state (managers).
    std::vector<StaffAccount> accounts(const Actor &actor);

    /// Creates a member (assigns an id when empty). A username must follow the username rules
    /// and not be taken (case is ignored); a member without a username cannot log in. With a
    /// `temporaryPassword` (password rules) the member can log in once with it and must then
    /// choose their own.
    SaveResult create(
        const Actor &actor, StaffMember member, const QString &temporaryPassword = {});
    /// Changes name, username, role, team and active.
    SaveResult update(const Actor &actor, const StaffMember &member);
    SaveResult changeRole(const Actor &actor, const QString &staffId, Role role);
    SaveResult changeTeam(const Actor &actor, const QString &staffId, const QString &team);
    SaveResult setActive(const Actor &actor, const QString &staffId, bool active);
    /// Sets a temporary password (password rules) that must be replaced at the next login, and
    /// lifts a lock. The member needs a username.
    void resetPassword(
        const Actor &actor, const QString &staffId, const QString &temporaryPassword);
    /// Lifts the lock after too many wrong passwords; false (and nothing logged) when the
    /// account was not locked.
    bool unlock(const Actor &actor, const QString &staffId);

Q_SIGNALS:
    void staffChanged(const QString &staffId);

private:
    SaveResult save(const Actor &actor, StaffMember member, const QString &temporaryPassword);
    RuleIssues check(const Actor &actor, const StaffMember &member,
        const std::optional<StaffMember> &stored) const;

    const Database &m_db;
    AccessLog &m_log;
    CredentialStore &m_credentials;
    const Clock &m_clock;
};

} // namespace mestring::core
