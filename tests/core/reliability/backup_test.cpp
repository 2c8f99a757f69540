#include <catch2/catch.hpp>

#include <future>
#include <thread>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include "core/cli/clirun.h"
#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/backupservice.h"
#include "core/services/serviceerrors.h"
#include "core/storage/clientrepository.h"
#include "core/storage/datasetstore.h"
#include "core/storage/integritycheck.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlitebackup.h"
#include "core/storage/sqlitefiles.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"
#include "support/sampledataset.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using mestring::test::TestDatabaseFile;

namespace {

const Actor manager {QStringLiteral("s-mgr"), QStringLiteral("Lars Vang"), Role::Manager, false};

// Every row of every table, as text, per table; rows sorted (VACUUM may renumber rowids).
std::map<QString, QStringList> tableRows(const Database &db)
{
    std::map<QString, QStringList> tables;
    QSqlQuery names(db.connection());
    REQUIRE(names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "ORDER BY name")));
    while (names.next()) {
        const QString table = names.value(0).toString();
        QSqlQuery rows(db.connection());
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM ") + table));
        QStringList &list = tables[table];
        while (rows.next()) {
            QStringList fields;
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant v = rows.value(i);
                fields << (v.isNull() ? QStringLiteral("<null>") : v.toString());
            }
            list << fields.join(QChar(0x1f));
        }
        list.sort();
    }
    return tables;
}

struct BackupFixture
{
    TestDatabaseFile file;
    Clock clock;
    AccessLog log {file.db(), clock};
    BackupService backups {file.db(), log, clock};
    QString folder = file.dirPath() + QStringLiteral("/backup");

    BackupFixture()
    {
        Transaction t(file.db());
        insertDataset(file.db(), mestring::test::sampleDataset());
        t.commit();
        log.record(manager, AccessKind::Read, QStringLiteral("c1"));
    }
    QString addClient()
    {
        Client c;
        c.id = QStringLiteral("c-after-backup");
        c.firstName = QStringLiteral("Efter");
        c.lastName = QStringLiteral("Backup");
        ClientRepository(file.db()).insert(c);
        return c.id;
    }
};

} // namespace

TEST_CASE("A backup is written, checked and named by its time, and only the newest N are kept",
    "[core][reliability][backup][sqlite]")
{
    BackupFixture f;
    const BackupResult first = f.backups.backup(manager, f.folder, 2);
    CHECK(QFileInfo(first.path)
              .fileName()
              .contains(
                  QRegularExpression(QStringLiteral("^mestring-\\d{8}-\\d{6}(-\\d+)?\\.sqlite$"))));
    CHECK(first.bytes > 0);
    CHECK(inspectDatabaseFile(first.path).ok);
    f.backups.backup(manager, f.folder, 2);
    const BackupResult third = f.backups.backup(manager, f.folder, 2);
    CHECK(third.removed == QStringList {first.path});
    const QStringList kept = BackupService::backupsIn(f.folder);
    CHECK(kept.size() == 2);
    CHECK(kept.last() == QFileInfo(third.path).fileName());
    // No half-written file is left behind under another name.
    CHECK(QDir(f.folder).entryList(QDir::Files | QDir::Hidden).size() == 2);
    CHECK(f.log.find({}).front().action == QStringLiteral("backup"));
}

TEST_CASE("A restored backup equals the database it was taken of, every table row by row",
    "[core][reliability][backup][sqlite]")
{
    BackupFixture f;
    const auto before = tableRows(f.file.db());
    const BackupResult backup = f.backups.backup(manager, f.folder);
    f.addClient();

    const RestoreResult restored = f.backups.restore(manager, backup.path);
    REQUIRE(f.file.db().isOpen());
    auto after = tableRows(f.file.db());
    CHECK(after.size() == before.size());
    for (const auto &[table, rows] : before) {
        INFO(table.toStdString());
        if (table == QLatin1StringView("access_log")) {
            // The restored log ends with the restore itself.
            REQUIRE(after[table].size() == rows.size() + 1);
            continue;
        }
        CHECK(after[table] == rows);
    }
    CHECK_FALSE(ClientRepository(f.file.db()).byId(QStringLiteral("c-after-backup")));
    CHECK_FALSE(f.log.firstBrokenEntry().has_value());
    CHECK(f.log.find({}).front().action == QStringLiteral("restore"));

    // The replaced file is kept, whole, with the client added after the backup.
    REQUIRE(QFileInfo::exists(restored.safetyCopy));
    Database safety(mestring::test::TestDatabase::uniqueConnectionName());
    safety.open(restored.safetyCopy, Database::OpenMode::MustExist);
    CHECK(ClientRepository(safety).byId(QStringLiteral("c-after-backup")));
}

