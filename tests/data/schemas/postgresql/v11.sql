-- Server schema version 11: pg_dump --no-owner --no-privileges --inserts --schema=mestring of a database the program made at that version. Once released this file never changes; servermigration_test.cpp migrates it to the latest schema.
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: mestring; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA mestring;


--
-- Name: access_log_link(); Type: FUNCTION; Schema: mestring; Owner: -
--

CREATE FUNCTION mestring.access_log_link() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'mestring'
    AS $_$ DECLARE last_seq bigint; last_hash text; BEGIN IF NEW.seq IS NOT NULL AND pg_has_role(session_user, (SELECT nspowner FROM pg_namespace WHERE nspname = current_schema()), 'MEMBER') THEN RETURN NEW; END IF; IF NEW.at !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}(Z|[+-][0-9]{2}:[0-9]{2})$' THEN RAISE EXCEPTION 'an access-log entry''s time is written as 2026-12-08T09:30:00.000+01:00, not %', NEW.at USING ERRCODE = 'check_violation'; END IF; PERFORM pg_advisory_xact_lock(19781, hashtext('access_log')); SELECT seq, hash INTO last_seq, last_hash FROM access_log ORDER BY seq DESC LIMIT 1; IF NOT FOUND THEN SELECT up_to_seq, anchor_hash INTO last_seq, last_hash FROM access_log_purges ORDER BY up_to_seq DESC LIMIT 1; END IF; NEW.seq := COALESCE(last_seq, 0) + 1; NEW.prev_hash := COALESCE(last_hash, repeat('0', 64)); NEW.login := session_user; NEW.origin := NULLIF(NEW.origin, ''); NEW.hash := encode(sha256(convert_to(concat_ws(chr(31), NEW.prev_hash, NEW.seq::text, NEW.at, NEW.actor, NEW.action, COALESCE(NEW.client, ''), COALESCE(NEW.search_text, ''), COALESCE(NEW.detail, ''), NEW.login, COALESCE(NEW.origin, ''), CASE WHEN NEW.origin_seq > 0 THEN NEW.origin_seq::text ELSE '' END, COALESCE(NEW.origin_hash, '')), 'UTF8')), 'hex'); RETURN NEW; END $_$;


--
-- Name: announce_change(); Type: FUNCTION; Schema: mestring; Owner: -
--

CREATE FUNCTION mestring.announce_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'mestring'
    AS $$ BEGIN PERFORM pg_notify('mestring_changes', TG_TABLE_NAME || ' ' || pg_backend_pid()); RETURN NULL; END $$;


--
-- Name: annul_prescription(text, text, text, text); Type: FUNCTION; Schema: mestring; Owner: -
--

