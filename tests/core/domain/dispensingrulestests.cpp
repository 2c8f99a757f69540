#include "core/domain/rules/dispensingrules.h"

#include "core/domain/medication/coverage.h"

#include "ruletestsupport.h"

using namespace mestring::core;
using namespace mestring::test::rules;

TEST_CASE("A dispensing that keeps every rule is accepted", "[core][rules][dispensings]")
{
    requireNoIssues(checkDispensing(dispensing("d1", "m1", "2025-01-20")));
    requireNoIssues(
        checkDispensing(dispensing("d1", "m1", "2025-01-20", DispensingStatus::HandedOut, 7)));
    requireNoIssues(
        checkDispensing(dispensing("d1", "m1", "2025-01-20", DispensingStatus::Missed)));
}

TEST_CASE("A dispensing without id, prescription or date is refused", "[core][rules][dispensings]")
{
    Dispensing noId = dispensing("d1", "m1", "2025-01-20");
    noId.id.clear();
    requireOnlyError(checkDispensing(noId), "id");
    Dispensing noPrescription = dispensing("d1", "m1", "2025-01-20");
    noPrescription.prescription.clear();
    requireOnlyError(checkDispensing(noPrescription), "prescription");
    Dispensing noDate = dispensing("d1", "m1", "2025-01-20");
    noDate.date = QDate();
    requireOnlyError(checkDispensing(noDate), "date");
}

TEST_CASE("A negative dispensed dose is refused", "[core][rules][dispensings]")
{
    Dispensing d = dispensing("d1", "m1", "2025-01-20");
    d.doseMg = -5;
    requireOnlyError(checkDispensing(d), "dose_mg");
}

TEST_CASE("A take-home supply of 0 or more than 14 days is refused", "[core][rules][dispensings]")
{
    requireOnlyError(
        checkDispensing(dispensing("d1", "m1", "2025-01-20", DispensingStatus::HandedOut, 0)),
        "days");
    requireOnlyError(
        checkDispensing(dispensing("d1", "m1", "2025-01-20", DispensingStatus::HandedOut, 15)),
        "days");
}

TEST_CASE(
    "A dispensing that is not handed out covers exactly one day", "[core][rules][dispensings]")
{
    for (DispensingStatus status : {DispensingStatus::Taken, DispensingStatus::Missed,
             DispensingStatus::Refused, DispensingStatus::Withheld}) {
        requireOnlyError(checkDispensing(dispensing("d1", "m1", "2025-01-20", status, 2)), "days");
        requireOnlyError(checkDispensing(dispensing("d1", "m1", "2025-01-20", status, 0)), "days");
    }
}

TEST_CASE("A dispensing inside the prescription's period is accepted", "[core][rules][dispensings]")
{
    const Prescription p = methadone("m1", "c1", "2025-01-20", "2025-01-31");
    requireNoIssues(checkDispensingPeriod(dispensing("d1", "m1", "2025-01-20"), p));
    requireNoIssues(checkDispensingPeriod(dispensing("d1", "m1", "2025-01-31"), p));
}

TEST_CASE("A dispensing outside the prescription's period is refused", "[core][rules][dispensings]")
{
    const Prescription p = methadone("m1", "c1", "2025-01-20", "2025-01-31");
    requireOnlyError(checkDispensingPeriod(dispensing("d1", "m1", "2025-01-19"), p), "date");
    requireOnlyError(checkDispensingPeriod(dispensing("d1", "m1", "2025-02-01"), p), "date");
    const Prescription open = methadone("m1", "c1", "2025-01-20");
    requireOnlyError(checkDispensingPeriod(dispensing("d1", "m1", "2025-01-19"), open), "date");
    requireNoIssues(checkDispensingPeriod(dispensing("d1", "m1", "2030-01-01"), open));
}

namespace {

// Coverage among the dispensings of prescriptions sharing coverage (one client and category).
struct Coverage
{
    std::vector<Prescription> prescriptions;
    std::vector<Dispensing> dispensings;
    ClosedDayCalendar closedDays;

