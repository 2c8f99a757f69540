#include "servicefixture.h"

#include <QTimeZone>

#include "core/domain/clock.h"
#include "core/services/localcredentialstore.h"
#include "core/services/passwordhash.h"
#include "core/services/appointmentservice.h"
#include "core/services/authservice.h"
#include "core/services/noteservice.h"
#include "core/storage/sqlquery.h"
#include "core/storage/staffrepository.h"

using namespace mestring::core;
using mestring::test::ServiceFixture;

// Every case here also runs with TZ=UTC and TZ=America/New_York (tests/CMakeLists.txt): what
// the program stores, orders and decides must not depend on the PC's zone.

namespace {

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
}

struct TimeFixture : ServiceFixture
{
    AppointmentService appointments {db, log, clock};
    NoteService notes {db, log, clock};
    QString client = addClient();
    QString course = addCourse(client, CourseKind::Alcohol, QDate(2024, 1, 10));

    QString book(const QDateTime &start, const QString &staff = QStringLiteral("s-ther"))
    {
        Appointment a;
        a.course = course;
        a.staff = staff;
        a.start = start;
        a.minutes = 30;
        return appointments.book(therapist, a).id;
    }
    QString writeNoteAt(const QDateTime &now, const char *text)
    {
        clock.set(now);
        JournalNote n;
        n.client = client;
        n.kind = NoteKind::Session;
        n.text = QString::fromLatin1(text);
        return notes.write(therapist, n).id;
    }
    QStringList timesOn(const QDate &day)
    {
        QStringList times;
        for (const Appointment &a : appointments.onDay(therapist, day))
            times << a.start.toString(QStringLiteral("HH:mm"));
        return times;
    }
};

} // namespace

TEST_CASE(
    "A day list is in time order whatever zone each booking was made in", "[core][services][time]")
{
    TimeFixture f;
    const QDate day(2025, 2, 4);
    f.book(Clock::at(day, QTime(8, 0)));
    f.book(utc("2025-02-04T06:00:00Z"), QStringLiteral("s-nurse")); // 07:00 from a UTC PC
    f.book(utc("2025-02-04T01:30:00-05:00")); // 07:30 from New York
    f.book(Clock::at(day, QTime(7, 0)));
    CHECK(f.timesOn(day)
        == QStringList {QStringLiteral("07:00"), QStringLiteral("07:00"), QStringLiteral("07:30"),
            QStringLiteral("08:00")});
}

TEST_CASE("An appointment after midnight belongs to the Danish day, not the UTC one",
    "[core][services][time]")
{
    TimeFixture f;
    const QString late = f.book(Clock::at(QDate(2025, 1, 18), QTime(0, 30))); // 23:30Z on the 17th
    CHECK(f.timesOn(QDate(2025, 1, 17)).isEmpty());
    CHECK(f.timesOn(QDate(2025, 1, 18)) == QStringList {QStringLiteral("00:30")});
    const CalendarSpan week = f.appointments.calendar(
        f.therapist, QDate(2025, 1, 18), QDate(2025, 1, 24), QStringLiteral("s-ther"));
    REQUIRE(week.appointments.size() == 1);
    CHECK(week.appointments[0].appointment.id == late);
    CHECK(week.appointments[0].appointment.startDay() == QDate(2025, 1, 18));
    CHECK(f.appointments.calendar(f.therapist, QDate(2025, 1, 11), QDate(2025, 1, 17))
              .appointments.empty());
}

TEST_CASE("On the autumn clock change the day list keeps the order the hours came in",
    "[core][services][time][dst]")
{
    TimeFixture f;
    // 02:15 summer time, then 02:05 and 02:20 winter time (the hour that comes twice).
    f.book(utc("2025-10-26T00:15:00Z"));
    f.book(utc("2025-10-26T01:05:00Z"), QStringLiteral("s-nurse"));
    f.book(utc("2025-10-26T01:20:00Z"), QStringLiteral("s-doc"));
    f.book(Clock::at(QDate(2025, 10, 26), QTime(9, 0)));
    CHECK(f.timesOn(QDate(2025, 10, 26))
        == QStringList {QStringLiteral("02:15"), QStringLiteral("02:05"), QStringLiteral("02:20"),
            QStringLiteral("09:00")});
    CHECK(f.appointments.onDay(f.therapist, QDate(2025, 10, 26)).back().start.toUTC()
        == utc("2025-10-26T08:00:00Z"));
}

TEST_CASE("On the spring clock change a day list runs from winter into summer time",
    "[core][services][time][dst]")
{
    TimeFixture f;
    f.book(Clock::at(QDate(2025, 3, 30), QTime(3, 30)));
    f.book(Clock::at(QDate(2025, 3, 30), QTime(1, 30)), QStringLiteral("s-nurse"));
    f.book(Clock::at(QDate(2025, 3, 29), QTime(23, 30)), QStringLiteral("s-doc"));
    CHECK(f.timesOn(QDate(2025, 3, 30))
        == QStringList {QStringLiteral("01:30"), QStringLiteral("03:30")});
    CHECK(f.timesOn(QDate(2025, 3, 29)) == QStringList {QStringLiteral("23:30")});
}

