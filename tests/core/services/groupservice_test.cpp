#include "servicefixture.h"

#include <atomic>
#include <thread>

#include <QThread>

#include "core/services/accesslog.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "support/testdatabase.h"

#include "core/services/groupservice.h"
#include "core/storage/courserepository.h"
#include "core/storage/groupcourserepository.h"

using namespace mestring::core;
using mestring::test::ServiceFixture;
using mestring::test::TestDatabase;

namespace {

struct GroupFixture : ServiceFixture
{
    GroupService groups {db, log, clock};

    QString courseOf(const char *lastName)
    {
        return addCourse(addClient(QLatin1StringView(lastName).toString()), CourseKind::Alcohol,
            QDate(2025, 1, 6));
    }

    QString group(int capacity, bool rolling = true)
    {
        GroupCourse g;
        g.name = QStringLiteral("BASIS forår");
        g.type = GroupType::Psychoeducation;
        g.leaders = {QStringLiteral("s-ther")};
        g.capacity = capacity;
        g.rolling = rolling;
        g.sessions = {{QString(), QDate(2025, 2, 3), QTime(9, 0), QStringLiteral("Craving")}};
        return groups.create(coordinator, g).id;
    }
    GroupCourse stored(const QString &id) { return *GroupCourseRepository(db).byId(id); }
};

} // namespace

TEST_CASE("A group is created with its leaders and sessions", "[core][services][group]")
{
    GroupFixture f;
    const GroupCourse g = f.stored(f.group(2));
    CHECK(g.leaders == std::vector<QString> {QStringLiteral("s-ther")});
    REQUIRE(g.sessions.size() == 1);
    CHECK_FALSE(g.sessions[0].id.isEmpty());
}

TEST_CASE("A group without a name, with capacity 0 or an unknown leader is refused",
    "[core][services][group]")
{
    GroupFixture f;
    GroupCourse g;
    g.name = QStringLiteral(" ");
    f.refusedUnchanged([&] { f.groups.create(f.admin, g); });
    g.name = QStringLiteral("KAT");
    g.capacity = 0;
    f.refusedUnchanged([&] { f.groups.create(f.admin, g); });
    g.capacity = 8;
    g.leaders = {QStringLiteral("nobody")};
    f.refusedUnchanged<NotFound>([&] { f.groups.create(f.admin, g); });
}

TEST_CASE("A full group puts new members on the waiting list in the order they asked",
    "[core][services][group]")
{
    GroupFixture f;
    const QString id = f.group(2);
    const QString a = f.courseOf("A"), b = f.courseOf("B"), c = f.courseOf("C"),
                  d = f.courseOf("D"), e = f.courseOf("E");
    CHECK_FALSE(f.groups.enrol(f.admin, id, a, QDate(2025, 1, 10)).waiting);
    CHECK_FALSE(f.groups.enrol(f.admin, id, b, QDate(2025, 1, 11)).waiting);
    const EnrolResult third = f.groups.enrol(f.admin, id, c, QDate(2025, 1, 14));
    CHECK(third.waiting);
    CHECK(third.waitingPosition == 1);
    CHECK(f.groups.enrol(f.admin, id, d, QDate(2025, 1, 15)).waitingPosition == 2);
    // Asked earlier than D, registered later: goes before D.
    CHECK(f.groups.enrol(f.admin, id, e, QDate(2025, 1, 12)).waitingPosition == 1);

    const GroupCourse g = f.stored(id);
    CHECK(g.members.size() == 2);
    REQUIRE(g.waiting.size() == 3);
    CHECK(g.waiting[0].course == e);
    CHECK(g.waiting[1].course == c);
    CHECK(g.waiting[2].course == d);
    CHECK(GroupService::occupiedOn(g, QDate(2025, 2, 1)) == 2);
}

TEST_CASE("When a member leaves, the first on the waiting list moves up from the next day",
    "[core][services][group]")
{
    GroupFixture f;
    const QString id = f.group(1);
    const QString a = f.courseOf("A"), b = f.courseOf("B"), c = f.courseOf("C");
    f.groups.enrol(f.admin, id, a, QDate(2025, 1, 10));
    f.groups.enrol(f.admin, id, b, QDate(2025, 1, 11));
    f.groups.enrol(f.admin, id, c, QDate(2025, 1, 12));

    const LeaveResult left = f.groups.leave(f.admin, id, a, QDate(2025, 3, 31));
    CHECK(left.promoted == std::vector<QString> {b});
    const GroupCourse g = f.stored(id);
    REQUIRE(g.members.size() == 2);
    CHECK(g.members[0].to == QDate(2025, 3, 31));
    CHECK(g.members[1].course == b);
    CHECK(g.members[1].from == QDate(2025, 4, 1));
    REQUIRE(g.waiting.size() == 1);
    CHECK(g.waiting[0].course == c);
    CHECK(f.logged(QStringLiteral("change")) == 3 + 2); // three enrolments; leaver and promoted
}

