#include <catch2/catch.hpp>

#include "core/domain/clock.h"
#include "core/domain/ids.h"
#include "core/services/accesslog.h"
#include "core/services/appointmentservice.h"
#include "core/services/clientservice.h"
#include "core/services/courseservice.h"
#include "core/services/editconflict.h"
#include "core/services/goalservice.h"
#include "core/storage/clientrepository.h"
#include "core/storage/courserepository.h"
#include "core/storage/staffrepository.h"
#include "servicefixture.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using namespace mestring::test;

namespace {

// One centre's database and two desks, each with its own connection, clock and services: what
// two staff members at two PCs have (a file, or a database on the test server).
struct TwoDesks
{
    TestStoredDatabase store;
    Database otherDb {TestDatabase::uniqueConnectionName()};
    Clock clock;
    StaffMember anne {QStringLiteral("s-anne"), QStringLiteral("Anne Holm"), Role::Therapist,
        QStringLiteral("anne"), true};
    StaffMember mette {QStringLiteral("s-mette"), QStringLiteral("Mette Dahl"), Role::Therapist,
        QStringLiteral("mette"), true};
    Actor a = Actor::fromStaff(anne);
    Actor b = Actor::fromStaff(mette);

    struct Desk
    {
        Desk(const Database &db, const Clock &clock)
            : log(db, clock)
            , clients(db, log, clock)
            , courses(db, log, clock)
            , goals(db, log)
            , appointments(db, log, clock)
        {
        }
        AccessLog log;
        ClientService clients;
        CourseService courses;
        GoalService goals;
        AppointmentService appointments;
    };
    std::unique_ptr<Desk> first;
    std::unique_ptr<Desk> second;
    QString client;
    QString course;

    TwoDesks()
    {
        otherDb.open(store.location(), Database::OpenMode::MustExist);
        clock.set(at(QDate(2025, 3, 3), 14, 2));
        StaffRepository(store.db()).insert(anne);
        StaffRepository(store.db()).insert(mette);
        first = std::make_unique<Desk>(store.db(), clock);
        second = std::make_unique<Desk>(otherDb, clock);
        Client c;
        c.firstName = QStringLiteral("Jens");
        c.lastName = QStringLiteral("Hansen");
        c.birthDate = QDate(1980, 1, 1);
        client = first->clients.create(a, c).id;
        Course k;
        k.client = client;
        k.kind = CourseKind::Alcohol;
        k.requestDate = QDate(2025, 2, 1);
        k.startDate = QDate(2025, 2, 3);
        k.responsible = anne.id;
        k.phases.push_back({Phase::Intro, k.startDate});
        course = first->courses.create(a, k).id;
    }
};

} // namespace

TEST_CASE("Two users editing one client: the second save from the old version is refused with "
          "who changed what and when, and changes nothing",
    "[core][services][concurrency]")
{
    TwoDesks desks;
    const Client atA = desks.first->clients.get(desks.a, desks.client);
    const Client atB = desks.second->clients.get(desks.b, desks.client);

    Client mine = atB;
    mine.phone = QStringLiteral("22334455");
    mine.address = QStringLiteral("Vestergade 3");
    desks.second->clients.update(desks.b, mine, &atB);

    Client theirs = atA;
    theirs.municipality = QStringLiteral("Aarhus");
    try {
        desks.first->clients.update(desks.a, theirs, &atA);
        FAIL("a save from an old version went through");
    } catch (const EditConflict &conflict) {
        const QString message = conflict.message();
        CHECK(message.contains(QStringLiteral("Mette Dahl")));
        CHECK(message.contains(QStringLiteral("14:02")));
        CHECK(message.contains(QStringLiteral("03-03-2025")));
        CHECK(message.contains(QStringLiteral("phone")));
        CHECK(message.contains(QStringLiteral("address")));
        CHECK_FALSE(message.contains(QStringLiteral("municipality")));
        CHECK(conflict.currentVersion() == atA.version + 1);
        theirs.version = conflict.currentVersion();
    }
    const Client stored = *ClientRepository(desks.store.db()).byId(desks.client);
    CHECK(stored.phone == QStringLiteral("22334455"));
    CHECK(stored.municipality.isEmpty());

    // Applied again from the version the refusal named, the user's change goes in knowingly.
    desks.first->clients.update(desks.a, theirs, &atA);
    const Client after = *ClientRepository(desks.store.db()).byId(desks.client);
    CHECK(after.municipality == QStringLiteral("Aarhus"));
    CHECK(after.version == atA.version + 2);
}

