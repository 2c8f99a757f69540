#pragma once

#include <span>
#include <vector>

#include <QDate>

#include "closeddays.h"
#include "core/domain/absence.h"
#include "core/domain/dispensing.h"
#include "core/domain/prescription.h"

namespace mestring::core {

/// What came of a dose day.
enum class DoseState {
    Given, // taken under supervision, or handed out
    Missed, // recorded as missed, or a scheduled day that is over with nothing recorded
    Refused, // the client refused the dose
    Withheld, // staff withheld it (e.g. intoxicated)
    Pending, // a scheduled day that is not over yet (today or later) with nothing recorded
};

/// A day of one prescription on which a dose was due, or a dispensing was recorded, or both.
struct DoseDay
{
    QDate date;
    /// A dose was due: inside start..end, an open day, not inside an absence period of the
    /// client, not covered by a take-home supply (of this or an earlier prescription sharing
    /// its coverage), and on the schedule; or, for a prescription not taken home, the last
    /// open day before closed days on which a dose is on the schedule; or, for a take-home,
    /// the first open day after closed days that held a handing-out day. Prescriptions
    /// dispensed at a pharmacy have no scheduled days at the centre.
    bool scheduled = false;
    DoseState state = DoseState::Pending;
    /// The day's dispensing, pointing into the caller's dispensings; null when none recorded.
    const Dispensing *dispensing = nullptr;
    /// Scheduled days only: the closed days right after what the day's dose would cover
    /// (1 day, or a take-home's days up to its next handing-out day) that a supply handed out
    /// on the day covers as well, because a dose is due on one of them; 0 when none.
    int closedDays = 0;
    /// Scheduled days only: the days a supply handed out on the day covers, the day included
    /// (1 or the take-home days, plus closedDays).
    int supplyDays = 1;

    bool isMissed() const { return scheduled && state == DoseState::Missed; }
};

/// Besides the prescription and its own dispensings, what decides whether a dose is due.
struct DoseContext
{
    /// The client's absence periods (other clients' are skipped).
    std::span<const Absence> absences;
    /// The closed days; every day is open when null.
    const ClosedDayCalendar *closedDays = nullptr;
    /// Take-home supplies of the client's other prescriptions that share coverage with this
    /// one (sharesCoverage): their days are covered here too. Other dispensings are skipped.
    std::span<const Dispensing *const> sharedSupplies;
};

/// The dose days of `prescription` in [from, to] (clipped to its start..end), in date order.
/// `own` are the prescription's counting dispensings (annulled ones left out; others'
/// dispensings are skipped) and must outlive the result. A scheduled day with nothing recorded
/// is Missed when it is before `today`, else Pending. A day counts as covered by a
/// `handed_out` dispensing from the day after it to date + days - 1. An annulled prescription
/// has no dose days. O(days + records).
std::vector<DoseDay> doseDays(const Prescription &prescription,
    std::span<const Dispensing *const> own, const DoseContext &context, const QDate &from,
    const QDate &to, const QDate &today);

/// As above, for dispensings given as values (other prescriptions' are skipped).
std::vector<DoseDay> doseDays(const Prescription &prescription,
    std::span<const Dispensing> dispensings, const DoseContext &context, const QDate &from,
    const QDate &to, const QDate &today);

/// The days a supply handed out on `day` should cover, closed days included, whether or not
/// the day is scheduled (a client who comes a day late): DoseDay::supplyDays for any day.
int plannedSupplyDays(const Prescription &prescription, const QDate &day, const DoseContext &context);

/// The number of doses a supply of `days` handed out on `day` holds: a dose a day for a
/// take-home prescription (its schedule is the handing-out days), else the days in it on which
/// the schedule has a dose (3 for three days of a daily dose; Monday and Thursday in a week).
int dosesInSupply(const Prescription &prescription, const QDate &day, int days);

/// A client's prescriptions and counting dispensings, with their absences and the closed
/// days, from which the dose days of each prescription follow with the coverage it shares
/// with the others (carried across a dose change). The spans must outlive it.
class ClientDoses
{
public:
    ClientDoses(std::span<const Prescription> prescriptions,
        std::span<const Dispensing *const> dispensings, std::span<const Absence> absences,
        const ClosedDayCalendar &closedDays);

    /// doseDays() of one of the client's prescriptions.
    std::vector<DoseDay> days(const Prescription &prescription, const QDate &from,
        const QDate &to, const QDate &today) const;
    /// The dose days of every prescription of `category` from its start up to `to`, merged
    /// in date order.
    std::vector<DoseDay> categoryDays(
        DrugCategory category, const QDate &to, const QDate &today) const;
    /// The dispensings of one prescription, as given.
    std::span<const Dispensing *const> of(const QString &prescriptionId) const;

private:
    std::span<const Prescription> m_prescriptions;
    std::vector<std::vector<const Dispensing *>> m_own; // by prescription index
    std::span<const Absence> m_absences;
    const ClosedDayCalendar &m_closed;
};

/// Pointers to each of `dispensings` (for the pointer-based functions).
std::vector<const Dispensing *> pointersTo(std::span<const Dispensing> dispensings);

} // namespace mestring::core

namespace mestring::core {

/// The days in [from, to] on which a dose of `prescription` is due.
std::vector<QDate> scheduledDays(const Prescription &prescription,
    std::span<const Dispensing> dispensings, const DoseContext &context, const QDate &from,
    const QDate &to);

/// The scheduled days in [from, to] that count as missed as of `today`: the dispensing is
/// `missed`, or nothing was recorded and the day is over (before `today`).
std::vector<QDate> missedDays(const Prescription &prescription,
    std::span<const Dispensing> dispensings, const DoseContext &context, const QDate &from,
    const QDate &to, const QDate &today);

} // namespace mestring::core
