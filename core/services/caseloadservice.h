#pragma once

#include <map>
#include <set>
#include <vector>

#include <QDate>
#include <QString>

#include "actor.h"
#include "core/domain/caseload.h"

namespace mestring::core {

class AccessLog;
class Clock;
class Database;

/// What the overview is asked for.
struct CaseloadQuery
{
    /// The day the flags are computed for (the GUI passes core::today()).
    QDate today;
    /// The responsible staff member (kontaktperson) whose caseload is shown; empty means every
    /// therapist's caseload (the centre-wide view of coordinators and managers).
    QString responsible;
    /// Only rows carrying at least one of these flags; empty means every row.
    std::set<CaseloadFlagKind> flags;
    /// Only this client's courses (the client's record); empty means every client's.
    QString client;

    /// The logged-in staff member's own caseload on `day`.
    static CaseloadQuery own(const Actor &actor, const QDate &day)
    {
        return {day, actor.staffId, {}, {}};
    }
    /// Every therapist's caseload on `day` (coordinators and managers).
    static CaseloadQuery centre(const QDate &day) { return {day, QString(), {}, {}}; }
    /// One client's courses on `day`, whoever is responsible (shown in the client's record).
    static CaseloadQuery ofClient(const QString &clientId, const QDate &day)
    {
        return {day, QString(), {}, clientId};
    }
};

/// The overview (Overblik): rows and the summary counts.
struct CaseloadOverview
{
    QDate today;
    /// Rows of the scope that pass the flag filter, ordered by client name, birth date and
    /// course id.
    std::vector<CaseloadRow> rows;
    /// Rows per flag over the whole scope (the responsible filter applies, the flag filter does
    /// not), so the summary shows every count while the list is filtered. Every flag kind
    /// the actor is shown is present, with 0 when none.
    std::map<CaseloadFlagKind, int> counts;
    /// Rows in the scope before the flag filter.
    int scopeRows = 0;
    /// Whether the medical flag (MedicalReviewOverdue) was computed: only for nurses, doctors,
    /// coordinators and managers (and the command-line tool).
    bool medicalFlags = false;
    /// Whether the registry flag (RegistryOverdue) was computed: only for intake staff,
    /// coordinators and managers (and the command-line tool).
    bool registryFlags = false;
};

/// The caseload overview of issue 3: one row per course a therapist must keep an eye on today
/// (requested and not started, active, or ended with a post-discharge follow-up due), with the
/// flags of docs/decisions.md ("Caseload overview"). Computed by a few SQL queries over the
/// whole database (aggregates per course, no course is loaded whole).
///
/// Permissions: anyone with ReadClinical may read their own caseload. Another staff member's
/// caseload, or every therapist's, needs ViewReports (coordinators, managers); nurses and
/// doctors may read every therapist's caseload when the flag filter asks only for
/// MedicalReviewOverdue (their list of reviews to book). Refusals throw PermissionDenied.
///
/// Access log: one "read" entry per client shown (detail "overview"), written in one
/// transaction, as the calendar and day lists do.
class CaseloadService
{
public:
    CaseloadService(const Database &db, AccessLog &log, const Clock &clock);

    /// compute() and logShown(): the overview with its access-log entries.
    CaseloadOverview overview(const Actor &actor, const CaseloadQuery &query);
    /// The overview without the access-log entries, for a worker that reads on a connection of
    /// its own (the GUI's Overblik); whoever shows the rows must log them with logShown(), and a
    /// result that is never shown is never logged. Refusals throw as overview() does.
    CaseloadOverview compute(const Actor &actor, const CaseloadQuery &query) const;
    /// One "read" entry per client among the rows of `overview` (they are being shown).
    void logShown(const Actor &actor, const CaseloadOverview &overview);
    /// The database read (a worker opens a connection of its own on the same file).
    const Database &database() const { return m_db; }

private:
    void requireAllowed(const Actor &actor, const CaseloadQuery &query) const;

    const Database &m_db;
    AccessLog &m_log;
    const Clock &m_clock;
};

} // namespace mestring::core
