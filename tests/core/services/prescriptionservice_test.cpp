#include "servicefixture.h"

#include <atomic>
#include <thread>

#include <QThread>

#include "core/services/accesslog.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "support/testdatabase.h"

#include "core/services/dispensingservice.h"
#include "core/services/prescriptionservice.h"
#include "core/storage/prescriptionrepository.h"

using namespace mestring::core;
using mestring::test::ServiceFixture;
using mestring::test::TestDatabase;

namespace {

struct PrescriptionFixture : ServiceFixture
{
    PrescriptionService prescriptions {db, log, clock};
    DispensingService dispensings {db, log, clock};
    QString client = addClient();
    QString course = addCourse(client, CourseKind::Drug, QDate(2025, 2, 1));

    PrescriptionFixture()
    {
        clock.set(QDateTime(QDate(2025, 3, 1), QTime(10, 0)));
        addAppointment(course, QDate(2025, 2, 20), AppointmentType::Doctor,
            AppointmentStatus::Attended, QStringLiteral("s-doc"));
    }

    Prescription methadone(const QDate &start = QDate(2025, 3, 1), double dose = 60) const
    {
        Prescription p;
        p.client = client;
        p.drug = Drug::Methadone;
        p.category = DrugCategory::Substitution;
        p.doseMg = dose;
        p.start = start;
        return p;
    }
    Prescription antabus(const QDate &start = QDate(2025, 3, 1)) const
    {
        Prescription p = methadone(start, 800);
        p.drug = Drug::Disulfiram;
        p.category = DrugCategory::Antabus;
        p.schedule.kind = Schedule::Kind::Weekdays;
        p.schedule.weekdays = {1, 4};
        return p;
    }
    Prescription stored(const QString &id) { return *PrescriptionRepository(db).byId(id); }
    std::vector<Prescription> all() { return PrescriptionRepository(db).forClient(client); }
    QString dispense(const QString &prescription, const QDate &day,
        DispensingStatus status = DispensingStatus::Taken, int days = 1)
    {
        Dispensing d;
        d.prescription = prescription;
        d.date = day;
        d.doseMg = 60;
        d.status = status;
        d.days = days;
        clock.set(QDateTime(day, QTime(10, 0))); // registered on the day
        return dispensings.record(nurse, d).id;
    }
};

} // namespace

TEST_CASE("A doctor prescribes in their own name and the prescription is logged",
    "[core][services][prescription]")
{
    PrescriptionFixture f;
    Prescription p = f.methadone();
    p.prescriber = QStringLiteral("s-ther");
    const SaveResult saved = f.prescriptions.create(f.doctor, p);
    CHECK(f.stored(saved.id).prescriber == f.doctor.staffId);
    CHECK(f.logged(QStringLiteral("create"), f.client) == 1);
    CHECK(f.prescriptions.forClient(f.nurse, f.client).size() == 1);
    CHECK(f.logged(QStringLiteral("read"), f.client) == 1);
}

TEST_CASE("A prescription by anyone but a doctor is refused", "[core][services][prescription]")
{
    PrescriptionFixture f;
    for (const Actor &actor : {f.nurse, f.therapist, f.coordinator, f.manager})
        f.refusedUnchanged<PermissionDenied>([&] { f.prescriptions.create(actor, f.methadone()); });
    const QString id = f.prescriptions.create(f.doctor, f.methadone()).id;
    f.refusedUnchanged<PermissionDenied>(
        [&] { f.prescriptions.stop(f.nurse, id, QDate(2025, 4, 1)); });
    f.refusedUnchanged<PermissionDenied>(
        [&] { f.prescriptions.change(f.nurse, id, QDate(2025, 4, 1), f.methadone()); });
}

TEST_CASE("The command-line tool prescribes only in the name of a doctor",
    "[core][services][prescription]")
{
    PrescriptionFixture f;
    Prescription p = f.methadone();
    p.prescriber = QStringLiteral("s-nurse");
    f.refusedUnchanged([&] { f.prescriptions.create(Actor::system(), p); });
    p.prescriber = QStringLiteral("s-doc");
    CHECK_FALSE(f.prescriptions.create(Actor::system(), p).id.isEmpty());
}

