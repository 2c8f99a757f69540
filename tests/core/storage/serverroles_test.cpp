// The second wall on a server (issue 17): each staff member connects with a login of their own,
// and the database itself refuses what their role may not do, to plain SQL from any tool.
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

#include <QSqlError>
#include <QSqlQuery>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/servercredentialstore.h"
#include "core/storage/backend.h"
#include "core/storage/migrations.h"
#include "core/storage/database.h"
#include "core/storage/serverlogins.h"
#include "core/storage/sqlquery.h"
#include "core/storage/staffrepository.h"
#include "core/storage/storageerror.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using namespace mestring::test;

namespace {

const QString password = QStringLiteral("en god kode 1");

// A staff member of `role` with a login of their own and a password, made as a manager would.
StaffMember addStaff(const Database &db, const QString &username, Role role)
{
    const StaffMember member {QStringLiteral("s-") + username, username, role, username, true};
    StaffRepository(db).insert(member);
    ServerCredentialStore credentials(db);
    credentials.syncLogin(member);
    credentials.setPassword(member.id, password, false);
    return member;
}

// A connection of `username`'s own login, for plain SQL.
struct Login
{
    Database db {TestDatabase::uniqueConnectionName()};

    Login(const DatabaseLocation &location, const QString &username,
        const QString &withPassword = password)
    {
        db.open(location.withLogin(serverlogins::loginName(location, username), withPassword),
            Database::OpenMode::MustExist);
    }

    // The SQL state the server answered `sql` with; empty when it ran.
    QString refusal(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(db.connectionName(), false));
        if (q.exec(sql)) return {};
        const QString state = q.lastError().nativeErrorCode();
        return state.isEmpty() ? QStringLiteral("?") : state;
    }
    bool runs(const QString &sql) const { return refusal(sql).isEmpty(); }
};

const QString insufficientPrivilege = QStringLiteral("42501");
const QString raised = QStringLiteral("P0001"); // a trigger of the schema

// A client with a signed note, stored as the schema's owner (the test's administrator).
void addRecords(const Database &db)
{
    for (const char *sql : {
             "INSERT INTO clients (id, seq, first_name, last_name) VALUES ('c1', 1, 'Bo', 'Berg')",
             "INSERT INTO notes (id, seq, client, course, author, written_at, written_day, kind, "
             "text) VALUES ('n1', 1, 'c1', NULL, 's-anne', '2026-01-05T10:00:00.000+01:00', "
             "DATE '2026-01-05', 'journal', 'Hemmelig journaltekst')",
         }) {
        execSql(db, QString::fromLatin1(sql));
    }
}

} // namespace

