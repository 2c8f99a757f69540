// The group register on two PCs at once: each mark is one cell, read, checked and written in one
// unit of work, so two leaders marking the same group at the same moment lose nothing.
#include <catch2/catch.hpp>

#include <thread>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/groupservice.h"
#include "core/storage/clientrepository.h"
#include "core/storage/courserepository.h"
#include "core/storage/groupcourserepository.h"
#include "core/storage/staffrepository.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using namespace mestring::test;

namespace {

const QDate sessionDay(2025, 3, 3);

struct Register
{
    TestStoredDatabase store;
    Clock clock;
    StaffMember leader {QStringLiteral("s-lone"), QStringLiteral("Lone Berg"), Role::Therapist,
        QStringLiteral("lone"), true};
    StaffMember coordinator {QStringLiteral("s-karen"), QStringLiteral("Karen Storm"),
        Role::Coordinator, QStringLiteral("karen"), true};
    QString group;
    QString session;
    std::vector<QString> courses;

    explicit Register(int members)
    {
        clock.set(QDateTime(sessionDay, QTime(12, 0)));
        StaffRepository(store.db()).insert(leader);
        StaffRepository(store.db()).insert(coordinator);
        for (int i = 0; i < members; ++i) {
            Client c;
            c.id = QStringLiteral("k%1").arg(i);
            c.firstName = QStringLiteral("Deltager");
            c.lastName = QString::number(i);
            c.birthDate = QDate(1980, 1, 1).addDays(i);
            ClientRepository(store.db()).insert(c);
            Course k;
            k.id = QStringLiteral("c%1").arg(i);
            k.client = c.id;
            k.kind = CourseKind::Alcohol;
            k.requestDate = QDate(2025, 1, 6);
            k.startDate = QDate(2025, 1, 6);
            k.responsible = leader.id;
            k.phases.push_back({Phase::Intro, k.startDate});
            CourseRepository(store.db()).insert(k);
            courses.push_back(k.id);
        }
        AccessLog log(store.db(), clock);
        GroupService groups(store.db(), log, clock);
        const Actor karen = Actor::fromStaff(coordinator);
        GroupCourse g;
        g.name = QStringLiteral("BASIS forår");
        g.type = GroupType::Psychoeducation;
        g.leaders = {leader.id};
        g.capacity = members;
        g.sessions = {{QString(), sessionDay, QTime(9, 0), QStringLiteral("Craving")}};
        group = groups.create(karen, g).id;
        for (const QString &course : courses)
            groups.enrol(karen, group, course, QDate(2025, 2, 1));
        session = GroupCourseRepository(store.db()).byId(group)->sessions.at(0).id;
    }

    // One leader's PC: its own connection, log and service, marking `courses` as `status`.
    void markFromAnotherPc(const std::vector<QString> &marked, AttendanceStatus status)
    {
        Database db(TestDatabase::uniqueConnectionName());
        db.open(store.location(), Database::OpenMode::MustExist);
        AccessLog log(db, clock);
        GroupService groups(db, log, clock);
        const Actor lone = Actor::fromStaff(leader);
        for (const QString &course : marked)
            groups.recordAttendance(lone, group, session, course, status);
    }
};

} // namespace

TEST_CASE("Two leaders marking one group's register at once from two PCs lose no mark",
    "[core][services][group][concurrency]")
{
    constexpr int members = 24;
    Register r(members);
    std::vector<QString> even, odd;
    for (int i = 0; i < members; ++i)
        (i % 2 == 0 ? even : odd).push_back(r.courses[std::size_t(i)]);
    std::exception_ptr failure;
    std::mutex failureLock;
    const auto marking = [&](const std::vector<QString> &marked, AttendanceStatus status) {
        return std::thread([&r, &failure, &failureLock, marked, status] {
            try {
                r.markFromAnotherPc(marked, status);
            } catch (...) {
                const std::lock_guard lock(failureLock);
                failure = std::current_exception();
            }
        });
    };
    std::thread first = marking(even, AttendanceStatus::Attended);
    std::thread second = marking(odd, AttendanceStatus::NoShow);
    first.join();
    second.join();
    if (failure) std::rethrow_exception(failure);

    const GroupCourse stored = *GroupCourseRepository(r.store.db()).byId(r.group);
    REQUIRE(stored.attendance.size() == std::size_t(members));
    for (const GroupAttendance &a : stored.attendance) {
        INFO(a.course.toStdString());
        const bool isEven = std::find(even.begin(), even.end(), a.course) != even.end();
        CHECK(a.session == r.session);
        CHECK(a.status == (isEven ? AttendanceStatus::Attended : AttendanceStatus::NoShow));
    }
    // Nothing else of the group was rewritten: its members and session are as enrolled.
    CHECK(stored.members.size() == std::size_t(members));
    CHECK(stored.sessions.size() == 1);
}

TEST_CASE("A register cell marked again is changed in place, keeping the order of the register",
    "[core][services][group]")
{
    Register r(3);
    r.markFromAnotherPc({r.courses[0], r.courses[1], r.courses[2]}, AttendanceStatus::Attended);
    r.markFromAnotherPc({r.courses[1]}, AttendanceStatus::CancelledClient);
    const GroupCourse stored = *GroupCourseRepository(r.store.db()).byId(r.group);
    REQUIRE(stored.attendance.size() == 3);
    CHECK(stored.attendance[0].course == r.courses[0]);
    CHECK(stored.attendance[1].course == r.courses[1]);
    CHECK(stored.attendance[1].status == AttendanceStatus::CancelledClient);
    CHECK(stored.attendance[2].course == r.courses[2]);
    CHECK(stored.attendance[2].status == AttendanceStatus::Attended);
}