TEST_CASE("An anonymous client gets no prescription", "[core][services][prescription]")
{
    PrescriptionFixture f;
    Prescription p = f.methadone();
    p.client = f.addAnonymousClient();
    const QString message = f.refusedUnchanged([&] { f.prescriptions.create(f.doctor, p); });
    CHECK(message.contains(QStringLiteral("Anonymous")));
}

TEST_CASE("A first substitution prescription without an attended doctor consultation on or "
          "before its start is refused",
    "[core][services][prescription]")
{
    PrescriptionFixture f;
    const QString other = f.addClient(QStringLiteral("Jensen"));
    const QString otherCourse = f.addCourse(other, CourseKind::Drug, QDate(2025, 2, 1));
    Prescription p = f.methadone();
    p.client = other;
    f.refusedUnchanged([&] { f.prescriptions.create(f.doctor, p); });
    f.addAppointment(otherCourse, QDate(2025, 2, 27), AppointmentType::Doctor,
        AppointmentStatus::Planned, QStringLiteral("s-doc")); // not attended
    f.addAppointment(otherCourse, QDate(2025, 3, 2), AppointmentType::Doctor,
        AppointmentStatus::Attended, QStringLiteral("s-doc")); // after the start
    f.refusedUnchanged([&] { f.prescriptions.create(f.doctor, p); });
    f.addAppointment(otherCourse, QDate(2025, 3, 1), AppointmentType::Doctor,
        AppointmentStatus::Attended, QStringLiteral("s-doc"));
    CHECK_FALSE(f.prescriptions.create(f.doctor, p).id.isEmpty());
}

TEST_CASE("A craving medicine needs no prior consultation", "[core][services][prescription]")
{
    PrescriptionFixture f;
    Prescription p = f.methadone();
    p.client = f.addClient(QStringLiteral("Jensen"));
    p.drug = Drug::Naltrexone;
    p.category = DrugCategory::Craving;
    CHECK_FALSE(f.prescriptions.create(f.doctor, p).id.isEmpty());
}

TEST_CASE("Overlapping substitution prescriptions are refused; antabus beside substitution is "
          "accepted",
    "[core][services][prescription]")
{
    PrescriptionFixture f;
    f.prescriptions.create(f.doctor, f.methadone(QDate(2025, 3, 1)));
    Prescription bup = f.methadone(QDate(2025, 5, 1), 16);
    bup.drug = Drug::Buprenorphine;
    f.refusedUnchanged([&] { f.prescriptions.create(f.doctor, bup); });
    f.prescriptions.create(f.doctor, f.antabus());
    f.refusedUnchanged([&] { f.prescriptions.create(f.doctor, f.antabus(QDate(2025, 6, 1))); });
    CHECK(f.all().size() == 2);
}

TEST_CASE("A category that does not follow the drug is refused", "[core][services][prescription]")
{
    PrescriptionFixture f;
    Prescription p = f.methadone();
    p.category = DrugCategory::Craving;
    f.refusedUnchanged([&] { f.prescriptions.create(f.doctor, p); });
}

TEST_CASE("A take-home prescription over 7 days is saved with a warning",
    "[core][services][prescription]")
{
    PrescriptionFixture f;
    Prescription p = f.methadone();
    p.mode = DispensingMode::TakeHome;
    p.takeHomeDays = 10;
    const SaveResult saved = f.prescriptions.create(f.doctor, p);
    CHECK(saved.warnings.size() == 1);
    CHECK(f.stored(saved.id).takeHomeDays == 10);
    p.takeHomeDays = 7;
    p.client = f.addClient(QStringLiteral("Jensen"));
    p.drug = Drug::Oxazepam;
    p.category = DrugCategory::Withdrawal;
    CHECK(f.prescriptions.create(f.doctor, p).warnings.empty());
}

TEST_CASE("A dose change ends the old prescription on the chosen day and starts the new one the "
          "next day",
    "[core][services][prescription]")
{
    PrescriptionFixture f;
    const QString old = f.prescriptions.create(f.doctor, f.methadone()).id;
    const SaveResult saved
        = f.prescriptions.change(f.doctor, old, QDate(2025, 4, 10), f.methadone(QDate(), 80));
    CHECK(f.stored(old).end == QDate(2025, 4, 10));
    CHECK(f.stored(old).doseMg == 60);
    const Prescription next = f.stored(saved.id);
    CHECK(next.start == QDate(2025, 4, 11));
    CHECK(next.doseMg == 80);
    CHECK(next.client == f.client);
    CHECK(f.all().size() == 2);
    CHECK(f.logged(QStringLiteral("change"), f.client) == 1);
}

