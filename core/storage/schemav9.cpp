#include "schemav9.h"

#include "changefeed.h"
#include "postgrestriggers.h"

namespace mestring::core {

QStringList schemaV9(SqlEngine engine)
{
    if (engine != SqlEngine::PostgreSQL) return {};
    // Once per statement, at commit (NOTIFY is transactional, and one transaction's equal
    // announcements arrive once): "table session", so a program can leave out its own. The
    // access log, written by every read, is not announced: no list shows it live.
    QStringList statements {
        pgTriggerFunctionHead("announce_change")
            + QStringLiteral("BEGIN PERFORM pg_notify('%1', TG_TABLE_NAME || ' ' || "
                             "pg_backend_pid()); RETURN NULL; END $$")
                  .arg(ChangeFeed::channel()),
    };
    for (const char *table : {"absences", "appointments", "assessments", "clients", "closed_days",
             "corrections", "course_phases", "courses", "dispensings", "feedback", "goal_scores",
             "goals", "group_attendance", "group_courses", "group_leaders", "group_members",
             "group_sessions", "group_waiting", "notes", "prescriptions", "registry_reports",
             "staff", "subgoals", "waiting_lists"}) {
        statements << QStringLiteral("CREATE TRIGGER %1_announce AFTER INSERT OR UPDATE OR DELETE "
                                     "ON %1 FOR EACH STATEMENT EXECUTE FUNCTION announce_change()")
                          .arg(QLatin1StringView(table));
    }
    return statements;
}

} // namespace mestring::core
