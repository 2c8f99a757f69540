#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/disposalservice.h"
#include "core/services/serviceerrors.h"
#include "core/storage/datasetstore.h"
#include "core/storage/disposalrepository.h"
#include "core/storage/integritycheck.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"
#include "support/sampledataset.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using mestring::test::TestDatabase;

namespace {

const Actor manager {QStringLiteral("s-mgr"), QStringLiteral("Lars Vang"), Role::Manager, false};

// The sample centre with everything still running ended on 31 July 2025: on the service's
// clock a record still running counts as that day's entry, so the disposal days below would
// otherwise never come; and this way the retention periods are fixed dates.
Dataset endedSample()
{
    Dataset ds = mestring::test::sampleDataset();
    const QDate ended(2025, 7, 31); // after every date in the sample
    for (Course &course : ds.courses) {
        if (course.endDate.isValid()) continue;
        course.endDate = ended;
        course.endReason = EndReason::Completed;
        course.outcome = Outcome::Reduced;
    }
    for (GroupCourse &group : ds.groups) {
        for (GroupMember &member : group.members)
            if (!member.to.isValid()) member.to = ended;
    }
    for (Prescription &prescription : ds.prescriptions)
        if (!prescription.end.isValid()) prescription.end = ended;
    for (Absence &absence : ds.absences)
        if (!absence.to.isValid()) absence.to = ended;
    return ds;
}

// The sample centre: Jens (c1) has a course with phases, goals, assessments, appointments, an
// absence, a group place, prescriptions with dispensings and notes with an addendum.
struct DisposalFixture
{
    TestDatabase db;
    Clock clock; // decides the day of a disposal
    AccessLog log {db, clock};
    DisposalService disposals {db, log, clock};
    const QString jens = QStringLiteral("c1");

    DisposalFixture()
    {
        Transaction t(db);
        insertDataset(db, endedSample());
        t.commit();
    }
    qint64 disposeOn(const QDate &day, const QString &client, const Actor &actor = manager)
    {
        clock.set(Clock::at(day, QTime(12, 0)));
        return disposals.dispose(actor, client);
    }
    qint64 scalar(const QString &sql)
    {
        SqlQuery q(db, sql);
        return q.scalar().toLongLong();
    }
    // Rows that still name Jens, directly or through his courses and prescriptions.
    qint64 jensRows()
    {
        return scalar(QStringLiteral(
            "SELECT (SELECT count(*) FROM clients WHERE id = 'c1') "
            "+ (SELECT count(*) FROM courses WHERE client = 'c1') "
            "+ (SELECT count(*) FROM course_phases WHERE course = 'k1') "
            "+ (SELECT count(*) FROM goals WHERE course = 'k1') "
            "+ (SELECT count(*) FROM assessments WHERE course = 'k1') "
            "+ (SELECT count(*) FROM appointments WHERE course = 'k1') "
            "+ (SELECT count(*) FROM absences WHERE client = 'c1') "
            "+ (SELECT count(*) FROM group_members WHERE course = 'k1') "
            "+ (SELECT count(*) FROM group_attendance WHERE course = 'k1') "
            "+ (SELECT count(*) FROM prescriptions WHERE client = 'c1') "
            "+ (SELECT count(*) FROM dispensings WHERE prescription IN ('m1', 'm3')) "
            "+ (SELECT count(*) FROM notes WHERE client = 'c1') "
            "+ (SELECT count(*) FROM feedback WHERE client = 'c1') "
            "+ (SELECT count(*) FROM waiting_lists WHERE client = 'c1') "
            "+ (SELECT count(*) FROM registry_reports WHERE course = 'k1')"));
    }
    qint64 allRows()
    {
        qint64 n = 0;
        for (const char *table : {"clients", "courses", "course_phases", "goals", "goal_scores",
                 "subgoals", "assessments", "appointments", "absences", "group_members",
                 "group_waiting", "group_attendance", "prescriptions", "dispensings", "notes",
                 "corrections", "feedback", "waiting_lists", "registry_reports"})
            n += scalar(QStringLiteral("SELECT count(*) FROM ") + QLatin1StringView(table));
        return n;
    }
};

} // namespace