TEST_CASE("A dose change on a day with a dispensing keeps it in the old prescription; a change "
          "before a registered dispensing is refused",
    "[core][services][prescription]")
{
    PrescriptionFixture f;
    const QString old = f.prescriptions.create(f.doctor, f.methadone()).id;
    f.dispense(old, QDate(2025, 3, 1));
    f.dispense(old, QDate(2025, 3, 2));
    f.refusedUnchanged([&] {
        f.prescriptions.change(f.doctor, old, QDate(2025, 3, 1), f.methadone(QDate(), 70));
    });
    const QString next
        = f.prescriptions.change(f.doctor, old, QDate(2025, 3, 2), f.methadone(QDate(), 70)).id;
    CHECK(f.stored(old).end == QDate(2025, 3, 2));
    CHECK(f.stored(next).start == QDate(2025, 3, 3));
    CHECK_FALSE(f.dispense(next, QDate(2025, 3, 3)).isEmpty());
}

TEST_CASE("A take-home supply reaching past a dose change warns", "[core][services][prescription]")
{
    PrescriptionFixture f;
    Prescription takeHome = f.methadone();
    takeHome.mode = DispensingMode::TakeHome;
    takeHome.takeHomeDays = 3;
    const QString old = f.prescriptions.create(f.doctor, takeHome).id;
    f.dispense(old, QDate(2025, 3, 1), DispensingStatus::HandedOut, 3);
    const SaveResult saved
        = f.prescriptions.change(f.doctor, old, QDate(2025, 3, 1), f.methadone(QDate(), 70));
    CHECK(saved.warnings.size() == 1);
}

TEST_CASE("A stopped prescription ends on the chosen day; it cannot be lengthened or changed "
          "after its end",
    "[core][services][prescription]")
{
    PrescriptionFixture f;
    const QString id = f.prescriptions.create(f.doctor, f.methadone()).id;
    f.prescriptions.stop(f.doctor, id, QDate(2025, 6, 30));
    CHECK(f.stored(id).end == QDate(2025, 6, 30));
    f.refusedUnchanged([&] { f.prescriptions.stop(f.doctor, id, QDate(2025, 7, 31)); });
    f.refusedUnchanged([&] {
        f.prescriptions.change(f.doctor, id, QDate(2025, 7, 31), f.methadone(QDate(), 70));
    });
    f.refusedUnchanged([&] { f.prescriptions.stop(f.doctor, id, QDate(2025, 2, 1)); });
    f.prescriptions.stop(f.doctor, id, QDate(2025, 5, 31));
    CHECK(f.stored(id).end == QDate(2025, 5, 31));
}

TEST_CASE("Two doctors prescribing substitution for one client at two PCs at once get one "
          "saved and the other refused by the rule",
    "[core][services][prescription][postgresql]")
{
    PrescriptionFixture f;
    // A third session holds the access log's append lock, so each doctor's save stops just
    // after its checks and its insert, before it can commit: both saves are under way at once.
    Database holder(TestDatabase::uniqueConnectionName());
    holder.open(f.store.location(), Database::OpenMode::MustExist);
    auto held = std::make_unique<Transaction>(holder);
    lockForAppend(holder, "access_log");

    std::atomic<int> saved = 0;
    std::atomic<int> refused = 0;
    auto pc = [&](double dose) {
        Database db(TestDatabase::uniqueConnectionName());
        db.open(f.store.location(), Database::OpenMode::MustExist);
        AccessLog log(db, f.clock);
        PrescriptionService prescriptions(db, log, f.clock);
        try {
            prescriptions.create(f.doctor, f.methadone(QDate(2025, 3, 1), dose));
            ++saved;
        } catch (const RuleViolation &) {
            ++refused;
        }
    };
    std::thread first(pc, 60);
    QThread::msleep(400);
    std::thread second(pc, 70);
    QThread::msleep(800);
    held.reset(); // both go on
    first.join();
    second.join();
    CHECK(saved == 1);
    CHECK(refused == 1);
    CHECK(f.all().size() == 1);
}
