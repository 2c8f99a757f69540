#pragma once

#include <vector>

#include <QObject>

#include "actor.h"
#include "clientservice.h"
#include "core/domain/staffmember.h"

namespace mestring::core {

class Database;

/// Staff accounts (medarbejdere). Managers (ManageStaff) create members and change their
/// name, username, role and whether they are active; anyone logged in may list staff (to
/// choose a responsible person or a group leader). Members are never deleted: records name
/// them for as long as the journal is kept. The last active manager cannot be demoted or
/// made inactive, so someone can always manage accounts. Passwords: see AuthService.
class StaffService : public QObject
{
    Q_OBJECT

public:
    explicit StaffService(const Database &db, QObject *parent = nullptr);

    /// Staff in the order they were created; inactive members only when asked for.
    std::vector<StaffMember> list(const Actor &actor, bool includeInactive = false);
    StaffMember get(const Actor &actor, const QString &staffId);

    /// Creates a member (assigns an id when empty). A username must not be taken (case is
    /// ignored); a member without a username cannot log in.
    SaveResult create(const Actor &actor, StaffMember member);
    /// Changes name, username, role and active.
    SaveResult update(const Actor &actor, const StaffMember &member);
    SaveResult changeRole(const Actor &actor, const QString &staffId, Role role);
    SaveResult setActive(const Actor &actor, const QString &staffId, bool active);

Q_SIGNALS:
    void staffChanged(const QString &staffId);

private:
    SaveResult save(const Actor &actor, const StaffMember &member, bool isNew);

    const Database &m_db;
};

} // namespace mestring::core
