#include "schemav3.h"

#include "postgrestriggers.h"

namespace mestring::core {

namespace {

// As in schema v2: trigger bodies stay on one line ("...; END").
QString refuse(const char *message)
{
    return QStringLiteral(" BEGIN SELECT RAISE(ABORT, '%1'); END").arg(QLatin1StringView(message));
}

// A signed decision (three columns) may be set once, from nothing, and never changed after.
QString changedAfterSet(const char *prefix, const char *atColumn)
{
    const QString p = QLatin1StringView(prefix);
    const QString at = QLatin1StringView(atColumn);
    return QStringLiteral("(OLD.%1 IS NOT NULL AND (NEW.%2reason IS NOT OLD.%2reason "
                          "OR NEW.%2by IS NOT OLD.%2by OR NEW.%1 IS NOT OLD.%1))")
        .arg(at, p);
}

// The released SQLite triggers, word for word.
QStringList sqliteTriggers()
{
    return {
        // Stopping (a shorter end) as before; besides, the annulment and the dose confirmation
        // may each be set once.
        QStringLiteral("DROP TRIGGER prescriptions_no_update"),
        QStringLiteral(
            "CREATE TRIGGER prescriptions_no_update BEFORE UPDATE ON prescriptions "
            "WHEN NEW.id IS NOT OLD.id OR NEW.seq IS NOT OLD.seq "
            "OR NEW.client IS NOT OLD.client OR NEW.drug IS NOT OLD.drug "
            "OR NEW.category IS NOT OLD.category OR NEW.dose_mg IS NOT OLD.dose_mg "
            "OR NEW.schedule_kind IS NOT OLD.schedule_kind "
            "OR NEW.schedule_weekdays IS NOT OLD.schedule_weekdays "
            "OR NEW.schedule_every_days IS NOT OLD.schedule_every_days "
            "OR NEW.mode IS NOT OLD.mode OR NEW.take_home_days IS NOT OLD.take_home_days "
            "OR NEW.start_date IS NOT OLD.start_date "
            "OR NEW.prescriber IS NOT OLD.prescriber OR NEW.reason IS NOT OLD.reason "
            "OR (NEW.end_date IS NOT OLD.end_date AND (NEW.end_date IS NULL "
            "OR NEW.end_date < OLD.start_date "
            "OR (OLD.end_date IS NOT NULL AND NEW.end_date > OLD.end_date))) OR ")
            + changedAfterSet("annulled_", "annulled_at") + QStringLiteral(" OR ")
            + changedAfterSet("dose_confirmed_", "dose_confirmed_at")
            + refuse("a prescription cannot be changed, only ended earlier; write a new one"),

        // Only a doctor's confirmation of a late registration is ever added to a dispensing.
        QStringLiteral("DROP TRIGGER dispensings_no_update"),
        QStringLiteral(
            "CREATE TRIGGER dispensings_no_update BEFORE UPDATE ON dispensings "
            "WHEN NEW.id IS NOT OLD.id OR NEW.seq IS NOT OLD.seq "
            "OR NEW.prescription IS NOT OLD.prescription OR NEW.date IS NOT OLD.date "
            "OR NEW.dose_mg IS NOT OLD.dose_mg OR NEW.status IS NOT OLD.status "
            "OR NEW.days IS NOT OLD.days OR NEW.staff IS NOT OLD.staff "
            "OR NEW.note IS NOT OLD.note OR NEW.entry IS NOT OLD.entry "
            "OR NEW.late_reason IS NOT OLD.late_reason OR NEW.recorded_at IS NOT OLD.recorded_at "
            "OR (OLD.late_reason IS NULL AND NEW.late_confirmed_at IS NOT NULL) OR ")
            + changedAfterSet("late_confirmed_", "late_confirmed_at")
            + refuse("a registered dispensing cannot be changed"),

        QStringLiteral("CREATE TRIGGER corrections_no_update BEFORE UPDATE ON corrections")
            + refuse("a correction cannot be changed"),
        QStringLiteral("CREATE TRIGGER corrections_no_delete BEFORE DELETE ON corrections "
                       "WHEN NOT EXISTS (SELECT 1 FROM dispensings d JOIN prescriptions p "
                       "ON p.id = d.prescription JOIN disposals x ON x.client = p.client "
                       "WHERE d.id = OLD.annuls)")
            + refuse("a correction cannot be deleted"),
    };
}

// A signed decision on a server: set once, from nothing, and never changed after.
QString pgChangedAfterSet(const char *prefix, const char *atColumn)
{
    const QString p = QLatin1StringView(prefix);
    const QString at = QLatin1StringView(atColumn);
    return QStringLiteral("(OLD.%1 IS NOT NULL AND (NEW.%2reason IS DISTINCT FROM OLD.%2reason "
                          "OR NEW.%2by IS DISTINCT FROM OLD.%2by OR NEW.%1 IS DISTINCT FROM OLD.%1))")
        .arg(at, p);
}

// The same rules on a server, with schema v2's functions (refuse_change); the delete rule of a
// correction needs a subquery, so it has a function of its own.
QStringList postgresTriggers()
{
    return {
        QStringLiteral("DROP TRIGGER prescriptions_no_update ON prescriptions"),
        pgTrigger("prescriptions_no_update", "UPDATE", "prescriptions",
            pgAnyChanged({"id", "seq", "client", "drug", "category", "dose_mg", "schedule_kind",
                "schedule_weekdays", "schedule_every_days", "mode", "take_home_days",
                "start_date", "prescriber", "reason"})
                + QStringLiteral(" OR (NEW.end_date IS DISTINCT FROM OLD.end_date AND "
                                 "(NEW.end_date IS NULL OR NEW.end_date < OLD.start_date "
                                 "OR (OLD.end_date IS NOT NULL AND NEW.end_date > OLD.end_date)))"
                                 " OR ")
                + pgChangedAfterSet("annulled_", "annulled_at") + QStringLiteral(" OR ")
                + pgChangedAfterSet("dose_confirmed_", "dose_confirmed_at"),
            "refuse_change", "a prescription cannot be changed, only ended earlier; write a new one"),
        QStringLiteral("DROP TRIGGER dispensings_no_update ON dispensings"),
        pgTrigger("dispensings_no_update", "UPDATE", "dispensings",
            pgAnyChanged({"id", "seq", "prescription", "date", "dose_mg", "status", "days",
                "staff", "note", "entry", "late_reason", "recorded_at"})
                + QStringLiteral(" OR (OLD.late_reason IS NULL AND NEW.late_confirmed_at IS NOT "
                                 "NULL) OR ")
                + pgChangedAfterSet("late_confirmed_", "late_confirmed_at"),
            "refuse_change", "a registered dispensing cannot be changed"),
        pgTrigger("corrections_no_update", "UPDATE", "corrections", {}, "refuse_change",
            "a correction cannot be changed"),
        pgTriggerFunctionHead("refuse_correction_delete")
            + QStringLiteral("BEGIN IF NOT EXISTS (SELECT 1 FROM dispensings d JOIN prescriptions "
                             "p ON p.id = d.prescription JOIN disposals x ON x.client = p.client "
                             "WHERE d.id = OLD.annuls) THEN RAISE EXCEPTION '%', TG_ARGV[0]; "
                             "END IF; RETURN OLD; END $$"),
        pgTrigger("corrections_no_delete", "DELETE", "corrections", {},
            "refuse_correction_delete", "a correction cannot be deleted"),
        // A server numbers the new tables' storage order from sequences (schema v1).
        QStringLiteral("CREATE SEQUENCE corrections_order"),
        QStringLiteral("CREATE SEQUENCE closed_days_order"),
    };
}

} // namespace

QStringList schemaV3(SqlEngine engine)
{
    QStringList statements = {
        QStringLiteral("ALTER TABLE prescriptions ADD COLUMN annulled_reason TEXT"),
        QStringLiteral("ALTER TABLE prescriptions ADD COLUMN annulled_by TEXT REFERENCES staff(id)"),
        QStringLiteral("ALTER TABLE prescriptions ADD COLUMN annulled_at TEXT"),
        QStringLiteral("ALTER TABLE prescriptions ADD COLUMN dose_confirmed_reason TEXT"),
        QStringLiteral(
            "ALTER TABLE prescriptions ADD COLUMN dose_confirmed_by TEXT REFERENCES staff(id)"),
        QStringLiteral("ALTER TABLE prescriptions ADD COLUMN dose_confirmed_at TEXT"),

        QStringLiteral("ALTER TABLE dispensings ADD COLUMN entry INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE dispensings ADD COLUMN late_reason TEXT"),
        QStringLiteral("ALTER TABLE dispensings ADD COLUMN late_confirmed_reason TEXT"),
        QStringLiteral(
            "ALTER TABLE dispensings ADD COLUMN late_confirmed_by TEXT REFERENCES staff(id)"),
        QStringLiteral("ALTER TABLE dispensings ADD COLUMN late_confirmed_at TEXT"),
        QStringLiteral("ALTER TABLE dispensings ADD COLUMN recorded_at TEXT"),
        // One registration per prescription and day, counting the annulled ones before it.
        QStringLiteral("DROP INDEX dispensings_day"),
        QStringLiteral(
            "CREATE UNIQUE INDEX dispensings_day ON dispensings (prescription, date, entry)"),

        QStringLiteral(R"(CREATE TABLE corrections (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            annuls TEXT NOT NULL UNIQUE REFERENCES dispensings(id),
            reason TEXT NOT NULL,
            staff TEXT REFERENCES staff(id),
            at TEXT NOT NULL))"),
        QStringLiteral("CREATE UNIQUE INDEX corrections_seq ON corrections (seq)"),
        QStringLiteral(R"(CREATE TABLE closed_days (
            date {date} PRIMARY KEY,
            seq INTEGER NOT NULL,
            reason TEXT NOT NULL))"),
        QStringLiteral("CREATE UNIQUE INDEX closed_days_seq ON closed_days (seq)"),

    };
    statements << (engine == SqlEngine::SQLite ? sqliteTriggers() : postgresTriggers());
    return statements;
}

} // namespace mestring::core
