// Live lists (issue 17): on a server a program learns within about a second that another
// session changed a table a list shows, and not of its own changes or of reads.
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include "core/storage/changefeed.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/storage/staffrepository.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using namespace mestring::test;

namespace {

// Every announcement the feed made while `ms` passed.
std::vector<QSet<QString>> announcedWithin(ChangeFeed &feed, int ms)
{
    std::vector<QSet<QString>> seen;
    const auto connection = QObject::connect(&feed, &ChangeFeed::changed,
        [&seen](const QSet<QString> &tables) { seen.push_back(tables); });
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    QObject::disconnect(connection);
    return seen;
}

void addStaff(const Database &db, const QString &id)
{
    StaffRepository(db).insert(
        {id, QStringLiteral("Lone Berg"), Role::Therapist, id.mid(2), true});
}

} // namespace

TEST_CASE("A change committed on a server by another session is announced within a second, "
          "with its table",
    "[core][storage][live][postgresql]")
{
    TestStoredDatabase store;
    ChangeFeed feed(store.db());
    Database other(TestDatabase::uniqueConnectionName());
    other.open(store.location(), Database::OpenMode::MustExist);

    CHECK(announcedWithin(feed, 600).empty()); // nothing changed yet
    addStaff(other, QStringLiteral("s-lone"));
    const std::vector<QSet<QString>> seen = announcedWithin(feed, 1000);
    REQUIRE(seen.size() == 1);
    CHECK(seen.front() == QSet<QString> {QStringLiteral("staff")});
}

TEST_CASE("A file announces no change: another program's list reads would refresh this one's "
          "lists for ever",
    "[core][storage][live][sqlite]")
{
    TestStoredDatabase store;
    ChangeFeed feed(store.db());
    Database other(TestDatabase::uniqueConnectionName());
    other.open(store.location(), Database::OpenMode::MustExist);
    addStaff(other, QStringLiteral("s-lone"));
    CHECK(announcedWithin(feed, 1000).empty());
}

TEST_CASE("The program's own changes and its reads are not announced to it",
    "[core][storage][live]")
{
    TestStoredDatabase store;
    ChangeFeed feed(store.db());
    addStaff(store.db(), QStringLiteral("s-lone"));
    Database other(TestDatabase::uniqueConnectionName());
    other.open(store.location(), Database::OpenMode::MustExist);
    SqlQuery read(other, QStringLiteral("SELECT count(*) FROM staff"));
    read.exec();
    CHECK(announcedWithin(feed, 1000).empty());
}

TEST_CASE("A change feed whose connection the server ended listens again by itself and says that "
          "anything may have changed",
    "[core][storage][live][postgresql]")
{
    TestStoredDatabase store;
    ChangeFeed feed(store.db());
    Database other(TestDatabase::uniqueConnectionName());
    other.open(store.location(), Database::OpenMode::MustExist);
    // As a server restart or an administrator would: the listening session is ended.
    SqlQuery end(other,
        QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                       "WHERE datname = current_database() AND query LIKE 'LISTEN%'"));
    REQUIRE(end.scalar().toInt() == 1);

    const std::vector<QSet<QString>> afterEnd = announcedWithin(feed, 7000);
    REQUIRE(afterEnd.size() == 1);
    CHECK(afterEnd.front().isEmpty());
    addStaff(other, QStringLiteral("s-lone"));
    const std::vector<QSet<QString>> seen = announcedWithin(feed, 1000);
    REQUIRE(seen.size() == 1);
    CHECK(seen.front() == QSet<QString> {QStringLiteral("staff")});
}

TEST_CASE("A change feed whose server stays up reports nothing at its checks: no lost "
          "connection, no refresh",
    "[core][storage][live][postgresql]")
{
    TestStoredDatabase store;
    ChangeFeed feed(store.db());
    int reachableChanges = 0;
    QObject::connect(&feed, &ChangeFeed::reachableChanged, [&](bool) { ++reachableChanges; });
    CHECK(announcedWithin(feed, 11000).empty()); // two checks
    CHECK(reachableChanges == 0);
    CHECK(feed.reachable());
}
