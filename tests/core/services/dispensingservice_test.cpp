#include "medicationfixture.h"

#include "core/domain/clock.h"
#include "core/services/dispensingservice.h"
#include "core/services/prescriptionservice.h"
#include "core/storage/absencerepository.h"
#include "core/storage/closeddayrepository.h"
#include "core/storage/dispensingrepository.h"
#include "core/storage/prescriptionrepository.h"

using namespace mestring::core;
using mestring::test::DispensingFixture;


TEST_CASE(
    "A dose is registered by the nurse who gives it and logged", "[core][services][dispensing]")
{
    DispensingFixture f;
    const SaveResult saved = f.give(QDate(2025, 3, 1));
    CHECK(DispensingRepository(f.db).byId(saved.id)->staff == f.nurse.staffId);
    CHECK(f.logged(QStringLiteral("create"), f.client) == 2); // the prescription, the dose
    CHECK(f.dispensings.forPrescription(f.nurse, f.methadone).size() == 1);
    CHECK(f.logged(QStringLiteral("read"), f.client) == 1);
}

TEST_CASE("A second dispensing of a prescription on the same day is refused",
    "[core][services][dispensing]")
{
    DispensingFixture f;
    f.give(QDate(2025, 3, 1));
    f.refusedUnchanged([&] { f.give(QDate(2025, 3, 1)); });
    f.refusedUnchanged([&] { f.give(QDate(2025, 3, 1), DispensingStatus::Missed); });
    CHECK(f.count() == 1);
}

TEST_CASE("No dispensing on a day covered by a take-home supply for the weekend",
    "[core][services][dispensing]")
{
    DispensingFixture f;
    for (QDate day(2025, 3, 1); day < QDate(2025, 3, 7); day = day.addDays(1))
        f.give(day);
    // Friday 7 March: Friday, Saturday and Sunday (the centre is closed) handed out.
    f.closed({QDate(2025, 3, 8), QDate(2025, 3, 9)});
    f.give(QDate(2025, 3, 7), DispensingStatus::HandedOut, 3);
    f.refusedUnchanged([&] { f.give(QDate(2025, 3, 8)); });
    f.refusedUnchanged([&] { f.give(QDate(2025, 3, 9), DispensingStatus::Missed); });
    CHECK_FALSE(f.give(QDate(2025, 3, 10)).id.isEmpty());
}

TEST_CASE("A dispensing outside the prescription's period or in the future is refused",
    "[core][services][dispensing]")
{
    DispensingFixture f;
    f.refusedUnchanged([&] { f.give(QDate(2025, 2, 28)); });
    f.refusedUnchanged([&] { f.give(QDate(2026, 1, 1)); });
    f.refusedUnchanged([&] {
        Dispensing d = f.dose(f.clock.today().addDays(1));
        f.dispensings.record(f.nurse, d);
    });
    f.refusedUnchanged([&] {
        Dispensing d = f.dose(QDate(2025, 3, 1));
        d.prescription = QStringLiteral("missing");
        f.dispensings.record(f.nurse, d);
    });
}

TEST_CASE("A take-home supply is 1-14 days and over 7 warns; other statuses cover one day",
    "[core][services][dispensing]")
{
    DispensingFixture f;
    f.makeTakeHome();
    f.refusedUnchanged([&] { f.give(QDate(2025, 3, 1), DispensingStatus::HandedOut, 15); });
    f.refusedUnchanged([&] { f.give(QDate(2025, 3, 1), DispensingStatus::HandedOut, 0); });
    f.refusedUnchanged([&] { f.give(QDate(2025, 3, 1), DispensingStatus::Taken, 2); });
    CHECK(f.give(QDate(2025, 3, 1), DispensingStatus::HandedOut, 10).warnings.size() == 1);
    CHECK(f.give(QDate(2025, 3, 11), DispensingStatus::HandedOut, 7).warnings.empty());
}

TEST_CASE(
    "Only nurses, doctors and coordinators register dispensings", "[core][services][dispensing]")
{
    DispensingFixture f;
    f.refusedUnchanged<PermissionDenied>(
        [&] { f.dispensings.record(f.therapist, f.dose(QDate(2025, 3, 1))); });
    f.refusedUnchanged<PermissionDenied>(
        [&] { f.dispensings.record(f.admin, f.dose(QDate(2025, 3, 1))); });
    CHECK_FALSE(f.dispensings.record(f.doctor, f.dose(QDate(2025, 3, 1))).id.isEmpty());
}