TEST_CASE("Journal notes are in the order they were written, also in the hour that comes twice",
    "[core][services][time][dst]")
{
    TimeFixture f;
    const QString first = f.writeNoteAt(utc("2025-10-26T00:45:00Z"), "02:45 summer time");
    const QString second = f.writeNoteAt(utc("2025-10-26T01:15:00Z"), "02:15 winter time");
    const QString third = f.writeNoteAt(utc("2025-10-26T01:50:00.500Z"), "02:50 winter time");
    const std::vector<NoteEntry> journal = f.notes.journal(f.therapist, f.client);
    REQUIRE(journal.size() == 3);
    CHECK(journal[0].note.id == first);
    CHECK(journal[1].note.id == second);
    CHECK(journal[2].note.id == third);
    CHECK(journal[1].note.writtenAt.time() == QTime(2, 15));
    CHECK(journal[1].note.writtenAt.offsetFromUtc() == 3600);
    CHECK(journal[2].note.writtenAt.time() == QTime(2, 50, 0, 500));
}

TEST_CASE("A note is signed with the centre clock's time in Danish time", "[core][services][time]")
{
    TimeFixture f;
    const QString id = f.writeNoteAt(utc("2025-06-30T22:10:00Z"), "Late call");
    const NoteEntry entry = f.notes.get(f.therapist, id);
    CHECK(entry.note.writtenAt.date() == QDate(2025, 7, 1));
    CHECK(entry.note.writtenAt.time() == QTime(0, 10));
    SqlQuery q(f.db, QStringLiteral("SELECT written_at, written_day FROM notes WHERE id = ?"));
    q.bind(id).exec();
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("2025-06-30T22:10:00.000Z"));
    CHECK(q.value(1).toString() == QStringLiteral("2025-07-01"));
}

TEST_CASE("Attendance is recorded once the Danish day has come, whatever day it is in UTC",
    "[core][services][time]")
{
    TimeFixture f;
    const QString id = f.book(Clock::at(QDate(2025, 1, 18), QTime(0, 15)));
    f.clock.set(utc("2025-01-17T22:50:00Z")); // 23:50 in Copenhagen
    CHECK(f.refusedUnchanged([&] {
               f.appointments.setStatus(f.therapist, id, AppointmentStatus::Attended);
           }).contains(QStringLiteral("18-01-2025")));
    f.clock.set(utc("2025-01-17T23:05:00Z")); // 00:05 on the 18th in Copenhagen
    f.appointments.setStatus(f.therapist, id, AppointmentStatus::Attended);
    CHECK(f.appointments.forCourse(f.therapist, f.course)[0].status == AppointmentStatus::Attended);
}

TEST_CASE(
    "The access log stamps each use with the centre clock in Danish time", "[core][services][time]")
{
    TimeFixture f;
    f.clock.set(utc("2025-07-01T10:00:00.123Z"));
    f.log.record(f.therapist, AccessKind::Read, f.client, QStringLiteral("test"));
    const std::vector<AccessLogEntry> entries = f.log.find({});
    REQUIRE_FALSE(entries.empty());
    CHECK(entries.front().at.toString(Qt::ISODateWithMs)
        == QStringLiteral("2025-07-01T12:00:00.123+02:00"));
    CHECK_FALSE(f.log.firstBrokenEntry());
}

TEST_CASE(
    "Access-log entries written on a PC in another zone still verify", "[core][services][time]")
{
    TimeFixture f;
    f.log.record(f.therapist, AccessKind::Read, f.client, QStringLiteral("Danish PC"));
    // An entry as a UTC terminal server wrote it before the centre clock ("...Z").
    const std::vector<AccessLogEntry> before = f.log.find({});
    AccessLogEntry e;
    e.seq = before.front().seq + 1;
    e.prevHash = before.front().hash;
    e.at = utc("2025-01-17T09:00:00.250Z");
    e.actor = f.therapist.staffId;
    e.action = QStringLiteral("read");
    e.client = f.client;
    e.hash = AccessLog::hashOf(e);
    SqlQuery insert(f.db,
        QStringLiteral("INSERT INTO access_log (seq, at, actor, action, client, "
                       "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(e.seq).bind(e.at.toString(Qt::ISODateWithMs)).bind(e.actor).bind(e.action);
    insert.bind(e.client).bind(e.prevHash).bind(e.hash).exec();
    f.log.record(f.therapist, AccessKind::Read, f.client, QStringLiteral("after"));
    CHECK_FALSE(f.log.firstBrokenEntry());
}

TEST_CASE("A locked account is stored until an instant and named in Danish time",
    "[core][services][time]")
{
    TimeFixture f;
    StaffRepository(f.db).setPasswordHash(
        QStringLiteral("s-ther"), hashPassword(QStringLiteral("hemmelig1")));
    LocalCredentialStore credentials {f.db};
    AuthService auth {f.db, f.log, credentials, f.clock};
    f.clock.set(utc("2025-01-17T09:00:00Z")); // 10:00 in Copenhagen
    for (int i = 0; i < AuthService::maxFailedLogins; ++i)
        auth.login(QStringLiteral("s-ther"), QStringLiteral("forkert"));
    SqlQuery q(f.db, QStringLiteral("SELECT locked_until FROM staff WHERE id = 's-ther'"));
    CHECK(q.scalar().toString() == QStringLiteral("2025-01-17T09:15:00.000Z"));
    f.clock.advance(60);
    const AuthService::LoginResult locked
        = auth.login(QStringLiteral("s-ther"), QStringLiteral("hemmelig1"));
    CHECK(locked.status == AuthService::LoginStatus::Locked);
    CHECK(locked.message.contains(QStringLiteral("10:15")));
    f.clock.advance(15 * 60);
    CHECK(auth.login(QStringLiteral("s-ther"), QStringLiteral("hemmelig1")).status
        == AuthService::LoginStatus::Ok);
}