TEST_CASE("A course that ended while waiting gives up its turn", "[core][services][group]")
{
    GroupFixture f;
    const QString id = f.group(1);
    const QString a = f.courseOf("A"), b = f.courseOf("B"), c = f.courseOf("C");
    f.groups.enrol(f.admin, id, a, QDate(2025, 1, 10));
    f.groups.enrol(f.admin, id, b, QDate(2025, 1, 11));
    f.groups.enrol(f.admin, id, c, QDate(2025, 1, 12));
    Course ended = *CourseRepository(f.db).byId(b);
    ended.endDate = QDate(2025, 2, 1);
    ended.endReason = EndReason::Dropout;
    ended.outcome = Outcome::Unknown;
    CourseRepository(f.db).update(ended);
    CHECK(f.groups.leave(f.admin, id, a, QDate(2025, 3, 31)).promoted == std::vector<QString> {c});
    CHECK(f.stored(id).waiting.empty());
}

TEST_CASE("Raising the capacity moves people up from the waiting list", "[core][services][group]")
{
    GroupFixture f;
    const QString id = f.group(1);
    f.groups.enrol(f.admin, id, f.courseOf("A"), QDate(2025, 1, 10));
    const QString b = f.courseOf("B");
    f.groups.enrol(f.admin, id, b, QDate(2025, 1, 11));
    GroupCourse details = f.stored(id);
    details.capacity = 2;
    CHECK(f.groups.updateDetails(f.admin, details).promoted == std::vector<QString> {b});
    CHECK(f.stored(id).members.size() == 2);
}

TEST_CASE("A client already in the group or waiting, or with an ended course, cannot enrol",
    "[core][services][group]")
{
    GroupFixture f;
    const QString id = f.group(1);
    const QString a = f.courseOf("A"), b = f.courseOf("B");
    f.groups.enrol(f.admin, id, a, QDate(2025, 1, 10));
    f.groups.enrol(f.admin, id, b, QDate(2025, 1, 11));
    f.refusedUnchanged([&] { f.groups.enrol(f.admin, id, a, QDate(2025, 1, 12)); });
    f.refusedUnchanged([&] { f.groups.enrol(f.admin, id, b, QDate(2025, 1, 12)); });
    Course ended;
    ended.client = f.addClient();
    ended.kind = CourseKind::Drug;
    ended.legalBasis = LegalBasis::Sel101;
    ended.startDate = QDate(2025, 1, 1);
    ended.endDate = QDate(2025, 1, 2);
    ended.endReason = EndReason::Completed;
    ended.outcome = Outcome::Abstinent;
    const QString endedId = f.addCourse(ended);
    f.refusedUnchanged([&] { f.groups.enrol(f.admin, id, endedId, QDate(2025, 1, 12)); });
}

TEST_CASE("A client in the group through one course cannot join again through another",
    "[core][services][group]")
{
    GroupFixture f;
    const QString id = f.group(5);
    const QString client = f.addClient(QStringLiteral("Dobbelt"));
    const QString alcohol = f.addCourse(client, CourseKind::Alcohol, QDate(2025, 1, 6));
    const QString drug = f.addCourse(client, CourseKind::Drug, QDate(2025, 1, 6));
    f.groups.enrol(f.admin, id, alcohol, QDate(2025, 1, 10));
    const QString message
        = f.refusedUnchanged([&] { f.groups.enrol(f.admin, id, drug, QDate(2025, 1, 12)); });
    CHECK(message.contains(QStringLiteral("already")));
    // After leaving, the client may come back through the other course.
    f.groups.leave(f.admin, id, alcohol, QDate(2025, 1, 20));
    CHECK_FALSE(f.groups.enrol(f.admin, id, drug, QDate(2025, 1, 21)).waiting);
    // A full group: the client waits once, whichever course asks.
    const QString full = f.group(1);
    f.groups.enrol(f.admin, full, f.courseOf("Først"), QDate(2025, 1, 10));
    CHECK(f.groups.enrol(f.admin, full, alcohol, QDate(2025, 1, 11)).waiting);
    f.refusedUnchanged([&] { f.groups.enrol(f.admin, full, drug, QDate(2025, 1, 12)); });
}

