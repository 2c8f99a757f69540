-- Schema version 11: `sqlite3 FILE .schema` of a new database, plus its header. Once v11 is
-- released this file never changes; migration_test.cpp migrates it to the latest schema.
CREATE TABLE staff (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            username TEXT UNIQUE,
            active INTEGER NOT NULL DEFAULT 1,
            password_hash TEXT,
            failed_logins INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT, team TEXT, must_change_password INTEGER NOT NULL DEFAULT 0);
CREATE TABLE clients (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            cpr TEXT UNIQUE,
            first_name TEXT,
            last_name TEXT,
            alias TEXT,
            anonymous INTEGER NOT NULL DEFAULT 0,
            birth_date TEXT,
            sex TEXT,
            municipality TEXT,
            phone TEXT,
            address TEXT,
            consent_text TEXT,
            consent_date TEXT,
            search_text TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 1, changed_by TEXT, changed_at TEXT);
CREATE TABLE courses (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            client TEXT NOT NULL REFERENCES clients(id),
            kind TEXT NOT NULL,
            legal_basis TEXT NOT NULL,
            setting TEXT NOT NULL,
            program TEXT NOT NULL,
            primary_substance TEXT NOT NULL,
            secondary_substances TEXT NOT NULL DEFAULT '',
            responsible TEXT REFERENCES staff(id),
            request_date TEXT,
            start_date TEXT,
            end_date TEXT,
            end_reason TEXT,
            outcome TEXT,
            guarantee_exempt TEXT,
            guarantee_delay_reason TEXT,
            declined_followup INTEGER NOT NULL DEFAULT 0,
            residential_provider TEXT,
            planned_weeks INTEGER, version INTEGER NOT NULL DEFAULT 1, changed_by TEXT, changed_at TEXT);
CREATE TABLE course_phases (
            course TEXT NOT NULL REFERENCES courses(id),
            position INTEGER NOT NULL,
            phase TEXT NOT NULL,
            date TEXT NOT NULL,
            PRIMARY KEY (course, position));
CREATE TABLE goals (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            course TEXT NOT NULL REFERENCES courses(id),
            theme TEXT NOT NULL,
            text TEXT,
            measure TEXT,
            deadline TEXT,
            baseline_score INTEGER,
            target_score INTEGER,
            status TEXT NOT NULL,
            closed_date TEXT, version INTEGER NOT NULL DEFAULT 1, changed_by TEXT, changed_at TEXT);
CREATE TABLE goal_scores (
            goal TEXT NOT NULL REFERENCES goals(id),
            position INTEGER NOT NULL,
            date TEXT NOT NULL,
            score INTEGER NOT NULL,
            PRIMARY KEY (goal, date));
CREATE TABLE subgoals (
            goal TEXT NOT NULL REFERENCES goals(id),
            position INTEGER NOT NULL,
            text TEXT,
            deadline TEXT,
            done_date TEXT,
            PRIMARY KEY (goal, position));
CREATE TABLE assessments (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            course TEXT NOT NULL REFERENCES courses(id),
            date TEXT NOT NULL,
            type TEXT NOT NULL,
            alcohol INTEGER, drugs INTEGER, crime INTEGER, employment INTEGER,
            economy INTEGER, family INTEGER, mental_health INTEGER, physical_health INTEGER,
            quality_of_life INTEGER,
            days_used_last_28 INTEGER,
            drinks_per_week INTEGER);
CREATE TABLE appointments (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            course TEXT NOT NULL REFERENCES courses(id),
            staff TEXT REFERENCES staff(id),
            type TEXT NOT NULL,
            start_at TEXT NOT NULL,
            start_day TEXT NOT NULL,
            minutes INTEGER NOT NULL,
            location TEXT,
            status TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, changed_by TEXT, changed_at TEXT);
CREATE TABLE absences (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            client TEXT NOT NULL REFERENCES clients(id),
            from_date TEXT NOT NULL,
            to_date TEXT,
            reason TEXT NOT NULL,
            note TEXT);
