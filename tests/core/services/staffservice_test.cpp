#include "servicefixture.h"

#include "core/services/localcredentialstore.h"
#include "core/services/staffservice.h"
#include "core/storage/staffrepository.h"

using namespace mestring::core;
using mestring::test::ServiceFixture;

namespace {

struct StaffFixture : ServiceFixture
{
    LocalCredentialStore credentials {db};
    StaffService staff {db, log, credentials, clock};

    static StaffMember newcomer(const char *username = "pia")
    {
        return {QString(), QStringLiteral("Pia Munk"), Role::Nurse,
            QLatin1StringView(username).toString(), true};
    }
    StaffMember stored(const QString &id) { return *StaffRepository(db).byId(id); }
};

} // namespace

TEST_CASE("A manager creates a staff member; everyone may list staff", "[core][services][staff]")
{
    StaffFixture f;
    const QString id = f.staff.create(f.manager, StaffFixture::newcomer()).id;
    CHECK(f.stored(id).role == Role::Nurse);
    CHECK(f.staff.list(f.admin).size() == 8);
    CHECK(f.staff.get(f.therapist, id).name == QStringLiteral("Pia Munk"));
}

TEST_CASE("Only managers create staff or change roles", "[core][services][staff]")
{
    StaffFixture f;
    for (const Actor &actor : {f.coordinator, f.doctor, f.admin})
        f.refusedUnchanged<PermissionDenied>(
            [&] { f.staff.create(actor, StaffFixture::newcomer()); });
    f.refusedUnchanged<PermissionDenied>(
        [&] { f.staff.changeRole(f.coordinator, f.therapist.staffId, Role::Doctor); });
}

TEST_CASE("A staff member without a name or with a username already taken is refused",
    "[core][services][staff]")
{
    StaffFixture f;
    StaffMember nameless = StaffFixture::newcomer();
    nameless.name = QStringLiteral("  ");
    f.refusedUnchanged([&] { f.staff.create(f.manager, nameless); });
    f.refusedUnchanged([&] { f.staff.create(f.manager, StaffFixture::newcomer("S-THER")); });
}

TEST_CASE("A manager changes a role and makes a member inactive; inactive members are listed "
          "only when asked",
    "[core][services][staff]")
{
    StaffFixture f;
    f.staff.changeRole(f.manager, f.nurse.staffId, Role::Coordinator);
    CHECK(f.stored(f.nurse.staffId).role == Role::Coordinator);
    f.staff.setActive(f.manager, f.therapist.staffId, false);
    CHECK_FALSE(f.stored(f.therapist.staffId).active);
    CHECK(f.staff.list(f.manager).size() == 6);
    CHECK(f.staff.list(f.manager, true).size() == 7);
}

TEST_CASE("The last active manager cannot be demoted or made inactive", "[core][services][staff]")
{
    StaffFixture f;
    // The command-line tool (system) may deactivate anyone, but not the last manager.
    const QString message
        = f.refusedUnchanged([&] { f.staff.setActive(Actor::system(), f.manager.staffId, false); });
    CHECK(message.contains(QStringLiteral("only active manager")));
    f.refusedUnchanged([&] { f.staff.changeRole(f.manager, f.manager.staffId, Role::Therapist); });
    f.staff.changeRole(f.manager, f.coordinator.staffId, Role::Manager);
    Actor karen = f.coordinator;
    karen.role = Role::Manager;
    f.staff.setActive(karen, f.manager.staffId, false);
    CHECK_FALSE(f.stored(f.manager.staffId).active);
}