TEST_CASE("A damaged, foreign or newer backup is refused before anything is replaced",
    "[core][reliability][backup][sqlite]")
{
    BackupFixture f;
    const BackupResult good = f.backups.backup(manager, f.folder);
    QFile source(good.path);
    REQUIRE(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();

    const QString bad = f.file.dirPath() + QStringLiteral("/bad.sqlite");
    auto write = [&bad](const QByteArray &content) {
        QFile::remove(bad);
        QFile out(bad);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(content);
    };
    QByteArray damaged = bytes;
    for (qsizetype i = 4096; i < 4096 + 12; ++i) // the header of the second page
        damaged[i] = char(0xff);
    QByteArray newer = bytes;
    newer[60] = char(0x7f); // user_version, big-endian at offset 60
    QByteArray foreign = bytes;
    foreign[68] = foreign[69] = foreign[70] = foreign[71] = 0; // application_id

    const QList<QByteArray> cases = {
        QByteArray("not a database at all"), bytes.left(bytes.size() / 2), damaged, newer, foreign};
    for (const QByteArray &content : cases) {
        write(content);
        f.file.close();
        const QByteArray hash = mestring::test::fileHash(f.file.path());
        f.file.reopen();
        CHECK_THROWS_AS(f.backups.restore(manager, bad), StorageError);
        REQUIRE(f.file.db().isOpen());
        f.file.close();
        CHECK(mestring::test::fileHash(f.file.path()) == hash);
        f.file.reopen();
    }
    // Nothing but the backup folder and the database: no safety copies of refused restores.
    CHECK_FALSE(QDir(f.file.dirPath())
                    .entryList({QStringLiteral("*.before-restore-*")}, QDir::Files)
                    .size());
}

TEST_CASE("A restore into a database another connection is writing waits for that write, then "
          "replaces everything at once, and keeps exactly what it replaced",
    "[core][reliability][backup][sqlite]")
{
    BackupFixture f;
    const BackupResult backup = f.backups.backup(manager, f.folder);
    const QString path = f.file.path();
    // Another program's write transaction, held for a while: the restore must wait for it.
    std::promise<void> holding;
    std::thread other([path, &holding] {
        Database db(mestring::test::TestDatabase::uniqueConnectionName());
        db.open(path, Database::OpenMode::MustExist);
        Transaction transaction(db);
        Client c;
        c.id = QStringLiteral("c-written-meanwhile");
        c.firstName = QStringLiteral("Imens");
        ClientRepository(db).insert(c);
        holding.set_value();
        QThread::msleep(1500);
        transaction.commit();
    });
    holding.get_future().wait();
    QElapsedTimer waited;
    waited.start();
    bool lockedAfterTheWrite = false;
    const RestoreResult restored = BackupService::restoreFile(backup.path, path, manager, f.clock,
        [&] { lockedAfterTheWrite = waited.elapsed() >= 1000; });
    other.join();
    CHECK(lockedAfterTheWrite);
    // The connection that stayed open reads the restored database, and goes on writing in it.
    CHECK_FALSE(ClientRepository(f.file.db()).byId(QStringLiteral("c-written-meanwhile")));
    CHECK(f.log.find({}).front().action == QStringLiteral("restore"));
    f.log.record(manager, AccessKind::Read, QStringLiteral("c1"));
    CHECK_FALSE(f.log.firstBrokenEntry().has_value());
    // The write it waited for is in the safety copy: nothing committed is lost without a copy.
    Database safety(mestring::test::TestDatabase::uniqueConnectionName());
    safety.open(restored.safetyCopy, Database::OpenMode::MustExist);
    CHECK(ClientRepository(safety).byId(QStringLiteral("c-written-meanwhile")));
    // Nothing was left behind beside the database: no half copy, no prepared copy.
    CHECK(QDir(f.file.dirPath())
              .entryList({QStringLiteral(".mestring-*"), QStringLiteral("*.partial")},
                  QDir::Files | QDir::Hidden)
              .isEmpty());
}

TEST_CASE("A restore over a file SQLite cannot read, or over another program's database, is "
          "refused and changes nothing",
    "[core][reliability][backup]")
{
    BackupFixture f;
    const BackupResult backup = f.backups.backup(manager, f.folder);
    const QString notSqlite = f.file.dirPath() + QStringLiteral("/damaged.sqlite");
    {
        QFile out(notSqlite);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QByteArray(8192, 'x'));
    }
    const QByteArray damagedBefore = mestring::test::fileHash(notSqlite);
    CHECK_THROWS_WITH(BackupService::restoreFile(backup.path, notSqlite, manager, f.clock),
        Catch::Contains("cannot read the file") && Catch::Contains("move the damaged file"));
    const QString foreign = f.file.dirPath() + QStringLiteral("/foreign.sqlite");
    const QString name = mestring::test::TestDatabase::uniqueConnectionName();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(foreign);
        REQUIRE(raw.open());
        REQUIRE(QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE photos (id INTEGER)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    const QByteArray before = mestring::test::fileHash(foreign);
    CHECK_THROWS_WITH(BackupService::restoreFile(backup.path, foreign, manager, f.clock),
        Catch::Contains("not a Mestring database"));
    CHECK(mestring::test::fileHash(foreign) == before);
    CHECK(mestring::test::fileHash(notSqlite) == damagedBefore);
    CHECK(QDir(f.file.dirPath())
              .entryList({QStringLiteral("*.before-restore-*"), QStringLiteral(".mestring-*")},
                  QDir::Files | QDir::Hidden)
              .isEmpty());
}

TEST_CASE("A restore into a missing file creates it, and a backup of another page size is "
          "restored into an open database",
    "[core][reliability][backup]")
{
    BackupFixture f;
    const BackupResult backup = f.backups.backup(manager, f.folder);
    const QString fresh = f.file.dirPath() + QStringLiteral("/new/mestring.sqlite");
    REQUIRE(QDir().mkpath(f.file.dirPath() + QStringLiteral("/new")));
    const RestoreResult created = BackupService::restoreFile(backup.path, fresh, manager, f.clock);
    CHECK(created.safetyCopy.isEmpty());
    Database restored(mestring::test::TestDatabase::uniqueConnectionName());
    restored.open(fresh, Database::OpenMode::MustExist);
    CHECK(ClientRepository(restored).byId(QStringLiteral("c1")));

    // A backup with pages of 8 KB, the database's of 4 KB (SQLite's default).
    const QString wide = f.file.dirPath() + QStringLiteral("/mestring-20250101-070000.sqlite");
    const QString name = mestring::test::TestDatabase::uniqueConnectionName();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(backup.path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_size = 8192")));
        REQUIRE(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(wide)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    REQUIRE(readDatabaseHeader(wide).pageSize == 8192);
    f.addClient();
    f.backups.restore(manager, wide);
    CHECK_FALSE(ClientRepository(f.file.db()).byId(QStringLiteral("c-after-backup")));
    CHECK(ClientRepository(f.file.db()).byId(QStringLiteral("c1")));
    SqlQuery pageSize(f.file.db(), QStringLiteral("PRAGMA page_size"));
    CHECK(pageSize.scalar().toInt() == 4096);
    CHECK(integrityProblems(f.file.db()).isEmpty());
}

TEST_CASE("Only a manager takes or restores backups", "[core][reliability][backup][sqlite]")
{
    BackupFixture f;
    const Actor nurse {QStringLiteral("s-n"), QStringLiteral("Mette"), Role::Nurse, false};
    const Actor coordinator {
        QStringLiteral("s-c"), QStringLiteral("Karen"), Role::Coordinator, false};
    CHECK_THROWS_AS(f.backups.backup(nurse, f.folder), PermissionDenied);
    CHECK_THROWS_AS(f.backups.backup(coordinator, f.folder), PermissionDenied);
    const BackupResult backup = f.backups.backup(manager, f.folder);
    CHECK_THROWS_AS(f.backups.restore(coordinator, backup.path), PermissionDenied);
    CHECK(f.file.db().isOpen());
}

TEST_CASE("The first start of a day takes a backup, later starts that day do not",
    "[core][reliability][backup][sqlite]")
{
    BackupFixture f;
    const QDate today = Clock().today();
    CHECK(BackupService::backupDueToday(f.folder, today)); // the folder does not even exist
    f.backups.backup(manager, f.folder);
    CHECK_FALSE(BackupService::backupDueToday(f.folder, today));
    CHECK(BackupService::backupDueToday(f.folder, today.addDays(1)));
    // Other files in the folder are no backups.
    QFile other(f.folder + QStringLiteral("/mestring-notes.sqlite"));
    REQUIRE(other.open(QIODevice::WriteOnly));
    CHECK(BackupService::backupsIn(f.folder).size() == 1);
}

TEST_CASE(
    "mestring-cli backup and restore round-trip a database", "[core][reliability][backup][cli][sqlite]")
{
    BackupFixture f;
    const auto before = tableRows(f.file.db());
    f.file.close();
    auto cli = [](const QStringList &arguments) {
        const mestring::test::CliRun run = mestring::test::runCli(arguments);
        INFO(run.err.toStdString());
        return run.exitCode;
    };
    REQUIRE(cli({QStringLiteral("backup"), QStringLiteral("--db"), f.file.path(),
                QStringLiteral("--dir"), f.folder, QStringLiteral("--keep"), QStringLiteral("3")})
        == 0);
    const QStringList backups = BackupService::backupsIn(f.folder);
    REQUIRE(backups.size() == 1);
    f.file.reopen();
    f.addClient();
    f.file.close();
    REQUIRE(cli({QStringLiteral("restore"), QStringLiteral("--db"), f.file.path(),
                QStringLiteral("--from"), f.folder + QLatin1Char('/') + backups.first()})
        == 0);
    f.file.reopen();
    auto after = tableRows(f.file.db());
    for (const auto &[table, rows] : before) {
        INFO(table.toStdString());
        if (table != QLatin1StringView("access_log")) CHECK(after[table] == rows);
    }
    CHECK(cli({QStringLiteral("restore"), QStringLiteral("--db"), f.file.path(),
              QStringLiteral("--from"), f.file.dirPath() + QStringLiteral("/missing.sqlite")})
        == 1);
}

TEST_CASE("A backup from an older schema version is restored and migrated on opening",
    "[core][reliability][backup][sqlite]")
{
    BackupFixture f;
    // A version 1 file, as a backup taken before schema 2 was released.
    const QString old = f.file.dirPath() + QStringLiteral("/mestring-20250101-080000.sqlite");
    QFile fixture(QStringLiteral(MESTRING_TEST_DATA "/schemas/v1.sql"));
    REQUIRE(fixture.open(QIODevice::ReadOnly));
    QString sql;
    for (const QString &line : QString::fromUtf8(fixture.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QLatin1StringView("--"))) sql += line + QLatin1Char('\n');
    }
    const QString name = mestring::test::TestDatabase::uniqueConnectionName();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(old);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        for (const QString &statement : sql.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            if (!statement.trimmed().isEmpty()) REQUIRE(q.exec(statement));
        }
        REQUIRE(q.exec(QStringLiteral("INSERT INTO clients (id, seq, last_name) VALUES ('c-old', "
                                      "1, 'Gammel')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    REQUIRE(inspectDatabaseFile(old).schemaVersion == 1);

    const RestoreResult restored = f.backups.restore(manager, old);
    CHECK(restored.schemaVersion == 1);
    CHECK(f.file.db().schemaVersion() == latestSchemaVersion());
    CHECK(ClientRepository(f.file.db()).byId(QStringLiteral("c-old")));
}
