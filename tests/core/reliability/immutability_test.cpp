#include "core/services/dispensingservice.h"
#include "core/services/noteservice.h"
#include "core/services/prescriptionservice.h"
#include "core/storage/prescriptionrepository.h"
#include "../services/servicefixture.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace mestring::core;
using mestring::test::ServiceFixture;

namespace {

// A client with a signed note, a daily methadone prescription and one dose given, all saved
// through the services as the program saves them.
struct SignedRecords : ServiceFixture
{
    PrescriptionService prescriptions {db, log, clock};
    DispensingService dispensings {db, log, clock};
    NoteService notes {db, log, clock};
    QString client = addClient();
    QString course = addCourse(client, CourseKind::Drug, QDate(2025, 2, 1));
    QString prescription;
    QString dispensing;
    QString note;

    SignedRecords()
    {
        clock.set(QDateTime(QDate(2025, 3, 1), QTime(10, 0))); // the dose is registered on its day
        addAppointment(course, QDate(2025, 2, 20), AppointmentType::Doctor,
            AppointmentStatus::Attended, QStringLiteral("s-doc"));
        Prescription p;
        p.client = client;
        p.drug = Drug::Methadone;
        p.category = DrugCategory::Substitution;
        p.doseMg = 60;
        p.start = QDate(2025, 3, 1);
        prescription = prescriptions.create(doctor, p).id;
        Dispensing d;
        d.prescription = prescription;
        d.date = QDate(2025, 3, 1);
        d.doseMg = 60;
        d.status = DispensingStatus::Taken;
        dispensing = dispensings.record(nurse, d).id;
        JournalNote n;
        n.client = client;
        n.course = course;
        n.kind = NoteKind::Session;
        n.text = QStringLiteral("Samtale om trang.");
        note = notes.write(therapist, n).id;
    }

    // Runs raw SQL on the program's connection, as a bug (or a hand with a SQLite tool that
    // keeps the triggers) would; returns SQLite's error text, empty when it succeeded.
    QString rawError(const QString &sql, const QString &id = {})
    {
        QSqlQuery q(db.connection());
        REQUIRE(q.prepare(sql));
        if (!id.isNull()) q.addBindValue(id);
        return q.exec() ? QString() : q.lastError().text();
    }
    QVariant rawValue(const QString &sql)
    {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0);
    }
};

} // namespace

TEST_CASE("A signed journal note cannot be changed or deleted with SQL",
    "[core][reliability][immutability]")
{
    SignedRecords f;
    CHECK(f.rawError(QStringLiteral("UPDATE notes SET text = 'ændret' WHERE id = ?"), f.note)
              .contains(QStringLiteral("signed journal note cannot be changed")));
    CHECK(f.rawError(
               QStringLiteral("UPDATE notes SET written_at = '2020-01-01' WHERE id = ?"), f.note)
              .contains(QStringLiteral("cannot be changed")));
    CHECK(f.rawError(QStringLiteral("DELETE FROM notes WHERE id = ?"), f.note)
              .contains(QStringLiteral("signed journal note cannot be deleted")));
    CHECK(f.rawValue(QStringLiteral("SELECT text FROM notes")).toString()
        == QStringLiteral("Samtale om trang."));

    // The allowed path: a correction is an addendum, a new row.
    CHECK_NOTHROW(f.notes.addAddendum(f.therapist, f.note, QStringLiteral("Rettelse.")));
    CHECK(f.rawValue(QStringLiteral("SELECT count(*) FROM notes")).toInt() == 2);
}

