#include "servicefixture.h"

#include "core/services/targetservice.h"
#include "core/storage/targetrepository.h"

using namespace mestring::core;
using mestring::test::ServiceFixture;

namespace {

struct TargetFixture : ServiceFixture
{
    TargetService targets {db};

    static EffectTarget alcohol(int year = 2025, double target = 0.47)
    {
        return {QStringLiteral("alcohol_success_rate"), QString(), year, 0.36, target};
    }
};

} // namespace

TEST_CASE(
    "A coordinator sets a target, and setting it again replaces it", "[core][services][target]")
{
    TargetFixture f;
    f.targets.set(f.coordinator, TargetFixture::alcohol());
    f.targets.set(f.manager, TargetFixture::alcohol(2025, 0.5));
    f.targets.set(f.coordinator, TargetFixture::alcohol(2026, 0.55));
    const std::vector<EffectTarget> year = f.targets.forYear(f.therapist, 2025);
    REQUIRE(year.size() == 1);
    CHECK(year[0].target == 0.5);
    CHECK(f.targets.all(f.admin).size() == 2);
}

TEST_CASE("Targets per breakdown are kept apart", "[core][services][target]")
{
    TargetFixture f;
    EffectTarget drug {
        QStringLiteral("completed_reduction_rate"), QStringLiteral("drug"), 2025, 0.57, 0.60};
    EffectTarget alcohol = drug;
    alcohol.breakdown = QStringLiteral("alcohol");
    f.targets.set(f.coordinator, drug);
    f.targets.set(f.coordinator, alcohol);
    CHECK(f.targets.forYear(f.coordinator, 2025).size() == 2);
}

TEST_CASE("A target for an unknown indicator, breakdown or year, or with no values, is refused",
    "[core][services][target]")
{
    TargetFixture f;
    EffectTarget t = TargetFixture::alcohol();
    t.indicator = QStringLiteral("happiness");
    f.refusedUnchanged([&] { f.targets.set(f.coordinator, t); });
    t = TargetFixture::alcohol();
    t.breakdown = QStringLiteral("nonsense");
    f.refusedUnchanged([&] { f.targets.set(f.coordinator, t); });
    f.refusedUnchanged([&] { f.targets.set(f.coordinator, TargetFixture::alcohol(1800)); });
    t = TargetFixture::alcohol();
    t.baseline.reset();
    t.target.reset();
    f.refusedUnchanged([&] { f.targets.set(f.coordinator, t); });
}

TEST_CASE("Only coordinators and managers edit targets", "[core][services][target]")
{
    TargetFixture f;
    for (const Actor &actor : {f.therapist, f.doctor, f.intake, f.admin})
        f.refusedUnchanged<PermissionDenied>(
            [&] { f.targets.set(actor, TargetFixture::alcohol()); });
    f.targets.set(f.coordinator, TargetFixture::alcohol());
    f.refusedUnchanged<PermissionDenied>([&] {
        f.targets.remove(f.therapist, QStringLiteral("alcohol_success_rate"), QString(), 2025);
    });
}

TEST_CASE("A target is removed; removing a missing one is refused", "[core][services][target]")
{
    TargetFixture f;
    f.targets.set(f.coordinator, TargetFixture::alcohol());
    f.targets.remove(f.coordinator, QStringLiteral("alcohol_success_rate"), QString(), 2025);
    CHECK(TargetRepository(f.db).all().empty());
    f.refusedUnchanged<NotFound>([&] {
        f.targets.remove(f.coordinator, QStringLiteral("alcohol_success_rate"), QString(), 2025);
    });
}
