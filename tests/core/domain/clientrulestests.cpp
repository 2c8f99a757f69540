#include "core/domain/rules/clientrules.h"

#include "ruletestsupport.h"

using namespace mestring::core;
using namespace mestring::test::rules;

TEST_CASE("A named client with a valid CPR number is accepted", "[core][rules][clients]")
{
    requireNoIssues(checkClient(namedClient()));
    Client noCpr = namedClient();
    noCpr.cpr.clear();
    requireNoIssues(checkClient(noCpr));
    Client replacement = namedClient("c1", "010180-1AB1");
    requireNoIssues(checkClient(replacement));
}

TEST_CASE("A client without an id is refused", "[core][rules][clients]")
{
    Client client = namedClient();
    client.id.clear();
    requireOnlyError(checkClient(client), "id");
}

TEST_CASE("A named client needs a first or a last name", "[core][rules][clients]")
{
    Client client = namedClient();
    client.firstName.clear();
    requireNoIssues(checkClient(client));
    client.lastName = str("  ");
    requireOnlyError(checkClient(client), "first_name");
}

TEST_CASE("A client with an invalid CPR number is refused", "[core][rules][clients]")
{
    requireOnlyError(checkClient(namedClient("c1", "3102801235")), "cpr");
    requireOnlyError(checkClient(namedClient("c1", "12345")), "cpr");
}

TEST_CASE("A CPR number failing modulus 11 is a warning, not an error", "[core][rules][clients]")
{
    requireOnlyWarning(checkClient(namedClient("c1", "0101801235")), "cpr");
}

TEST_CASE(
    "An anonymous client with an alias and no CPR or name is accepted", "[core][rules][clients]")
{
    requireNoIssues(checkClient(anonymousClient()));
}

TEST_CASE("An anonymous client without an alias is refused", "[core][rules][clients]")
{
    Client client = anonymousClient();
    client.alias.clear();
    requireOnlyError(checkClient(client), "alias");
}

TEST_CASE("An anonymous client with a CPR number is refused", "[core][rules][clients]")
{
    Client client = anonymousClient();
    client.cpr = str("0101800059");
    requireOnlyError(checkClient(client), "cpr");
}

TEST_CASE("An anonymous client with a name is refused", "[core][rules][clients]")
{
    Client first = anonymousClient();
    first.firstName = str("Jens");
    requireOnlyError(checkClient(first), "first_name");
    Client last = anonymousClient();
    last.lastName = str("Hansen");
    requireOnlyError(checkClient(last), "last_name");
}

TEST_CASE("A CPR number already held by another client is refused, naming that client",
    "[core][rules][clients]")
{
    Client existing = namedClient("c1", "0101800059");
    existing.firstName = str("Åse");
    existing.lastName = str("Østergård");
    const Client other = namedClient("c2", "0101800067");
    const std::vector<Client> others {existing, other};

    requireNoIssues(checkCprUnique(namedClient("c3", "1503853007"), others));
    // The same number written with a dash is the same number.
    const RuleIssues issues = checkCprUnique(namedClient("c3", "010180-0059"), others);
    requireOnlyError(issues, "cpr");
    CHECK(issues.front().message.contains(str("Åse Østergård")));
    CHECK_FALSE(issues.front().message.contains(str("c1"))); // no internal id
}

TEST_CASE("A client's own stored record does not make its CPR number a duplicate",
    "[core][rules][clients]")
{
    const Client client = namedClient("c1", "0101800059");
    requireNoIssues(checkCprUnique(client, std::vector<Client> {client}));
}

TEST_CASE("A replacement CPR number is unique regardless of letter case", "[core][rules][clients]")
{
    const std::vector<Client> others {namedClient("c1", "0101801AB1")};
    requireOnlyError(checkCprUnique(namedClient("c2", "010180-1ab1"), others), "cpr");
}
