#include "schemav10.h"

#include "serverroles.h"

namespace mestring::core {

namespace {

// A function that changes what no staff role may change itself, as its owner (the schema's),
// after checking that the caller's login holds `permission`. `body` may use the parameters.
QString guardedFunction(
    const char *name, const char *parameters, const char *permission, const char *body)
{
    return QStringLiteral("CREATE FUNCTION %1(%2) RETURNS integer LANGUAGE plpgsql "
                          "SECURITY DEFINER SET search_path FROM CURRENT AS $$ "
                          "DECLARE n integer; BEGIN PERFORM require_permission('%3'); %4; "
                          "GET DIAGNOSTICS n = ROW_COUNT; RETURN n; END $$")
        .arg(QLatin1StringView(name), QLatin1StringView(parameters), QLatin1StringView(permission),
            QLatin1StringView(body));
}

QString roleGroupArray()
{
    return QStringLiteral("ARRAY['") + serverroles::roleGroupNames().join(QStringLiteral("', '"))
        + QStringLiteral("']");
}

} // namespace

QStringList schemaV10(SqlEngine engine)
{
    if (engine != SqlEngine::PostgreSQL) return {};
    QStringList statements {
        // The centre's groups are named after its database (serverroles.h).
        QStringLiteral("CREATE FUNCTION centre_group(g text) RETURNS text LANGUAGE sql STABLE "
                       "AS $$ SELECT left(current_database(), 40) || '_' || g $$"),
        // The owner of the schema (who migrates it) and administrators pass every check.
        QStringLiteral(
            "CREATE FUNCTION require_permission(g text) RETURNS void LANGUAGE plpgsql STABLE "
            "SET search_path FROM CURRENT AS $$ BEGIN "
            "IF pg_has_role(session_user, centre_group(g), 'MEMBER') OR pg_has_role(session_user, "
            "(SELECT nspowner FROM pg_namespace WHERE nspname = current_schema()), 'MEMBER') "
            "THEN RETURN; END IF; "
            "RAISE EXCEPTION 'permission denied: % may not %', session_user, g "
            "USING ERRCODE = 'insufficient_privilege'; END $$"),

        // The signatures added to a prescription or a dispensing: the tables themselves are
        // insert-only for every staff role, and the triggers of schema v2 and v3 still refuse
        // any other change.
        guardedFunction("end_prescription", "p_end prescriptions.end_date%TYPE, p_id text",
            "prescribe", "UPDATE prescriptions SET end_date = p_end WHERE id = p_id"),
        guardedFunction("annul_prescription",
            "p_reason text, p_by text, p_at prescriptions.annulled_at%TYPE, p_id text", "prescribe",
            "UPDATE prescriptions SET annulled_reason = p_reason, annulled_by = p_by, "
            "annulled_at = p_at WHERE id = p_id"),
        guardedFunction("confirm_dose",
            "p_reason text, p_by text, p_at prescriptions.dose_confirmed_at%TYPE, p_id text",
            "prescribe",
            "UPDATE prescriptions SET dose_confirmed_reason = p_reason, dose_confirmed_by = "
            "p_by, dose_confirmed_at = p_at WHERE id = p_id"),
        guardedFunction("confirm_late_dispensing",
            "p_reason text, p_by text, p_at dispensings.late_confirmed_at%TYPE, p_id text",
            "prescribe",
            "UPDATE dispensings SET late_confirmed_reason = p_reason, late_confirmed_by = p_by, "
            "late_confirmed_at = p_at WHERE id = p_id"),

        // Staff members' logins on the server: created, renamed, granted, disabled and given a
        // password only through the two functions below, by a manager; each change recorded.
        QStringLiteral("CREATE TABLE staff_logins (staff TEXT PRIMARY KEY REFERENCES staff(id), "
                       "login TEXT NOT NULL UNIQUE, has_password BOOLEAN NOT NULL DEFAULT FALSE)"),
        QStringLiteral("CREATE TABLE staff_login_changes (seq BIGSERIAL PRIMARY KEY, "
                       "at TIMESTAMPTZ NOT NULL DEFAULT now(), by_login TEXT NOT NULL, "
                       "staff TEXT NOT NULL, login TEXT NOT NULL, change TEXT NOT NULL)"),
        // Brings the login of a staff member in line with their row: "username@database"
        // (the username in lower case: it is matched without case at the login)
        // (a server's logins are shared by its databases; each centre names its own), made on
        // first use or taken over when a copy of the database left it (never one with rights
        // of its own), renamed with the username, a member of exactly its role's group, able
        // to log in only while active with a password.
        QStringLiteral(
            "CREATE FUNCTION sync_staff_login(p_staff text) RETURNS void LANGUAGE plpgsql "
            "SECURITY DEFINER SET search_path FROM CURRENT AS $$ "
            "DECLARE s record; l record; g text; n text; BEGIN "
            "PERFORM require_permission('manage_staff'); "
            "SELECT username, role, active INTO s FROM staff WHERE id = p_staff; "
            "IF NOT FOUND THEN RAISE EXCEPTION 'no staff member %', p_staff; END IF; "
            "SELECT login, has_password INTO l FROM staff_logins WHERE staff = p_staff; "
            "IF COALESCE(s.username, '') = '' THEN "
            "  IF l.login IS NOT NULL THEN EXECUTE format('ALTER ROLE %I NOLOGIN', l.login); "
            "  END IF; RETURN; END IF; "
            "n := lower(s.username) || '@' || current_database(); "
            "IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = n AND (rolsuper OR "
            "rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls)) THEN "
            "RAISE EXCEPTION 'the login % has rights of its own and cannot be a staff login', n "
            "USING ERRCODE = 'insufficient_privilege'; END IF; "
            "IF l.login IS NULL THEN "
            "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = n) THEN "
            "    EXECUTE format('CREATE ROLE %I NOLOGIN', n); END IF; "
            "  INSERT INTO staff_logins (staff, login) VALUES (p_staff, n); "
            "  INSERT INTO staff_login_changes (by_login, staff, login, change) VALUES "
            "(session_user, p_staff, n, 'created'); "
            "ELSIF l.login <> n THEN "
            "  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = n) THEN RAISE EXCEPTION "
            "'the server already has a login named %', n USING ERRCODE = 'duplicate_object'; "
            "  END IF; "
            "  EXECUTE format('ALTER ROLE %I RENAME TO %I', l.login, n); "
            "  UPDATE staff_logins SET login = n WHERE staff = p_staff; "
            "  INSERT INTO staff_login_changes (by_login, staff, login, change) VALUES "
            "(session_user, p_staff, n, 'renamed from ' || l.login); END IF; "
            "FOREACH g IN ARRAY ")
            + roleGroupArray()
            + QStringLiteral(
                " LOOP IF g = s.role THEN "
                "EXECUTE format('GRANT %I TO %I', centre_group(g), n); "
                "ELSIF pg_has_role(n, centre_group(g), 'MEMBER') THEN "
                "EXECUTE format('REVOKE %I FROM %I', centre_group(g), n); END IF; "
                "END LOOP; "
                "EXECUTE format('ALTER ROLE %I %s', n, CASE WHEN s.active AND "
                "COALESCE(l.has_password, FALSE) THEN 'LOGIN' ELSE 'NOLOGIN' END); "
                "INSERT INTO staff_login_changes (by_login, staff, login, change) VALUES "
                "(session_user, p_staff, n, s.role || CASE WHEN s.active THEN '' "
                "ELSE ', inactive' END); END $$"),
        // A new password, as the SCRAM verifier the program computed (the password itself
        // never reaches the server's logs): a manager's for anyone (to be changed at the next
        // login), or one's own.
        QStringLiteral(
            "CREATE FUNCTION set_staff_password(p_staff text, p_verifier text, p_must_change "
            "boolean) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM "
            "CURRENT AS $$ DECLARE l text; BEGIN "
            "SELECT login INTO l FROM staff_logins WHERE staff = p_staff; "
            "IF l IS NULL THEN RAISE EXCEPTION 'staff member % has no login', p_staff; END IF; "
            "IF p_must_change OR l <> session_user THEN "
            "PERFORM require_permission('manage_staff'); END IF; "
            "IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN RAISE EXCEPTION "
            "'a password is set as a SCRAM verifier' USING ERRCODE = 'invalid_parameter_value'; "
            "END IF; "
            "EXECUTE format('ALTER ROLE %I PASSWORD %L', l, p_verifier); "
            "UPDATE staff_logins SET has_password = TRUE WHERE staff = p_staff; "
            "UPDATE staff SET must_change_password = p_must_change, failed_logins = 0, "
            "locked_until = NULL WHERE id = p_staff; "
            "EXECUTE format('ALTER ROLE %I %s', l, CASE WHEN (SELECT active FROM staff WHERE "
            "id = p_staff) THEN 'LOGIN' ELSE 'NOLOGIN' END); "
            "INSERT INTO staff_login_changes (by_login, staff, login, change) VALUES "
            "(session_user, p_staff, l, CASE WHEN l = session_user THEN 'own password' ELSE "
            "'password set by a manager' END); END $$"),
    };
    statements << serverroles::grantStatements();
    return statements;
}

} // namespace mestring::core
