#include "schemav11.h"

#include "postgresbackend.h"
#include "serverroles.h"

namespace mestring::core {

QStringList schemaV11(SqlEngine engine)
{
    QStringList statements {
        QStringLiteral("ALTER TABLE access_log ADD COLUMN login TEXT"),
        QStringLiteral("ALTER TABLE access_log ADD COLUMN origin TEXT"),
        QStringLiteral("ALTER TABLE access_log ADD COLUMN origin_seq {int64}"),
        QStringLiteral("ALTER TABLE access_log ADD COLUMN origin_hash TEXT"),
        QStringLiteral("CREATE UNIQUE INDEX access_log_origin ON access_log (origin, origin_seq)"),
    };
    if (engine != SqlEngine::PostgreSQL) return statements;
    // The material is AccessLog::hashOf()'s, field for field. An entry the schema's owner gives
    // with its number (a copy of a file, a restored dump) is kept as it is: its chain is
    // checked, never rewritten. Every other entry is linked here, whatever it claims.
    // SECURITY DEFINER: staff may add entries but not read the chain they extend.
    statements << QStringLiteral(
        "CREATE FUNCTION access_log_link() RETURNS trigger LANGUAGE plpgsql "
        "SECURITY DEFINER SET search_path FROM CURRENT AS $$ "
        "DECLARE last_seq bigint; last_hash text; BEGIN "
        "IF NEW.seq IS NOT NULL AND pg_has_role(session_user, (SELECT nspowner FROM "
        "pg_namespace WHERE nspname = current_schema()), 'MEMBER') THEN RETURN NEW; "
        "END IF; "
        "IF NEW.at !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}"
        "(Z|[+-][0-9]{2}:[0-9]{2})$' THEN "
        "RAISE EXCEPTION 'an access-log entry''s time is written as "
        "2026-12-08T09:30:00.000+01:00, not %', NEW.at "
        "USING ERRCODE = 'check_violation'; END IF; "
        "PERFORM pg_advisory_xact_lock(%1, hashtext('access_log')); "
        "SELECT seq, hash INTO last_seq, last_hash FROM access_log "
        "ORDER BY seq DESC LIMIT 1; "
        "IF NOT FOUND THEN SELECT up_to_seq, anchor_hash INTO last_seq, last_hash "
        "FROM access_log_purges ORDER BY up_to_seq DESC LIMIT 1; END IF; "
        "NEW.seq := COALESCE(last_seq, 0) + 1; "
        "NEW.prev_hash := COALESCE(last_hash, repeat('0', 64)); "
        "NEW.login := session_user; "
        "NEW.origin := NULLIF(NEW.origin, ''); "
        "NEW.hash := encode(sha256(convert_to(concat_ws(chr(31), NEW.prev_hash, "
        "NEW.seq::text, NEW.at, NEW.actor, NEW.action, COALESCE(NEW.client, ''), "
        "COALESCE(NEW.search_text, ''), COALESCE(NEW.detail, ''), NEW.login, "
        "COALESCE(NEW.origin, ''), CASE WHEN NEW.origin_seq > 0 THEN NEW.origin_seq::text "
        "ELSE '' END, "
        "COALESCE(NEW.origin_hash, '')), 'UTF8')), 'hex'); "
        "RETURN NEW; END $$")
                          .arg(appendLockClass)
               << QStringLiteral(
                      "CREATE TRIGGER access_log_link BEFORE INSERT ON access_log FOR EACH ROW "
                      "EXECUTE FUNCTION access_log_link()");
    // Staff read where a laptop's chain was left, no longer the chain's last link.
    return statements << serverroles::grantStatements();
}

} // namespace mestring::core
