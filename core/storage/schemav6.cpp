#include "schemav6.h"

namespace mestring::core {

QStringList schemaV6(SqlEngine engine)
{
    QStringList statements = {
        // A FIT rating: items in tenths of a point. `client` is the course's client, kept so
        // the database itself holds one ORS and one SRS per session and client. A group
        // session is not a foreign key: saving a group rewrites its sessions (the group
        // service refuses to remove a session that has ratings).
        QStringLiteral(R"(CREATE TABLE feedback (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            course TEXT NOT NULL REFERENCES courses(id),
            client TEXT NOT NULL REFERENCES clients(id),
            appointment TEXT REFERENCES appointments(id),
            session TEXT,
            date {date} NOT NULL,
            scale TEXT NOT NULL,
            item1 INTEGER NOT NULL,
            item2 INTEGER NOT NULL,
            item3 INTEGER NOT NULL,
            item4 INTEGER NOT NULL,
            total INTEGER NOT NULL))"),
        QStringLiteral("CREATE UNIQUE INDEX feedback_seq ON feedback (seq)"),
        QStringLiteral("CREATE UNIQUE INDEX feedback_appointment ON feedback (appointment, scale)"),
        QStringLiteral("CREATE UNIQUE INDEX feedback_session ON feedback (session, client, scale)"),
        QStringLiteral("CREATE INDEX feedback_course ON feedback (course, date)"),
        // Date first: the SRS share of a period reads a date range, and an index led by the scale
        // would draw SQLite into reading every ORS for the improvement rate (0.5 s instead of
        // 0.02 s on the large demo) rather than the ended courses' ratings.
        QStringLiteral("CREATE INDEX feedback_date ON feedback (date, scale)"),

        // A place on the waiting list of an individual offer; taken-off entries stay.
        QStringLiteral(R"(CREATE TABLE waiting_lists (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            offer TEXT NOT NULL,
            person TEXT,
            client TEXT REFERENCES clients(id),
            asked_on {date},
            note TEXT,
            taken_off {date},
            taken_off_reason TEXT))"),
        QStringLiteral("CREATE UNIQUE INDEX waiting_lists_seq ON waiting_lists (seq)"),
        QStringLiteral("CREATE INDEX waiting_lists_offer ON waiting_lists (offer, taken_off)"),
        QStringLiteral("CREATE INDEX waiting_lists_client ON waiting_lists (client)"),

        // An event of a course marked as reported to its register. Undoing a mistaken mark
        // deletes the row (the access log keeps who did it).
        QStringLiteral(R"(CREATE TABLE registry_reports (
            seq INTEGER NOT NULL,
            course TEXT NOT NULL REFERENCES courses(id),
            event TEXT NOT NULL,
            reported_on {date} NOT NULL,
            staff TEXT NOT NULL REFERENCES staff(id),
            PRIMARY KEY (course, event)))"),
        QStringLiteral("CREATE UNIQUE INDEX registry_reports_seq ON registry_reports (seq)"),
    };
    // A server numbers the new tables' storage order from sequences (schema v1).
    if (engine == SqlEngine::PostgreSQL) {
        for (const char *table : {"feedback", "waiting_lists", "registry_reports"})
            statements << QStringLiteral("CREATE SEQUENCE %1_order").arg(QLatin1StringView(table));
    }
    return statements;
}

} // namespace mestring::core
