#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QThread>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/backupservice.h"
#include "core/storage/clientrepository.h"
#include "core/storage/datasetstore.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"
#include "support/damagedfile.h"
#include "support/sampledataset.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using mestring::test::TestDatabase;
using mestring::test::TestDatabaseFile;

namespace {

const Actor manager {QStringLiteral("s-mgr"), QStringLiteral("Lars Vang"), Role::Manager, false};

// The sample centre in a file whose courses table is damaged; the file is closed.
struct DamagedFile
{
    TestDatabaseFile file;
    QByteArray hash;

    DamagedFile()
    {
        Transaction t(file.db());
        insertDataset(file.db(), mestring::test::sampleDataset());
        t.commit();
        file.close();
        mestring::test::damageTable(file.path(), QStringLiteral("courses"));
        hash = mestring::test::fileHash(file.path());
    }
    bool unchanged() const { return mestring::test::fileHash(file.path()) == hash; }
};

StorageError thrownBy(const std::function<void()> &action)
{
    try {
        action();
    } catch (const StorageError &e) {
        return e;
    }
    FAIL("no StorageError");
    return StorageError(QString());
}

void requireDamageMessage(const StorageError &e, const QString &path)
{
    INFO(e.what());
    CHECK(e.isDamage());
    CHECK(e.message().contains(QDir::toNativeSeparators(path) + QStringLiteral(" is damaged")));
    CHECK(e.message().contains(QStringLiteral("Restore the latest backup")));
}

} // namespace

TEST_CASE("A damaged file opens, and its first write is refused with the damaged message before "
          "anything is written",
    "[core][storage][damage]")
{
    DamagedFile f;
    Database db(TestDatabase::uniqueConnectionName());
    // Only the header is read on opening; the damage is further in.
    REQUIRE_NOTHROW(db.open(f.file.path(), Database::OpenMode::MustExist));
    // The access log is not where the damage is: the check before the first write finds it.
    requireDamageMessage(thrownBy([&] {
        AccessLog(db, Clock()).record(manager, AccessKind::Read, QStringLiteral("c1"));
    }),
        f.file.path());
    // A single-row write outside a transaction is stopped at its commit just the same.
    Client c;
    c.id = QStringLiteral("c-new");
    c.lastName = QStringLiteral("Ny");
    requireDamageMessage(thrownBy([&] { ClientRepository(db).insert(c); }), f.file.path());
    db.close();
    CHECK(f.unchanged());
}

TEST_CASE("Reading a damaged table gives the damaged message, never a shorter list",
    "[core][storage][damage]")
{
    DamagedFile f;
    Database db(TestDatabase::uniqueConnectionName());
    db.open(f.file.path(), Database::OpenMode::MustExist);
    requireDamageMessage(thrownBy([&] { loadDataset(db); }), f.file.path());
    // Tables that are sound are read as usual.
    CHECK(ClientRepository(db).byId(QStringLiteral("c1")));
    db.close();
    CHECK(f.unchanged());
}

TEST_CASE("The check in the background finds the damage while nothing waits for it",
    "[core][storage][damage]")
{
    DamagedFile f;
    Database db(TestDatabase::uniqueConnectionName());
    db.open(f.file.path(), Database::OpenMode::MustExist);
    CHECK(db.knownDamage().isEmpty());
    db.checkInBackground();
    QElapsedTimer timer;
    timer.start();
    while (db.knownDamage().isEmpty() && timer.elapsed() < 20000)
        QThread::msleep(10);
    CHECK_FALSE(db.knownDamage().isEmpty());
    requireDamageMessage(thrownBy([&] { db.requireSound(); }), f.file.path());
}

TEST_CASE("A sound file passes the check once, and closing during a background check waits for "
          "nothing",
    "[core][storage][damage]")
{
    TestDatabaseFile file;
    file.close();
    Database db(TestDatabase::uniqueConnectionName());
    db.open(file.path(), Database::OpenMode::MustExist);
    db.checkInBackground();
    CHECK_NOTHROW(db.requireSound());
    CHECK(db.knownDamage().isEmpty());
    CHECK_NOTHROW(AccessLog(db, Clock()).record(manager, AccessKind::Read, QStringLiteral("c1")));
    db.checkInBackground(); // a second start is ignored
    db.close();
    db.open(file.path(), Database::OpenMode::MustExist);
    db.checkInBackground();
    db.close(); // interrupts the check
    CHECK_FALSE(db.isOpen());
}

TEST_CASE("A backup of a damaged database is refused and the older backups are kept",
    "[core][storage][damage][backup]")
{
    TestDatabaseFile file;
    {
        Transaction t(file.db());
        insertDataset(file.db(), mestring::test::sampleDataset());
        t.commit();
    }
    const QString folder = file.dirPath() + QStringLiteral("/backup");
    {
        const Clock clock;
        AccessLog log(file.db(), clock);
        BackupService(file.db(), log, clock).backup(manager, folder, 1);
    }
    file.close();
    mestring::test::damageTable(file.path(), QStringLiteral("courses"));
    const QStringList before = BackupService::backupsIn(folder);
    Database db(TestDatabase::uniqueConnectionName());
    db.open(file.path(), Database::OpenMode::MustExist);
    const Clock clock;
    AccessLog log(db, clock);
    requireDamageMessage(
        thrownBy([&] { BackupService(db, log, clock).backup(manager, folder, 1); }), file.path());
    CHECK(BackupService::backupsIn(folder) == before);
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden).size() == before.size());
}
