#include "core/domain/rules/prescriptionrules.h"

#include "ruletestsupport.h"

using namespace mestring::core;
using namespace mestring::test::rules;

TEST_CASE("A prescription that keeps every rule is accepted", "[core][rules][prescriptions]")
{
    requireNoIssues(checkPrescription(methadone()));
    requireNoIssues(checkPrescription(antabus("m2", "c1", "2025-01-20", "2025-01-20")));
    Prescription depot = methadone();
    depot.drug = Drug::BuprenorphineDepot;
    depot.schedule.kind = Schedule::Kind::EveryDays;
    depot.schedule.everyDays = 7;
    requireNoIssues(checkPrescription(depot));
}

TEST_CASE("A prescription without id, client, prescriber or start is refused",
    "[core][rules][prescriptions]")
{
    Prescription noId = methadone();
    noId.id.clear();
    requireOnlyError(checkPrescription(noId), "id");
    Prescription noClient = methadone();
    noClient.client.clear();
    requireOnlyError(checkPrescription(noClient), "client");
    Prescription noPrescriber = methadone();
    noPrescriber.prescriber.clear();
    requireOnlyError(checkPrescription(noPrescriber), "prescriber");
    Prescription noStart = methadone();
    noStart.start = QDate();
    requireOnlyError(checkPrescription(noStart), "start");
}

TEST_CASE("A prescription ending before it starts is refused", "[core][rules][prescriptions]")
{
    requireOnlyError(checkPrescription(methadone("m1", "c1", "2025-01-20", "2025-01-19")), "end");
}

TEST_CASE("A prescription without a positive dose is refused", "[core][rules][prescriptions]")
{
    Prescription p = methadone();
    p.doseMg = 0;
    requireOnlyError(checkPrescription(p), "dose_mg");
}

TEST_CASE("A prescription whose category does not follow its drug is refused",
    "[core][rules][prescriptions]")
{
    struct Case
    {
        Drug drug;
        DrugCategory right;
        DrugCategory wrong;
    };
    const Case cases[] = {
        {Drug::Methadone, DrugCategory::Substitution, DrugCategory::Craving},
        {Drug::Buprenorphine, DrugCategory::Substitution, DrugCategory::Other},
        {Drug::BuprenorphineNaloxone, DrugCategory::Substitution, DrugCategory::Antabus},
        {Drug::BuprenorphineDepot, DrugCategory::Substitution, DrugCategory::Withdrawal},
        {Drug::Disulfiram, DrugCategory::Antabus, DrugCategory::Substitution},
        {Drug::Naltrexone, DrugCategory::Craving, DrugCategory::Substitution},
        {Drug::Acamprosate, DrugCategory::Craving, DrugCategory::Other},
        {Drug::Nalmefene, DrugCategory::Craving, DrugCategory::Antabus},
        {Drug::Chlordiazepoxide, DrugCategory::Withdrawal, DrugCategory::Craving},
        {Drug::Oxazepam, DrugCategory::Withdrawal, DrugCategory::Substitution},
    };
    for (const Case &c : cases) {
        INFO(enumCode(c.drug).toStdString());
        Prescription p = methadone();
        p.drug = c.drug;
        p.category = c.right;
        requireNoIssues(checkPrescription(p));
        p.category = c.wrong;
        requireOnlyError(checkPrescription(p), "category");
    }
}

TEST_CASE("A drug of kind other may have any category", "[core][rules][prescriptions]")
{
    Prescription p = methadone();
    p.drug = Drug::Other;
    for (DrugCategory category : enumValues<DrugCategory>()) {
        p.category = category;
        requireNoIssues(checkPrescription(p));
    }
}

TEST_CASE("A take-home prescription needs its number of days", "[core][rules][prescriptions]")
{
    Prescription p = methadone();
    p.mode = DispensingMode::TakeHome;
    requireOnlyError(checkPrescription(p), "take_home_days");
    p.takeHomeDays = 0;
    requireOnlyError(checkPrescription(p), "take_home_days");
    p.takeHomeDays = 7;
    requireNoIssues(checkPrescription(p));
}

TEST_CASE("Take-home days are refused on a prescription that is not take-home",
    "[core][rules][prescriptions]")
{
    Prescription p = methadone();
    p.takeHomeDays = 3;
    requireOnlyError(checkPrescription(p), "take_home_days");
    p.mode = DispensingMode::Pharmacy;
    requireOnlyError(checkPrescription(p), "take_home_days");
}

TEST_CASE("A take-home prescription over 7 days is warned about", "[core][rules][prescriptions]")
{
    Prescription p = methadone();
    p.mode = DispensingMode::TakeHome;
    p.takeHomeDays = 8;
    requireOnlyWarning(checkPrescription(p), "take_home_days");
}

TEST_CASE("A weekday schedule without weekdays is refused", "[core][rules][prescriptions]")
{
    Prescription p = antabus();
    p.schedule.weekdays.clear();
    requireOnlyError(checkPrescription(p), "schedule.weekdays");
    p.schedule.weekdays = {0};
    requireOnlyError(checkPrescription(p), "schedule.weekdays");
    p.schedule.weekdays = {7};
    requireNoIssues(checkPrescription(p));
}