TEST_CASE("Joining a closed group that has started warns", "[core][services][group]")
{
    GroupFixture f;
    const QString id = f.group(5, false);
    CHECK(f.groups.enrol(f.admin, id, f.courseOf("A"), QDate(2025, 1, 10)).warnings.empty());
    CHECK(f.groups.enrol(f.admin, id, f.courseOf("B"), QDate(2025, 2, 10)).warnings.size() == 1);
}

TEST_CASE("Attendance is recorded per member and session, corrected in place, and refused for "
          "non-members",
    "[core][services][group]")
{
    GroupFixture f;
    const QString id = f.group(5);
    const QString session = f.stored(id).sessions.at(0).id;
    const QString later
        = f.groups.addSession(f.admin, id, {QString(), QDate(2025, 2, 10), {}, {}}).id;
    const QString a = f.courseOf("A"), b = f.courseOf("B");
    f.groups.enrol(f.admin, id, a, QDate(2025, 1, 10));
    f.groups.enrol(f.admin, id, b, QDate(2025, 2, 5)); // joins after the first session

    f.groups.recordAttendance(f.therapist, id, session, a, AttendanceStatus::NoShow);
    f.groups.recordAttendance(f.therapist, id, session, a, AttendanceStatus::Attended);
    f.groups.recordAttendance(f.therapist, id, later, b, AttendanceStatus::CancelledClient);
    const GroupCourse g = f.stored(id);
    REQUIRE(g.attendance.size() == 2);
    CHECK(g.attendance[0].status == AttendanceStatus::Attended);

    f.refusedUnchanged([&] {
        f.groups.recordAttendance(f.therapist, id, session, b, AttendanceStatus::Attended);
    });
    f.refusedUnchanged<NotFound>([&] {
        f.groups.recordAttendance(
            f.therapist, id, QStringLiteral("x"), a, AttendanceStatus::Attended);
    });
}

TEST_CASE("Reading a group logs a read for each member's client", "[core][services][group]")
{
    GroupFixture f;
    const QString id = f.group(1);
    f.groups.enrol(f.admin, id, f.courseOf("A"), QDate(2025, 1, 10));
    f.groups.enrol(f.admin, id, f.courseOf("B"), QDate(2025, 1, 11));
    f.groups.get(f.admin, id);
    CHECK(f.logged(QStringLiteral("read")) == 2);
    CHECK_THROWS_AS(f.groups.get(f.admin, QStringLiteral("missing")), NotFound);
}

TEST_CASE("A member leaving on a day before joining is refused", "[core][services][group]")
{
    GroupFixture f;
    const QString id = f.group(2);
    const QString a = f.courseOf("A");
    f.groups.enrol(f.admin, id, a, QDate(2025, 1, 10));
    f.refusedUnchanged([&] { f.groups.leave(f.admin, id, a, QDate(2025, 1, 9)); });
    const QString stranger = f.courseOf("B");
    f.refusedUnchanged<NotFound>([&] { f.groups.leave(f.admin, id, stranger, QDate(2025, 1, 9)); });
}

TEST_CASE("Two coordinators adding members to one group at two PCs at once both keep their "
          "member",
    "[core][services][group][postgresql]")
{
    GroupFixture f;
    const QString id = f.group(8);
    const QString first = f.courseOf("Andersen");
    const QString second = f.courseOf("Bech");
    // A third session holds the access log's append lock: the first save stops after it has
    // read and rewritten the group, before it commits, while the second one starts.
    Database holder(TestDatabase::uniqueConnectionName());
    holder.open(f.store.location(), Database::OpenMode::MustExist);
    auto held = std::make_unique<Transaction>(holder);
    lockForAppend(holder, "access_log");

    std::atomic<int> failures = 0;
    auto pc = [&](const QString &course) {
        try {
            Database db(TestDatabase::uniqueConnectionName());
            db.open(f.store.location(), Database::OpenMode::MustExist);
            AccessLog log(db, f.clock);
            GroupService groups(db, log, f.clock);
            groups.enrol(f.coordinator, id, course, QDate(2025, 1, 20));
        } catch (...) {
            ++failures;
        }
    };
    std::thread a(pc, first);
    QThread::msleep(400);
    std::thread b(pc, second);
    QThread::msleep(800);
    held.reset();
    a.join();
    b.join();
    CHECK(failures == 0);
    std::vector<QString> members;
    for (const GroupMember &m : f.stored(id).members)
        members.push_back(m.course);
    std::sort(members.begin(), members.end());
    std::vector<QString> both {first, second};
    std::sort(both.begin(), both.end());
    CHECK(members == both);
}