CREATE TABLE group_courses (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            capacity INTEGER,
            rolling INTEGER NOT NULL DEFAULT 0);
CREATE TABLE group_leaders (
            group_course TEXT NOT NULL REFERENCES group_courses(id),
            position INTEGER NOT NULL,
            staff TEXT NOT NULL REFERENCES staff(id),
            PRIMARY KEY (group_course, position));
CREATE TABLE group_sessions (
            id TEXT PRIMARY KEY,
            group_course TEXT NOT NULL REFERENCES group_courses(id),
            position INTEGER NOT NULL,
            date TEXT NOT NULL,
            start_time TEXT,
            topic TEXT);
CREATE TABLE group_members (
            group_course TEXT NOT NULL REFERENCES group_courses(id),
            position INTEGER NOT NULL,
            course TEXT NOT NULL REFERENCES courses(id),
            from_date TEXT,
            to_date TEXT,
            PRIMARY KEY (group_course, position));
CREATE TABLE group_waiting (
            group_course TEXT NOT NULL REFERENCES group_courses(id),
            position INTEGER NOT NULL,
            course TEXT NOT NULL REFERENCES courses(id),
            asked_on TEXT,
            PRIMARY KEY (group_course, position));
CREATE TABLE group_attendance (
            group_course TEXT NOT NULL REFERENCES group_courses(id),
            position INTEGER NOT NULL,
            session TEXT NOT NULL REFERENCES group_sessions(id),
            course TEXT NOT NULL REFERENCES courses(id),
            status TEXT NOT NULL,
            PRIMARY KEY (group_course, position));
CREATE TABLE prescriptions (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            client TEXT NOT NULL REFERENCES clients(id),
            drug TEXT NOT NULL,
            category TEXT NOT NULL,
            dose_mg REAL NOT NULL,
            schedule_kind TEXT NOT NULL,
            schedule_weekdays TEXT,
            schedule_every_days INTEGER,
            mode TEXT NOT NULL,
            take_home_days INTEGER,
            start_date TEXT NOT NULL,
            end_date TEXT,
            prescriber TEXT NOT NULL REFERENCES staff(id),
            reason TEXT, annulled_reason TEXT, annulled_by TEXT REFERENCES staff(id), annulled_at TEXT, dose_confirmed_reason TEXT, dose_confirmed_by TEXT REFERENCES staff(id), dose_confirmed_at TEXT);
CREATE TABLE dispensings (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            prescription TEXT NOT NULL REFERENCES prescriptions(id),
            date TEXT NOT NULL,
            dose_mg REAL NOT NULL,
            status TEXT NOT NULL,
            days INTEGER NOT NULL DEFAULT 1,
            staff TEXT REFERENCES staff(id),
            note TEXT, entry INTEGER NOT NULL DEFAULT 0, late_reason TEXT, late_confirmed_reason TEXT, late_confirmed_by TEXT REFERENCES staff(id), late_confirmed_at TEXT, recorded_at TEXT);
