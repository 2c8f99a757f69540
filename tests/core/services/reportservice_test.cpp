#include "servicefixture.h"

#include "core/services/reportservice.h"
#include "core/storage/prescriptionrepository.h"
#include "core/storage/targetrepository.h"
#include "core/reports/reportgolden.h"
#include "support/sampledataset.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using mestring::test::day;
using mestring::test::ServiceFixture;

TEST_CASE("Only coordinators and managers compute the effect report, and nothing is logged",
    "[core][services][reports]")
{
    ServiceFixture f;
    f.addCourse(f.addClient(), CourseKind::Alcohol, day("2025-02-01"));
    const ReportService reports(f.db);
    for (const Actor *refused : {&f.therapist, &f.nurse, &f.doctor, &f.intake, &f.admin}) {
        f.refusedUnchanged<PermissionDenied>(
            [&] { reports.effectReport(*refused, day("2025-01-01"), day("2025-12-31")); });
    }
    const int logged = f.logged(QStringLiteral("read"));
    const EffectReport r
        = reports.effectReport(f.coordinator, day("2025-01-01"), day("2025-12-31"));
    CHECK(r.newCourses.all == 1);
    CHECK(
        reports.effectReport(f.manager, day("2025-01-01"), day("2025-01-31")).newCourses.all == 0);
    CHECK(f.logged(QStringLiteral("read")) == logged);
}

TEST_CASE("A report period that ends before it begins, or lacks a day, is refused",
    "[core][services][reports]")
{
    ServiceFixture f;
    const ReportService reports(f.db);
    const QString message = f.refusedUnchanged(
        [&] { reports.effectReport(f.coordinator, day("2025-02-01"), day("2025-01-31")); });
    CHECK(message.contains(QStringLiteral("ends before it begins")));
    f.refusedUnchanged([&] { reports.effectReport(f.coordinator, QDate(), day("2025-01-31")); });
    // A period of one day is a period.
    CHECK_NOTHROW(reports.effectReport(f.coordinator, day("2025-01-31"), day("2025-01-31")));
}

TEST_CASE("The effect report carries the targets of the year its period ends in",
    "[core][services][reports]")
{
    ServiceFixture f;
    TargetRepository targets(f.db);
    targets.insert({QStringLiteral("families_reached"), QString(), 2024, std::nullopt, 15});
    targets.insert({QStringLiteral("families_reached"), QString(), 2025, std::nullopt, 20});
    const ReportService reports(f.db);
    const EffectReport overNewYear
        = reports.effectReport(f.coordinator, day("2024-07-01"), day("2025-06-30"));
    CHECK(overNewYear.targetFor(u"families_reached") == 20);
    const EffectReport in2024
        = reports.effectReport(f.coordinator, day("2024-01-01"), day("2024-12-31"));
    CHECK(in2024.targetFor(u"families_reached") == 15);
}

TEST_CASE("The effect report tells its progress part by part and stops when asked",
    "[core][services][reports]")
{
    ServiceFixture f;
    const ReportService reports(f.db);
    std::vector<std::pair<int, int>> calls;
    reports.effectReport(
        f.coordinator, day("2025-01-01"), day("2025-12-31"), [&](int done, int total) {
            calls.emplace_back(done, total);
            return true;
        });
    REQUIRE(calls.size() > 1);
    for (std::size_t i = 0; i < calls.size(); ++i) {
        CHECK(calls[i].first == int(i) + 1);
        CHECK(calls[i].second == int(calls.size()));
    }

    int told = 0;
    CHECK_THROWS_AS(reports.effectReport(f.coordinator, day("2025-01-01"), day("2025-12-31"),
                        [&](int, int) { return ++told < 3; }),
        ReportCancelled);
    CHECK(told == 3);
}

TEST_CASE("The appointment indicators alone equal those of the whole report, for coordinators "
          "only",
    "[core][services][reports]")
{
    mestring::test::TestDatabase db;
    mestring::test::importReportFixture(db, QStringLiteral("contacts"));
    const ReportService reports(db);
    const Actor coordinator {
        QStringLiteral("k1"), QStringLiteral("Karen"), Role::Coordinator, false};
    const Actor therapist {QStringLiteral("t1"), QStringLiteral("Tina"), Role::Therapist, false};
    for (const auto &[from, to] : {std::pair {day("2025-01-01"), day("2025-03-31")},
             std::pair {day("2025-02-01"), day("2025-02-28")}}) {
        const EffectReport whole = reports.effectReport(coordinator, from, to);
        const EffectReport part = reports.appointmentIndicators(coordinator, from, to);
        CHECK(part.noShow == whole.noShow);
        CHECK(part.familiesReached == whole.familiesReached);
        CHECK(part.targets == whole.targets);
    }
    CHECK(reports.appointmentIndicators(coordinator, day("2025-01-01"), day("2025-03-31"))
              .noShow.all.denominator
        > 0);
    CHECK_THROWS_AS(reports.appointmentIndicators(therapist, day("2025-01-01"), day("2025-12-31")),
        PermissionDenied);
}

TEST_CASE("An annulled prescription counts in no medication indicator", "[core][services][reports]")
{
    ServiceFixture f;
    const QString client = f.addClient();
    f.addCourse(client, CourseKind::Drug, day("2025-02-01"));
    const auto add = [&](const char *id, Drug drug, DrugCategory category, bool annulled) {
        Prescription p;
        p.id = QString::fromLatin1(id);
        p.client = client;
        p.drug = drug;
        p.category = category;
        p.doseMg = 8;
        p.start = day("2025-03-01");
        p.prescriber = f.doctor.staffId;
        if (annulled) {
            p.annulled = SignedReason {QStringLiteral("Tastefejl"), f.doctor.staffId,
                mestring::test::at(day("2025-02-28"))};
        }
        PrescriptionRepository(f.db).insert(p);
    };
    add("m1", Drug::Buprenorphine, DrugCategory::Substitution, true);
    add("m2", Drug::Disulfiram, DrugCategory::Antabus, true);
    const ReportService reports(f.db);
    const EffectReport annulled
        = reports.effectReport(f.coordinator, day("2025-01-01"), day("2025-12-31"));
    CHECK(annulled.buprenorphineShare.denominator == 0);
    CHECK(annulled.antabusClients == 0);
    CHECK(annulled.antabusEpisodes.count == 0);
    CHECK(annulled.medicalReviewOverdue == 0);
    add("m3", Drug::Buprenorphine, DrugCategory::Substitution, false);
    const EffectReport counted
        = reports.effectReport(f.coordinator, day("2025-01-01"), day("2025-12-31"));
    CHECK(counted.buprenorphineShare.numerator == 1);
    CHECK(counted.buprenorphineShare.denominator == 1);
}
