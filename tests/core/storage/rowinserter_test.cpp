// RowInserter writes rows a statement at a time on a file and a few hundred a statement on a
// server; on both engines every row arrives once, in order, with its values as given.
#include <catch2/catch.hpp>

#include "core/storage/rowinserter.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using namespace mestring::test;

namespace {

// Temporary: gone with the connection (a server test database is reused by later tests).
void createScratch(const Database &db)
{
    execSql(db, QStringLiteral("CREATE TEMPORARY TABLE scratch (n INTEGER PRIMARY KEY, label TEXT)"));
}

std::vector<std::pair<int, QString>> scratchRows(const Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT n, label FROM scratch ORDER BY n"));
    q.exec();
    std::vector<std::pair<int, QString>> rows;
    while (q.next())
        rows.emplace_back(q.value(0).toInt(), q.value(1).toString());
    return rows;
}

} // namespace

TEST_CASE("Rows inserted together arrive once each, with their values, however many there are",
    "[core][storage]")
{
    // Around the server's 200 rows a statement: none, one, a whole statement, one more, several.
    const int count = GENERATE(0, 1, 199, 200, 201, 450);
    TestDatabase db;
    createScratch(db);
    Transaction transaction(db);
    RowInserter insert(db, QStringLiteral("scratch"), {QStringLiteral("n"), QStringLiteral("label")});
    for (int n = 0; n < count; ++n)
        insert.add({n, n % 7 == 0 ? QVariant() : QVariant(QStringLiteral("rad %1 'x'?").arg(n))});
    insert.finish();
    transaction.commit();
    const auto rows = scratchRows(db);
    REQUIRE(rows.size() == std::size_t(count));
    for (int n = 0; n < count; ++n) {
        CHECK(rows[std::size_t(n)].first == n);
        CHECK(rows[std::size_t(n)].second
            == (n % 7 == 0 ? QString() : QStringLiteral("rad %1 'x'?").arg(n)));
    }
}

TEST_CASE("A refused row leaves nothing of its transaction behind", "[core][storage]")
{
    TestDatabase db;
    createScratch(db);
    {
        Transaction transaction(db);
        RowInserter insert(db, QStringLiteral("scratch"), {QStringLiteral("n"), QStringLiteral("label")});
        // Refused when its statement runs: at once on a file, with the last rows on a server.
        const auto write = [&] {
            for (int n = 0; n < 300; ++n)
                insert.add({n, QStringLiteral("a")});
            insert.add({5, QStringLiteral("the same key again")});
            insert.finish();
        };
        CHECK_THROWS_AS(write(), StorageError);
    }
    CHECK(scratchRows(db).empty());
}