TEST_CASE("A prescription cannot be changed or deleted with SQL, only ended earlier",
    "[core][reliability][immutability]")
{
    SignedRecords f;
    const char *refused = "prescription cannot be changed";
    CHECK(f.rawError(
               QStringLiteral("UPDATE prescriptions SET dose_mg = 90 WHERE id = ?"), f.prescription)
              .contains(QLatin1StringView(refused)));
    CHECK(f.rawError(QStringLiteral("UPDATE prescriptions SET start_date = '2025-02-01' "
                                    "WHERE id = ?"),
               f.prescription)
              .contains(QLatin1StringView(refused)));
    CHECK(f.rawError(QStringLiteral("UPDATE prescriptions SET prescriber = 's-ther' WHERE id = ?"),
               f.prescription)
              .contains(QLatin1StringView(refused)));
    // An end before the start is no ending.
    CHECK(f.rawError(QStringLiteral("UPDATE prescriptions SET end_date = '2025-01-01' "
                                    "WHERE id = ?"),
               f.prescription)
              .contains(QLatin1StringView(refused)));
    CHECK(f.rawError(QStringLiteral("DELETE FROM prescriptions WHERE id = ?"), f.prescription)
              .contains(QStringLiteral("prescription cannot be deleted")));

    // Stopping sets the last day (from none to a date), then may only move it earlier.
    CHECK(f.rawError(QStringLiteral("UPDATE prescriptions SET end_date = '2025-06-30' "
                                    "WHERE id = ?"),
               f.prescription)
              .isEmpty());
    CHECK(f.rawError(QStringLiteral("UPDATE prescriptions SET end_date = '2025-07-31' "
                                    "WHERE id = ?"),
               f.prescription)
              .contains(QLatin1StringView(refused)));
    CHECK(f.rawError(QStringLiteral("UPDATE prescriptions SET end_date = NULL WHERE id = ?"),
               f.prescription)
              .contains(QLatin1StringView(refused)));
    CHECK_NOTHROW(f.prescriptions.stop(f.doctor, f.prescription, QDate(2025, 3, 31)));
    CHECK(PrescriptionRepository(f.db).byId(f.prescription)->end == QDate(2025, 3, 31));
}

TEST_CASE("A dose change through the service still ends the old prescription",
    "[core][reliability][immutability]")
{
    SignedRecords f;
    Prescription next;
    next.drug = Drug::Methadone;
    next.category = DrugCategory::Substitution;
    next.doseMg = 80;
    const SaveResult saved
        = f.prescriptions.change(f.doctor, f.prescription, QDate(2025, 3, 10), next);
    CHECK(PrescriptionRepository(f.db).byId(f.prescription)->end == QDate(2025, 3, 10));
    CHECK(PrescriptionRepository(f.db).byId(saved.id)->start == QDate(2025, 3, 11));
}

TEST_CASE("A registered dispensing cannot be changed or deleted with SQL",
    "[core][reliability][immutability]")
{
    SignedRecords f;
    CHECK(f.rawError(QStringLiteral("UPDATE dispensings SET status = 'missed' WHERE id = ?"),
               f.dispensing)
              .contains(QStringLiteral("dispensing cannot be changed")));
    CHECK(f.rawError(QStringLiteral("DELETE FROM dispensings WHERE id = ?"), f.dispensing)
              .contains(QStringLiteral("dispensing cannot be deleted")));
    CHECK(f.rawValue(QStringLiteral("SELECT status FROM dispensings")).toString()
        == QStringLiteral("taken"));
}

