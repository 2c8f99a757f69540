#include "core/domain/rules/dispensingrules.h"

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

TEST_CASE("A take-home supply over 7 days is warned about", "[core][rules][dispensings]")
{
    requireOnlyWarning(
        checkDispensing(dispensing("d1", "m1", "2025-01-20", DispensingStatus::HandedOut, 8)),
        "days");
    requireOnlyWarning(
        checkDispensing(dispensing("d1", "m1", "2025-01-20", DispensingStatus::HandedOut, 14)),
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

TEST_CASE(
    "Dispensings of one prescription on different days are accepted", "[core][rules][dispensings]")
{
    const std::vector<Dispensing> others {
        dispensing("d1", "m1", "2025-01-20"), dispensing("d2", "m1", "2025-01-21")};
    requireNoIssues(checkDispensingConflicts(dispensing("d3", "m1", "2025-01-22"), others));
}

TEST_CASE("A second dispensing of one prescription on the same day is refused",
    "[core][rules][dispensings]")
{
    const std::vector<Dispensing> others {dispensing("d1", "m1", "2025-01-20")};
    requireOnlyError(checkDispensingConflicts(
                         dispensing("d2", "m1", "2025-01-20", DispensingStatus::Missed), others),
        "date");
    // Another prescription's dispensing on that day is no conflict.
    requireNoIssues(checkDispensingConflicts(dispensing("d3", "m2", "2025-01-20"), others));
}

TEST_CASE(
    "A dispensing on a day covered by a take-home supply is refused", "[core][rules][dispensings]")
{
    const std::vector<Dispensing> supply {
        dispensing("d1", "m1", "2025-01-20", DispensingStatus::HandedOut, 7)};
    requireOnlyError(
        checkDispensingConflicts(dispensing("d2", "m1", "2025-01-21"), supply), "date");
    requireOnlyError(
        checkDispensingConflicts(dispensing("d2", "m1", "2025-01-26"), supply), "date");
    // The supply covers 20..26 January; the 27th is the next dispensing day.
    requireNoIssues(checkDispensingConflicts(dispensing("d2", "m1", "2025-01-27"), supply));
}

TEST_CASE("A dispensing is not compared with its own stored record", "[core][rules][dispensings]")
{
    const Dispensing d = dispensing("d1", "m1", "2025-01-20");
    requireNoIssues(checkDispensingConflicts(d, std::vector<Dispensing> {d}));
}