CREATE TABLE notes (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            client TEXT NOT NULL REFERENCES clients(id),
            course TEXT REFERENCES courses(id),
            author TEXT NOT NULL REFERENCES staff(id),
            written_at TEXT NOT NULL,
            written_day TEXT NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            addendum_to TEXT REFERENCES notes(id) DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE effect_targets (
            seq INTEGER NOT NULL,
            indicator TEXT NOT NULL,
            breakdown TEXT NOT NULL DEFAULT '',
            year INTEGER NOT NULL,
            baseline REAL,
            target REAL,
            PRIMARY KEY (indicator, breakdown, year));
CREATE TABLE access_log (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            client TEXT,
            search_text TEXT,
            detail TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL);
CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT);
CREATE UNIQUE INDEX staff_seq ON staff (seq);
CREATE UNIQUE INDEX clients_seq ON clients (seq);
CREATE UNIQUE INDEX courses_seq ON courses (seq);
CREATE UNIQUE INDEX goals_seq ON goals (seq);
CREATE UNIQUE INDEX assessments_seq ON assessments (seq);
CREATE UNIQUE INDEX appointments_seq ON appointments (seq);
CREATE UNIQUE INDEX absences_seq ON absences (seq);
CREATE UNIQUE INDEX group_courses_seq ON group_courses (seq);
CREATE UNIQUE INDEX prescriptions_seq ON prescriptions (seq);
CREATE UNIQUE INDEX dispensings_seq ON dispensings (seq);
CREATE UNIQUE INDEX notes_seq ON notes (seq);
CREATE UNIQUE INDEX effect_targets_seq ON effect_targets (seq);
CREATE INDEX clients_name ON clients (last_name, first_name);
CREATE INDEX clients_birth ON clients (birth_date);
CREATE INDEX courses_client ON courses (client, kind);
CREATE INDEX courses_responsible ON courses (responsible, end_date);
CREATE INDEX courses_start ON courses (start_date);
CREATE INDEX courses_end ON courses (end_date);
CREATE INDEX goals_course ON goals (course);
CREATE INDEX assessments_course ON assessments (course, date);
CREATE INDEX appointments_course ON appointments (course, start_at);
CREATE INDEX appointments_day ON appointments (start_day, staff);
CREATE INDEX appointments_staff ON appointments (staff, start_day);
CREATE INDEX absences_client ON absences (client, from_date);
CREATE INDEX group_sessions_group ON group_sessions (group_course, date);
CREATE INDEX group_members_course ON group_members (course);
CREATE INDEX group_attendance_session ON group_attendance (session);
CREATE INDEX group_attendance_course ON group_attendance (course);
CREATE INDEX prescriptions_client ON prescriptions (client, start_date);
CREATE INDEX prescriptions_active ON prescriptions (category, end_date);
CREATE INDEX dispensings_date ON dispensings (date);
CREATE INDEX notes_client ON notes (client, written_at);
CREATE INDEX notes_addendum ON notes (addendum_to);
CREATE INDEX access_log_client ON access_log (client, at);
CREATE INDEX access_log_actor ON access_log (actor, at);
CREATE TABLE disposals (
            client TEXT PRIMARY KEY,
            disposed_at TEXT NOT NULL,
            actor TEXT NOT NULL,
            last_entry TEXT,
            records INTEGER NOT NULL);
CREATE TABLE access_log_purges (
            up_to_seq INTEGER PRIMARY KEY,
            anchor_hash TEXT NOT NULL,
            purged_at TEXT NOT NULL,
            actor TEXT NOT NULL,
            entries INTEGER NOT NULL);
CREATE TRIGGER notes_no_delete BEFORE DELETE ON notes WHEN NOT EXISTS (SELECT 1 FROM disposals WHERE client = OLD.client) BEGIN SELECT RAISE(ABORT, 'a signed journal note cannot be deleted'); END;
CREATE TRIGGER prescriptions_no_delete BEFORE DELETE ON prescriptions WHEN NOT EXISTS (SELECT 1 FROM disposals WHERE client = OLD.client) BEGIN SELECT RAISE(ABORT, 'a prescription cannot be deleted'); END;
CREATE TRIGGER dispensings_no_delete BEFORE DELETE ON dispensings WHEN NOT EXISTS (SELECT 1 FROM prescriptions p JOIN disposals d ON d.client = p.client WHERE p.id = OLD.prescription) BEGIN SELECT RAISE(ABORT, 'a registered dispensing cannot be deleted'); END;
CREATE TRIGGER clients_no_delete BEFORE DELETE ON clients WHEN NOT EXISTS (SELECT 1 FROM disposals WHERE client = OLD.id) BEGIN SELECT RAISE(ABORT, 'a client is deleted only by a disposal after the retention period'); END;
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log BEGIN SELECT RAISE(ABORT, 'the access log cannot be changed'); END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log WHEN OLD.seq > (SELECT COALESCE(MAX(up_to_seq), 0) FROM access_log_purges) BEGIN SELECT RAISE(ABORT, 'access-log entries are removed only by a purge after the retention period'); END;
CREATE TRIGGER disposals_no_delete BEFORE DELETE ON disposals BEGIN SELECT RAISE(ABORT, 'a disposal record cannot be deleted'); END;
CREATE TRIGGER access_log_purges_no_delete BEFORE DELETE ON access_log_purges BEGIN SELECT RAISE(ABORT, 'a purge record cannot be deleted'); END;
CREATE INDEX access_log_at ON access_log (at);
CREATE UNIQUE INDEX dispensings_day ON dispensings (prescription, date, entry);
CREATE TABLE corrections (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            annuls TEXT NOT NULL UNIQUE REFERENCES dispensings(id),
            reason TEXT NOT NULL,
            staff TEXT REFERENCES staff(id),
            at TEXT NOT NULL);
