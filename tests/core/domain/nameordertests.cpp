#include <catch2/catch.hpp>

#include <algorithm>

#include <QStringList>

#include "core/domain/nameorder.h"

using namespace mestring::core;

namespace {

QStringList sortedNames(QStringList names)
{
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return nameLess(a, b); });
    return names;
}

} // namespace

TEST_CASE(
    "Names sort in Danish alphabetical order: … Z, Æ, Ø, Å, with Aa as Å", "[core][nameorder]")
{
    const QStringList expected {QStringLiteral("Andersen"), QStringLiteral("Bech"),
        QStringLiteral("Zacho"), QStringLiteral("Ærø"), QStringLiteral("Østergaard"),
        QStringLiteral("Aagaard"), QStringLiteral("Åse")};
    CHECK(sortedNames({QStringLiteral("Åse"), QStringLiteral("Østergaard"),
              QStringLiteral("Aagaard"), QStringLiteral("Zacho"), QStringLiteral("Ærø"),
              QStringLiteral("Bech"), QStringLiteral("Andersen")})
        == expected);
}

TEST_CASE("Name order ignores letter case before it tells names apart by it", "[core][nameorder]")
{
    CHECK(nameLess(u"anne", u"Bo"));
    CHECK(nameLess(u"Anne", u"bo"));
    CHECK(compareNames(u"Anne", u"Anne") == 0);
    // Equal but for case: still one fixed order, whichever way round they are compared.
    CHECK(compareNames(u"anne", u"Anne") == -compareNames(u"Anne", u"anne"));
    CHECK(compareNames(u"anne", u"Anne") != 0);
}

TEST_CASE("Name order does not follow the PC's language or byte values", "[core][nameorder]")
{
    // Byte order puts Å (U+00C5) before Æ (U+00C6) and Ø (U+00D8); an English collation puts
    // Å with A. Danish order has Æ, Ø, Å after Z.
    CHECK(nameLess(u"Ærø", u"Åse"));
    CHECK(nameLess(u"Østergaard", u"Åse"));
    CHECK(nameLess(u"Zacho", u"Åse"));
    CHECK(nameLess(u"Bech", u"Ærø"));
}