TEST_CASE("A client's records are kept 10 years after the last entry of any kind",
    "[core][reliability][disposal]")
{
    DisposalFixture f;
    const QDate last = DisposalRepository(f.db).lastEntryDate(f.jens, f.clock.today());
    REQUIRE(last.isValid());
    CHECK(f.disposals.keptUntil(manager, f.jens) == last.addYears(10));

    // A later entry of any kind moves the date: here a note written years later.
    Transaction t(f.db);
    JournalNote late {QStringLiteral("n-late"), f.jens, QString(), QStringLiteral("s1"),
        QDateTime(QDate(2031, 3, 4), QTime(9, 0), Qt::OffsetFromUTC, 3600), NoteKind::Phone,
        QStringLiteral("Opringning.")};
    Dataset one;
    one.notes = {late};
    insertDataset(f.db, one);
    t.commit();
    CHECK(f.disposals.keptUntil(manager, f.jens) == QDate(2041, 3, 4));
}

TEST_CASE("Disposal is refused while the retention period runs", "[core][reliability][disposal]")
{
    DisposalFixture f;
    const QDate keptUntil = f.disposals.keptUntil(manager, f.jens);
    const qint64 rows = f.allRows();
    const qint64 logEntries = f.scalar(QStringLiteral("SELECT count(*) FROM access_log"));
    CHECK_THROWS_AS(f.disposeOn(keptUntil, f.jens), RuleViolation);
    CHECK_THROWS_AS(f.disposeOn(QDate(2026, 1, 1), f.jens), RuleViolation);
    CHECK(f.allRows() == rows);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM disposals")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM access_log")) == logEntries);
}

TEST_CASE("Only a manager disposes of a client's records", "[core][reliability][disposal]")
{
    DisposalFixture f;
    const Actor coordinator {
        QStringLiteral("s-c"), QStringLiteral("Karen"), Role::Coordinator, false};
    const Actor doctor {QStringLiteral("s9"), QStringLiteral("Ole Berg"), Role::Doctor, false};
    const QDate later = QDate(2050, 1, 1);
    CHECK_THROWS_AS(f.disposeOn(later, f.jens, coordinator), PermissionDenied);
    CHECK_THROWS_AS(f.disposeOn(later, f.jens, doctor), PermissionDenied);
    CHECK(f.jensRows() > 0);
}

TEST_CASE("After the retention period a manager disposes of all a client's records at once, "
          "logged without their content",
    "[core][reliability][disposal]")
{
    DisposalFixture f;
    const qint64 jensRows = f.jensRows();
    const qint64 rows = f.allRows();
    REQUIRE(jensRows > 10);
    const QDate dayAfter = f.disposals.keptUntil(manager, f.jens).addDays(1);

    const qint64 removed = f.disposeOn(dayAfter, f.jens);
    CHECK(removed >= jensRows);
    CHECK(f.jensRows() == 0);
    CHECK(f.allRows() == rows - removed);
    // The other clients keep everything, and so do relatives waiting for conversations.
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM clients")) == 2);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM waiting_lists")) == 2);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM registry_reports")) == 1);
    CHECK(
        f.scalar(QStringLiteral("SELECT count(*) FROM dispensings WHERE prescription = 'm2'")) > 0);

    const AccessLogEntry entry = f.log.find({}).front();
    CHECK(entry.action == QStringLiteral("dispose"));
    CHECK(entry.client == f.jens);
    CHECK(entry.actor == manager.staffId);
    for (const char *content : {"Jens", "Hansen", "0101801235", "Viborg"})
        CHECK_FALSE(QString(entry.detail + entry.searchText).contains(QLatin1StringView(content)));
    CHECK_FALSE(f.log.firstBrokenEntry().has_value());
    CHECK(f.scalar(QStringLiteral("SELECT records FROM disposals WHERE client = 'c1'")) == removed);
    // Nothing points to a removed row.
    CHECK(integrityProblems(f.db).isEmpty());
}

