// Staff working with their own logins on a server (issue 17): a manager's account makes the
// login, the staff member logs in with it, and the program's work of each role passes the
// database's walls (a doctor's later signatures go through the schema's functions).
#include <catch2/catch.hpp>

#include "core/services/serviceset.h"
#include "core/storage/prescriptionrepository.h"
#include "core/storage/serverlogins.h"
#include "core/storage/storageerror.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using namespace mestring::test;

namespace {

const QString temporary = QStringLiteral("midlertidig kode 1");

// `username` logged in with their own login: the connection and the services are theirs.
// With `newPassword` it is their first login, replacing the manager's temporary `password`.
struct OwnLogin
{
    Database db {TestDatabase::uniqueConnectionName()};
    std::unique_ptr<ServiceSet> services;
    Actor actor;

    OwnLogin(const DatabaseLocation &at, const QString &username, const QString &password,
        const QString &newPassword = {})
    {
        db.open(at.withLogin(serverlogins::loginName(at, username), password),
            Database::OpenMode::MustExist);
        services = std::make_unique<ServiceSet>(db);
        const AuthService::LoginResult login = newPassword.isEmpty()
            ? services->auth.login(username, password)
            : services->auth.changePasswordAndLogin(username, password, newPassword);
        REQUIRE(login.status == AuthService::LoginStatus::Ok);
        actor = *login.actor;
    }
};

} // namespace

TEST_CASE("A staff account a manager makes on a server is a login of its own there, and each "
          "role's work passes the database's walls",
    "[core][services][roles][postgresql]")
{
    TestStoredDatabase store;
    const DatabaseLocation at = store.location();
    ServiceSet centre(store.db());
    const Actor manager = Actor::system();
    for (const auto &[username, role] :
        {std::pair {"ole", Role::Doctor}, {"mette", Role::Nurse}, {"sofie", Role::AdminStaff}}) {
        StaffMember member;
        member.name = QLatin1StringView(username).toString();
        member.username = member.name;
        member.role = role;
        centre.staff.create(manager, member, temporary);
    }
    Client client;
    client.firstName = QStringLiteral("Bo");
    client.lastName = QStringLiteral("Berg");
    const QString clientId = centre.clients.create(manager, client).id;

    // The temporary password opens the login; the first login asks for the member's own.
    CHECK(serverlogins::passwordOpens(
        at, serverlogins::loginName(at, QStringLiteral("ole")), temporary));
    const QString own = QStringLiteral("graa kat paa taget");
    {
        Database db(TestDatabase::uniqueConnectionName());
        db.open(at.withLogin(serverlogins::loginName(at, QStringLiteral("ole")), temporary),
            Database::OpenMode::MustExist);
        ServiceSet services(db);
        CHECK(services.auth.login(QStringLiteral("ole"), temporary).status
            == AuthService::LoginStatus::MustChangePassword);
        CHECK(services.auth.changePasswordAndLogin(QStringLiteral("ole"), temporary, own).status
            == AuthService::LoginStatus::Ok);
    }
    CHECK_FALSE(serverlogins::passwordOpens(
        at, serverlogins::loginName(at, QStringLiteral("ole")), temporary));

    OwnLogin ole(at, QStringLiteral("ole"), own);
    // A prescription stored as it is (its rules are the prescription service's tests').
    Prescription p;
    p.id = QStringLiteral("p-ole");
    p.client = clientId;
    p.drug = Drug::Methadone;
    p.category = DrugCategory::Substitution;
    p.doseMg = 60;
    p.start = centre.clock.today();
    p.prescriber = ole.actor.staffId;
    PrescriptionRepository(store.db()).insert(p);
    // Ending it is an update only the schema's function may make for a doctor.
    ole.services->prescriptions.stop(ole.actor, p.id, centre.clock.today().addDays(30));
    CHECK(PrescriptionRepository(store.db()).byId(p.id)->end == centre.clock.today().addDays(30));

    SECTION("a nurse's own login may not end it, even past the program's check")
    {
        {
            const OwnLogin mette(
                at, QStringLiteral("mette"), temporary, QStringLiteral("blaa hest i haven"));
            try {
                PrescriptionRepository(mette.db).endPrescription(p.id, centre.clock.today());
                FAIL("the server ended a prescription for a nurse");
            } catch (const StorageError &error) {
                CHECK(error.kind() == StorageError::Kind::NotAllowed);
            }
        }
        CHECK(
            PrescriptionRepository(store.db()).byId(p.id)->end == centre.clock.today().addDays(30));
    }
    SECTION("administrative staff open the client's master data")
    {
        const OwnLogin sofie(
            at, QStringLiteral("sofie"), temporary, QStringLiteral("roed bil i garagen"));
        CHECK(
            sofie.services->clients.get(sofie.actor, clientId).lastName == QStringLiteral("Berg"));
    }
}
