#include <catch2/catch.hpp>

#include "core/storage/absencerepository.h"
#include "core/storage/appointmentrepository.h"
#include "core/storage/assessmentrepository.h"
#include "core/storage/clientrepository.h"
#include "core/storage/courserepository.h"
#include "core/storage/dispensingrepository.h"
#include "core/storage/goalrepository.h"
#include "core/storage/groupcourserepository.h"
#include "core/storage/noterepository.h"
#include "core/storage/prescriptionrepository.h"
#include "core/storage/staffrepository.h"
#include "core/storage/targetrepository.h"
#include "core/storage/transaction.h"
#include "support/sampledataset.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using mestring::test::sampleDataset;
using mestring::test::TestDatabase;

namespace {

// Stores the sample's parents so each aggregate's foreign keys hold.
void insertParents(const Database &db, const Dataset &d, bool withPrescriptions)
{
    Transaction t(db);
    StaffRepository staff(db);
    for (const auto &s : d.staff)
        staff.insert(s);
    ClientRepository clients(db);
    for (const auto &c : d.clients)
        clients.insert(c);
    CourseRepository courses(db);
    for (const auto &c : d.courses)
        courses.insert(c);
    PrescriptionRepository prescriptions(db);
    for (const auto &p : withPrescriptions ? d.prescriptions : std::vector<Prescription> {})
        prescriptions.insert(p);
    t.commit();
}

// Inserts every record, then checks all() and byId() give back equal values in stored order.
template <typename Repository, typename Record>
void checkRoundTrip(const Database &db, const std::vector<Record> &records)
{
    REQUIRE_FALSE(records.empty());
    Repository repository(db);
    {
        Transaction t(db);
        for (const Record &r : records)
            repository.insert(r);
        t.commit();
    }
    CHECK(repository.all() == records);
    for (const Record &r : records) {
        const auto loaded = repository.byId(r.id);
        REQUIRE(loaded.has_value());
        CHECK(*loaded == r);
    }
    CHECK_FALSE(repository.byId(QStringLiteral("no-such-id")).has_value());
}

} // namespace

TEST_CASE(
    "Staff, clients and courses come back from storage as they were stored", "[core][storage]")
{
    TestDatabase db;
    const Dataset d = sampleDataset();
    checkRoundTrip<StaffRepository>(db, d.staff);
    checkRoundTrip<ClientRepository>(db, d.clients);
    checkRoundTrip<CourseRepository>(db, d.courses);
}

TEST_CASE("Goals come back with their scores and sub-goals in list order", "[core][storage]")
{
    TestDatabase db;
    const Dataset d = sampleDataset();
    insertParents(db, d, false);
    checkRoundTrip<GoalRepository>(db, d.goals);
    CHECK(GoalRepository(db).forCourse(QStringLiteral("k1")) == std::vector<Goal> {d.goals[0]});
}

TEST_CASE("Assessments, appointments and absences come back as they were stored", "[core][storage]")
{
    TestDatabase db;
    const Dataset d = sampleDataset();
    insertParents(db, d, false);
    checkRoundTrip<AssessmentRepository>(db, d.assessments);
    checkRoundTrip<AppointmentRepository>(db, d.appointments);
    checkRoundTrip<AbsenceRepository>(db, d.absences);
}

TEST_CASE("Group courses come back with leaders, sessions, members, waiting list and register",
    "[core][storage]")
{
    TestDatabase db;
    const Dataset d = sampleDataset();
    insertParents(db, d, false);
    checkRoundTrip<GroupCourseRepository>(db, d.groups);
}

TEST_CASE("Prescriptions, dispensings and notes come back as they were stored", "[core][storage]")
{
    TestDatabase db;
    const Dataset d = sampleDataset();
    insertParents(db, d, false);
    checkRoundTrip<PrescriptionRepository>(db, d.prescriptions);
    checkRoundTrip<DispensingRepository>(db, d.dispensings);
    checkRoundTrip<NoteRepository>(db, d.notes);
}

TEST_CASE("Effect-goal targets come back with and without a breakdown", "[core][storage]")
{
    TestDatabase db;
    const Dataset d = sampleDataset();
    TargetRepository targets(db);
    for (const EffectTarget &t : d.targets)
        targets.insert(t);
    CHECK(targets.all() == d.targets);
    const auto whole = targets.find(QStringLiteral("alcohol_success_rate"), QString(), 2025);
    REQUIRE(whole.has_value());
    CHECK(whole->breakdown.isNull());
    CHECK(*whole == d.targets[0]);
    CHECK(targets.forYear(2024).empty());
    CHECK(targets.forYear(2025).size() == 2);
}

TEST_CASE("A staff member's team, password hash, must-change flag and lock come back as stored",
    "[core][storage][accounts]")
{
    TestDatabase db;
    StaffRepository staff(db);
    StaffMember pia {QStringLiteral("s7"), QStringLiteral("Pia Munk"), Role::Nurse,
        QStringLiteral("pia"), true, QStringLiteral("Stofteam")};
    staff.insert(pia);
    CHECK(staff.byId(pia.id)->team == QStringLiteral("Stofteam"));
    staff.setPasswordHash(pia.id, QStringLiteral("$argon2id$x"), true);
    CHECK(staff.credentials(pia.id).mustChange);
    CHECK(staff.credentials(pia.id).passwordHash == QStringLiteral("$argon2id$x"));
    const QDateTime until = QDateTime::currentDateTime().addSecs(900);
    staff.setLoginState(pia.id, 0, until);
    CHECK(staff.credentials(pia.id).lockedUntil.toSecsSinceEpoch() == until.toSecsSinceEpoch());
    // A new password ends the lock, and one the member chose needs no change.
    staff.setPasswordHash(pia.id, QStringLiteral("$argon2id$y"), false);
    const Credentials after = staff.credentials(pia.id);
    CHECK_FALSE(after.mustChange);
    CHECK_FALSE(after.lockedUntil.isValid());
    pia.team.clear();
    staff.update(pia);
    CHECK(staff.byId(pia.id)->team.isEmpty());
}