TEST_CASE("A disposal opens the immutability triggers for that client only",
    "[core][reliability][disposal][immutability]")
{
    DisposalFixture f;
    // The anonymous client c2 is disposed of; Jens (c1) is not.
    CHECK(f.disposeOn(QDate(2050, 1, 1), QStringLiteral("c2")) > 0);
    QSqlQuery q(f.db.db().connection());
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM notes WHERE client = 'c1'")));
    CHECK(q.lastError().text().contains(QStringLiteral("cannot be deleted")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM dispensings WHERE prescription = 'm1'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM prescriptions WHERE client = 'c1'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM clients WHERE id = 'c1'")));
    CHECK(f.jensRows() > 10);
}

TEST_CASE("The last entry of every client in one pass agrees with the client's own",
    "[core][reliability][disposal]")
{
    DisposalFixture f;
    const DisposalRepository records(f.db);
    const auto all = records.lastEntries(f.clock.today());
    REQUIRE(all.size() == 3);
    for (const DisposalCandidate &c : all) {
        INFO(c.clientId.toStdString());
        CHECK(c.lastEntry == records.lastEntryDate(c.clientId, f.clock.today()));
    }
    const auto jens = std::find_if(
        all.begin(), all.end(), [&](const auto &c) { return c.clientId == f.jens; });
    REQUIRE(jens != all.end());
    CHECK(jens->name == QStringLiteral("Jens Hansen"));
    CHECK(jens->cpr == QStringLiteral("0101801235"));
}

TEST_CASE("The disposal list holds only the clients whose retention period has run out",
    "[core][reliability][disposal]")
{
    DisposalFixture f;
    const QDate jensKept = f.disposals.keptUntil(manager, f.jens);
    const QDate latest = std::max({jensKept, f.disposals.keptUntil(manager, QStringLiteral("c2")),
        f.disposals.keptUntil(manager, QStringLiteral("c3"))});
    REQUIRE(jensKept.isValid());

    SECTION("Nobody while every record is within its period")
    {
        CHECK(f.disposals.candidates(manager, QDate(2026, 1, 1)).isEmpty());
    }
    SECTION("Jens from the day after his records must be kept, and then everyone in order")
    {
        const auto onDay = f.disposals.candidates(manager, jensKept);
        CHECK(std::none_of(onDay.begin(), onDay.end(),
            [&](const auto &c) { return c.clientId == f.jens; }));
        const auto after = f.disposals.candidates(manager, jensKept.addDays(1));
        CHECK(std::any_of(
            after.begin(), after.end(), [&](const auto &c) { return c.clientId == f.jens; }));
        const auto everyone = f.disposals.candidates(manager, latest.addDays(1));
        REQUIRE(everyone.size() == 3);
        CHECK(std::is_sorted(everyone.begin(), everyone.end(),
            [](const auto &a, const auto &b) { return a.lastEntry < b.lastEntry; }));
    }
    SECTION("Each client listed is logged as read by the manager")
    {
        const auto listed = f.disposals.candidates(manager, latest.addDays(1));
        REQUIRE_FALSE(listed.isEmpty());
        AccessLogQuery query;
        query.action = QStringLiteral("read");
        query.actor = manager.staffId;
        CHECK(f.log.find(query).size() == listed.size());
    }
    SECTION("Nobody but a manager sees it")
    {
        const Actor nurse {QStringLiteral("s5"), QStringLiteral("Sara"), Role::Nurse, false};
        CHECK_THROWS_AS(f.disposals.candidates(nurse, latest.addDays(1)), PermissionDenied);
        CHECK_THROWS_AS(f.disposals.check(nurse, f.jens, latest.addDays(1)), PermissionDenied);
        CHECK_THROWS_AS(f.disposals.disposals(nurse), PermissionDenied);
    }
}

TEST_CASE("The check before a disposal tells what would go and whether it may",
    "[core][reliability][disposal]")
{
    DisposalFixture f;
    const QDate kept = f.disposals.keptUntil(manager, f.jens);
    const DisposalCheck during = f.disposals.check(manager, f.jens, kept);
    CHECK(during.keptUntil == kept);
    CHECK(during.lastEntry == kept.addYears(-10));
    CHECK_FALSE(during.allowed);
    const DisposalCheck after = f.disposals.check(manager, f.jens, kept.addDays(1));
    CHECK(after.allowed);
    CHECK(after.records >= f.jensRows());
    CHECK_THROWS_AS(f.disposals.check(manager, QStringLiteral("nobody"), kept), NotFound);
    // The check changes nothing.
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM disposals")) == 0);
    CHECK(f.disposeOn(kept.addDays(1), f.jens) == after.records);
}

TEST_CASE("Disposals done are listed without content, newest first",
    "[core][reliability][disposal]")
{
    DisposalFixture f;
    CHECK(f.disposals.disposals(manager).isEmpty());
    const qint64 removed = f.disposeOn(QDate(2050, 1, 1), QStringLiteral("c2"));
    const auto done = f.disposals.disposals(manager);
    REQUIRE(done.size() == 1);
    CHECK(done.front().clientId == QStringLiteral("c2"));
    CHECK(done.front().records == removed);
    CHECK(done.front().disposedAt.isValid());
    CHECK(done.front().actorName == QStringLiteral("s-mgr")); // not a staff row in the sample
    CHECK(f.disposals.candidates(manager, QDate(2050, 1, 1)).size() == 2);
}

TEST_CASE("Anything still running counts as an entry of today, however long ago it began",
    "[core][reliability][disposal]")
{
    DisposalFixture f;
    const QDate today = f.clock.today();
    {
        Transaction t(f.db);
        Dataset old = mestring::test::oldClientDataset();
        old.courses.front().endDate = QDate(); // still in treatment since 2011
        old.courses.front().endReason.reset();
        old.courses.front().outcome.reset();
        insertDataset(f.db, old);
        t.commit();
    }
    const QString ole = QStringLiteral("c-old");
    CHECK(DisposalRepository(f.db).lastEntryDate(ole, today) == today);
    const auto listed = f.disposals.candidates(manager, today.addYears(5));
    CHECK(std::none_of(
        listed.begin(), listed.end(), [&](const auto &c) { return c.clientId == ole; }));
    CHECK_THROWS_AS(f.disposeOn(today.addYears(5), ole), RuleViolation);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM clients WHERE id = 'c-old'")) == 1);
}

TEST_CASE("A client whose course ended more than 10 years ago is disposed of today",
    "[core][reliability][disposal]")
{
    DisposalFixture f;
    Transaction t(f.db);
    insertDataset(f.db, mestring::test::oldClientDataset());
    t.commit();
    const QString ole = QStringLiteral("c-old");
    CHECK(f.disposals.keptUntil(manager, ole) == QDate(2022, 5, 31));
    const auto listed = f.disposals.candidates(manager, f.clock.today());
    REQUIRE(listed.size() == 1);
    CHECK(listed.front().clientId == ole);
    CHECK(f.disposeOn(f.clock.today(), ole) == 3); // client, course, phase
}

TEST_CASE("Nothing dated, or a date that cannot be read, never makes a client disposable",
    "[core][reliability][disposal]")
{
    DisposalFixture f;
    const qint64 rows = f.allRows();
    const QDate farAhead = f.clock.today().addYears(40);

    SECTION("Nothing dated: nothing shows that ten years have passed")
    {
        Transaction t(f.db);
        Dataset bare;
        Client nobody {QStringLiteral("c-bare"), QString(), QStringLiteral("Uden"),
            QStringLiteral("Dato")};
        bare.clients = {nobody};
        insertDataset(f.db, bare);
        t.commit();
        const DisposalCheck check = f.disposals.check(manager, nobody.id, farAhead);
        CHECK_FALSE(check.allowed);
        CHECK(check.refusal.contains(QStringLiteral("Nothing about the client is dated")));
        const auto listed = f.disposals.candidates(manager, farAhead);
        CHECK(std::none_of(listed.begin(), listed.end(),
            [&](const auto &c) { return c.clientId == nobody.id; }));
        CHECK_THROWS_AS(f.disposeOn(farAhead, nobody.id), RuleViolation);
        CHECK(f.allRows() == rows + 1);
    }
    SECTION("A stored date that is not a date: refused with the reason, nothing deleted")
    {
        QSqlQuery q(f.db.db().connection());
        const bool stored
            = q.exec(QStringLiteral("UPDATE clients SET consent_date = 'x' WHERE id = 'c1'"));
        // A server's date column refuses such a value in the first place.
        REQUIRE(stored != mestring::test::onTestServer());
        if (!stored) return;
        CHECK_THROWS_AS(f.disposals.check(manager, f.jens, farAhead), StorageError);
        const auto listed = f.disposals.candidates(manager, farAhead);
        CHECK_FALSE(listed.isEmpty());
        CHECK(std::none_of(
            listed.begin(), listed.end(), [&](const auto &c) { return c.clientId == f.jens; }));
        CHECK_THROWS_AS(f.disposeOn(farAhead, f.jens), StorageError);
        CHECK(f.allRows() == rows);
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM disposals")) == 0);
    }
}