TEST_CASE("Each role's own login is refused by the database what the role may not do",
    "[core][storage][roles][postgresql]")
{
    TestStoredDatabase store;
    const Database &owner = store.db();
    for (const auto &[username, role] :
        {std::pair {"anne", Role::Therapist}, {"mette", Role::Nurse}, {"ole", Role::Doctor},
            {"karen", Role::AdminStaff}, {"lise", Role::Manager}, {"ida", Role::Intake}}) {
        addStaff(owner, QLatin1StringView(username).toString(), role);
    }
    addRecords(owner);
    const DatabaseLocation at = store.location();

    SECTION("a therapist reads and writes notes, but never changes or deletes one, and does "
            "not prescribe")
    {
        const Login anne(at, QStringLiteral("anne"));
        CHECK(anne.runs(QStringLiteral("SELECT text FROM notes")));
        CHECK(anne.refusal(QStringLiteral("UPDATE notes SET text = 'ændret'"))
            == insufficientPrivilege);
        CHECK(anne.refusal(QStringLiteral("DELETE FROM notes")) == insufficientPrivilege);
        CHECK(anne.refusal(
                  QStringLiteral("INSERT INTO prescriptions (id, seq, client, drug, category, "
                                 "dose_mg, start_date, mode, prescriber) VALUES ('p9', 9, 'c1', "
                                 "'methadone', 'substitution', 60, DATE '2026-01-05', "
                                 "'supervised', 's-anne')"))
            == insufficientPrivilege);
        CHECK(anne.refusal(QStringLiteral("SELECT end_prescription(DATE '2026-02-01', 'p1')"))
            == insufficientPrivilege);
        CHECK(anne.refusal(QStringLiteral("UPDATE access_log SET detail = 'x'"))
            == insufficientPrivilege);
        CHECK(anne.refusal(QStringLiteral("DELETE FROM access_log")) == insufficientPrivilege);
        CHECK(
            anne.refusal(QStringLiteral("SELECT detail FROM access_log")) == insufficientPrivilege);
        CHECK(anne.refusal(QStringLiteral("SELECT seq, hash FROM access_log"))
            == insufficientPrivilege);
        CHECK(anne.runs(QStringLiteral("SELECT origin, origin_seq, origin_hash FROM access_log")));
        CHECK(anne.refusal(QStringLiteral("UPDATE dispensings SET dose_mg = 1"))
            == insufficientPrivilege);
        CHECK(anne.refusal(QStringLiteral("UPDATE corrections SET reason = 'x'"))
            == insufficientPrivilege);
        CHECK(anne.refusal(QStringLiteral("SELECT password_hash FROM staff"))
            == insufficientPrivilege);
        CHECK(anne.runs(QStringLiteral("INSERT INTO notes (id, seq, client, course, author, "
                                       "written_at, written_day, kind, text) VALUES ('n2', 2, "
                                       "'c1', NULL, 's-anne', '2026-01-06T10:00:00.000+01:00', "
                                       "DATE '2026-01-06', 'journal', 'Ny note')")));
    }
    SECTION("a nurse records dispensings but neither prescribes nor changes a dispensing")
    {
        const Login mette(at, QStringLiteral("mette"));
        CHECK(mette.runs(QStringLiteral("SELECT * FROM prescriptions")));
        CHECK(mette.runs(QStringLiteral(
            "SELECT 1 WHERE has_table_privilege(current_user, 'dispensings', 'INSERT') "
            "AND has_table_privilege(current_user, 'corrections', 'INSERT')")));
        CHECK(mette.refusal(
                  QStringLiteral("INSERT INTO prescriptions (id, seq, client, drug, category, "
                                 "dose_mg, start_date, mode, prescriber) VALUES ('p9', 9, 'c1', "
                                 "'methadone', 'substitution', 60, DATE '2026-01-05', "
                                 "'supervised', 's-mette')"))
            == insufficientPrivilege);
        CHECK(mette.refusal(QStringLiteral("UPDATE dispensings SET dose_mg = 1"))
            == insufficientPrivilege);
        CHECK(mette.refusal(QStringLiteral("DELETE FROM dispensings")) == insufficientPrivilege);
        CHECK(mette.refusal(QStringLiteral("SELECT confirm_late_dispensing('ok', 's-mette', "
                                           "'2026-01-05T10:00:00.000+01:00', 'd1')"))
            == insufficientPrivilege);
    }
    SECTION("a doctor prescribes, and signs a prescription's later steps only through the "
            "database's functions")
    {
        const Login ole(at, QStringLiteral("ole"));
        CHECK(ole.runs(QStringLiteral(
            "SELECT 1 WHERE has_table_privilege(current_user, 'prescriptions', 'INSERT')")));
        CHECK(ole.refusal(QStringLiteral("UPDATE prescriptions SET end_date = DATE '2026-02-01'"))
            == insufficientPrivilege);
        CHECK(ole.refusal(QStringLiteral("DELETE FROM prescriptions")) == insufficientPrivilege);
        // The function runs for a doctor (no such prescription: nothing changed).
        QSqlQuery q(QSqlDatabase::database(ole.db.connectionName(), false));
        REQUIRE(q.exec(QStringLiteral("SELECT end_prescription(DATE '2026-02-01', 'p-none')")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }
    SECTION("administrative staff read master data, not journal text or medication")
    {
        const Login karen(at, QStringLiteral("karen"));
        CHECK(karen.runs(QStringLiteral("SELECT first_name, last_name FROM clients")));
        CHECK(karen.runs(QStringLiteral("SELECT id, client, written_day FROM notes")));
        CHECK(karen.refusal(QStringLiteral("SELECT text FROM notes")) == insufficientPrivilege);
        CHECK(karen.refusal(QStringLiteral("SELECT * FROM notes")) == insufficientPrivilege);
        for (const char *table : {"prescriptions", "dispensings", "corrections"}) {
            INFO(table);
            CHECK(karen.refusal(QStringLiteral("SELECT * FROM ") + QLatin1StringView(table))
                == insufficientPrivilege);
        }
        CHECK(karen.refusal(QStringLiteral("INSERT INTO notes (id, seq, client, course, author, "
                                           "written_at, written_day, kind, text) VALUES ('n3', "
                                           "3, 'c1', NULL, 's-karen', "
                                           "'2026-01-06T10:00:00.000+01:00', DATE '2026-01-06', "
                                           "'journal', 'x')"))
            == insufficientPrivilege);
    }
    SECTION("intake reads journals but no medication")
    {
        const Login ida(at, QStringLiteral("ida"));
        CHECK(ida.runs(QStringLiteral("SELECT text FROM notes")));
        CHECK(ida.refusal(QStringLiteral("SELECT * FROM prescriptions")) == insufficientPrivilege);
    }
    SECTION("a manager reads the access log, and the schema still refuses deleting a note of a "
            "client not disposed of")
    {
        const Login lise(at, QStringLiteral("lise"));
        CHECK(lise.runs(QStringLiteral("SELECT * FROM access_log")));
        CHECK(lise.refusal(QStringLiteral("UPDATE notes SET text = 'x'")) == insufficientPrivilege);
        CHECK(lise.refusal(QStringLiteral("DELETE FROM notes")) == raised);
        CHECK(lise.refusal(QStringLiteral("UPDATE access_log SET detail = 'x'"))
            == insufficientPrivilege);
    }
    SECTION("no staff login makes or changes logins itself")
    {
        const Login lise(at, QStringLiteral("lise"));
        CHECK(lise.refusal(QStringLiteral("CREATE ROLE bagdoer LOGIN")) == insufficientPrivilege);
        const QString anneLogin = serverlogins::loginName(at, QStringLiteral("anne"));
        CHECK_FALSE(lise.runs(QStringLiteral("ALTER ROLE \"%1\" PASSWORD 'x'").arg(anneLogin)));
        const Login anne(at, QStringLiteral("anne"));
        CHECK(anne.refusal(QStringLiteral("SELECT sync_staff_login('s-anne')"))
            == insufficientPrivilege);
        CHECK(anne.refusal(QStringLiteral("SELECT set_staff_password('s-mette', "
                                          "'SCRAM-SHA-256$4096:x', false)"))
            == insufficientPrivilege);
        CHECK(anne.refusal(QStringLiteral("UPDATE staff SET role = 'manager'"))
            == insufficientPrivilege);
    }
    SECTION("a password is sent only as a verifier")
    {
        const Login lise(at, QStringLiteral("lise"));
        CHECK_FALSE(lise.runs(QStringLiteral("SELECT set_staff_password('s-anne', "
                                             "'klartekst-kode', true)")));
    }
}

TEST_CASE("A staff member's login follows their account: wrong passwords, deactivation, a new "
          "username and a new role",
    "[core][storage][roles][postgresql]")
{
    TestStoredDatabase store;
    const Database &owner = store.db();
    const StaffMember anne = addStaff(owner, QStringLiteral("anne"), Role::Therapist);
    const DatabaseLocation at = store.location();
    const QString login = serverlogins::loginName(at, QStringLiteral("anne"));

    CHECK(serverlogins::passwordOpens(at, login, password));
    CHECK_FALSE(serverlogins::passwordOpens(at, login, QStringLiteral("forkert kode")));
    CHECK_FALSE(serverlogins::passwordOpens(at, login + QStringLiteral("x"), password));
    CHECK_THROWS_AS(
        Login(at, QStringLiteral("anne"), QStringLiteral("forkert kode")), StorageError);

    ServerCredentialStore credentials(owner);
    SECTION("deactivated: the server refuses the login; active again: it works")
    {
        StaffMember changed = anne;
        changed.active = false;
        StaffRepository(owner).update(changed);
        credentials.syncLogin(changed);
        CHECK_FALSE(serverlogins::passwordOpens(at, login, password));
        changed.active = true;
        StaffRepository(owner).update(changed);
        credentials.syncLogin(changed);
        CHECK(serverlogins::passwordOpens(at, login, password));
    }
    SECTION("a new username renames the login, which keeps its password")
    {
        StaffMember changed = anne;
        changed.username = QStringLiteral("anneh");
        StaffRepository(owner).update(changed);
        credentials.syncLogin(changed);
        CHECK(serverlogins::passwordOpens(
            at, serverlogins::loginName(at, QStringLiteral("anneh")), password));
        CHECK_FALSE(serverlogins::passwordOpens(at, login, password));
    }
    SECTION("a new role moves the login to that role's group only")
    {
        StaffMember changed = anne;
        changed.role = Role::Doctor;
        StaffRepository(owner).update(changed);
        credentials.syncLogin(changed);
        const Login doctor(at, QStringLiteral("anne"));
        CHECK(doctor.runs(QStringLiteral(
            "SELECT 1 WHERE has_table_privilege(current_user, 'prescriptions', 'INSERT')")));
        changed.role = Role::AdminStaff;
        StaffRepository(owner).update(changed);
        credentials.syncLogin(changed);
        const Login admin(at, QStringLiteral("anne"));
        CHECK(admin.refusal(QStringLiteral("SELECT text FROM notes")) == insufficientPrivilege);
    }
    SECTION("every change of the login is recorded with who made it")
    {
        SqlQuery q(owner,
            QStringLiteral("SELECT change, by_login FROM staff_login_changes "
                           "WHERE staff = 's-anne' ORDER BY seq"));
        q.exec();
        QStringList changes;
        while (q.next())
            changes << q.value(0).toString();
        CHECK(changes
            == QStringList {QStringLiteral("created"), QStringLiteral("therapist"),
                QStringLiteral("password set by a manager")});
    }
    SECTION("a login the server already has with rights of its own is never taken over")
    {
        execSql(owner,
            QStringLiteral("CREATE ROLE \"%1\" CREATEDB")
                .arg(serverlogins::loginName(at, QStringLiteral("bent"))));
        const StaffMember bent {QStringLiteral("s-bent"), QStringLiteral("Bent"), Role::Therapist,
            QStringLiteral("bent"), true};
        StaffRepository(owner).insert(bent);
        CHECK_THROWS_AS(credentials.syncLogin(bent), StorageError);
        execSql(owner,
            QStringLiteral("DROP ROLE \"%1\"")
                .arg(serverlogins::loginName(at, QStringLiteral("bent"))));
    }
}

TEST_CASE("A staff member's login never changes the schema: an older server database is left "
          "as it is, with a message to ask IT",
    "[core][storage][roles][postgresql]")
{
    const TestServerDatabase older = TestServerDatabase::empty();
    const DatabaseLocation at = older.location();
    Database owner(TestDatabase::uniqueConnectionName());
    // Version 9: a centre before staff logins (from 10 only staff groups may connect).
    owner.open(at, Database::OpenMode::CreateIfMissing, 9);
    const QString login = QStringLiteral("plain@") + at.databaseName();
    // A login that may read the schema, as staff of an earlier version's centre could.
    for (const QString &sql : {QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2'"),
             QStringLiteral("GRANT USAGE ON SCHEMA mestring TO \"%1\""),
             QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA mestring TO \"%1\"")}) {
        execSql(owner,
            QString(sql)
                .replace(QStringLiteral("%1"), login)
                .replace(QStringLiteral("%2"), password));
    }
    Database staff(TestDatabase::uniqueConnectionName());
    try {
        staff.open(at.withLogin(login, password), Database::OpenMode::MustExist);
        FAIL("a staff login opened a database it would have to migrate");
    } catch (const StorageError &error) {
        CHECK(error.message().contains(QStringLiteral("earlier version")));
    }
    CHECK(owner.backend().schemaVersion(owner) == 9);
    // The login stays on the test server, named for this test's database alone.
}

TEST_CASE("On a server the database numbers and links each access-log entry, whatever the "
          "session claims",
    "[core][storage][roles][accesslog][postgresql]")
{
    TestStoredDatabase store;
    const Database &owner = store.db();
    addStaff(owner, QStringLiteral("anne"), Role::Therapist);
    const Clock clock;
    AccessLog log(owner, clock);
    const Actor system = Actor::system();
    log.record(system, AccessKind::Read, QStringLiteral("c1"));
    const Login anne(store.location(), QStringLiteral("anne"));

    // A therapist with psql tries to choose the entry's place, hash and login.
    CHECK(anne.runs(QStringLiteral(
        "INSERT INTO access_log (seq, at, actor, action, client, prev_hash, hash, login) VALUES "
        "(999, '2026-12-08T09:30:00.000+01:00', 's-anne', 'read', 'c1', 'x', 'y', 'ole')")));
    // A time the program would not write is refused (the chain's hash covers its text).
    CHECK(anne.refusal(QStringLiteral("INSERT INTO access_log (at, actor, action) VALUES "
                                      "('8/12 2026', 's-anne', 'read')"))
        == QStringLiteral("23514"));
    log.record(system, AccessKind::Read, QStringLiteral("c2"));

    const auto entries = log.find({});
    REQUIRE(entries.size() == 3);
    CHECK(entries[1].seq == 2);
    CHECK(entries[1].prevHash == entries[2].hash);
    CHECK(entries[1].login == serverlogins::loginName(store.location(), QStringLiteral("anne")));
    CHECK(entries[0].seq == 3);
    CHECK_FALSE(entries[0].login.isEmpty());
    CHECK_FALSE(log.firstBrokenEntry().has_value());
}

TEST_CASE("Many sessions appending to the access log at once leave one whole chain without gaps",
    "[core][storage][accesslog][postgresql]")
{
    TestStoredDatabase store;
    constexpr int sessions = 4;
    constexpr int appends = 40;
    std::vector<std::thread> threads;
    std::atomic<int> failures = 0;
    for (int s = 0; s < sessions; ++s) {
        threads.emplace_back([&, s] {
            try {
                Database db(TestDatabase::uniqueConnectionName());
                db.open(store.location(), Database::OpenMode::MustExist);
                const Clock clock;
                AccessLog log(db, clock);
                const Actor actor {QStringLiteral("s%1").arg(s), QString(), Role::Therapist, false};
                for (int i = 0; i < appends; ++i) {
                    if (i % 4 == 0) {
                        log.recordReads(actor, {QStringLiteral("a"), QStringLiteral("b")},
                            QStringLiteral("overview"));
                    } else {
                        log.record(actor, AccessKind::Read, QStringLiteral("c%1").arg(i));
                    }
                }
            } catch (...) {
                ++failures;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    CHECK(failures == 0);
    const qint64 expected = sessions * (appends + appends / 4);
    SqlQuery q(store.db(), QStringLiteral("SELECT count(*), min(seq), max(seq) FROM access_log"));
    q.exec();
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == expected);
    CHECK(q.value(1).toLongLong() == 1);
    CHECK(q.value(2).toLongLong() == expected);
    CHECK_FALSE(AccessLog(store.db(), Clock()).firstBrokenEntry().has_value());
}
