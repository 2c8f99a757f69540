#include "servicefixture.h"

#include "core/domain/ids.h"
#include "core/services/dispensingservice.h"
#include "core/services/prescriptionservice.h"
#include "core/storage/absencerepository.h"
#include "core/storage/dispensingrepository.h"
#include "core/storage/prescriptionrepository.h"

using namespace mestring::core;
using mestring::test::ServiceFixture;

namespace {

// Jens Hansen (born 1 January 1980) on daily supervised methadone 60 mg from Saturday
// 1 March 2025, stored directly (the list reads what is stored, not how it came there).
struct ListFixture : ServiceFixture
{
    DispensingService dispensings {db, log, clock};
    QString client = addClient();
    QString course = addCourse(client, CourseKind::Drug, QDate(2025, 2, 1));
    QString methadone = addPrescription(client, Drug::Methadone, DrugCategory::Substitution, 60);

    QString addPrescription(const QString &owner, Drug drug, DrugCategory category, double dose,
        DispensingMode mode = DispensingMode::Supervised, const QDate &start = QDate(2025, 3, 1))
    {
        Prescription p;
        p.id = newId();
        p.client = owner;
        p.drug = drug;
        p.category = category;
        p.doseMg = dose;
        p.mode = mode;
        p.start = start;
        p.prescriber = doctor.staffId;
        PrescriptionRepository(db).insert(p);
        return p.id;
    }
    void store(const QString &prescription, const QDate &day,
        DispensingStatus status = DispensingStatus::Taken, int days = 1)
    {
        DispensingRepository(db).insert(
            {newId(), prescription, day, 60, status, days, nurse.staffId, {}});
    }
    // Every day from `from` to `to` taken.
    void takenFrom(const QDate &from, const QDate &to)
    {
        for (QDate d = from; d <= to; d = d.addDays(1))
            store(methadone, d);
    }
    std::vector<DispensingListRow> list(const QDate &day)
    {
        return dispensings.dayList(nurse, day);
    }
};

} // namespace

TEST_CASE("The dispensing list shows each client due a dose with name, birth date and dose",
    "[core][services][dispensinglist]")
{
    ListFixture f;
    const QString other = f.addClient(QStringLiteral("Andersen"));
    f.addPrescription(other, Drug::Naltrexone, DrugCategory::Craving, 50);
    const QString atPharmacy = f.addClient(QStringLiteral("Nielsen"));
    f.addPrescription(
        atPharmacy, Drug::Acamprosate, DrugCategory::Craving, 333, DispensingMode::Pharmacy);

    const std::vector<DispensingListRow> rows = f.list(QDate(2025, 3, 3));
    REQUIRE(rows.size() == 2); // the pharmacy dispenses Nielsen's
    CHECK(rows[0].clientName == QStringLiteral("Jens Andersen"));
    CHECK(rows[1].clientName == QStringLiteral("Jens Hansen"));
    CHECK(rows[1].birthDate == QDate(1980, 1, 1));
    CHECK(rows[1].prescription.doseMg == 60);
    CHECK(rows[1].scheduled);
    CHECK_FALSE(rows[1].isRecorded());
    CHECK(f.logged(QStringLiteral("read"), f.client) == 1);
    CHECK(f.logged(QStringLiteral("read"), atPharmacy) == 0);
}

TEST_CASE("The dispensing list leaves out a day the schedule does not name and shows a dose "
          "recorded that day",
    "[core][services][dispensinglist]")
{
    ListFixture f;
    Prescription p = PrescriptionRepository(f.db).byId(f.methadone).value();
    PrescriptionRepository(f.db).endPrescription(p.id, QDate(2025, 3, 1));
    p.id = newId();
    p.start = QDate(2025, 3, 2);
    p.schedule.kind = Schedule::Kind::Weekdays;
    p.schedule.weekdays = {1, 4}; // Monday and Thursday
    PrescriptionRepository(f.db).insert(p);

    CHECK(f.list(QDate(2025, 3, 4)).empty()); // Tuesday
    f.store(p.id, QDate(2025, 3, 3));
    const std::vector<DispensingListRow> monday = f.list(QDate(2025, 3, 3));
    REQUIRE(monday.size() == 1);
    REQUIRE(monday[0].isRecorded());
    CHECK(monday[0].recorded->status == DispensingStatus::Taken);
}

TEST_CASE("A take-home supply handed out on Friday hides the weekend it covers",
    "[core][services][dispensinglist]")
{
    ListFixture f;
    f.store(f.methadone, QDate(2025, 3, 7), DispensingStatus::HandedOut, 3); // Fri, Sat, Sun
    CHECK(f.list(QDate(2025, 3, 7)).size() == 1);
    CHECK(f.list(QDate(2025, 3, 8)).empty());
    CHECK(f.list(QDate(2025, 3, 9)).empty());
    CHECK(f.list(QDate(2025, 3, 10)).size() == 1);
}

