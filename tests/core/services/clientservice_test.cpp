#include <catch2/catch.hpp>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/clientservice.h"
#include "core/services/serviceerrors.h"
#include "core/storage/database.h"
#include "support/testdatabase.h"

using namespace mestring::core;

namespace {

struct ClientFixture
{
    mestring::test::TestDatabase store;
    Database &db{store.db()};
    Clock clock;
    AccessLog log{db, clock};
    ClientService clients{db, log, clock};
    Actor anne{QStringLiteral("s1"), QStringLiteral("Anne"), Role::Therapist, false};

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

TEST_CASE("A client is found by the birth date as the lists show it", "[core][clients]")
{
    ClientFixture f;
    Client born1965 = ClientFixture::jens();
    born1965.cpr = QStringLiteral("241065-1237"); // the lists show 24-10-1965
    born1965.birthDate = QDate(1965, 10, 24);
    f.clients.create(f.anne, born1965);
    Client noCpr = ClientFixture::jens();
    noCpr.cpr.clear();
    noCpr.firstName = QStringLiteral("Ole");
    noCpr.birthDate = QDate(1965, 10, 24);
    f.clients.create(f.anne, noCpr);
    f.clients.create(f.anne, ClientFixture::jens()); // born 01-01-1980

    CHECK(f.clients.search(f.anne, QStringLiteral("24-10-1965"), 0, 50).size() == 2);
    CHECK(f.clients.search(f.anne, QStringLiteral("24.10.1965"), 0, 50).size() == 2);
    CHECK(f.clients.search(f.anne, QStringLiteral("24-10-65"), 0, 50).size() == 2);
    CHECK(f.clients.search(f.anne, QStringLiteral("24-10-1965 ole"), 0, 50).size() == 1);
    // Six digits are a date as staff type it, or the start of a CPR number: both are found.
    CHECK(f.clients.search(f.anne, QStringLiteral("241065"), 0, 50).size() == 2);
    CHECK(f.clients.search(f.anne, QStringLiteral("2410651237"), 0, 50).size() == 1);
    CHECK(f.clients.search(f.anne, QStringLiteral("25-10-1965"), 0, 50).empty());
}

TEST_CASE("The client list is in Danish alphabetical order by last name, then first name",
    "[core][clients][nameorder]")
{
    ClientFixture f;
    const char16_t *lastNames[]
        = {u"Åberg", u"Østergaard", u"Zacho", u"Ærenlund", u"Andersen", u"Aagaard", u"andersen"};
    for (const char16_t *lastName : lastNames) {
        Client c;
        c.firstName = QStringLiteral("Kim");
        c.lastName = QString::fromUtf16(lastName);
        f.clients.create(f.anne, c);
    }
    Client anon; // an anonymous client is listed by the alias
    anon.anonymous = true;
    anon.alias = QStringLiteral("Ørnen");
    f.clients.create(f.anne, anon);
    QStringList order;
    for (const Client &c : f.clients.search(f.anne, QString(), 0, 50))
        order << (c.anonymous ? c.alias : c.lastName);
    CHECK(order
        == QStringList {QStringLiteral("Andersen"), QStringLiteral("andersen"),
            QStringLiteral("Zacho"), QStringLiteral("Ærenlund"), QStringLiteral("Ørnen"),
            QStringLiteral("Østergaard"), QStringLiteral("Åberg"), QStringLiteral("Aagaard")});
    // Paging keeps the order: the second page goes on where the first stopped.
    const std::vector<Client> second = f.clients.search(f.anne, QString(), 3, 2);
    REQUIRE(second.size() == 2);
    CHECK(second[0].lastName == QStringLiteral("Ærenlund"));
    CHECK(second[1].alias == QStringLiteral("Ørnen"));
}

TEST_CASE(
    "The client holding a CPR number is named, never the client being edited", "[core][clients]")
{
    ClientFixture f;
    const QString jens = f.clients.create(f.anne, ClientFixture::jens()).id;
    Client typed = ClientFixture::jens();
    typed.firstName = QStringLiteral("Jonas");
    const std::optional<Client> holder = f.clients.cprHolder(f.anne, typed);
    REQUIRE(holder);
    CHECK(holder->id == jens);
    typed.id = jens; // editing Jens himself: his own number is no duplicate
    CHECK_FALSE(f.clients.cprHolder(f.anne, typed));
    typed.cpr.clear();
    CHECK_FALSE(f.clients.cprHolder(f.anne, typed));
    // The refusal names the holder by name, not by the internal id.
    Client twin = ClientFixture::jens();
    try {
        f.clients.create(f.anne, twin);
        FAIL("expected a refusal");
    } catch (const RuleViolation &e) {
        const auto refusal = std::find_if(e.issues().begin(), e.issues().end(),
            [](const RuleIssue &issue) { return issue.isError(); });
        REQUIRE(refusal != e.issues().end());
        CHECK(refusal->path == QStringLiteral("cpr"));
        CHECK(refusal->message.contains(QStringLiteral("Jens Hansen")));
        CHECK_FALSE(refusal->message.contains(jens));
    }
}
