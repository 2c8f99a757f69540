#pragma once

#include <vector>

#include <QDate>
#include <QHash>
#include <QString>

#include "core/domain/caseloadfacts.h"
#include "core/domain/dispensing.h"
#include "core/domain/prescription.h"

namespace mestring::core {

class Database;

/// A supervised antabus prescription active on the day asked about, with its recent
/// dispensings.
struct AntabusWatch
{
    Prescription prescription;
    std::vector<Dispensing> dispensings;
};

/// The SQL of the caseload overview. Dates are bound, never built into the SQL text; only
/// portable SQL (CTEs, correlated subqueries, no date functions: the service computes the
/// threshold days).
class CaseloadQueries
{
public:
    explicit CaseloadQueries(const Database &db)
        : m_db(db)
    {
    }

    /// The courses of the overview on `today`: requested and not started, active, or ended
    /// with a post-discharge follow-up due and not recorded (see caseload.h for the windows).
    /// `responsible` empty: every staff member's courses; `clientId` not empty: only that
    /// client's.
    std::vector<CaseloadFacts> courses(
        const QDate &today, const QString &responsible, const QString &clientId = {}) const;

    /// Clients with a substitution or antabus prescription active on `today`, with the day of
    /// their latest medical review on or before `today` (an attended doctor appointment on any
    /// of their courses, or the start of any of their prescriptions).
    QHash<QString, QDate> medicalReviews(const QDate &today) const;

    /// Supervised antabus prescriptions active on `today` with their dispensings dated from
    /// `from` to `today`.
    std::vector<AntabusWatch> supervisedAntabus(const QDate &today, const QDate &from) const;

private:
    const Database &m_db;
};

} // namespace mestring::core
