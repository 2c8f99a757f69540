#include "schemav2.h"

#include "postgrestriggers.h"

namespace mestring::core {

namespace {

// Trigger bodies stay on one line ("...; END"): the schema fixtures are split at ";" + line end.
QString refuse(const char *message)
{
    return QStringLiteral(" BEGIN SELECT RAISE(ABORT, '%1'); END").arg(QLatin1StringView(message));
}

QString disposed(const char *clientExpression)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM disposals WHERE client = %1)")
        .arg(QLatin1StringView(clientExpression));
}

// The released SQLite triggers, word for word.
QStringList sqliteTriggers()
{
    return {
        QStringLiteral("CREATE TRIGGER notes_no_update BEFORE UPDATE ON notes")
            + refuse("a signed journal note cannot be changed; write an addendum"),
        QStringLiteral("CREATE TRIGGER notes_no_delete BEFORE DELETE ON notes WHEN NOT ")
            + disposed("OLD.client") + refuse("a signed journal note cannot be deleted"),
        // Stopping a prescription (or ending it before a dose change) sets or moves its last day
        // earlier; nothing else of it ever changes.
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
            "OR NEW.end_date IS NULL OR NEW.end_date < OLD.start_date "
            "OR (OLD.end_date IS NOT NULL AND NEW.end_date > OLD.end_date)")
            + refuse("a prescription cannot be changed, only ended earlier; write a new one"),
        QStringLiteral("CREATE TRIGGER prescriptions_no_delete BEFORE DELETE ON prescriptions "
                       "WHEN NOT ")
            + disposed("OLD.client") + refuse("a prescription cannot be deleted"),
        QStringLiteral("CREATE TRIGGER dispensings_no_update BEFORE UPDATE ON dispensings")
            + refuse("a registered dispensing cannot be changed"),
        QStringLiteral("CREATE TRIGGER dispensings_no_delete BEFORE DELETE ON dispensings "
                       "WHEN NOT EXISTS (SELECT 1 FROM prescriptions p JOIN disposals d "
                       "ON d.client = p.client WHERE p.id = OLD.prescription)")
            + refuse("a registered dispensing cannot be deleted"),
        QStringLiteral("CREATE TRIGGER clients_no_delete BEFORE DELETE ON clients WHEN NOT ")
            + disposed("OLD.id")
            + refuse("a client is deleted only by a disposal after the retention period"),
        QStringLiteral("CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log")
            + refuse("the access log cannot be changed"),
        QStringLiteral("CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log "
                       "WHEN OLD.seq > (SELECT COALESCE(MAX(up_to_seq), 0) FROM access_log_purges)")
            + refuse("access-log entries are removed only by a purge after the retention period"),
        QStringLiteral("CREATE TRIGGER disposals_no_update BEFORE UPDATE ON disposals")
            + refuse("a disposal record cannot be changed"),
        QStringLiteral("CREATE TRIGGER disposals_no_delete BEFORE DELETE ON disposals")
            + refuse("a disposal record cannot be deleted"),
        QStringLiteral("CREATE TRIGGER access_log_purges_no_update BEFORE UPDATE ON "
                       "access_log_purges")
            + refuse("a purge record cannot be changed"),
        QStringLiteral("CREATE TRIGGER access_log_purges_no_delete BEFORE DELETE ON "
                       "access_log_purges")
            + refuse("a purge record cannot be deleted"),
    };
}

// Stopping a prescription (or ending it before a dose change) sets or moves its last day
// earlier; nothing else of it ever changes (the SQLite trigger's condition, in PostgreSQL's
// words for "differs, nulls included").
QString prescriptionChanged()
{
    return pgAnyChanged({"id", "seq", "client", "drug", "category", "dose_mg", "schedule_kind",
               "schedule_weekdays", "schedule_every_days", "mode", "take_home_days",
               "start_date", "prescriber", "reason"})
        + QStringLiteral(" OR NEW.end_date IS NULL OR NEW.end_date < OLD.start_date "
                         "OR (OLD.end_date IS NOT NULL AND NEW.end_date > OLD.end_date)");
}

