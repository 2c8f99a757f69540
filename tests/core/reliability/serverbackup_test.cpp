// Backups of a server database: pg_dump files checked by restoring them on the server, and a
// restore that swaps a checked copy in and keeps the replaced database.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlRecord>
#include <QTemporaryDir>

#include "core/cli/clirun.h"
#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/backupservice.h"
#include "core/storage/backend.h"
#include "core/storage/clientrepository.h"
#include "core/storage/databasecopy.h"
#include "core/storage/datasetstore.h"
#include "core/storage/serveradmin.h"
#include "core/storage/sqlitefiles.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"
#include "support/sampledataset.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using namespace mestring::test;

namespace {

const Actor manager {QStringLiteral("s-mgr"), QStringLiteral("Lars Vang"), Role::Manager, false};

// Every row of every table as text, rows sorted.
std::map<QString, QStringList> rowsOf(const Database &db)
{
    std::map<QString, QStringList> tables;
    for (const auto &[table, count] : mestring::core::tableRows(db)) {
        SqlQuery q(db, QStringLiteral("SELECT * FROM ") + table);
        q.exec();
        QStringList &list = tables[table];
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.raw().record().count(); ++i)
                fields << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
            list << fields.join(QChar(0x1f));
        }
        list.sort();
    }
    return tables;
}

// The scratch or kept copies (names containing `part`) of the database at `of` on the test
// server: only its own, as other tests back up and restore on the same server meanwhile.
QStringList copiesOf(const DatabaseLocation &of, const QString &part)
{
    const QString prefix = of.databaseName().left(30);
    QStringList names = ServerAdmin(testServer()).databases();
    names.removeIf([&](const QString &name) {
        return name == of.databaseName() || !name.startsWith(prefix) || !name.contains(part);
    });
    return names;
}

struct ServerBackupFixture
{
    TestStoredDatabase stored;
    QTemporaryDir dir;
    Clock clock;
    AccessLog log {stored.db(), clock};
    BackupService backups {stored.db(), log, clock};
    QString folder = dir.filePath(QStringLiteral("backup"));

    ServerBackupFixture()
    {
        Transaction t(stored.db());
        insertDataset(stored.db(), sampleDataset());
        t.commit();
        log.record(manager, AccessKind::Read, QStringLiteral("c1"));
    }
    void addClient()
    {
        Client c;
        c.id = QStringLiteral("c-after-backup");
        c.lastName = QStringLiteral("Backup");
        ClientRepository(stored.db()).insert(c);
    }
};

} // namespace

TEST_CASE("A server backup is written by pg_dump, checked by restoring it, and only the newest N "
          "are kept",
    "[core][reliability][backup][postgresql]")
{
    ServerBackupFixture f;
    const BackupResult first = f.backups.backup(manager, f.folder, 2);
    CHECK(QFileInfo(first.path).fileName().endsWith(QStringLiteral(".dump")));
    CHECK(first.bytes > 0);
    CHECK(f.stored.db().backend().checkBackup(f.stored.location(), first.path).ok);
    f.backups.backup(manager, f.folder, 2);
    const BackupResult third = f.backups.backup(manager, f.folder, 2);
    CHECK(third.removed == QStringList {first.path});
    CHECK(BackupService::backupsIn(f.folder).size() == 2);
    CHECK(QDir(f.folder).entryList(QDir::Files | QDir::Hidden).size() == 2);
    CHECK(f.log.find({}).front().action == QStringLiteral("backup"));
    // Every scratch database of the checks is gone again.
    CHECK(copiesOf(f.stored.location(), QStringLiteral("_check_")).isEmpty());
}

