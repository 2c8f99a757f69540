#include <catch2/catch.hpp>

#include "core/demo/demogenerator.h"
#include "core/domain/datasetchecker.h"
#include "demofixtures.h"

using namespace mestring::core;
using namespace mestring::test::demo;

namespace {

void requireOnlyModulus11Warnings(const Dataset &d)
{
    int modulus11 = 0;
    for (const RuleIssue &issue : checkDataset(d)) {
        INFO(issue.path.toStdString() << ": " << issue.message.toStdString());
        CHECK_FALSE(issue.isError());
        // The only workflow warning the demo means to raise: CPR numbers that fail modulus 11.
        CHECK(issue.path.endsWith(QStringLiteral(".cpr")));
        modulus11 += issue.path.endsWith(QStringLiteral(".cpr")) ? 1 : 0;
    }
    CHECK(modulus11 > 0);
}

} // namespace

TEST_CASE("The small demo breaks no data rule and no workflow rule", "[core][demo]")
{
    requireOnlyModulus11Warnings(smallDemo());
    requireOnlyModulus11Warnings(generateDemo(DemoSize::Small, 2024, QDate(2024, 11, 30)));
}

TEST_CASE("The medium demo breaks no data rule and no workflow rule", "[core][demo]")
{
    requireOnlyModulus11Warnings(mediumDemo());
}