// The same rules on a server. The functions raise SQL state P0001 with the rule's text; they
// keep the search path they were created with, so a session of any other tool (with another
// search path) is refused alike. Subqueries live in the functions: PostgreSQL allows none in
// a trigger's WHEN.
QStringList postgresTriggers()
{
    return {
        pgTriggerFunctionHead("refuse_change")
            + QStringLiteral("BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$"),
        // Argument 2: the column holding the client's id.
        pgTriggerFunctionHead("refuse_unless_disposed")
            + QStringLiteral("BEGIN IF NOT EXISTS (SELECT 1 FROM disposals WHERE client = "
                             "to_jsonb(OLD) ->> TG_ARGV[1]) THEN RAISE EXCEPTION '%', TG_ARGV[0]; "
                             "END IF; RETURN OLD; END $$"),
        pgTriggerFunctionHead("refuse_dispensing_delete")
            + QStringLiteral("BEGIN IF NOT EXISTS (SELECT 1 FROM prescriptions p JOIN disposals "
                             "d ON d.client = p.client WHERE p.id = OLD.prescription) THEN RAISE "
                             "EXCEPTION '%', TG_ARGV[0]; END IF; RETURN OLD; END $$"),
        pgTriggerFunctionHead("refuse_unpurged_delete")
            + QStringLiteral("BEGIN IF OLD.seq > (SELECT COALESCE(MAX(up_to_seq), 0) FROM "
                             "access_log_purges) THEN RAISE EXCEPTION '%', TG_ARGV[0]; END IF; "
                             "RETURN OLD; END $$"),
        pgTrigger("notes_no_update", "UPDATE", "notes", {}, "refuse_change",
            "a signed journal note cannot be changed; write an addendum"),
        pgTrigger("notes_no_delete", "DELETE", "notes", {}, "refuse_unless_disposed",
            "a signed journal note cannot be deleted", "client"),
        pgTrigger("prescriptions_no_update", "UPDATE", "prescriptions",
            prescriptionChanged(), "refuse_change",
            "a prescription cannot be changed, only ended earlier; write a new one"),
        pgTrigger("prescriptions_no_delete", "DELETE", "prescriptions", {},
            "refuse_unless_disposed", "a prescription cannot be deleted", "client"),
        pgTrigger("dispensings_no_update", "UPDATE", "dispensings", {}, "refuse_change",
            "a registered dispensing cannot be changed"),
        pgTrigger("dispensings_no_delete", "DELETE", "dispensings", {},
            "refuse_dispensing_delete", "a registered dispensing cannot be deleted"),
        pgTrigger("clients_no_delete", "DELETE", "clients", {}, "refuse_unless_disposed",
            "a client is deleted only by a disposal after the retention period", "id"),
        pgTrigger("access_log_no_update", "UPDATE", "access_log", {}, "refuse_change",
            "the access log cannot be changed"),
        pgTrigger("access_log_no_delete", "DELETE", "access_log", {}, "refuse_unpurged_delete",
            "access-log entries are removed only by a purge after the retention period"),
        pgTrigger("disposals_no_update", "UPDATE", "disposals", {}, "refuse_change",
            "a disposal record cannot be changed"),
        pgTrigger("disposals_no_delete", "DELETE", "disposals", {}, "refuse_change",
            "a disposal record cannot be deleted"),
        pgTrigger("access_log_purges_no_update", "UPDATE", "access_log_purges", {},
            "refuse_change", "a purge record cannot be changed"),
        pgTrigger("access_log_purges_no_delete", "DELETE", "access_log_purges", {},
            "refuse_change", "a purge record cannot be deleted"),
    };
}

} // namespace

// The RAISE texts are for developers and support: the services refuse every one of these
// operations with a Danish message before the database ever sees it.
QStringList schemaV2(SqlEngine engine)
{
    QStringList statements = {
        // A disposal (kassation) of a client's records after the retention period: who and when,
        // never what. Its row is what lets the triggers below allow the deletes.
        QStringLiteral(R"(CREATE TABLE disposals (
            client TEXT PRIMARY KEY,
            disposed_at TEXT NOT NULL,
            actor TEXT NOT NULL,
            last_entry {date},
            records {int64} NOT NULL))"),
        // Each purge of old access-log entries keeps the hash of the last purged entry, so the
        // chain is verified from that anchor on.
        QStringLiteral(R"(CREATE TABLE access_log_purges (
            up_to_seq {int64} PRIMARY KEY,
            anchor_hash TEXT NOT NULL,
            purged_at TEXT NOT NULL,
            actor TEXT NOT NULL,
            entries {int64} NOT NULL))"),
    };
    statements << (engine == SqlEngine::SQLite ? sqliteTriggers() : postgresTriggers());
    statements << QStringLiteral("CREATE INDEX access_log_at ON access_log (at)");
    return statements;
}

} // namespace mestring::core