TEST_CASE("A correction cannot be changed or deleted with SQL; an annulment, a dose "
          "confirmation and a late confirmation are set once",
    "[core][reliability][immutability]")
{
    SignedRecords f;
    const QString correction
        = f.dispensings.annul(f.nurse, f.dispensing, QStringLiteral("Forkert borger")).id;
    CHECK(f.rawError(QStringLiteral("UPDATE corrections SET reason = 'x' WHERE id = ?"), correction)
              .contains(QStringLiteral("correction cannot be changed")));
    CHECK(f.rawError(QStringLiteral("DELETE FROM corrections WHERE id = ?"), correction)
              .contains(QStringLiteral("correction cannot be deleted")));

    // A prescription's annulment is set once, through the program or with SQL, never changed.
    Prescription other;
    other.client = f.client;
    other.drug = Drug::Disulfiram;
    other.category = DrugCategory::Antabus;
    other.doseMg = 400;
    other.start = QDate(2025, 3, 5);
    const QString antabus = f.prescriptions.create(f.doctor, other).id;
    f.prescriptions.annul(f.doctor, antabus, QStringLiteral("Forkert patient"));
    CHECK(f.rawError(QStringLiteral("UPDATE prescriptions SET annulled_reason = 'y' WHERE id = ?"),
               antabus)
              .contains(QStringLiteral("prescription cannot be changed")));
    CHECK(f.rawError(QStringLiteral("UPDATE prescriptions SET annulled_at = NULL WHERE id = ?"),
               antabus)
              .contains(QStringLiteral("prescription cannot be changed")));
    CHECK(f.rawError(QStringLiteral("UPDATE prescriptions SET dose_confirmed_reason = 'ok', "
                                    "dose_confirmed_by = 's-doc', "
                                    "dose_confirmed_at = '2025-03-01T10:00:00+01:00' WHERE id = ?"),
               f.prescription)
              .isEmpty());
    CHECK(f.rawError(QStringLiteral("UPDATE prescriptions SET dose_confirmed_reason = 'nej' "
                                    "WHERE id = ?"),
               f.prescription)
              .contains(QStringLiteral("prescription cannot be changed")));

    // Only a late registration is confirmed, and only once.
    CHECK(f.rawError(QStringLiteral("UPDATE dispensings SET late_confirmed_by = 's-doc', "
                                    "late_confirmed_at = '2025-03-02T10:00:00+01:00' WHERE id = ?"),
               f.dispensing)
              .contains(QStringLiteral("dispensing cannot be changed")));
}

TEST_CASE(
    "Access-log entries cannot be changed or deleted with SQL", "[core][reliability][immutability]")
{
    SignedRecords f;
    const qint64 entries
        = f.rawValue(QStringLiteral("SELECT count(*) FROM access_log")).toLongLong();
    REQUIRE(entries > 0);
    CHECK(f.rawError(QStringLiteral("UPDATE access_log SET actor = 'someone' WHERE seq = 1"))
              .contains(QStringLiteral("access log cannot be changed")));
    CHECK(f.rawError(QStringLiteral("DELETE FROM access_log WHERE seq = 1"))
              .contains(QStringLiteral("removed only by a purge")));
    CHECK(f.rawError(QStringLiteral("DELETE FROM access_log")).contains(QStringLiteral("purge")));
    CHECK(f.rawValue(QStringLiteral("SELECT count(*) FROM access_log")).toLongLong() == entries);
    CHECK_FALSE(f.log.firstBrokenEntry().has_value());
}

TEST_CASE("A client cannot be deleted with SQL, and neither can disposal or purge records",
    "[core][reliability][immutability]")
{
    SignedRecords f;
    // Without foreign keys in the way, only the trigger stands between the SQL and the client.
    // (A server checks them after the row triggers, so the trigger speaks first there too.)
    if (!mestring::test::onTestServer()) f.rawError(QStringLiteral("PRAGMA foreign_keys = OFF"));
    CHECK(f.rawError(QStringLiteral("DELETE FROM clients WHERE id = ?"), f.client)
              .contains(QStringLiteral("only by a disposal")));
    REQUIRE(f.rawError(QStringLiteral("INSERT INTO access_log_purges VALUES (0, 'x', 'now', "
                                      "'s', 0)"))
                .isEmpty());
    CHECK_FALSE(f.rawError(QStringLiteral("DELETE FROM access_log_purges")).isEmpty());
    CHECK_FALSE(
        f.rawError(QStringLiteral("UPDATE access_log_purges SET up_to_seq = 99")).isEmpty());
    REQUIRE(f.rawError(QStringLiteral("INSERT INTO disposals VALUES ('c-x', 'now', 's', NULL, 1)"))
                .isEmpty());
    CHECK_FALSE(f.rawError(QStringLiteral("DELETE FROM disposals")).isEmpty());
    CHECK_FALSE(f.rawError(QStringLiteral("UPDATE disposals SET client = 'c-y'")).isEmpty());
}
