#include <catch2/catch.hpp>

#include <QUuid>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/clientservice.h"
#include "core/services/serviceerrors.h"
#include "core/storage/database.h"

using namespace mestring::core;

namespace {

struct ClientFixture
{
    Database db{QUuid::createUuid().toString()};
    Clock clock;
    AccessLog log{db, clock};
    ClientService clients{db, log};
    Actor anne{QStringLiteral("s1"), QStringLiteral("Anne"), Role::Therapist, false};

    ClientFixture() { db.openInMemory(); }

    static Client jens()
    {
        Client c;
        c.firstName = QStringLiteral("Jens");
        c.lastName = QStringLiteral("Hansen");
        c.cpr = QStringLiteral("010180-1235");
        c.birthDate = QDate(1980, 1, 1);
        c.sex = Sex::Male;
        c.municipality = QStringLiteral("Viborg");
        return c;
    }

    int logged(const QString &action, const QString &client = {})
    {
        int n = 0;
        for (const AccessLogEntry &e : log.find({}))
            n += (e.action == action && (client.isEmpty() || e.client == client)) ? 1 : 0;
        return n;
    }
};

} // namespace

TEST_CASE("A valid client is created with a new id and the creation is logged", "[core][clients]")
{
    ClientFixture f;
    const SaveResult saved = f.clients.create(f.anne, ClientFixture::jens());
    CHECK_FALSE(saved.id.isEmpty());
    const Client read = f.clients.get(f.anne, saved.id);
    CHECK(read.lastName == QStringLiteral("Hansen"));
    CHECK(f.logged(QStringLiteral("create"), saved.id) == 1);
    CHECK(f.logged(QStringLiteral("read"), saved.id) == 1);
}

TEST_CASE("A second client with the same CPR number is refused, with or without dash",
          "[core][clients]")
{
    ClientFixture f;
    f.clients.create(f.anne, ClientFixture::jens());
    Client twin = ClientFixture::jens();
    twin.cpr = QStringLiteral("0101801235");
    twin.firstName = QStringLiteral("Jonas");
    CHECK_THROWS_AS(f.clients.create(f.anne, twin), RuleViolation);
    CHECK(f.clients.count(f.anne) == 1);
}

TEST_CASE("An invalid CPR number is refused and nothing is saved", "[core][clients]")
{
    ClientFixture f;
    Client c = ClientFixture::jens();
    c.cpr = QStringLiteral("310280-1234"); // 31 February
    try {
        f.clients.create(f.anne, c);
        FAIL("expected a refusal");
    } catch (const RuleViolation &e) {
        REQUIRE_FALSE(e.issues().empty());
        CHECK(e.issues().front().path == QStringLiteral("cpr"));
    }
    CHECK(f.clients.count(f.anne) == 0);
}

TEST_CASE("A CPR number failing modulus-11 is saved with a warning", "[core][clients]")
{
    ClientFixture f;
    Client c = ClientFixture::jens();
    c.cpr = QStringLiteral("010180-1236");
    const SaveResult saved = f.clients.create(f.anne, c);
    CHECK_FALSE(saved.warnings.empty());
    CHECK(f.clients.count(f.anne) == 1);
}

TEST_CASE("Search finds clients by name, CPR digits or alias and logs the search text",
          "[core][clients]")
{
    ClientFixture f;
    f.clients.create(f.anne, ClientFixture::jens());
    Client anon;
    anon.anonymous = true;
    anon.alias = QStringLiteral("Ravnen");
    f.clients.create(f.anne, anon);
    CHECK(f.clients.search(f.anne, QStringLiteral("hans"), 0, 50).size() == 1);
    CHECK(f.clients.search(f.anne, QStringLiteral("0101801235"), 0, 50).size() == 1);
    CHECK(f.clients.search(f.anne, QStringLiteral("010180-1235"), 0, 50).size() == 1);
    CHECK(f.clients.search(f.anne, QStringLiteral("ravn"), 0, 50).size() == 1);
    CHECK(f.clients.search(f.anne, QStringLiteral("jens hansen"), 0, 50).size() == 1);
    CHECK(f.clients.search(f.anne, QStringLiteral("jens ravn"), 0, 50).empty());
    CHECK(f.clients.search(f.anne, QString(), 0, 50).size() == 2);
    CHECK(f.logged(QStringLiteral("search")) == 7);
}