TEST_CASE("A save from the version that is stored goes through and moves the version on",
    "[core][services][concurrency]")
{
    TwoDesks desks;
    Client c = desks.first->clients.get(desks.a, desks.client);
    c.phone = QStringLiteral("11111111");
    desks.first->clients.update(desks.a, c);
    const Client again = desks.second->clients.get(desks.b, desks.client);
    CHECK(again.phone == QStringLiteral("11111111"));
    CHECK(again.version == c.version + 1);
}

TEST_CASE("Two users editing one course, one goal or one appointment: the later save from the "
          "old version is refused",
    "[core][services][concurrency]")
{
    TwoDesks desks;
    SECTION("course")
    {
        const Course atA = desks.first->courses.get(desks.a, desks.course);
        Course atB = desks.second->courses.get(desks.b, desks.course);
        atB.program = Program::Youth;
        desks.second->courses.updateDetails(desks.b, atB);
        Course mine = atA;
        mine.residentialProvider = QStringLiteral("Hjem");
        const QString message = [&] {
            try {
                desks.first->courses.updateDetails(desks.a, mine);
            } catch (const EditConflict &conflict) {
                return conflict.message();
            }
            return QString();
        }();
        CHECK(message.contains(QStringLiteral("Mette Dahl")));
        CHECK(message.contains(QStringLiteral("programme")));
        CHECK(CourseRepository(desks.store.db()).byId(desks.course)->program == Program::Youth);
    }
    SECTION("goal")
    {
        Goal g;
        g.course = desks.course;
        g.text = QStringLiteral("Drikke mindre");
        const QString id = desks.first->goals.create(desks.a, g).id;
        const Goal atA = desks.first->goals.get(desks.a, id);
        Goal atB = desks.second->goals.get(desks.b, id);
        atB.measure = QStringLiteral("Genstande om ugen");
        desks.second->goals.update(desks.b, atB, &atB);
        Goal mine = atA;
        mine.text = QStringLiteral("Drikke ingenting");
        CHECK_THROWS_AS(desks.first->goals.update(desks.a, mine, &atA), EditConflict);
        CHECK(desks.second->goals.get(desks.b, id).text == QStringLiteral("Drikke mindre"));
        // An operation that reads the goal itself (a score) is never stale.
        desks.first->goals.addScore(desks.a, id, QDate(2025, 3, 3), 2);
    }
    SECTION("appointment")
    {
        Appointment ap;
        ap.course = desks.course;
        ap.staff = desks.anne.id;
        ap.start = QDateTime(QDate(2025, 3, 10), QTime(10, 0));
        const QString id = desks.first->appointments.book(desks.a, ap).id;
        const Appointment atA = desks.first->appointments.forCourse(desks.a, desks.course).front();
        desks.second->appointments.move(
            desks.b, id, QDateTime(QDate(2025, 3, 11), QTime(9, 0)), 45);
        try {
            desks.first->appointments.move(desks.a, id,
                QDateTime(QDate(2025, 3, 12), QTime(13, 0)), 60, {}, &atA);
            FAIL("a move from an old version went through");
        } catch (const EditConflict &conflict) {
            CHECK(conflict.message().contains(QStringLiteral("time")));
            CHECK(conflict.message().contains(QStringLiteral("duration")));
        }
        const Appointment stored = desks.second->appointments.forCourse(desks.b, desks.course).front();
        CHECK(stored.start == QDateTime(QDate(2025, 3, 11), QTime(9, 0)));
    }
}

TEST_CASE("A CPR number is stored normalised whichever way it was typed, and the other form is "
          "refused as the same number",
    "[core][services][concurrency][cpr]")
{
    TwoDesks desks;
    Client c;
    c.firstName = QStringLiteral("Per");
    c.lastName = QStringLiteral("Nielsen");
    c.cpr = QStringLiteral("010180-1234");
    const QString id = desks.first->clients.create(desks.a, c).id;
    CHECK(ClientRepository(desks.store.db()).byId(id)->cpr == QStringLiteral("0101801234"));

    Client same = c;
    same.id.clear();
    same.cpr = QStringLiteral("0101801234");
    CHECK_THROWS_AS(desks.second->clients.create(desks.b, same), RuleViolation);
    // The database itself refuses the second form too, for anyone who writes past the service.
    same.id = newId();
    CHECK_THROWS_AS(ClientRepository(desks.otherDb).insert(same), StorageError);
    CHECK(ClientRepository(desks.store.db()).count() == 2);
}