TEST_CASE("An absence period leaves the client off the list", "[core][services][dispensinglist]")
{
    ListFixture f;
    AbsenceRepository(f.db).insert({QStringLiteral("abs-1"), f.client, QDate(2025, 3, 5),
        QDate(2025, 3, 6), AbsenceReason::Hospital, {}});
    CHECK(f.list(QDate(2025, 3, 5)).empty());
    CHECK(f.list(QDate(2025, 3, 7)).size() == 1);
}

TEST_CASE("Three missed substitution days block the row until a doctor reassesses the dose",
    "[core][services][dispensinglist]")
{
    ListFixture f;
    f.takenFrom(QDate(2025, 3, 1), QDate(2025, 3, 9));
    // 10, 11 and 12 March pass with nothing recorded.
    const std::vector<DispensingListRow> blocked = f.list(QDate(2025, 3, 13));
    REQUIRE(blocked.size() == 1);
    CHECK(blocked[0].block.blocked);
    CHECK(blocked[0].block.run.count() == 3);
    CHECK(blocked[0].block.liftedByReassessmentAfter() == QDate(2025, 3, 12));
    CHECK(DispensingService::blockMessage(blocked[0].block).contains(QStringLiteral("12-03-2025")));

    const std::vector<DispensingListRow> twoMissed = f.list(QDate(2025, 3, 12));
    CHECK_FALSE(twoMissed[0].block.blocked);
    CHECK(twoMissed[0].block.run.count() == 2);

    f.addAppointment(f.course, QDate(2025, 3, 13), AppointmentType::Doctor,
        AppointmentStatus::Attended, QStringLiteral("s-doc"));
    CHECK_FALSE(f.list(QDate(2025, 3, 13))[0].block.blocked);
}

TEST_CASE("The list's block agrees with the full history when the latest reassessment is old "
          "or falls inside a missed run",
    "[core][services][dispensinglist]")
{
    ListFixture f;
    // Taken in March; nothing from 1 April, with a doctor appointment on 1 May inside the run
    // (too early to lift it: the run goes on), a dose refused on 10 May, a reassessment on
    // 15 May, doses taken 16-25 May, then nothing again. Before 15 May the four weeks before the
    // latest reassessment hold no dose that ends a run, so the list must read the whole history;
    // after it, the four weeks suffice.
    f.takenFrom(QDate(2025, 3, 1), QDate(2025, 3, 31));
    f.addAppointment(f.course, QDate(2025, 5, 1), AppointmentType::Doctor,
        AppointmentStatus::Attended, QStringLiteral("s-doc"));
    f.store(f.methadone, QDate(2025, 5, 10), DispensingStatus::Refused);
    f.addAppointment(f.course, QDate(2025, 5, 15), AppointmentType::Doctor,
        AppointmentStatus::Attended, QStringLiteral("s-doc"));
    f.takenFrom(QDate(2025, 5, 16), QDate(2025, 5, 25));
    int blockedDays = 0;
    for (QDate day(2025, 4, 1); day <= QDate(2025, 5, 31); day = day.addDays(1)) {
        const std::vector<DispensingListRow> rows = f.list(day);
        if (ClosedDayCalendar().isClosed(day)) { // Easter, Ascension: nobody on the list
            CHECK(rows.empty());
            continue;
        }
        REQUIRE(rows.size() == 1);
        const DoseBlock expected = f.dispensings.blockOn(f.nurse, f.methadone, day);
        INFO(day.toString(Qt::ISODate).toStdString());
        CHECK(rows[0].block.blocked == expected.blocked);
        CHECK(rows[0].block.run.days == expected.run.days);
        CHECK(rows[0].block.since == expected.since);
        blockedDays += expected.blocked ? 1 : 0;
    }
    CHECK(blockedDays > 30); // the case is one that blocks
}

TEST_CASE("A missed supervised antabus dose asks the nurse to contact the client",
    "[core][services][dispensinglist]")
{
    ListFixture f;
    const QString other = f.addClient(QStringLiteral("Andersen"));
    const QString antabus = f.addPrescription(other, Drug::Disulfiram, DrugCategory::Antabus, 400);
    f.store(antabus, QDate(2025, 3, 1));
    f.store(antabus, QDate(2025, 3, 2), DispensingStatus::Missed);
    const std::vector<DispensingListRow> rows = f.list(QDate(2025, 3, 2));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].antabusMissed == std::vector<QDate> {QDate(2025, 3, 2)});
    CHECK(rows[1].antabusMissed.empty()); // methadone: no such flag
    CHECK(f.list(QDate(2025, 3, 1))[0].antabusMissed.empty());
}

TEST_CASE(
    "Administrative staff cannot read the dispensing list", "[core][services][dispensinglist]")
{
    ListFixture f;
    CHECK_THROWS_AS(f.dispensings.dayList(f.admin, QDate(2025, 3, 3)), PermissionDenied);
}