    RuleIssues check(const Dispensing &d) const
    {
        const Prescription *own = nullptr;
        for (const Prescription &p : prescriptions) {
            if (p.id == d.prescription) own = &p;
        }
        REQUIRE(own);
        // As the callers do: only the dispensings of prescriptions sharing coverage.
        std::vector<CoverageEntry> entries;
        for (const Dispensing &other : dispensings) {
            for (const Prescription &p : prescriptions) {
                if (p.id == other.prescription && sharesCoverage(p, *own))
                    entries.push_back({&other, &p});
            }
        }
        return checkDispensingCoverage(d, *own, entries, closedDays);
    }
};

Prescription takeHome(const char *id, const char *start = "2025-01-20", const char *end = nullptr)
{
    Prescription p = methadone(id, "c1", start, end);
    p.mode = DispensingMode::TakeHome;
    p.takeHomeDays = 7;
    return p;
}

} // namespace

TEST_CASE("Dispensings of one prescription on different days are accepted",
    "[core][rules][dispensings][coverage]")
{
    const Coverage c {{methadone("m1")},
        {dispensing("d1", "m1", "2025-01-20"), dispensing("d2", "m1", "2025-01-21")}, {}};
    requireNoIssues(c.check(dispensing("d3", "m1", "2025-01-22")));
}

TEST_CASE("A second dispensing of one prescription on the same day is refused, without an "
          "internal id in the message",
    "[core][rules][dispensings][coverage]")
{
    const Coverage c {{methadone("m1")}, {dispensing("d1", "m1", "2025-01-20")}, {}};
    const RuleIssues issues = c.check(dispensing("d2", "m1", "2025-01-20", DispensingStatus::Missed));
    requireOnlyError(issues, "date");
    CHECK_FALSE(issues.front().message.contains(QStringLiteral("d1")));
    CHECK(issues.front().message.contains(QStringLiteral("annul")));
}

TEST_CASE("A dispensing on a day covered by a take-home supply is refused",
    "[core][rules][dispensings][coverage]")
{
    const Coverage c {{takeHome("m1")},
        {dispensing("d1", "m1", "2025-01-20", DispensingStatus::HandedOut, 7)}, {}};
    requireOnlyError(c.check(dispensing("d2", "m1", "2025-01-21")), "date");
    requireOnlyError(c.check(dispensing("d2", "m1", "2025-01-26", DispensingStatus::Missed)), "date");
    // The supply covers 20..26 January; the 27th is the next dispensing day.
    requireNoIssues(c.check(dispensing("d2", "m1", "2025-01-27")));
}

TEST_CASE("A take-home supply over a day that already has a dispensing is refused",
    "[core][rules][dispensings][coverage]")
{
    // The story: ten days handed out over five days already taken.
    Coverage c {{takeHome("m1")}, {}, {}};
    for (int day = 21; day <= 25; ++day) {
        c.dispensings.push_back(dispensing(("t" + std::to_string(day)).c_str(), "m1",
            ("2025-01-" + std::to_string(day)).c_str()));
    }
    const RuleIssues issues
        = c.check(dispensing("d1", "m1", "2025-01-20", DispensingStatus::HandedOut, 10));
    CHECK(hasErrors(issues));
    CHECK(paths(issues) == std::vector<std::string> {"days", "days"}); // and over 7 days
    requireOnlyError(
        c.check(dispensing("d1", "m1", "2025-01-20", DispensingStatus::HandedOut, 6)), "days");
    // One day (the day itself) is no supply over another day.
    requireNoIssues(c.check(dispensing("d1", "m1", "2025-01-20", DispensingStatus::HandedOut, 1)));
}

TEST_CASE("Coverage is carried across a dose change: the new prescription's days under the old "
          "supply take no dose",
    "[core][rules][dispensings][coverage]")
{
    // 60 mg ends on the 22nd, 80 mg starts on the 23rd; a week handed out on the 20th.
    const Coverage c {{takeHome("m1", "2025-01-20", "2025-01-22"), takeHome("m2", "2025-01-23")},
        {dispensing("d1", "m1", "2025-01-20", DispensingStatus::HandedOut, 7)}, {}};
    requireOnlyError(c.check(dispensing("d2", "m2", "2025-01-24")), "date");
    requireNoIssues(c.check(dispensing("d2", "m2", "2025-01-27")));
}