CREATE UNIQUE INDEX corrections_seq ON corrections (seq);
CREATE TABLE closed_days (
            date TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            reason TEXT NOT NULL);
CREATE UNIQUE INDEX closed_days_seq ON closed_days (seq);
CREATE TRIGGER prescriptions_no_update BEFORE UPDATE ON prescriptions WHEN NEW.id IS NOT OLD.id OR NEW.seq IS NOT OLD.seq OR NEW.client IS NOT OLD.client OR NEW.drug IS NOT OLD.drug OR NEW.category IS NOT OLD.category OR NEW.dose_mg IS NOT OLD.dose_mg OR NEW.schedule_kind IS NOT OLD.schedule_kind OR NEW.schedule_weekdays IS NOT OLD.schedule_weekdays OR NEW.schedule_every_days IS NOT OLD.schedule_every_days OR NEW.mode IS NOT OLD.mode OR NEW.take_home_days IS NOT OLD.take_home_days OR NEW.start_date IS NOT OLD.start_date OR NEW.prescriber IS NOT OLD.prescriber OR NEW.reason IS NOT OLD.reason OR (NEW.end_date IS NOT OLD.end_date AND (NEW.end_date IS NULL OR NEW.end_date < OLD.start_date OR (OLD.end_date IS NOT NULL AND NEW.end_date > OLD.end_date))) OR (OLD.annulled_at IS NOT NULL AND (NEW.annulled_reason IS NOT OLD.annulled_reason OR NEW.annulled_by IS NOT OLD.annulled_by OR NEW.annulled_at IS NOT OLD.annulled_at)) OR (OLD.dose_confirmed_at IS NOT NULL AND (NEW.dose_confirmed_reason IS NOT OLD.dose_confirmed_reason OR NEW.dose_confirmed_by IS NOT OLD.dose_confirmed_by OR NEW.dose_confirmed_at IS NOT OLD.dose_confirmed_at)) BEGIN SELECT RAISE(ABORT, 'a prescription cannot be changed, only ended earlier; write a new one'); END;
CREATE TRIGGER dispensings_no_update BEFORE UPDATE ON dispensings WHEN NEW.id IS NOT OLD.id OR NEW.seq IS NOT OLD.seq OR NEW.prescription IS NOT OLD.prescription OR NEW.date IS NOT OLD.date OR NEW.dose_mg IS NOT OLD.dose_mg OR NEW.status IS NOT OLD.status OR NEW.days IS NOT OLD.days OR NEW.staff IS NOT OLD.staff OR NEW.note IS NOT OLD.note OR NEW.entry IS NOT OLD.entry OR NEW.late_reason IS NOT OLD.late_reason OR NEW.recorded_at IS NOT OLD.recorded_at OR (OLD.late_reason IS NULL AND NEW.late_confirmed_at IS NOT NULL) OR (OLD.late_confirmed_at IS NOT NULL AND (NEW.late_confirmed_reason IS NOT OLD.late_confirmed_reason OR NEW.late_confirmed_by IS NOT OLD.late_confirmed_by OR NEW.late_confirmed_at IS NOT OLD.late_confirmed_at)) BEGIN SELECT RAISE(ABORT, 'a registered dispensing cannot be changed'); END;
CREATE TRIGGER corrections_no_update BEFORE UPDATE ON corrections BEGIN SELECT RAISE(ABORT, 'a correction cannot be changed'); END;
CREATE TRIGGER corrections_no_delete BEFORE DELETE ON corrections WHEN NOT EXISTS (SELECT 1 FROM dispensings d JOIN prescriptions p ON p.id = d.prescription JOIN disposals x ON x.client = p.client WHERE d.id = OLD.annuls) BEGIN SELECT RAISE(ABORT, 'a correction cannot be deleted'); END;
CREATE TRIGGER notes_no_update BEFORE UPDATE ON notes BEGIN SELECT RAISE(ABORT, 'a signed journal note cannot be changed; write an addendum'); END;
CREATE TRIGGER disposals_no_update BEFORE UPDATE ON disposals BEGIN SELECT RAISE(ABORT, 'a disposal record cannot be changed'); END;
CREATE TRIGGER access_log_purges_no_update BEFORE UPDATE ON access_log_purges BEGIN SELECT RAISE(ABORT, 'a purge record cannot be changed'); END;
CREATE TABLE feedback (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            course TEXT NOT NULL REFERENCES courses(id),
            client TEXT NOT NULL REFERENCES clients(id),
            appointment TEXT REFERENCES appointments(id),
            session TEXT,
            date TEXT NOT NULL,
            scale TEXT NOT NULL,
            item1 INTEGER NOT NULL,
            item2 INTEGER NOT NULL,
            item3 INTEGER NOT NULL,
            item4 INTEGER NOT NULL,
            total INTEGER NOT NULL);