namespace {

// The list's block on each day from `from` to `to` is blockOn's (the whole history).
int compareBlocks(ListFixture &f, const QDate &from, const QDate &to)
{
    int blockedDays = 0;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const std::vector<DispensingListRow> rows = f.list(day);
        if (ClosedDayCalendar().isClosed(day)) { // a public holiday: nobody on the list
            CHECK(rows.empty());
            continue;
        }
        REQUIRE(rows.size() == 1);
        const DoseBlock expected = f.dispensings.blockOn(f.nurse, f.methadone, day);
        INFO(day.toString(Qt::ISODate).toStdString());
        CHECK(rows[0].block.blocked == expected.blocked);
        CHECK(rows[0].block.run.days == expected.run.days);
        CHECK(rows[0].block.since == expected.since);
        blockedDays += expected.blocked ? 1 : 0;
    }
    return blockedDays;
}

} // namespace

TEST_CASE("The list reads the last year and, for a client whose block lies further back, the "
          "whole history, with blockOn's result",
    "[core][services][dispensinglist]")
{
    ListFixture f;
    // Taken in March 2025, then nothing for more than a year; a doctor appointment on 10 April
    // 2025 falls inside the run. A year later neither the appointment nor the start is within
    // the year the list reads first.
    f.takenFrom(QDate(2025, 3, 1), QDate(2025, 3, 20));
    f.addAppointment(f.course, QDate(2025, 4, 10), AppointmentType::Doctor,
        AppointmentStatus::Attended, QStringLiteral("s-doc"));
    // Every open day is blocked; Easter 2026 (2, 3, 5 and 6 April) is closed.
    CHECK(compareBlocks(f, QDate(2026, 4, 1), QDate(2026, 4, 20)) == 16);
}

TEST_CASE("The list's block from the last year agrees with the whole history when the latest "
          "reassessment is recent",
    "[core][services][dispensinglist]")
{
    ListFixture f;
    // An old prescription ended more than a year before; the current one taken daily for a
    // year, reassessed by the doctor on 15 March 2026, then nothing from 1 April 2026.
    Prescription old;
    old.id = newId();
    old.client = f.client;
    old.drug = Drug::Methadone;
    old.category = DrugCategory::Substitution;
    old.doseMg = 40;
    old.start = QDate(2023, 1, 1);
    old.end = QDate(2023, 6, 30);
    old.prescriber = f.doctor.staffId;
    PrescriptionRepository(f.db).insert(old);
    f.takenFrom(QDate(2025, 3, 1), QDate(2026, 3, 31));
    f.addAppointment(f.course, QDate(2026, 3, 15), AppointmentType::Doctor,
        AppointmentStatus::Attended, QStringLiteral("s-doc"));
    CHECK(compareBlocks(f, QDate(2026, 3, 25), QDate(2026, 4, 20)) > 10);
}

TEST_CASE("On the whole list a client whose block lies before the days read for every client at "
          "once is read further back, beside a client served from them, each with blockOn's block",
    "[core][services][dispensinglist]")
{
    ListFixture f;
    // Jens as above: taken in March 2025, nothing since, his block lies more than a year back.
    f.takenFrom(QDate(2025, 3, 1), QDate(2025, 3, 20));
    f.addAppointment(f.course, QDate(2025, 4, 10), AppointmentType::Doctor,
        AppointmentStatus::Attended, QStringLiteral("s-doc"));
    // Andersen: taken daily for a year, reassessed on 15 March 2026, nothing from 1 April: his
    // block is found in the recent days read for the whole list.
    const QString other = f.addClient(QStringLiteral("Andersen"));
    const QString otherCourse = f.addCourse(other, CourseKind::Drug, QDate(2025, 2, 1));
    const QString otherMethadone
        = f.addPrescription(other, Drug::Methadone, DrugCategory::Substitution, 60);
    for (QDate d(2025, 3, 1); d <= QDate(2026, 3, 31); d = d.addDays(1))
        f.store(otherMethadone, d);
    f.addAppointment(otherCourse, QDate(2026, 3, 15), AppointmentType::Doctor,
        AppointmentStatus::Attended, QStringLiteral("s-doc"));
    int blocked[2] = {0, 0};
    for (QDate day(2026, 4, 1); day <= QDate(2026, 4, 20); day = day.addDays(1)) {
        if (ClosedDayCalendar().isClosed(day)) continue;
        const std::vector<DispensingListRow> rows = f.list(day);
        REQUIRE(rows.size() == 2); // Andersen, then Hansen
        INFO(day.toString(Qt::ISODate).toStdString());
        const QString ids[2] = {otherMethadone, f.methadone};
        for (int i = 0; i < 2; ++i) {
            CHECK(rows[i].prescription.id == ids[i]);
            const DoseBlock expected = f.dispensings.blockOn(f.nurse, ids[i], day);
            CHECK(rows[i].block.blocked == expected.blocked);
            CHECK(rows[i].block.run.days == expected.run.days);
            CHECK(rows[i].block.since == expected.since);
            blocked[i] += expected.blocked ? 1 : 0;
        }
    }
    CHECK(blocked[0] > 5); // Andersen is blocked once three doses are missed
    CHECK(blocked[1] == 16); // Jens on every open day
}
