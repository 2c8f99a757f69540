#include "schemav4.h"

namespace mestring::core {

namespace {

// SQLite's date functions read "Z" and "+HH:MM" suffixes and take text without one as UTC.
const QString utcFormat = QStringLiteral("'%Y-%m-%dT%H:%M:%fZ'");

// Copenhagen's offset in hours at the UTC instant `utc` (fixed-width UTC text): the EU rule,
// summer time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
// October (September until 1995). Records are from this century; before 1981 it says winter.
QString offsetHours(const QString &utc)
{
    const QString year = QStringLiteral("substr(%1, 1, 4)").arg(utc);
    const QString lastSunday = QStringLiteral("date(%1 || %2, '-6 days', 'weekday 0') "
                                              "|| 'T01:00:00.000Z'");
    const QString start = lastSunday.arg(year, QStringLiteral("'-03-31'"));
    const QString end = lastSunday.arg(
        year, QStringLiteral("CASE WHEN %1 < '1996' THEN '-09-30' ELSE '-10-31' END").arg(year));
    return QStringLiteral("(CASE WHEN %1 >= '1981' AND %2 >= %3 AND %2 < %4 THEN 2 ELSE 1 END)")
        .arg(year, utc, start, end);
}

// `column` as fixed-width UTC text. Text with "Z" or an offset is exact; text without one (the
// old staff.locked_until) was Danish wall-clock time.
QString utcOf(const QString &column)
{
    const QString hasOffset
        = QStringLiteral("(%1 LIKE '%Z' OR substr(%1, length(%1) - 5, 1) IN ('+', '-'))")
              .arg(column);
    const QString asWinter = QStringLiteral("strftime(%1, %2, '-1 hours')").arg(utcFormat, column);
    return QStringLiteral("CASE WHEN %1 THEN strftime(%2, %3) "
                          "ELSE strftime(%2, %3, '-' || %4 || ' hours') END")
        .arg(hasOffset, utcFormat, column, offsetHours(asWinter));
}

// The Copenhagen calendar date of the fixed-width UTC text in `column`.
QString centreDateOf(const QString &column)
{
    return QStringLiteral("date(%1, '+' || %2 || ' hours')").arg(column, offsetHours(column));
}

QString toUtc(const char *table, const char *column)
{
    const QString c = QLatin1StringView(column);
    return QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %2 IS NOT NULL")
        .arg(QLatin1StringView(table), c, utcOf(c));
}

// Only the rows whose day changes: the day columns are indexed, and rewriting every row of
// the large demo's appointments took 11 of the step's 14 seconds.
QString dayFrom(const char *table, const char *dayColumn, const char *instantColumn)
{
    const QString day = centreDateOf(QLatin1StringView(instantColumn));
    return QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %2 IS NOT %3")
        .arg(QLatin1StringView(table), QLatin1StringView(dayColumn), day);
}

// The immutability triggers of schema v2 stand aside while the format changes (same instants,
// same days); they come back word for word.
QString refusal(const char *table, const char *message)
{
    return QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 BEGIN SELECT "
                          "RAISE(ABORT, '%2'); END")
        .arg(QLatin1StringView(table), QLatin1StringView(message));
}

} // namespace

QStringList schemaV4(SqlEngine engine)
{
    // Only an SQLite file can hold instants in the old forms (local time with an offset, or
    // none): a server database is created by this program, at this step or later, so nothing
    // on it has to be rewritten, and its triggers stay as they are (docs/decisions.md).
    if (engine == SqlEngine::PostgreSQL) return {};
    return {
        toUtc("appointments", "start_at"),
        dayFrom("appointments", "start_day", "start_at"),
        toUtc("staff", "locked_until"),

        QStringLiteral("DROP TRIGGER notes_no_update"),
        toUtc("notes", "written_at"),
        dayFrom("notes", "written_day", "written_at"),
        refusal("notes", "a signed journal note cannot be changed; write an addendum"),

        QStringLiteral("DROP TRIGGER disposals_no_update"),
        toUtc("disposals", "disposed_at"),
        refusal("disposals", "a disposal record cannot be changed"),

        QStringLiteral("DROP TRIGGER access_log_purges_no_update"),
        toUtc("access_log_purges", "purged_at"),
        refusal("access_log_purges", "a purge record cannot be changed"),
    };
}

} // namespace mestring::core
