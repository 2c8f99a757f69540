#include "damagedfile.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "testdatabase.h"

namespace mestring::test {

void damageTable(const QString &path, const QString &table)
{
    qint64 rootPage = 0;
    qint64 pageSize = 0;
    const QString name = TestDatabase::uniqueConnectionName();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_size")));
        REQUIRE(q.next());
        pageSize = q.value(0).toLongLong();
        REQUIRE(q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?")));
        q.addBindValue(table);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        rootPage = q.value(0).toLongLong();
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    REQUIRE(rootPage > 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((rootPage - 1) * pageSize));
    // 0x01 is no b-tree page type (2, 5, 10 and 13 are).
    REQUIRE(file.write(QByteArray(1, char(0x01))) == 1);
}

} // namespace mestring::test