TEST_CASE("Search text with SQL wildcards matches literally", "[core][clients]")
{
    ClientFixture f;
    f.clients.create(f.anne, ClientFixture::jens());
    CHECK(f.clients.search(f.anne, QStringLiteral("%"), 0, 50).empty());
    CHECK(f.clients.search(f.anne, QStringLiteral("_"), 0, 50).empty());
}

TEST_CASE("Likely duplicates are the same CPR, or the same birth date and a similar name",
          "[core][clients]")
{
    ClientFixture f;
    f.clients.create(f.anne, ClientFixture::jens());
    Client sameBirth;
    sameBirth.firstName = QStringLiteral("Jens Peter");
    sameBirth.lastName = QStringLiteral("Hansen");
    sameBirth.birthDate = QDate(1980, 1, 1);
    CHECK(f.clients.likelyDuplicates(f.anne, sameBirth).size() == 1);
    sameBirth.lastName = QStringLiteral("Olsen");
    sameBirth.firstName = QStringLiteral("Kim");
    CHECK(f.clients.likelyDuplicates(f.anne, sameBirth).empty());
    CHECK(f.clients.likelyDuplicates(f.anne, ClientFixture::jens()).size() == 1);
}

TEST_CASE("Likely duplicates ignore case and accents and allow small spelling differences",
          "[core][clients]")
{
    ClientFixture f;
    Client soeren;
    soeren.firstName = QStringLiteral("Søren");
    soeren.lastName = QStringLiteral("Bæk");
    soeren.birthDate = QDate(1975, 5, 5);
    f.clients.create(f.anne, soeren);
    f.clients.create(f.anne, ClientFixture::jens());

    Client draft;
    draft.firstName = QStringLiteral("SOEREN");
    draft.lastName = QStringLiteral("Baek");
    draft.birthDate = QDate(1975, 5, 5);
    const std::vector<DuplicateCandidate> found = f.clients.likelyDuplicates(f.anne, draft);
    REQUIRE(found.size() == 1);
    CHECK(found.front().client.lastName == QStringLiteral("Bæk"));

    draft.birthDate = QDate(1975, 5, 6); // another birth date: not the same person
    CHECK(f.clients.likelyDuplicates(f.anne, draft).empty());

    Client typo;
    typo.firstName = QStringLiteral("Jens");
    typo.lastName = QStringLiteral("Hanssen");
    typo.birthDate = QDate(1980, 1, 1);
    CHECK(f.clients.likelyDuplicates(f.anne, typo).size() == 1);
    typo.firstName = QStringLiteral("Kim");
    typo.lastName = QStringLiteral("Hansen"); // same last name, another first name
    CHECK(f.clients.likelyDuplicates(f.anne, typo).empty());

    Client sameCpr;
    sameCpr.firstName = QStringLiteral("Kim");
    sameCpr.lastName = QStringLiteral("Olsen");
    sameCpr.cpr = QStringLiteral("0101801235");
    const std::vector<DuplicateCandidate> byCpr = f.clients.likelyDuplicates(f.anne, sameCpr);
    REQUIRE(byCpr.size() == 1);
    CHECK(byCpr.front().client.firstName == QStringLiteral("Jens"));
}

TEST_CASE("Administrative staff may edit master data; a refused role changes nothing",
          "[core][clients][permissions]")
{
    ClientFixture f;
    const Actor sofie{QStringLiteral("s2"), QStringLiteral("Sofie"), Role::AdminStaff, false};
    CHECK_NOTHROW(f.clients.create(sofie, ClientFixture::jens()));
    Actor nobody = sofie;
    nobody.role = Role::Intake;
    Client other = ClientFixture::jens();
    other.cpr = QStringLiteral("020280-1234");
    other.birthDate = QDate(1980, 2, 2);
    CHECK_NOTHROW(f.clients.create(nobody, other)); // intake registers new citizens
}
