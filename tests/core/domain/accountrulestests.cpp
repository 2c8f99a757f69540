#include "core/domain/rules/accountrules.h"
#include "ruletestsupport.h"

using namespace mestring::core;
using namespace mestring::test::rules;

namespace {

StaffMember pia()
{
    return {QStringLiteral("s1"), QStringLiteral("Pia Munk"), Role::Nurse, QStringLiteral("pia"),
        true};
}

} // namespace

TEST_CASE("A long passphrase, with or without digits and capitals, is a good password",
    "[core][rules][accounts]")
{
    requireNoIssues(checkNewPassword(str("kaffe i haven"), pia()));
    requireNoIssues(checkNewPassword(str("Rødgrød med fløde 2"), pia()));
    requireNoIssues(checkNewPassword(QString(maxPasswordLength, QLatin1Char('k')), pia()));
}

TEST_CASE("A password that is short, too long, only spaces, contains the username, is common or "
          "repeats the current one is refused with a message",
    "[core][rules][accounts]")
{
    for (const QString &bad : {str("kort123"), QString(maxPasswordLength + 1, QLatin1Char('k')),
             QString(10, QLatin1Char(' ')), str("minPIAkode"), str("Password1"),
             str("velkommen"), str("mestring")}) {
        INFO(bad.toStdString());
        requireOnlyError(checkNewPassword(bad, pia()), "password");
    }
    requireOnlyError(checkNewPassword(str("gammel kode"), pia(), str("gammel kode")), "password");
    requireNoIssues(checkNewPassword(str("ny kode her"), pia(), str("gammel kode")));
}

TEST_CASE("A username is letters, digits, dots, dashes and underscores, at least two",
    "[core][rules][accounts]")
{
    for (const char *good : {"anne", "anne.holm", "jørgen", "ib", "a_b-2"})
        requireNoIssues(checkUsernameFormat(str(good)));
    for (const char *bad : {"a", "anne holm", "anne@centre", "anne/holm"}) {
        INFO(bad);
        requireOnlyError(checkUsernameFormat(str(bad)), "username");
    }
}