TEST_CASE("A restored server backup equals the database it was taken of, and the replaced one "
          "is kept",
    "[core][reliability][backup][postgresql]")
{
    ServerBackupFixture f;
    const auto before = rowsOf(f.stored.db());
    const BackupResult backup = f.backups.backup(manager, f.folder);
    f.addClient();

    const RestoreResult restored = f.backups.restore(manager, backup.path);
    REQUIRE(f.stored.db().isOpen());
    auto after = rowsOf(f.stored.db());
    for (const auto &[table, rows] : before) {
        INFO(table.toStdString());
        if (table == QLatin1StringView("access_log")) {
            // The restored log ends with the restore itself.
            CHECK(after[table].size() == rows.size() + 1);
            continue;
        }
        CHECK(after[table] == rows);
    }
    CHECK_FALSE(ClientRepository(f.stored.db()).byId(QStringLiteral("c-after-backup")));
    CHECK_FALSE(f.log.firstBrokenEntry().has_value());
    CHECK(f.log.find({}).front().action == QStringLiteral("restore"));

    // The replaced database is kept under its new name, with the client added after the backup.
    REQUIRE(restored.safetyCopy.contains(QStringLiteral("_before_restore_")));
    {
        Database kept(TestDatabase::uniqueConnectionName());
        kept.open(f.stored.location().withDatabase(restored.safetyCopy),
            Database::OpenMode::MustExist);
        CHECK(ClientRepository(kept).byId(QStringLiteral("c-after-backup")));
    }
    ServerAdmin(testServer()).dropDatabase(restored.safetyCopy);
    CHECK(copiesOf(f.stored.location(), QStringLiteral("_check_")).isEmpty());
}

TEST_CASE("A damaged or foreign server backup, or a database still in use, is refused before "
          "anything is replaced",
    "[core][reliability][backup][postgresql]")
{
    ServerBackupFixture f;
    const int clients = ClientRepository(f.stored.db()).count();
    const QString garbage = f.dir.filePath(QStringLiteral("mestring-20260101-000000.dump"));
    {
        QFile file(garbage);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    CHECK_THROWS_AS(f.backups.restore(manager, garbage), StorageError);
    CHECK_THROWS_AS(f.backups.restore(manager, f.dir.filePath(QStringLiteral("missing.dump"))),
        StorageError);

    // Another PC has the database open: nothing is swapped.
    const BackupResult backup = f.backups.backup(manager, f.folder);
    {
        Database otherPc(TestDatabase::uniqueConnectionName());
        otherPc.open(f.stored.location(), Database::OpenMode::MustExist);
        try {
            f.backups.restore(manager, backup.path);
            FAIL("restored while another session had the database open");
        } catch (const StorageError &e) {
            CHECK(e.message().contains(QStringLiteral("another PC")));
        }
    }
    REQUIRE(f.stored.db().isOpen());
    CHECK(ClientRepository(f.stored.db()).count() == clients);
    CHECK(copiesOf(f.stored.location(), QStringLiteral("_check_")).isEmpty());
    CHECK(copiesOf(f.stored.location(), QStringLiteral("_before_restore_")).isEmpty());
}

TEST_CASE("mestring-cli backup and restore round-trip a server database",
    "[core][reliability][backup][cli][postgresql]")
{
    ServerBackupFixture f;
    const QString address = f.stored.address();
    f.stored.close();
    const CliRun backedUp = runCli({QStringLiteral("backup"), QStringLiteral("--db"), address,
        QStringLiteral("--dir"), f.folder});
    INFO(backedUp.err.toStdString());
    REQUIRE(backedUp.exitCode == 0);
    const QStringList backups = BackupService::backupsIn(f.folder);
    REQUIRE(backups.size() == 1);
    const CliRun restored = runCli({QStringLiteral("restore"), QStringLiteral("--db"), address,
        QStringLiteral("--from"), QDir(f.folder).filePath(backups.front())});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains("_before_restore_"));
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--db"), address}).exitCode == 0);
    for (const QString &kept : copiesOf(DatabaseLocation::parse(address), QStringLiteral("_before_restore_")))
        ServerAdmin(testServer()).dropDatabase(kept);
}