CREATE FUNCTION mestring.annul_prescription(p_reason text, p_by text, p_at text, p_id text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'mestring'
    AS $$ DECLARE n integer; BEGIN PERFORM require_permission('prescribe'); UPDATE prescriptions SET annulled_reason = p_reason, annulled_by = p_by, annulled_at = p_at WHERE id = p_id; GET DIAGNOSTICS n = ROW_COUNT; RETURN n; END $$;


--
-- Name: centre_group(text); Type: FUNCTION; Schema: mestring; Owner: -
--

CREATE FUNCTION mestring.centre_group(g text) RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT left(current_database(), 40) || '_' || g $$;


--
-- Name: confirm_dose(text, text, text, text); Type: FUNCTION; Schema: mestring; Owner: -
--

CREATE FUNCTION mestring.confirm_dose(p_reason text, p_by text, p_at text, p_id text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'mestring'
    AS $$ DECLARE n integer; BEGIN PERFORM require_permission('prescribe'); UPDATE prescriptions SET dose_confirmed_reason = p_reason, dose_confirmed_by = p_by, dose_confirmed_at = p_at WHERE id = p_id; GET DIAGNOSTICS n = ROW_COUNT; RETURN n; END $$;


--
-- Name: confirm_late_dispensing(text, text, text, text); Type: FUNCTION; Schema: mestring; Owner: -
--

CREATE FUNCTION mestring.confirm_late_dispensing(p_reason text, p_by text, p_at text, p_id text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'mestring'
    AS $$ DECLARE n integer; BEGIN PERFORM require_permission('prescribe'); UPDATE dispensings SET late_confirmed_reason = p_reason, late_confirmed_by = p_by, late_confirmed_at = p_at WHERE id = p_id; GET DIAGNOSTICS n = ROW_COUNT; RETURN n; END $$;


--
-- Name: end_prescription(date, text); Type: FUNCTION; Schema: mestring; Owner: -
--

CREATE FUNCTION mestring.end_prescription(p_end date, p_id text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'mestring'
    AS $$ DECLARE n integer; BEGIN PERFORM require_permission('prescribe'); UPDATE prescriptions SET end_date = p_end WHERE id = p_id; GET DIAGNOSTICS n = ROW_COUNT; RETURN n; END $$;


--
-- Name: refuse_change(); Type: FUNCTION; Schema: mestring; Owner: -
--

CREATE FUNCTION mestring.refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'mestring'
    AS $$ BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$;


--
-- Name: refuse_correction_delete(); Type: FUNCTION; Schema: mestring; Owner: -
--

CREATE FUNCTION mestring.refuse_correction_delete() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'mestring'
    AS $$ BEGIN IF NOT EXISTS (SELECT 1 FROM dispensings d JOIN prescriptions p ON p.id = d.prescription JOIN disposals x ON x.client = p.client WHERE d.id = OLD.annuls) THEN RAISE EXCEPTION '%', TG_ARGV[0]; END IF; RETURN OLD; END $$;


--
-- Name: refuse_dispensing_delete(); Type: FUNCTION; Schema: mestring; Owner: -
--

CREATE FUNCTION mestring.refuse_dispensing_delete() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'mestring'
    AS $$ BEGIN IF NOT EXISTS (SELECT 1 FROM prescriptions p JOIN disposals d ON d.client = p.client WHERE p.id = OLD.prescription) THEN RAISE EXCEPTION '%', TG_ARGV[0]; END IF; RETURN OLD; END $$;


--
-- Name: refuse_unless_disposed(); Type: FUNCTION; Schema: mestring; Owner: -
--

CREATE FUNCTION mestring.refuse_unless_disposed() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'mestring'
    AS $$ BEGIN IF NOT EXISTS (SELECT 1 FROM disposals WHERE client = to_jsonb(OLD) ->> TG_ARGV[1]) THEN RAISE EXCEPTION '%', TG_ARGV[0]; END IF; RETURN OLD; END $$;


--
-- Name: refuse_unpurged_delete(); Type: FUNCTION; Schema: mestring; Owner: -
--

CREATE FUNCTION mestring.refuse_unpurged_delete() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'mestring'
    AS $$ BEGIN IF OLD.seq > (SELECT COALESCE(MAX(up_to_seq), 0) FROM access_log_purges) THEN RAISE EXCEPTION '%', TG_ARGV[0]; END IF; RETURN OLD; END $$;


--
-- Name: require_permission(text); Type: FUNCTION; Schema: mestring; Owner: -
--

CREATE FUNCTION mestring.require_permission(g text) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path TO 'mestring'
    AS $$ BEGIN IF pg_has_role(session_user, centre_group(g), 'MEMBER') OR pg_has_role(session_user, (SELECT nspowner FROM pg_namespace WHERE nspname = current_schema()), 'MEMBER') THEN RETURN; END IF; RAISE EXCEPTION 'permission denied: % may not %', session_user, g USING ERRCODE = 'insufficient_privilege'; END $$;


--
-- Name: set_staff_password(text, text, boolean); Type: FUNCTION; Schema: mestring; Owner: -
--

CREATE FUNCTION mestring.set_staff_password(p_staff text, p_verifier text, p_must_change boolean) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'mestring'
    AS $_$ DECLARE l text; BEGIN SELECT login INTO l FROM staff_logins WHERE staff = p_staff; IF l IS NULL THEN RAISE EXCEPTION 'staff member % has no login', p_staff; END IF; IF p_must_change OR l <> session_user THEN PERFORM require_permission('manage_staff'); END IF; IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN RAISE EXCEPTION 'a password is set as a SCRAM verifier' USING ERRCODE = 'invalid_parameter_value'; END IF; EXECUTE format('ALTER ROLE %I PASSWORD %L', l, p_verifier); UPDATE staff_logins SET has_password = TRUE WHERE staff = p_staff; UPDATE staff SET must_change_password = p_must_change, failed_logins = 0, locked_until = NULL WHERE id = p_staff; EXECUTE format('ALTER ROLE %I %s', l, CASE WHEN (SELECT active FROM staff WHERE id = p_staff) THEN 'LOGIN' ELSE 'NOLOGIN' END); INSERT INTO staff_login_changes (by_login, staff, login, change) VALUES (session_user, p_staff, l, CASE WHEN l = session_user THEN 'own password' ELSE 'password set by a manager' END); END $_$;


--
-- Name: sync_staff_login(text); Type: FUNCTION; Schema: mestring; Owner: -
--

CREATE FUNCTION mestring.sync_staff_login(p_staff text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'mestring'
    AS $$ DECLARE s record; l record; g text; n text; BEGIN PERFORM require_permission('manage_staff'); SELECT username, role, active INTO s FROM staff WHERE id = p_staff; IF NOT FOUND THEN RAISE EXCEPTION 'no staff member %', p_staff; END IF; SELECT login, has_password INTO l FROM staff_logins WHERE staff = p_staff; IF COALESCE(s.username, '') = '' THEN   IF l.login IS NOT NULL THEN EXECUTE format('ALTER ROLE %I NOLOGIN', l.login);   END IF; RETURN; END IF; n := lower(s.username) || '@' || current_database(); IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = n AND (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls)) THEN RAISE EXCEPTION 'the login % has rights of its own and cannot be a staff login', n USING ERRCODE = 'insufficient_privilege'; END IF; IF l.login IS NULL THEN   IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = n) THEN     EXECUTE format('CREATE ROLE %I NOLOGIN', n); END IF;   INSERT INTO staff_logins (staff, login) VALUES (p_staff, n);   INSERT INTO staff_login_changes (by_login, staff, login, change) VALUES (session_user, p_staff, n, 'created'); ELSIF l.login <> n THEN   IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = n) THEN RAISE EXCEPTION 'the server already has a login named %', n USING ERRCODE = 'duplicate_object';   END IF;   EXECUTE format('ALTER ROLE %I RENAME TO %I', l.login, n);   UPDATE staff_logins SET login = n WHERE staff = p_staff;   INSERT INTO staff_login_changes (by_login, staff, login, change) VALUES (session_user, p_staff, n, 'renamed from ' || l.login); END IF; FOREACH g IN ARRAY ARRAY['therapist', 'family_therapist', 'nurse', 'doctor', 'intake', 'coordinator', 'manager', 'admin_staff'] LOOP IF g = s.role THEN EXECUTE format('GRANT %I TO %I', centre_group(g), n); ELSIF pg_has_role(n, centre_group(g), 'MEMBER') THEN EXECUTE format('REVOKE %I FROM %I', centre_group(g), n); END IF; END LOOP; EXECUTE format('ALTER ROLE %I %s', n, CASE WHEN s.active AND COALESCE(l.has_password, FALSE) THEN 'LOGIN' ELSE 'NOLOGIN' END); INSERT INTO staff_login_changes (by_login, staff, login, change) VALUES (session_user, p_staff, n, s.role || CASE WHEN s.active THEN '' ELSE ', inactive' END); END $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: absences; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.absences (
    id text NOT NULL,
    seq integer NOT NULL,
    client text NOT NULL,
    from_date date NOT NULL,
    to_date date,
    reason text NOT NULL,
    note text
);


--
-- Name: absences_order; Type: SEQUENCE; Schema: mestring; Owner: -
--

CREATE SEQUENCE mestring.absences_order
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: access_log; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.access_log (
    seq bigint NOT NULL,
    at text NOT NULL,
    actor text NOT NULL,
    action text NOT NULL,
    client text,
    search_text text,
    detail text,
    prev_hash text NOT NULL,
    hash text NOT NULL,
    login text,
    origin text,
    origin_seq bigint,
    origin_hash text
);


--
-- Name: access_log_purges; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.access_log_purges (
    up_to_seq bigint NOT NULL,
    anchor_hash text NOT NULL,
    purged_at text NOT NULL,
    actor text NOT NULL,
    entries bigint NOT NULL
);


--
-- Name: appointments; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.appointments (
    id text NOT NULL,
    seq integer NOT NULL,
    course text NOT NULL,
    staff text,
    type text NOT NULL,
    start_at text NOT NULL,
    start_day date NOT NULL,
    minutes integer NOT NULL,
    location text,
    status text NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    changed_by text,
    changed_at text
);


--
-- Name: appointments_order; Type: SEQUENCE; Schema: mestring; Owner: -
--

CREATE SEQUENCE mestring.appointments_order
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: assessments; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.assessments (
    id text NOT NULL,
    seq integer NOT NULL,
    course text NOT NULL,
    date date NOT NULL,
    type text NOT NULL,
    alcohol integer,
    drugs integer,
    crime integer,
    employment integer,
    economy integer,
    family integer,
    mental_health integer,
    physical_health integer,
    quality_of_life integer,
    days_used_last_28 integer,
    drinks_per_week integer
);


--
-- Name: assessments_order; Type: SEQUENCE; Schema: mestring; Owner: -
--

CREATE SEQUENCE mestring.assessments_order
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clients; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.clients (
    id text NOT NULL,
    seq integer NOT NULL,
    cpr text,
    first_name text,
    last_name text,
    alias text,
    anonymous boolean DEFAULT false NOT NULL,
    birth_date date,
    sex text,
    municipality text,
    phone text,
    address text,
    consent_text text,
    consent_date date,
    search_text text DEFAULT ''::text NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    changed_by text,
    changed_at text
);


--
-- Name: clients_order; Type: SEQUENCE; Schema: mestring; Owner: -
--

CREATE SEQUENCE mestring.clients_order
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: closed_days; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.closed_days (
    date date NOT NULL,
    seq integer NOT NULL,
    reason text NOT NULL
);


--
-- Name: closed_days_order; Type: SEQUENCE; Schema: mestring; Owner: -
--

CREATE SEQUENCE mestring.closed_days_order
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: corrections; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.corrections (
    id text NOT NULL,
    seq integer NOT NULL,
    annuls text NOT NULL,
    reason text NOT NULL,
    staff text,
    at text NOT NULL
);


--
-- Name: corrections_order; Type: SEQUENCE; Schema: mestring; Owner: -
--

CREATE SEQUENCE mestring.corrections_order
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: course_phases; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.course_phases (
    course text NOT NULL,
    "position" integer NOT NULL,
    phase text NOT NULL,
    date date NOT NULL
);


--
-- Name: courses; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.courses (
    id text NOT NULL,
    seq integer NOT NULL,
    client text NOT NULL,
    kind text NOT NULL,
    legal_basis text NOT NULL,
    setting text NOT NULL,
    program text NOT NULL,
    primary_substance text NOT NULL,
    secondary_substances text DEFAULT ''::text NOT NULL,
    responsible text,
    request_date date,
    start_date date,
    end_date date,
    end_reason text,
    outcome text,
    guarantee_exempt text,
    guarantee_delay_reason text,
    declined_followup boolean DEFAULT false NOT NULL,
    residential_provider text,
    planned_weeks integer,
    version integer DEFAULT 1 NOT NULL,
    changed_by text,
    changed_at text
);


--
-- Name: courses_order; Type: SEQUENCE; Schema: mestring; Owner: -
--

CREATE SEQUENCE mestring.courses_order
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: dispensings; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.dispensings (
    id text NOT NULL,
    seq integer NOT NULL,
    prescription text NOT NULL,
    date date NOT NULL,
    dose_mg double precision NOT NULL,
    status text NOT NULL,
    days integer DEFAULT 1 NOT NULL,
    staff text,
    note text,
    entry integer DEFAULT 0 NOT NULL,
    late_reason text,
    late_confirmed_reason text,
    late_confirmed_by text,
    late_confirmed_at text,
    recorded_at text
);


--
-- Name: dispensings_order; Type: SEQUENCE; Schema: mestring; Owner: -
--

CREATE SEQUENCE mestring.dispensings_order
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: disposals; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.disposals (
    client text NOT NULL,
    disposed_at text NOT NULL,
    actor text NOT NULL,
    last_entry date,
    records bigint NOT NULL
);


--
-- Name: effect_targets; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.effect_targets (
    seq integer NOT NULL,
    indicator text NOT NULL,
    breakdown text DEFAULT ''::text NOT NULL,
    year integer NOT NULL,
    baseline double precision,
    target double precision
);


--
-- Name: effect_targets_order; Type: SEQUENCE; Schema: mestring; Owner: -
--

CREATE SEQUENCE mestring.effect_targets_order
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: feedback; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.feedback (
    id text NOT NULL,
    seq integer NOT NULL,
    course text NOT NULL,
    client text NOT NULL,
    appointment text,
    session text,
    date date NOT NULL,
    scale text NOT NULL,
    item1 integer NOT NULL,
    item2 integer NOT NULL,
    item3 integer NOT NULL,
    item4 integer NOT NULL,
    total integer NOT NULL
);


--
-- Name: feedback_order; Type: SEQUENCE; Schema: mestring; Owner: -
--

CREATE SEQUENCE mestring.feedback_order
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: goal_scores; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.goal_scores (
    goal text NOT NULL,
    "position" integer NOT NULL,
    date date NOT NULL,
    score integer NOT NULL
);


--
-- Name: goals; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.goals (
    id text NOT NULL,
    seq integer NOT NULL,
    course text NOT NULL,
    theme text NOT NULL,
    text text,
    measure text,
    deadline date,
    baseline_score integer,
    target_score integer,
    status text NOT NULL,
    closed_date date,
    version integer DEFAULT 1 NOT NULL,
    changed_by text,
    changed_at text
);


--
-- Name: goals_order; Type: SEQUENCE; Schema: mestring; Owner: -
--

CREATE SEQUENCE mestring.goals_order
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: group_attendance; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.group_attendance (
    group_course text NOT NULL,
    "position" integer NOT NULL,
    session text NOT NULL,
    course text NOT NULL,
    status text NOT NULL
);


--
-- Name: group_courses; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.group_courses (
    id text NOT NULL,
    seq integer NOT NULL,
    name text NOT NULL,
    type text NOT NULL,
    capacity integer,
    rolling boolean DEFAULT false NOT NULL
);


--
-- Name: group_courses_order; Type: SEQUENCE; Schema: mestring; Owner: -
--

CREATE SEQUENCE mestring.group_courses_order
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: group_leaders; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.group_leaders (
    group_course text NOT NULL,
    "position" integer NOT NULL,
    staff text NOT NULL
);


--
-- Name: group_members; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.group_members (
    group_course text NOT NULL,
    "position" integer NOT NULL,
    course text NOT NULL,
    from_date date,
    to_date date
);


--
-- Name: group_sessions; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.group_sessions (
    id text NOT NULL,
    group_course text NOT NULL,
    "position" integer NOT NULL,
    date date NOT NULL,
    start_time text,
    topic text
);


--
-- Name: group_waiting; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.group_waiting (
    group_course text NOT NULL,
    "position" integer NOT NULL,
    course text NOT NULL,
    asked_on date
);


--
-- Name: notes; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.notes (
    id text NOT NULL,
    seq integer NOT NULL,
    client text NOT NULL,
    course text,
    author text NOT NULL,
    written_at text NOT NULL,
    written_day date NOT NULL,
    kind text NOT NULL,
    text text NOT NULL,
    addendum_to text
);


--
-- Name: notes_order; Type: SEQUENCE; Schema: mestring; Owner: -
--

CREATE SEQUENCE mestring.notes_order
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: prescriptions; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.prescriptions (
    id text NOT NULL,
    seq integer NOT NULL,
    client text NOT NULL,
    drug text NOT NULL,
    category text NOT NULL,
    dose_mg double precision NOT NULL,
    schedule_kind text NOT NULL,
    schedule_weekdays text,
    schedule_every_days integer,
    mode text NOT NULL,
    take_home_days integer,
    start_date date NOT NULL,
    end_date date,
    prescriber text NOT NULL,
    reason text,
    annulled_reason text,
    annulled_by text,
    annulled_at text,
    dose_confirmed_reason text,
    dose_confirmed_by text,
    dose_confirmed_at text
);


--
-- Name: prescriptions_order; Type: SEQUENCE; Schema: mestring; Owner: -
--

CREATE SEQUENCE mestring.prescriptions_order
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: registry_reports; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.registry_reports (
    seq integer NOT NULL,
    course text NOT NULL,
    event text NOT NULL,
    reported_on date NOT NULL,
    staff text NOT NULL
);


--
-- Name: registry_reports_order; Type: SEQUENCE; Schema: mestring; Owner: -
--

CREATE SEQUENCE mestring.registry_reports_order
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: schema_version; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.schema_version (
    application integer NOT NULL,
    version integer NOT NULL
);


--
-- Name: settings; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.settings (
    key text NOT NULL,
    value text
);


--
-- Name: staff; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.staff (
    id text NOT NULL,
    seq integer NOT NULL,
    name text NOT NULL,
    role text NOT NULL,
    username text,
    active boolean DEFAULT true NOT NULL,
    password_hash text,
    failed_logins integer DEFAULT 0 NOT NULL,
    locked_until text,
    team text,
    must_change_password boolean DEFAULT false NOT NULL
);


--
-- Name: staff_login_changes; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.staff_login_changes (
    seq bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    by_login text NOT NULL,
    staff text NOT NULL,
    login text NOT NULL,
    change text NOT NULL
);


--
-- Name: staff_login_changes_seq_seq; Type: SEQUENCE; Schema: mestring; Owner: -
--

CREATE SEQUENCE mestring.staff_login_changes_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: staff_login_changes_seq_seq; Type: SEQUENCE OWNED BY; Schema: mestring; Owner: -
--

ALTER SEQUENCE mestring.staff_login_changes_seq_seq OWNED BY mestring.staff_login_changes.seq;


--
-- Name: staff_logins; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.staff_logins (
    staff text NOT NULL,
    login text NOT NULL,
    has_password boolean DEFAULT false NOT NULL
);


--
-- Name: staff_order; Type: SEQUENCE; Schema: mestring; Owner: -
--

CREATE SEQUENCE mestring.staff_order
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: subgoals; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.subgoals (
    goal text NOT NULL,
    "position" integer NOT NULL,
    text text,
    deadline date,
    done_date date
);


--
-- Name: waiting_lists; Type: TABLE; Schema: mestring; Owner: -
--

CREATE TABLE mestring.waiting_lists (
    id text NOT NULL,
    seq integer NOT NULL,
    offer text NOT NULL,
    person text,
    client text,
    asked_on date,
    note text,
    taken_off date,
    taken_off_reason text
);


--
-- Name: waiting_lists_order; Type: SEQUENCE; Schema: mestring; Owner: -
--

CREATE SEQUENCE mestring.waiting_lists_order
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: staff_login_changes seq; Type: DEFAULT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.staff_login_changes ALTER COLUMN seq SET DEFAULT nextval('mestring.staff_login_changes_seq_seq'::regclass);


--
-- Data for Name: absences; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: access_log; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: access_log_purges; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: appointments; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: assessments; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: clients; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: closed_days; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: corrections; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: course_phases; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: courses; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: dispensings; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: disposals; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: effect_targets; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: feedback; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: goal_scores; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: goals; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: group_attendance; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: group_courses; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: group_leaders; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: group_members; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: group_sessions; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: group_waiting; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: notes; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: prescriptions; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: registry_reports; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: schema_version; Type: TABLE DATA; Schema: mestring; Owner: -
--

INSERT INTO mestring.schema_version VALUES (1296388948, 11);


--
-- Data for Name: settings; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: staff; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: staff_login_changes; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: staff_logins; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: subgoals; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Data for Name: waiting_lists; Type: TABLE DATA; Schema: mestring; Owner: -
--



--
-- Name: absences_order; Type: SEQUENCE SET; Schema: mestring; Owner: -
--

SELECT pg_catalog.setval('mestring.absences_order', 1, false);


--
-- Name: appointments_order; Type: SEQUENCE SET; Schema: mestring; Owner: -
--

SELECT pg_catalog.setval('mestring.appointments_order', 1, false);


--
-- Name: assessments_order; Type: SEQUENCE SET; Schema: mestring; Owner: -
--

SELECT pg_catalog.setval('mestring.assessments_order', 1, false);


--
-- Name: clients_order; Type: SEQUENCE SET; Schema: mestring; Owner: -
--

SELECT pg_catalog.setval('mestring.clients_order', 1, false);


--
-- Name: closed_days_order; Type: SEQUENCE SET; Schema: mestring; Owner: -
--

SELECT pg_catalog.setval('mestring.closed_days_order', 1, false);


--
-- Name: corrections_order; Type: SEQUENCE SET; Schema: mestring; Owner: -
--

SELECT pg_catalog.setval('mestring.corrections_order', 1, false);


--
-- Name: courses_order; Type: SEQUENCE SET; Schema: mestring; Owner: -
--

SELECT pg_catalog.setval('mestring.courses_order', 1, false);


--
-- Name: dispensings_order; Type: SEQUENCE SET; Schema: mestring; Owner: -
--

SELECT pg_catalog.setval('mestring.dispensings_order', 1, false);


--
-- Name: effect_targets_order; Type: SEQUENCE SET; Schema: mestring; Owner: -
--

SELECT pg_catalog.setval('mestring.effect_targets_order', 1, false);


--
-- Name: feedback_order; Type: SEQUENCE SET; Schema: mestring; Owner: -
--

SELECT pg_catalog.setval('mestring.feedback_order', 1, false);


--
-- Name: goals_order; Type: SEQUENCE SET; Schema: mestring; Owner: -
--

SELECT pg_catalog.setval('mestring.goals_order', 1, false);


--
-- Name: group_courses_order; Type: SEQUENCE SET; Schema: mestring; Owner: -
--

SELECT pg_catalog.setval('mestring.group_courses_order', 1, false);


--
-- Name: notes_order; Type: SEQUENCE SET; Schema: mestring; Owner: -
--

SELECT pg_catalog.setval('mestring.notes_order', 1, false);


--
-- Name: prescriptions_order; Type: SEQUENCE SET; Schema: mestring; Owner: -
--

SELECT pg_catalog.setval('mestring.prescriptions_order', 1, false);


--
-- Name: registry_reports_order; Type: SEQUENCE SET; Schema: mestring; Owner: -
--

SELECT pg_catalog.setval('mestring.registry_reports_order', 1, false);


--
-- Name: staff_login_changes_seq_seq; Type: SEQUENCE SET; Schema: mestring; Owner: -
--

SELECT pg_catalog.setval('mestring.staff_login_changes_seq_seq', 1, false);


--
-- Name: staff_order; Type: SEQUENCE SET; Schema: mestring; Owner: -
--

SELECT pg_catalog.setval('mestring.staff_order', 1, false);


--
-- Name: waiting_lists_order; Type: SEQUENCE SET; Schema: mestring; Owner: -
--

SELECT pg_catalog.setval('mestring.waiting_lists_order', 1, false);


--
-- Name: absences absences_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.absences
    ADD CONSTRAINT absences_pkey PRIMARY KEY (id);


--
-- Name: access_log access_log_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.access_log
    ADD CONSTRAINT access_log_pkey PRIMARY KEY (seq);


--
-- Name: access_log_purges access_log_purges_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.access_log_purges
    ADD CONSTRAINT access_log_purges_pkey PRIMARY KEY (up_to_seq);


--
-- Name: appointments appointments_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.appointments
    ADD CONSTRAINT appointments_pkey PRIMARY KEY (id);


--
-- Name: assessments assessments_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.assessments
    ADD CONSTRAINT assessments_pkey PRIMARY KEY (id);


--
-- Name: clients clients_cpr_key; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.clients
    ADD CONSTRAINT clients_cpr_key UNIQUE (cpr);


--
-- Name: clients clients_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.clients
    ADD CONSTRAINT clients_pkey PRIMARY KEY (id);


--
-- Name: closed_days closed_days_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.closed_days
    ADD CONSTRAINT closed_days_pkey PRIMARY KEY (date);


--
-- Name: corrections corrections_annuls_key; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.corrections
    ADD CONSTRAINT corrections_annuls_key UNIQUE (annuls);


--
-- Name: corrections corrections_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.corrections
    ADD CONSTRAINT corrections_pkey PRIMARY KEY (id);


--
-- Name: course_phases course_phases_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.course_phases
    ADD CONSTRAINT course_phases_pkey PRIMARY KEY (course, "position");


--
-- Name: courses courses_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.courses
    ADD CONSTRAINT courses_pkey PRIMARY KEY (id);


--
-- Name: dispensings dispensings_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.dispensings
    ADD CONSTRAINT dispensings_pkey PRIMARY KEY (id);


--
-- Name: disposals disposals_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.disposals
    ADD CONSTRAINT disposals_pkey PRIMARY KEY (client);


--
-- Name: effect_targets effect_targets_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.effect_targets
    ADD CONSTRAINT effect_targets_pkey PRIMARY KEY (indicator, breakdown, year);


--
-- Name: feedback feedback_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.feedback
    ADD CONSTRAINT feedback_pkey PRIMARY KEY (id);


--
-- Name: goal_scores goal_scores_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.goal_scores
    ADD CONSTRAINT goal_scores_pkey PRIMARY KEY (goal, date);


--
-- Name: goals goals_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.goals
    ADD CONSTRAINT goals_pkey PRIMARY KEY (id);


--
-- Name: group_attendance group_attendance_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.group_attendance
    ADD CONSTRAINT group_attendance_pkey PRIMARY KEY (group_course, "position");


--
-- Name: group_courses group_courses_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.group_courses
    ADD CONSTRAINT group_courses_pkey PRIMARY KEY (id);


--
-- Name: group_leaders group_leaders_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.group_leaders
    ADD CONSTRAINT group_leaders_pkey PRIMARY KEY (group_course, "position");


--
-- Name: group_members group_members_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.group_members
    ADD CONSTRAINT group_members_pkey PRIMARY KEY (group_course, "position");


--
-- Name: group_sessions group_sessions_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.group_sessions
    ADD CONSTRAINT group_sessions_pkey PRIMARY KEY (id);


--
-- Name: group_waiting group_waiting_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.group_waiting
    ADD CONSTRAINT group_waiting_pkey PRIMARY KEY (group_course, "position");


--
-- Name: notes notes_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.notes
    ADD CONSTRAINT notes_pkey PRIMARY KEY (id);


--
-- Name: prescriptions prescriptions_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.prescriptions
    ADD CONSTRAINT prescriptions_pkey PRIMARY KEY (id);


--
-- Name: registry_reports registry_reports_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.registry_reports
    ADD CONSTRAINT registry_reports_pkey PRIMARY KEY (course, event);


--
-- Name: settings settings_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.settings
    ADD CONSTRAINT settings_pkey PRIMARY KEY (key);


--
-- Name: staff_login_changes staff_login_changes_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.staff_login_changes
    ADD CONSTRAINT staff_login_changes_pkey PRIMARY KEY (seq);


--
-- Name: staff_logins staff_logins_login_key; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.staff_logins
    ADD CONSTRAINT staff_logins_login_key UNIQUE (login);


--
-- Name: staff_logins staff_logins_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.staff_logins
    ADD CONSTRAINT staff_logins_pkey PRIMARY KEY (staff);


--
-- Name: staff staff_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.staff
    ADD CONSTRAINT staff_pkey PRIMARY KEY (id);


--
-- Name: staff staff_username_key; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.staff
    ADD CONSTRAINT staff_username_key UNIQUE (username);


--
-- Name: subgoals subgoals_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.subgoals
    ADD CONSTRAINT subgoals_pkey PRIMARY KEY (goal, "position");


--
-- Name: waiting_lists waiting_lists_pkey; Type: CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.waiting_lists
    ADD CONSTRAINT waiting_lists_pkey PRIMARY KEY (id);


--
-- Name: absences_client; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX absences_client ON mestring.absences USING btree (client, from_date);


--
-- Name: absences_seq; Type: INDEX; Schema: mestring; Owner: -
--

CREATE UNIQUE INDEX absences_seq ON mestring.absences USING btree (seq);


--
-- Name: access_log_actor; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX access_log_actor ON mestring.access_log USING btree (actor, at);


--
-- Name: access_log_at; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX access_log_at ON mestring.access_log USING btree (at);


--
-- Name: access_log_client; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX access_log_client ON mestring.access_log USING btree (client, at);


--
-- Name: access_log_origin; Type: INDEX; Schema: mestring; Owner: -
--

CREATE UNIQUE INDEX access_log_origin ON mestring.access_log USING btree (origin, origin_seq);


--
-- Name: appointments_course; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX appointments_course ON mestring.appointments USING btree (course, start_at);


--
-- Name: appointments_course_type; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX appointments_course_type ON mestring.appointments USING btree (course, type, status, start_at, start_day);


--
-- Name: appointments_day; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX appointments_day ON mestring.appointments USING btree (start_day, staff);


--
-- Name: appointments_seq; Type: INDEX; Schema: mestring; Owner: -
--

CREATE UNIQUE INDEX appointments_seq ON mestring.appointments USING btree (seq);


--
-- Name: appointments_staff; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX appointments_staff ON mestring.appointments USING btree (staff, start_day);


--
-- Name: assessments_course; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX assessments_course ON mestring.assessments USING btree (course, date);


--
-- Name: assessments_seq; Type: INDEX; Schema: mestring; Owner: -
--

CREATE UNIQUE INDEX assessments_seq ON mestring.assessments USING btree (seq);


--
-- Name: clients_birth; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX clients_birth ON mestring.clients USING btree (birth_date);


--
-- Name: clients_name; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX clients_name ON mestring.clients USING btree (last_name, first_name);


--
-- Name: clients_seq; Type: INDEX; Schema: mestring; Owner: -
--

CREATE UNIQUE INDEX clients_seq ON mestring.clients USING btree (seq);


--
-- Name: closed_days_seq; Type: INDEX; Schema: mestring; Owner: -
--

CREATE UNIQUE INDEX closed_days_seq ON mestring.closed_days USING btree (seq);


--
-- Name: corrections_seq; Type: INDEX; Schema: mestring; Owner: -
--

CREATE UNIQUE INDEX corrections_seq ON mestring.corrections USING btree (seq);


--
-- Name: courses_client; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX courses_client ON mestring.courses USING btree (client, kind);


--
-- Name: courses_end; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX courses_end ON mestring.courses USING btree (end_date);


--
-- Name: courses_responsible; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX courses_responsible ON mestring.courses USING btree (responsible, end_date);


--
-- Name: courses_seq; Type: INDEX; Schema: mestring; Owner: -
--

CREATE UNIQUE INDEX courses_seq ON mestring.courses USING btree (seq);


--
-- Name: courses_start; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX courses_start ON mestring.courses USING btree (start_date);


--
-- Name: dispensings_date; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX dispensings_date ON mestring.dispensings USING btree (date);


--
-- Name: dispensings_day; Type: INDEX; Schema: mestring; Owner: -
--

CREATE UNIQUE INDEX dispensings_day ON mestring.dispensings USING btree (prescription, date, entry);


--
-- Name: dispensings_seq; Type: INDEX; Schema: mestring; Owner: -
--

CREATE UNIQUE INDEX dispensings_seq ON mestring.dispensings USING btree (seq);


--
-- Name: effect_targets_seq; Type: INDEX; Schema: mestring; Owner: -
--

CREATE UNIQUE INDEX effect_targets_seq ON mestring.effect_targets USING btree (seq);


--
-- Name: feedback_appointment; Type: INDEX; Schema: mestring; Owner: -
--

CREATE UNIQUE INDEX feedback_appointment ON mestring.feedback USING btree (appointment, scale);


--
-- Name: feedback_course; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX feedback_course ON mestring.feedback USING btree (course, date);


--
-- Name: feedback_date; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX feedback_date ON mestring.feedback USING btree (date, scale);


--
-- Name: feedback_seq; Type: INDEX; Schema: mestring; Owner: -
--

CREATE UNIQUE INDEX feedback_seq ON mestring.feedback USING btree (seq);


--
-- Name: feedback_session; Type: INDEX; Schema: mestring; Owner: -
--

CREATE UNIQUE INDEX feedback_session ON mestring.feedback USING btree (session, client, scale);


--
-- Name: goals_course; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX goals_course ON mestring.goals USING btree (course);


--
-- Name: goals_seq; Type: INDEX; Schema: mestring; Owner: -
--

CREATE UNIQUE INDEX goals_seq ON mestring.goals USING btree (seq);


--
-- Name: group_attendance_course; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX group_attendance_course ON mestring.group_attendance USING btree (course);


--
-- Name: group_attendance_session; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX group_attendance_session ON mestring.group_attendance USING btree (session);


--
-- Name: group_courses_seq; Type: INDEX; Schema: mestring; Owner: -
--

CREATE UNIQUE INDEX group_courses_seq ON mestring.group_courses USING btree (seq);


--
-- Name: group_members_course; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX group_members_course ON mestring.group_members USING btree (course);


--
-- Name: group_sessions_group; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX group_sessions_group ON mestring.group_sessions USING btree (group_course, date);


--
-- Name: notes_addendum; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX notes_addendum ON mestring.notes USING btree (addendum_to);


--
-- Name: notes_client; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX notes_client ON mestring.notes USING btree (client, written_at);


--
-- Name: notes_seq; Type: INDEX; Schema: mestring; Owner: -
--

CREATE UNIQUE INDEX notes_seq ON mestring.notes USING btree (seq);


--
-- Name: prescriptions_active; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX prescriptions_active ON mestring.prescriptions USING btree (category, end_date);


--
-- Name: prescriptions_client; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX prescriptions_client ON mestring.prescriptions USING btree (client, start_date);


--
-- Name: prescriptions_open; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX prescriptions_open ON mestring.prescriptions USING btree (end_date, start_date, mode, annulled_at, client);


--
-- Name: prescriptions_seq; Type: INDEX; Schema: mestring; Owner: -
--

CREATE UNIQUE INDEX prescriptions_seq ON mestring.prescriptions USING btree (seq);


--
-- Name: registry_reports_seq; Type: INDEX; Schema: mestring; Owner: -
--

CREATE UNIQUE INDEX registry_reports_seq ON mestring.registry_reports USING btree (seq);


--
-- Name: staff_seq; Type: INDEX; Schema: mestring; Owner: -
--

CREATE UNIQUE INDEX staff_seq ON mestring.staff USING btree (seq);


--
-- Name: waiting_lists_client; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX waiting_lists_client ON mestring.waiting_lists USING btree (client);


--
-- Name: waiting_lists_offer; Type: INDEX; Schema: mestring; Owner: -
--

CREATE INDEX waiting_lists_offer ON mestring.waiting_lists USING btree (offer, taken_off);


--
-- Name: waiting_lists_seq; Type: INDEX; Schema: mestring; Owner: -
--

CREATE UNIQUE INDEX waiting_lists_seq ON mestring.waiting_lists USING btree (seq);


--
-- Name: absences absences_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER absences_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.absences FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: access_log access_log_link; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER access_log_link BEFORE INSERT ON mestring.access_log FOR EACH ROW EXECUTE FUNCTION mestring.access_log_link();


--
-- Name: access_log access_log_no_delete; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER access_log_no_delete BEFORE DELETE ON mestring.access_log FOR EACH ROW EXECUTE FUNCTION mestring.refuse_unpurged_delete('access-log entries are removed only by a purge after the retention period');


--
-- Name: access_log access_log_no_update; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER access_log_no_update BEFORE UPDATE ON mestring.access_log FOR EACH ROW EXECUTE FUNCTION mestring.refuse_change('the access log cannot be changed');


--
-- Name: access_log_purges access_log_purges_no_delete; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER access_log_purges_no_delete BEFORE DELETE ON mestring.access_log_purges FOR EACH ROW EXECUTE FUNCTION mestring.refuse_change('a purge record cannot be deleted');


--
-- Name: access_log_purges access_log_purges_no_update; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER access_log_purges_no_update BEFORE UPDATE ON mestring.access_log_purges FOR EACH ROW EXECUTE FUNCTION mestring.refuse_change('a purge record cannot be changed');


--
-- Name: appointments appointments_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER appointments_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.appointments FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: assessments assessments_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER assessments_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.assessments FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: clients clients_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER clients_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.clients FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: clients clients_no_delete; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER clients_no_delete BEFORE DELETE ON mestring.clients FOR EACH ROW EXECUTE FUNCTION mestring.refuse_unless_disposed('a client is deleted only by a disposal after the retention period', 'id');


--
-- Name: closed_days closed_days_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER closed_days_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.closed_days FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: corrections corrections_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER corrections_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.corrections FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: corrections corrections_no_delete; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER corrections_no_delete BEFORE DELETE ON mestring.corrections FOR EACH ROW EXECUTE FUNCTION mestring.refuse_correction_delete('a correction cannot be deleted');


--
-- Name: corrections corrections_no_update; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER corrections_no_update BEFORE UPDATE ON mestring.corrections FOR EACH ROW EXECUTE FUNCTION mestring.refuse_change('a correction cannot be changed');


--
-- Name: course_phases course_phases_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER course_phases_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.course_phases FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: courses courses_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER courses_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.courses FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: dispensings dispensings_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER dispensings_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.dispensings FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: dispensings dispensings_no_delete; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER dispensings_no_delete BEFORE DELETE ON mestring.dispensings FOR EACH ROW EXECUTE FUNCTION mestring.refuse_dispensing_delete('a registered dispensing cannot be deleted');


--
-- Name: dispensings dispensings_no_update; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER dispensings_no_update BEFORE UPDATE ON mestring.dispensings FOR EACH ROW WHEN (((new.id IS DISTINCT FROM old.id) OR (new.seq IS DISTINCT FROM old.seq) OR (new.prescription IS DISTINCT FROM old.prescription) OR (new.date IS DISTINCT FROM old.date) OR (new.dose_mg IS DISTINCT FROM old.dose_mg) OR (new.status IS DISTINCT FROM old.status) OR (new.days IS DISTINCT FROM old.days) OR (new.staff IS DISTINCT FROM old.staff) OR (new.note IS DISTINCT FROM old.note) OR (new.entry IS DISTINCT FROM old.entry) OR (new.late_reason IS DISTINCT FROM old.late_reason) OR (new.recorded_at IS DISTINCT FROM old.recorded_at) OR ((old.late_reason IS NULL) AND (new.late_confirmed_at IS NOT NULL)) OR ((old.late_confirmed_at IS NOT NULL) AND ((new.late_confirmed_reason IS DISTINCT FROM old.late_confirmed_reason) OR (new.late_confirmed_by IS DISTINCT FROM old.late_confirmed_by) OR (new.late_confirmed_at IS DISTINCT FROM old.late_confirmed_at))))) EXECUTE FUNCTION mestring.refuse_change('a registered dispensing cannot be changed');


--
-- Name: disposals disposals_no_delete; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER disposals_no_delete BEFORE DELETE ON mestring.disposals FOR EACH ROW EXECUTE FUNCTION mestring.refuse_change('a disposal record cannot be deleted');


--
-- Name: disposals disposals_no_update; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER disposals_no_update BEFORE UPDATE ON mestring.disposals FOR EACH ROW EXECUTE FUNCTION mestring.refuse_change('a disposal record cannot be changed');


--
-- Name: feedback feedback_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER feedback_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.feedback FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: goal_scores goal_scores_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER goal_scores_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.goal_scores FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: goals goals_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER goals_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.goals FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: group_attendance group_attendance_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER group_attendance_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.group_attendance FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: group_courses group_courses_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER group_courses_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.group_courses FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: group_leaders group_leaders_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER group_leaders_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.group_leaders FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: group_members group_members_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER group_members_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.group_members FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: group_sessions group_sessions_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER group_sessions_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.group_sessions FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: group_waiting group_waiting_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER group_waiting_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.group_waiting FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: notes notes_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER notes_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.notes FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: notes notes_no_delete; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER notes_no_delete BEFORE DELETE ON mestring.notes FOR EACH ROW EXECUTE FUNCTION mestring.refuse_unless_disposed('a signed journal note cannot be deleted', 'client');


--
-- Name: notes notes_no_update; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER notes_no_update BEFORE UPDATE ON mestring.notes FOR EACH ROW EXECUTE FUNCTION mestring.refuse_change('a signed journal note cannot be changed; write an addendum');


--
-- Name: prescriptions prescriptions_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER prescriptions_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.prescriptions FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: prescriptions prescriptions_no_delete; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER prescriptions_no_delete BEFORE DELETE ON mestring.prescriptions FOR EACH ROW EXECUTE FUNCTION mestring.refuse_unless_disposed('a prescription cannot be deleted', 'client');


--
-- Name: prescriptions prescriptions_no_update; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER prescriptions_no_update BEFORE UPDATE ON mestring.prescriptions FOR EACH ROW WHEN (((new.id IS DISTINCT FROM old.id) OR (new.seq IS DISTINCT FROM old.seq) OR (new.client IS DISTINCT FROM old.client) OR (new.drug IS DISTINCT FROM old.drug) OR (new.category IS DISTINCT FROM old.category) OR (new.dose_mg IS DISTINCT FROM old.dose_mg) OR (new.schedule_kind IS DISTINCT FROM old.schedule_kind) OR (new.schedule_weekdays IS DISTINCT FROM old.schedule_weekdays) OR (new.schedule_every_days IS DISTINCT FROM old.schedule_every_days) OR (new.mode IS DISTINCT FROM old.mode) OR (new.take_home_days IS DISTINCT FROM old.take_home_days) OR (new.start_date IS DISTINCT FROM old.start_date) OR (new.prescriber IS DISTINCT FROM old.prescriber) OR (new.reason IS DISTINCT FROM old.reason) OR ((new.end_date IS DISTINCT FROM old.end_date) AND ((new.end_date IS NULL) OR (new.end_date < old.start_date) OR ((old.end_date IS NOT NULL) AND (new.end_date > old.end_date)))) OR ((old.annulled_at IS NOT NULL) AND ((new.annulled_reason IS DISTINCT FROM old.annulled_reason) OR (new.annulled_by IS DISTINCT FROM old.annulled_by) OR (new.annulled_at IS DISTINCT FROM old.annulled_at))) OR ((old.dose_confirmed_at IS NOT NULL) AND ((new.dose_confirmed_reason IS DISTINCT FROM old.dose_confirmed_reason) OR (new.dose_confirmed_by IS DISTINCT FROM old.dose_confirmed_by) OR (new.dose_confirmed_at IS DISTINCT FROM old.dose_confirmed_at))))) EXECUTE FUNCTION mestring.refuse_change('a prescription cannot be changed, only ended earlier; write a new one');


--
-- Name: registry_reports registry_reports_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER registry_reports_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.registry_reports FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: staff staff_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER staff_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.staff FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: subgoals subgoals_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER subgoals_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.subgoals FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: waiting_lists waiting_lists_announce; Type: TRIGGER; Schema: mestring; Owner: -
--

CREATE TRIGGER waiting_lists_announce AFTER INSERT OR DELETE OR UPDATE ON mestring.waiting_lists FOR EACH STATEMENT EXECUTE FUNCTION mestring.announce_change();


--
-- Name: absences absences_client_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.absences
    ADD CONSTRAINT absences_client_fkey FOREIGN KEY (client) REFERENCES mestring.clients(id);


--
-- Name: appointments appointments_course_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.appointments
    ADD CONSTRAINT appointments_course_fkey FOREIGN KEY (course) REFERENCES mestring.courses(id);


--
-- Name: appointments appointments_staff_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.appointments
    ADD CONSTRAINT appointments_staff_fkey FOREIGN KEY (staff) REFERENCES mestring.staff(id);


--
-- Name: assessments assessments_course_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.assessments
    ADD CONSTRAINT assessments_course_fkey FOREIGN KEY (course) REFERENCES mestring.courses(id);


--
-- Name: corrections corrections_annuls_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.corrections
    ADD CONSTRAINT corrections_annuls_fkey FOREIGN KEY (annuls) REFERENCES mestring.dispensings(id);


--
-- Name: corrections corrections_staff_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.corrections
    ADD CONSTRAINT corrections_staff_fkey FOREIGN KEY (staff) REFERENCES mestring.staff(id);


--
-- Name: course_phases course_phases_course_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.course_phases
    ADD CONSTRAINT course_phases_course_fkey FOREIGN KEY (course) REFERENCES mestring.courses(id);


--
-- Name: courses courses_client_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.courses
    ADD CONSTRAINT courses_client_fkey FOREIGN KEY (client) REFERENCES mestring.clients(id);


--
-- Name: courses courses_responsible_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.courses
    ADD CONSTRAINT courses_responsible_fkey FOREIGN KEY (responsible) REFERENCES mestring.staff(id);


--
-- Name: dispensings dispensings_late_confirmed_by_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.dispensings
    ADD CONSTRAINT dispensings_late_confirmed_by_fkey FOREIGN KEY (late_confirmed_by) REFERENCES mestring.staff(id);


--
-- Name: dispensings dispensings_prescription_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.dispensings
    ADD CONSTRAINT dispensings_prescription_fkey FOREIGN KEY (prescription) REFERENCES mestring.prescriptions(id);


--
-- Name: dispensings dispensings_staff_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.dispensings
    ADD CONSTRAINT dispensings_staff_fkey FOREIGN KEY (staff) REFERENCES mestring.staff(id);


--
-- Name: feedback feedback_appointment_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.feedback
    ADD CONSTRAINT feedback_appointment_fkey FOREIGN KEY (appointment) REFERENCES mestring.appointments(id);


--
-- Name: feedback feedback_client_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.feedback
    ADD CONSTRAINT feedback_client_fkey FOREIGN KEY (client) REFERENCES mestring.clients(id);


--
-- Name: feedback feedback_course_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.feedback
    ADD CONSTRAINT feedback_course_fkey FOREIGN KEY (course) REFERENCES mestring.courses(id);


--
-- Name: goal_scores goal_scores_goal_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.goal_scores
    ADD CONSTRAINT goal_scores_goal_fkey FOREIGN KEY (goal) REFERENCES mestring.goals(id);


--
-- Name: goals goals_course_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.goals
    ADD CONSTRAINT goals_course_fkey FOREIGN KEY (course) REFERENCES mestring.courses(id);


--
-- Name: group_attendance group_attendance_course_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.group_attendance
    ADD CONSTRAINT group_attendance_course_fkey FOREIGN KEY (course) REFERENCES mestring.courses(id);


--
-- Name: group_attendance group_attendance_group_course_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.group_attendance
    ADD CONSTRAINT group_attendance_group_course_fkey FOREIGN KEY (group_course) REFERENCES mestring.group_courses(id);


--
-- Name: group_attendance group_attendance_session_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.group_attendance
    ADD CONSTRAINT group_attendance_session_fkey FOREIGN KEY (session) REFERENCES mestring.group_sessions(id);


--
-- Name: group_leaders group_leaders_group_course_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.group_leaders
    ADD CONSTRAINT group_leaders_group_course_fkey FOREIGN KEY (group_course) REFERENCES mestring.group_courses(id);


--
-- Name: group_leaders group_leaders_staff_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.group_leaders
    ADD CONSTRAINT group_leaders_staff_fkey FOREIGN KEY (staff) REFERENCES mestring.staff(id);


--
-- Name: group_members group_members_course_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.group_members
    ADD CONSTRAINT group_members_course_fkey FOREIGN KEY (course) REFERENCES mestring.courses(id);


--
-- Name: group_members group_members_group_course_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.group_members
    ADD CONSTRAINT group_members_group_course_fkey FOREIGN KEY (group_course) REFERENCES mestring.group_courses(id);


--
-- Name: group_sessions group_sessions_group_course_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.group_sessions
    ADD CONSTRAINT group_sessions_group_course_fkey FOREIGN KEY (group_course) REFERENCES mestring.group_courses(id);


--
-- Name: group_waiting group_waiting_course_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.group_waiting
    ADD CONSTRAINT group_waiting_course_fkey FOREIGN KEY (course) REFERENCES mestring.courses(id);


--
-- Name: group_waiting group_waiting_group_course_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.group_waiting
    ADD CONSTRAINT group_waiting_group_course_fkey FOREIGN KEY (group_course) REFERENCES mestring.group_courses(id);


--
-- Name: notes notes_addendum_to_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.notes
    ADD CONSTRAINT notes_addendum_to_fkey FOREIGN KEY (addendum_to) REFERENCES mestring.notes(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: notes notes_author_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.notes
    ADD CONSTRAINT notes_author_fkey FOREIGN KEY (author) REFERENCES mestring.staff(id);


--
-- Name: notes notes_client_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.notes
    ADD CONSTRAINT notes_client_fkey FOREIGN KEY (client) REFERENCES mestring.clients(id);


--
-- Name: notes notes_course_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.notes
    ADD CONSTRAINT notes_course_fkey FOREIGN KEY (course) REFERENCES mestring.courses(id);


--
-- Name: prescriptions prescriptions_annulled_by_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.prescriptions
    ADD CONSTRAINT prescriptions_annulled_by_fkey FOREIGN KEY (annulled_by) REFERENCES mestring.staff(id);


--
-- Name: prescriptions prescriptions_client_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.prescriptions
    ADD CONSTRAINT prescriptions_client_fkey FOREIGN KEY (client) REFERENCES mestring.clients(id);


--
-- Name: prescriptions prescriptions_dose_confirmed_by_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.prescriptions
    ADD CONSTRAINT prescriptions_dose_confirmed_by_fkey FOREIGN KEY (dose_confirmed_by) REFERENCES mestring.staff(id);


--
-- Name: prescriptions prescriptions_prescriber_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.prescriptions
    ADD CONSTRAINT prescriptions_prescriber_fkey FOREIGN KEY (prescriber) REFERENCES mestring.staff(id);


--
-- Name: registry_reports registry_reports_course_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.registry_reports
    ADD CONSTRAINT registry_reports_course_fkey FOREIGN KEY (course) REFERENCES mestring.courses(id);


--
-- Name: registry_reports registry_reports_staff_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.registry_reports
    ADD CONSTRAINT registry_reports_staff_fkey FOREIGN KEY (staff) REFERENCES mestring.staff(id);


--
-- Name: staff_logins staff_logins_staff_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.staff_logins
    ADD CONSTRAINT staff_logins_staff_fkey FOREIGN KEY (staff) REFERENCES mestring.staff(id);


--
-- Name: subgoals subgoals_goal_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.subgoals
    ADD CONSTRAINT subgoals_goal_fkey FOREIGN KEY (goal) REFERENCES mestring.goals(id);


--
-- Name: waiting_lists waiting_lists_client_fkey; Type: FK CONSTRAINT; Schema: mestring; Owner: -
--

ALTER TABLE ONLY mestring.waiting_lists
    ADD CONSTRAINT waiting_lists_client_fkey FOREIGN KEY (client) REFERENCES mestring.clients(id);


--
-- PostgreSQL database dump complete
--