CREATE UNIQUE INDEX feedback_seq ON feedback (seq);
CREATE UNIQUE INDEX feedback_appointment ON feedback (appointment, scale);
CREATE UNIQUE INDEX feedback_session ON feedback (session, client, scale);
CREATE INDEX feedback_course ON feedback (course, date);
CREATE INDEX feedback_date ON feedback (date, scale);
CREATE TABLE waiting_lists (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            offer TEXT NOT NULL,
            person TEXT,
            client TEXT REFERENCES clients(id),
            asked_on TEXT,
            note TEXT,
            taken_off TEXT,
            taken_off_reason TEXT);
CREATE UNIQUE INDEX waiting_lists_seq ON waiting_lists (seq);
CREATE INDEX waiting_lists_offer ON waiting_lists (offer, taken_off);
CREATE INDEX waiting_lists_client ON waiting_lists (client);
CREATE TABLE registry_reports (
            seq INTEGER NOT NULL,
            course TEXT NOT NULL REFERENCES courses(id),
            event TEXT NOT NULL,
            reported_on TEXT NOT NULL,
            staff TEXT NOT NULL REFERENCES staff(id),
            PRIMARY KEY (course, event));
CREATE UNIQUE INDEX registry_reports_seq ON registry_reports (seq);
CREATE INDEX dispensings_history ON dispensings (prescription, date, entry, status, days, dose_mg, late_reason, late_confirmed_at);
CREATE INDEX prescriptions_open ON prescriptions (end_date, start_date, mode, annulled_at, client);
CREATE INDEX appointments_course_type ON appointments (course, type, status, start_at, start_day);
ALTER TABLE access_log ADD COLUMN login TEXT;
ALTER TABLE access_log ADD COLUMN origin TEXT;
ALTER TABLE access_log ADD COLUMN origin_seq INTEGER;
ALTER TABLE access_log ADD COLUMN origin_hash TEXT;
CREATE UNIQUE INDEX access_log_origin ON access_log (origin, origin_seq);
PRAGMA application_id = 1296388948;
PRAGMA user_version = 11;
