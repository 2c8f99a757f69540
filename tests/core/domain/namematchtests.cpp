#include <catch2/catch.hpp>

#include "core/domain/namematch.h"

using namespace mestring::core;

TEST_CASE("Names fold case, accents, Danish letters and hyphens alike", "[core][clients]")
{
    CHECK(foldedName(QStringLiteral(" Søren  Bæk-Ölsen ")) == QStringLiteral("soeren baek olsen"));
    CHECK(foldedName(QStringLiteral("ÅSE Hélène")) == QStringLiteral("aase helene"));
    CHECK(foldedName(QString()).isEmpty());
}

TEST_CASE("The edit distance counts insertions, deletions and substitutions", "[core][clients]")
{
    CHECK(editDistance(u"hansen", u"hansen") == 0);
    CHECK(editDistance(u"hansen", u"hanssen") == 1);
    CHECK(editDistance(u"kitten", u"sitting") == 3);
    CHECK(editDistance(u"", u"abc") == 3);
}

TEST_CASE(
    "Similar names: two edits, or the same last name and a first-name prefix", "[core][clients]")
{
    const auto s = [](const char *f1, const char *l1, const char *f2, const char *l2) {
        return similarNames(QString::fromUtf8(f1), QString::fromUtf8(l1), QString::fromUtf8(f2),
            QString::fromUtf8(l2));
    };
    CHECK(s("Jens", "Hansen", "Jens", "Hanssen")); // one edit
    CHECK(s("Jens", "Hansen", "Jenz", "Hansn")); // two edits
    CHECK_FALSE(s("Jens", "Hansen", "Jonas", "Hanssen")); // three edits
    CHECK(s("Søren", "Bæk", "soeren", "BAEK")); // folded alike
    CHECK(s("Jens Peter", "Hansen", "Jens", "Hansen")); // first-name prefix
    CHECK_FALSE(s("Kim", "Hansen", "Jens", "Hansen")); // same last name only
    CHECK_FALSE(s("J", "Hansen", "Jørgen", "Hansen")); // one letter is no prefix
    CHECK_FALSE(s("", "", "", ""));
}
