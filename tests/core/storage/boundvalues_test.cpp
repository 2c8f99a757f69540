// Values bound to a statement come back exactly as written, on both engines: on a server they
// travel as literals in the statement's text (core/storage/postgresliterals.cpp), so a quote, a
// backslash or a question mark inside a value must never end the value or change the statement.
#include <catch2/catch.hpp>

#include <QDate>

#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using namespace mestring::test;

namespace {

QVariant echoed(const Database &db, const QVariant &value)
{
    SqlQuery q(db, QStringLiteral("SELECT ?"));
    q.bind(value);
    return q.scalar();
}

} // namespace

TEST_CASE("Text with quotes, backslashes, question marks and any script comes back as written",
    "[core][storage]")
{
    TestDatabase db;
    const QString texts[] = {
        QStringLiteral("O'Brien"),
        QStringLiteral("''; DROP TABLE clients; --"),
        QStringLiteral("C:\\Users\\anne\\"),
        QStringLiteral("\\'"),
        QStringLiteral("Hvad nu? Og så?"),
        QStringLiteral("$$ $1 $tag$"),
        QStringLiteral("\"citat\" -- ikke en kommentar /* heller ikke */"),
        QStringLiteral("Æblegrød, Øster Åby, ß, ñ, Ω, 漢字, \U0001F600"),
        QStringLiteral("linje 1\nlinje 2\r\n\ttab"),
        QString(),
    };
    for (const QString &text : texts) {
        INFO(text.toStdString());
        CHECK(echoed(db, text).toString() == text);
    }
}

TEST_CASE("Numbers, days and flags bound to a statement come back as the same values",
    "[core][storage]")
{
    TestDatabase db;
    CHECK(echoed(db, qint64(-9007199254740993)).toLongLong() == qint64(-9007199254740993));
    CHECK(echoed(db, 2.5).toDouble() == 2.5);
    CHECK(echoed(db, 0.1).toDouble() == 0.1);
    SqlQuery sum(db, QStringLiteral("SELECT ? + ?"));
    sum.bind(0.1).bind(0.2);
    CHECK(sum.scalar().toDouble() == 0.1 + 0.2);
    CHECK(echoed(db, QDate(2024, 2, 29)).toDate() == QDate(2024, 2, 29));
    SqlQuery question(db, QStringLiteral("SELECT '?' || ?"));
    question.bind(QStringLiteral("?"));
    CHECK(question.scalar().toString() == QStringLiteral("??"));
}

TEST_CASE("A text holding a NUL character is refused with a clear message on both engines",
    "[core][storage]")
{
    TestDatabase db;
    const QString text = QStringLiteral("før") + QChar(0) + QStringLiteral("' OR '1'='1");
    try {
        echoed(db, text);
        FAIL("a text with NUL was accepted");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::Refused);
        CHECK(error.message().contains(QStringLiteral("NUL")));
    }
}
