#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/storageerror.h"

using namespace mestring::core;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString uniqueName()
{
    return QUuid::createUuid().toString();
}

} // namespace

TEST_CASE("A new database file gets the latest schema, WAL and foreign keys", "[core][storage][sqlite]")
{
    QTemporaryDir dir;
    Database db(uniqueName());
    db.open(dir.filePath(QStringLiteral("new.sqlite")));
    CHECK(db.schemaVersion() == latestSchemaVersion());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    REQUIRE(q.exec(QStringLiteral("PRAGMA application_id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == Database::applicationId);
}

TEST_CASE("Opening a missing file in must-exist mode is refused", "[core][storage][sqlite]")
{
    QTemporaryDir dir;
    Database db(uniqueName());
    CHECK_THROWS_AS(db.open(dir.filePath(QStringLiteral("nope.sqlite")), Database::OpenMode::MustExist),
                    StorageError);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("nope.sqlite"))));
}

TEST_CASE("A file that is not a database is refused and left untouched", "[core][storage][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    const QByteArray before = fileHash(path);
    Database db(uniqueName());
    CHECK_THROWS_AS(db.open(path), StorageError);
    CHECK(fileHash(path) == before);
}

TEST_CASE("An SQLite file of another program is refused and left untouched", "[core][storage][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        const QString name = uniqueName();
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(path);
            REQUIRE(other.open());
            QSqlQuery q(other);
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE recipes (id INTEGER)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const QByteArray before = fileHash(path);
    Database db(uniqueName());
    CHECK_THROWS_AS(db.open(path), StorageError);
    CHECK(fileHash(path) == before);
}

TEST_CASE("A database from a newer program version is refused and left untouched",
          "[core][storage][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Database db(uniqueName());
        db.open(path);
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(path);
    Database db(uniqueName());
    CHECK_THROWS_AS(db.open(path), StorageError);
    CHECK(fileHash(path) == before);
}

TEST_CASE("Reopening a database keeps its data", "[core][storage][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.sqlite"));
    {
        Database db(uniqueName());
        db.open(path);
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
    }
    Database db(uniqueName());
    db.open(path, Database::OpenMode::MustExist);
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'k'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("v"));
}
