#include <catch2/catch.hpp>

#include "core/services/permissions.h"
#include "core/services/serviceerrors.h"

using namespace mestring::core;

TEST_CASE("Only doctors prescribe", "[core][permissions]")
{
    for (Role role : enumValues<Role>())
        CHECK(roleHas(role, Permission::Prescribe) == (role == Role::Doctor));
}

TEST_CASE("Nurses and doctors register dispensings, therapists do not", "[core][permissions]")
{
    CHECK(roleHas(Role::Nurse, Permission::Dispense));
    CHECK(roleHas(Role::Doctor, Permission::Dispense));
    CHECK_FALSE(roleHas(Role::Therapist, Permission::Dispense));
    CHECK_FALSE(roleHas(Role::AdminStaff, Permission::Dispense));
}

TEST_CASE("Administrative staff see master data but no journal text", "[core][permissions]")
{
    CHECK(roleHas(Role::AdminStaff, Permission::ReadMasterData));
    CHECK(roleHas(Role::AdminStaff, Permission::ManageAppointments));
    CHECK(roleHas(Role::AdminStaff, Permission::ManageGroups));
    CHECK_FALSE(roleHas(Role::AdminStaff, Permission::ReadClinical));
    CHECK_FALSE(roleHas(Role::AdminStaff, Permission::WriteClinical));
}

TEST_CASE("Coordinators see reports and edit targets; managers also manage staff and backups",
          "[core][permissions]")
{
    CHECK(roleHas(Role::Coordinator, Permission::ViewReports));
    CHECK(roleHas(Role::Coordinator, Permission::EditTargets));
    CHECK_FALSE(roleHas(Role::Coordinator, Permission::ManageStaff));
    CHECK(roleHas(Role::Manager, Permission::ManageStaff));
    CHECK(roleHas(Role::Manager, Permission::Backup));
    CHECK_FALSE(roleHas(Role::Therapist, Permission::ViewReports));
}

TEST_CASE("A refused permission throws with a message naming the role", "[core][permissions]")
{
    const Actor anne{QStringLiteral("s1"), QStringLiteral("Anne"), Role::Therapist, false};
    CHECK_THROWS_AS(requirePermission(anne, Permission::Prescribe), PermissionDenied);
    CHECK_NOTHROW(requirePermission(Actor::system(), Permission::Prescribe));
}
