#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

#include "core/cli/clirun.h"
#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/backupservice.h"
#include "core/services/serviceerrors.h"
#include "core/storage/clientrepository.h"
#include "core/storage/datasetstore.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlitefiles.h"
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
    "[core][reliability][backup]")
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
    "[core][reliability][backup]")
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
    "[core][reliability][backup]")
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

TEST_CASE("A restore is refused while another program has the database open",
    "[core][reliability][backup]")
{
    BackupFixture f;
    const BackupResult backup = f.backups.backup(manager, f.folder);
    Database other(mestring::test::TestDatabase::uniqueConnectionName());
    other.open(f.file.path(), Database::OpenMode::MustExist);
    f.file.close();
    CHECK_THROWS_WITH(BackupService::restoreFile(backup.path, f.file.path()),
        Catch::Contains("open in another Mestring"));
}

TEST_CASE("Only a manager takes or restores backups", "[core][reliability][backup]")
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
    "[core][reliability][backup]")
{
    BackupFixture f;
    const QDate today = QDate::currentDate();
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
    "mestring-cli backup and restore round-trip a database", "[core][reliability][backup][cli]")
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
    "[core][reliability][backup]")
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