TEST_CASE("An every-N-days schedule with N below 1 is refused", "[core][rules][prescriptions]")
{
    Prescription p = methadone();
    p.schedule.kind = Schedule::Kind::EveryDays;
    p.schedule.everyDays = 0;
    requireOnlyError(checkPrescription(p), "schedule.every_days");
    p.schedule.everyDays = 1;
    requireNoIssues(checkPrescription(p));
}

TEST_CASE("A prescriber who is not a doctor is refused", "[core][rules][prescriptions]")
{
    requireNoIssues(checkPrescriber(methadone(), staffMember("s9", Role::Doctor)));
    for (Role role : {Role::Nurse, Role::Therapist, Role::Coordinator, Role::Manager}) {
        requireOnlyError(checkPrescriber(methadone(), staffMember("s3", role)), "prescriber");
    }
}

TEST_CASE("A prescription for an anonymous client is refused", "[core][rules][prescriptions]")
{
    requireNoIssues(checkPrescriptionClient(methadone(), namedClient()));
    requireOnlyError(
        checkPrescriptionClient(methadone("m1", "c2"), anonymousClient("c2")), "client");
}

TEST_CASE("Substitution prescriptions one after the other are accepted",
    "[core][rules][prescriptions][overlap]")
{
    const Prescription old = methadone("m1", "c1", "2025-01-20", "2025-02-28");
    const Prescription next = methadone("m2", "c1", "2025-03-01");
    requireNoIssues(checkPrescriptionOverlap(next, std::vector<Prescription> {old}));
}

TEST_CASE("Two substitution prescriptions active on the same day are refused",
    "[core][rules][prescriptions][overlap]")
{
    const Prescription old = methadone("m1", "c1", "2025-01-20", "2025-03-01");
    Prescription next = methadone("m2", "c1", "2025-03-01");
    next.drug = Drug::Buprenorphine;
    const RuleIssues issues = checkPrescriptionOverlap(next, std::vector<Prescription> {old});
    requireOnlyError(issues, "start");
    CHECK(issues.front().message.contains(str("m1")));
}

TEST_CASE("Two antabus prescriptions active on the same day are refused",
    "[core][rules][prescriptions][overlap]")
{
    const Prescription open = antabus("m1", "c1", "2025-01-20");
    requireOnlyError(checkPrescriptionOverlap(
                         antabus("m2", "c1", "2025-06-01"), std::vector<Prescription> {open}),
        "start");
}

TEST_CASE("Overlapping prescriptions of other categories or clients are accepted",
    "[core][rules][prescriptions][overlap]")
{
    Prescription craving = methadone("m3");
    craving.drug = Drug::Naltrexone;
    craving.category = DrugCategory::Craving;
    Prescription otherCraving = craving;
    otherCraving.id = str("m4");
    const std::vector<Prescription> others {antabus("m1"), methadone("m2", "c9"), craving};
    requireNoIssues(checkPrescriptionOverlap(methadone("m5"), others));
    requireNoIssues(checkPrescriptionOverlap(otherCraving, others));
}

namespace {

Appointment doctorVisit(const char *start, AppointmentStatus status = AppointmentStatus::Attended)
{
    return appointment("p1", "k2", start, AppointmentType::Doctor, status);
}

} // namespace

TEST_CASE("A first substitution prescription after a doctor consultation is accepted",
    "[core][rules][prescriptions][consultation]")
{
    const std::vector<Appointment> visits {doctorVisit("2025-01-20T09:00:00+01:00")};
    requireNoIssues(checkFirstPrescriptionConsultation(methadone(), {}, visits));
}

TEST_CASE("A first substitution prescription without a doctor consultation is warned about",
    "[core][rules][prescriptions][consultation]")
{
    const std::vector<Appointment> visits {doctorVisit("2025-01-21T09:00:00+01:00"),
        doctorVisit("2025-01-10T09:00:00+01:00", AppointmentStatus::NoShow),
        doctorVisit("2025-01-10T09:00:00+01:00", AppointmentStatus::Planned),
        appointment("p2", "k2", "2025-01-10T09:00:00+01:00", AppointmentType::Nurse,
            AppointmentStatus::Attended)};
    requireOnlyWarning(checkFirstPrescriptionConsultation(methadone(), {}, visits), "start");
}

TEST_CASE("A first antabus prescription needs its own doctor consultation",
    "[core][rules][prescriptions][consultation]")
{
    const std::vector<Prescription> earlierSubstitution {methadone("m1", "c1", "2024-01-01")};
    requireOnlyWarning(
        checkFirstPrescriptionConsultation(antabus("m2"), earlierSubstitution, {}), "start");
}

TEST_CASE("A later substitution prescription needs no new consultation",
    "[core][rules][prescriptions][consultation]")
{
    const std::vector<Prescription> earlier {methadone("m1", "c1", "2024-01-01", "2025-01-19")};
    requireNoIssues(checkFirstPrescriptionConsultation(methadone("m2"), earlier, {}));
}

TEST_CASE("Craving medication needs no doctor consultation first",
    "[core][rules][prescriptions][consultation]")
{
    Prescription p = methadone();
    p.drug = Drug::Acamprosate;
    p.category = DrugCategory::Craving;
    requireNoIssues(checkFirstPrescriptionConsultation(p, {}, {}));
}
