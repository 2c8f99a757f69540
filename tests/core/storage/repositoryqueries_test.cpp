#include <catch2/catch.hpp>

#include <QSqlQuery>

#include "core/storage/appointmentrepository.h"
#include "core/storage/datasetstore.h"
#include "core/storage/dispensingrepository.h"
#include "core/storage/goalrepository.h"
#include "core/storage/groupcourserepository.h"
#include "core/storage/noterepository.h"
#include "core/storage/prescriptionrepository.h"
#include "core/storage/absencerepository.h"
#include "core/storage/targetrepository.h"
#include "core/storage/transaction.h"
#include "support/sampledataset.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using mestring::test::day;
using mestring::test::instant;
using mestring::test::sampleDataset;
using mestring::test::TestDatabase;

namespace {

struct StoredSample
{
    TestDatabase db;
    Dataset data = sampleDataset();

    StoredSample()
    {
        Transaction t(db);
        insertDataset(db, data);
        t.commit();
    }

    QString column(const QString &sql, const QString &id)
    {
        QSqlQuery q(db.db().connection());
        q.prepare(sql);
        q.addBindValue(id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toString();
    }
};

QStringList ids(const auto &records)
{
    QStringList list;
    for (const auto &r : records)
        list << r.id;
    return list;
}

} // namespace

TEST_CASE("An appointment is stored as a UTC instant with its Danish day, and read in Danish "
          "time",
    "[core][storage][time]")
{
    StoredSample s;
    // 23:30 at +02:00 is the next day in UTC; the Danish day is what lists select on.
    CHECK(s.column(QStringLiteral("SELECT start_at FROM appointments WHERE id = ?"),
              QStringLiteral("p2"))
        == QStringLiteral("2025-06-02T21:30:00.000Z"));
    CHECK(s.column(QStringLiteral("SELECT start_day FROM appointments WHERE id = ?"),
              QStringLiteral("p2"))
        == QStringLiteral("2025-06-02"));
    const auto p2 = AppointmentRepository(s.db).byId(QStringLiteral("p2"));
    REQUIRE(p2.has_value());
    CHECK(p2->start.offsetFromUtc() == 2 * 3600);
    CHECK(p2->start.toString(Qt::ISODate) == QStringLiteral("2025-06-02T23:30:00+02:00"));
}

TEST_CASE("Appointments are found by course, by staff member and days, by day and by client",
    "[core][storage]")
{
    StoredSample s;
    AppointmentRepository appointments(s.db);
    CHECK(ids(appointments.forCourse(QStringLiteral("k1")))
        == QStringList {QStringLiteral("p1"), QStringLiteral("p2")});
    CHECK(ids(appointments.forStaff(QStringLiteral("s3"), day("2025-06-02"), day("2025-06-02")))
        == QStringList {QStringLiteral("p2")});
    CHECK(
        appointments.forStaff(QStringLiteral("s3"), day("2025-06-03"), day("2025-06-30")).empty());
    CHECK(ids(appointments.onDay(day("2025-01-17"))) == QStringList {QStringLiteral("p1")});
    CHECK(ids(appointments.forClient(QStringLiteral("c1"), day("2025-02-01")))
        == QStringList {QStringLiteral("p2")});
    CHECK(ids(appointments.forClient(QStringLiteral("c1"), day("2025-01-01"), day("2025-01-31")))
        == QStringList {QStringLiteral("p1")});

    Appointment moved = *appointments.byId(QStringLiteral("p2"));
    moved.status = AppointmentStatus::CancelledClient;
    moved.start = instant("2025-06-03T08:00:00+02:00");
    appointments.update(moved);
    CHECK(*appointments.byId(QStringLiteral("p2")) == moved);
    CHECK(ids(appointments.onDay(day("2025-06-03"))) == QStringList {QStringLiteral("p2")});
}

TEST_CASE("A note keeps its milliseconds and its Danish day", "[core][storage][time]")
{
    StoredSample s;
    CHECK(
        s.column(QStringLiteral("SELECT written_at FROM notes WHERE id = ?"), QStringLiteral("n2"))
        == QStringLiteral("2025-01-18T07:00:00.250Z"));
    CHECK(
        s.column(QStringLiteral("SELECT written_day FROM notes WHERE id = ?"), QStringLiteral("n2"))
        == QStringLiteral("2025-01-18"));
    NoteRepository notes(s.db);
    CHECK(ids(notes.forClient(QStringLiteral("c1")))
        == QStringList {QStringLiteral("n1"), QStringLiteral("n2")});
    CHECK(ids(notes.addendaTo(QStringLiteral("n1"))) == QStringList {QStringLiteral("n2")});
    CHECK(notes.forClient(QStringLiteral("c3")).empty());
}

TEST_CASE("A prescription's schedule is stored as kind and weekday codes, and it can be ended",
    "[core][storage]")
{
    StoredSample s;
    CHECK(s.column(QStringLiteral("SELECT schedule_kind FROM prescriptions WHERE id = ?"),
              QStringLiteral("m1"))
        == QStringLiteral("weekdays"));
    CHECK(s.column(QStringLiteral("SELECT schedule_weekdays FROM prescriptions WHERE id = ?"),
              QStringLiteral("m1"))
        == QStringLiteral("mon,thu"));
    CHECK(s.column(QStringLiteral("SELECT schedule_kind FROM prescriptions WHERE id = ?"),
              QStringLiteral("m3"))
        == QStringLiteral("every_days"));

    PrescriptionRepository prescriptions(s.db);
    CHECK(ids(prescriptions.forClient(QStringLiteral("c1")))
        == QStringList {QStringLiteral("m1"), QStringLiteral("m4"), QStringLiteral("m3")});
    // The annulled m4 is never in force.
    CHECK(ids(prescriptions.activeOn(day("2025-02-15")))
        == QStringList {QStringLiteral("m1"), QStringLiteral("m3")});
    REQUIRE(prescriptions.endPrescription(QStringLiteral("m1"), day("2025-02-10")));
    CHECK(prescriptions.byId(QStringLiteral("m1"))->end == day("2025-02-10"));
    CHECK(ids(prescriptions.activeOn(day("2025-02-15"))) == QStringList {QStringLiteral("m3")});
    CHECK_FALSE(prescriptions.endPrescription(QStringLiteral("nope"), day("2025-02-10")));
}

TEST_CASE("Dispensings are found by prescription and by date range", "[core][storage]")
{
    StoredSample s;
    DispensingRepository dispensings(s.db);
    // d4 is annulled by a correction: it no longer counts, but stays in the history.
    CHECK(ids(dispensings.forPrescription(QStringLiteral("m1")))
        == QStringList {QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d5")});
    CHECK(ids(dispensings.allForPrescription(QStringLiteral("m1")))
        == QStringList {QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d4"),
            QStringLiteral("d5")});
    CHECK(ids(dispensings.between(day("2024-01-01"), day("2025-01-22")))
        == QStringList {QStringLiteral("d3"), QStringLiteral("d1")});
    CHECK(dispensings.count() == 5);
    QStringList streamed;
    dispensings.forEach([&streamed](Dispensing &&d) { streamed << d.id; });
    CHECK(streamed
        == QStringList {QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d3"),
            QStringLiteral("d4"), QStringLiteral("d5")});
    CHECK(DispensingRepository(s.db).byId(QStringLiteral("d5"))->lateConfirmed.has_value());
}

TEST_CASE(
    "A target without breakdown is stored with an empty key and saved in place", "[core][storage]")
{
    StoredSample s;
    CHECK(s.column(QStringLiteral("SELECT breakdown FROM effect_targets WHERE indicator = ?"),
              QStringLiteral("alcohol_success_rate"))
        == QString());
    TargetRepository targets(s.db);
    EffectTarget changed = s.data.targets[0];
    changed.target = 0.5;
    targets.save(changed);
    CHECK(targets.all().size() == 2);
    CHECK(targets.all().front() == changed);
    EffectTarget added {QStringLiteral("alcohol_success_rate"), QString(), 2026, 0.47, 0.5};
    targets.save(added);
    CHECK(targets.all().back() == added);
    CHECK(targets.remove(QStringLiteral("no_show_rate"), QStringLiteral("drug"), 2025));
    CHECK(targets.all().size() == 2);
}

TEST_CASE("Changed goals, groups and absences are rewritten with their lists", "[core][storage]")
{
    StoredSample s;
    GoalRepository goals(s.db);
    Goal goal = s.data.goals[0];
    goal.scores.push_back({day("2025-07-10"), 1});
    goal.subgoals.erase(goal.subgoals.begin());
    goal.status = GoalStatus::PartlyAchieved;
    goal.closedDate = day("2025-07-10");
    goals.update(goal);
    CHECK(*goals.byId(goal.id) == goal);

    GroupCourseRepository groups(s.db);
    GroupCourse group = s.data.groups[0];
    std::swap(group.waiting[0], group.waiting[1]);
    group.attendance.pop_back();
    group.sessions.pop_back();
    group.leaders = {QStringLiteral("s3")};
    groups.update(group);
    CHECK(*groups.byId(group.id) == group);
    CHECK(ids(groups.forCourse(QStringLiteral("k2"))) == QStringList {QStringLiteral("gr1")});
    CHECK(groups.forCourse(QStringLiteral("nope")).empty());

    AbsenceRepository absences(s.db);
    Absence open = s.data.absences[1];
    open.to = day("2024-12-20");
    absences.update(open);
    CHECK(absences.forClient(QStringLiteral("c3")) == std::vector<Absence> {open});
}