TEST_CASE("After 3 missed doses in a row the next dose is refused with who can lift the block; "
          "missed, refused and withheld are still recorded",
    "[core][services][dispensing]")
{
    DispensingFixture f;
    f.give(QDate(2025, 3, 1));
    f.give(QDate(2025, 3, 2), DispensingStatus::Missed);
    // 3 and 4 March: nothing recorded, and the days are over.
    const QString message = f.refusedUnchanged([&] { f.give(QDate(2025, 3, 5)); });
    CHECK(message.contains(QStringLiteral("doctor")));
    CHECK(message.contains(QStringLiteral("04-03-2025")));
    f.refusedUnchanged([&] { f.give(QDate(2025, 3, 5), DispensingStatus::HandedOut, 2); });
    const DoseBlock block = f.dispensings.blockOn(f.nurse, f.methadone, QDate(2025, 3, 5));
    CHECK(block.blocked);
    CHECK(block.run.count() == 3);

    f.give(QDate(2025, 3, 5), DispensingStatus::Withheld);
    f.give(QDate(2025, 3, 6), DispensingStatus::Refused);
    f.give(QDate(2025, 3, 7), DispensingStatus::Missed);
    f.refusedUnchanged([&] { f.give(QDate(2025, 3, 8)); });
    CHECK(f.count() == 5);
}

TEST_CASE("Two missed doses in a row do not block the next one", "[core][services][dispensing]")
{
    DispensingFixture f;
    f.give(QDate(2025, 3, 1));
    CHECK_FALSE(f.give(QDate(2025, 3, 4)).id.isEmpty()); // 2 and 3 March missed
}

TEST_CASE("Days inside an absence period are not missed doses", "[core][services][dispensing]")
{
    DispensingFixture f;
    f.give(QDate(2025, 3, 1));
    f.absent(QDate(2025, 3, 2), QDate(2025, 3, 10)); // hospital: nothing recorded
    CHECK_FALSE(f.give(QDate(2025, 3, 11)).id.isEmpty());
}

TEST_CASE("A run of missed doses that spans an absence period still blocks",
    "[core][services][dispensing]")
{
    DispensingFixture f;
    f.give(QDate(2025, 3, 1));
    f.give(QDate(2025, 3, 2), DispensingStatus::Missed);
    f.give(QDate(2025, 3, 3), DispensingStatus::Missed);
    f.absent(QDate(2025, 3, 4), QDate(2025, 3, 8));
    // 9 March missed: with 2 and 3 March that is 3 in a row, the absence excepted.
    f.refusedUnchanged([&] { f.give(QDate(2025, 3, 10)); });
}

TEST_CASE("An attended doctor appointment after the last missed day lifts the block",
    "[core][services][dispensing]")
{
    DispensingFixture f;
    f.give(QDate(2025, 3, 1));
    // 2, 3 and 4 March missed. A doctor's visit on the last missed day is too early, a
    // planned one does not count.
    f.addAppointment(f.course, QDate(2025, 3, 4), AppointmentType::Doctor,
        AppointmentStatus::Attended, QStringLiteral("s-doc"));
    f.addAppointment(f.course, QDate(2025, 3, 5), AppointmentType::Doctor,
        AppointmentStatus::Planned, QStringLiteral("s-doc"));
    f.refusedUnchanged([&] { f.give(QDate(2025, 3, 5)); });
    f.addAppointment(f.course, QDate(2025, 3, 5), AppointmentType::Doctor,
        AppointmentStatus::Attended, QStringLiteral("s-doc"));
    CHECK_FALSE(f.give(QDate(2025, 3, 5)).id.isEmpty());
}

TEST_CASE(
    "A new prescription after the last missed day lifts the block", "[core][services][dispensing]")
{
    DispensingFixture f;
    f.give(QDate(2025, 3, 1));
    // 2, 3 and 4 March missed; the doctor lowers the dose from 5 March.
    Prescription lower = *PrescriptionRepository(f.db).byId(f.methadone);
    lower.doseMg = 40;
    const QString next = f.prescriptions.change(f.doctor, f.methadone, QDate(2025, 3, 4), lower).id;
    Dispensing d = f.dose(QDate(2025, 3, 5));
    d.prescription = next;
    f.at(QDate(2025, 3, 5));
    CHECK_FALSE(f.dispensings.record(f.nurse, d).id.isEmpty());
}

TEST_CASE("Antabus doses are never blocked, and a missed supervised dose asks to contact the "
          "client",
    "[core][services][dispensing]")
{
    DispensingFixture f;
    Prescription p;
    p.client = f.client;
    p.drug = Drug::Disulfiram;
    p.category = DrugCategory::Antabus;
    p.doseMg = 800;
    p.start = QDate(2025, 3, 1);
    const QString antabus = f.prescriptions.create(f.doctor, p).id;
    Dispensing d = f.dose(QDate(2025, 3, 2), DispensingStatus::Missed);
    d.prescription = antabus;
    f.at(QDate(2025, 3, 2));
    CHECK(f.dispensings.record(f.nurse, d).warnings.size() == 1);
    f.at(QDate(2025, 3, 10));
    d.date = QDate(2025, 3, 10);
    d.status = DispensingStatus::Taken;
    CHECK(f.dispensings.record(f.nurse, d).warnings.empty());
}