TEST_CASE("A take-home on a supervised prescription is refused, except the doses of the closed "
          "days right after the day",
    "[core][rules][dispensings][coverage]")
{
    const Coverage c {{methadone("m1", "c1", "2025-04-01")}, {}, {}};
    requireOnlyError(
        c.check(dispensing("d1", "m1", "2025-04-14", DispensingStatus::HandedOut, 2)), "status");
    requireOnlyError(
        c.check(dispensing("d1", "m1", "2025-04-14", DispensingStatus::HandedOut, 1)), "status");
    // Easter 2025: Thursday 17 and Friday 18 April closed, Saturday open.
    requireNoIssues(c.check(dispensing("d1", "m1", "2025-04-16", DispensingStatus::HandedOut, 3)));
    requireOnlyError(
        c.check(dispensing("d1", "m1", "2025-04-16", DispensingStatus::HandedOut, 4)), "status");
}

TEST_CASE("A take-home supply over 7 open days is warned about; closed days do not count",
    "[core][rules][dispensings][coverage]")
{
    const Coverage c {{takeHome("m1", "2025-04-01")}, {}, {}};
    requireOnlyWarning(
        c.check(dispensing("d1", "m1", "2025-04-01", DispensingStatus::HandedOut, 8)), "days");
    // 14 to 21 April is eight days, two of them (17, 18) closed, and Sunday 20, Monday 21 too.
    requireNoIssues(c.check(dispensing("d1", "m1", "2025-04-14", DispensingStatus::HandedOut, 8)));
}

TEST_CASE("Another category's dispensing on the same day is no conflict",
    "[core][rules][dispensings][coverage]")
{
    const Coverage c {{methadone("m1"), antabus("m2")}, {dispensing("d1", "m1", "2025-01-20")}, {}};
    requireNoIssues(c.check(dispensing("d2", "m2", "2025-01-20")));
}

TEST_CASE("A dispensing is not compared with its own stored record",
    "[core][rules][dispensings][coverage]")
{
    const Dispensing d = dispensing("d1", "m1", "2025-01-20");
    const Coverage c {{methadone("m1")}, {d}, {}};
    requireNoIssues(c.check(d));
}

TEST_CASE("A late registration's reason and a doctor's confirmation keep the rules",
    "[core][rules][dispensings]")
{
    Dispensing d = dispensing("d1", "m1", "2025-01-20");
    d.lateReason = QStringLiteral("Glemt at registrere");
    requireNoIssues(checkDispensing(d));
    d.lateConfirmed = SignedReason {QString(), QStringLiteral("s9"), at("2025-01-22T10:00:00+01:00")};
    requireNoIssues(checkDispensing(d));
    d.lateReason.clear();
    requireOnlyError(checkDispensing(d), "late_confirmed");
    d.lateReason = QString(501, QLatin1Char('x'));
    d.lateConfirmed.reset();
    requireOnlyError(checkDispensing(d), "late_reason");
}

TEST_CASE("A correction needs the dispensing it annuls, a reason, who and when",
    "[core][rules][dispensings]")
{
    const Correction ok {QStringLiteral("k1"), QStringLiteral("d1"), QStringLiteral("Forkert borger"),
        QStringLiteral("s3"), at("2025-01-20T10:00:00+01:00")};
    requireNoIssues(checkCorrection(ok));
    Correction noReason = ok;
    noReason.reason = QStringLiteral("  ");
    requireOnlyError(checkCorrection(noReason), "reason");
    Correction noTarget = ok;
    noTarget.annuls.clear();
    requireOnlyError(checkCorrection(noTarget), "annuls");
    Correction noStaff = ok;
    noStaff.staff.clear();
    requireOnlyError(checkCorrection(noStaff), "staff");
}

TEST_CASE("A dispensing that counts on an annulled prescription is refused",
    "[core][rules][dispensings]")
{
    Prescription p = methadone("m1", "c1", "2025-01-20");
    p.annulled = SignedReason {QStringLiteral("Forkert dosis"), QStringLiteral("s9"),
        at("2025-01-19T10:00:00+01:00")};
    requireOnlyError(checkDispensingPeriod(dispensing("d1", "m1", "2025-01-20"), p), "prescription");
}
