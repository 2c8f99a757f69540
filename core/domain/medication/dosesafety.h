#pragma once

#include <span>
#include <vector>

#include <QDate>

#include "core/domain/appointment.h"
#include "doseschedule.h"

namespace mestring::core {

/// After this many consecutive missed substitution doses the next dispensing is blocked until
/// a doctor records a dose reassessment (tolerance falls within days).
inline constexpr int missedDosesBeforeBlock = 3;

/// The days of a client's dose reassessments: attended `doctor` appointments (on any of the
/// client's courses) and the starts of the client's prescriptions.
class DoseReassessments
{
public:
    DoseReassessments() = default;
    /// Annulled prescriptions are no reassessment.
    DoseReassessments(std::span<const Prescription> clientPrescriptions,
        std::span<const Appointment> clientAppointments);
    /// From the reassessment days already known (any order).
    explicit DoseReassessments(std::vector<QDate> days);

    /// The first reassessment dated after `after` and on or before `upTo`; null when none.
    QDate firstBetween(const QDate &after, const QDate &upTo) const;
    /// The latest reassessment on or before `day`; null when none.
    QDate lastOnOrBefore(const QDate &day) const;

private:
    std::vector<QDate> m_dates; // sorted
};

/// Consecutive missed scheduled doses, in date order.
struct MissedDoseRun
{
    std::vector<QDate> days;

    int count() const { return int(days.size()); }
    QDate first() const { return days.empty() ? QDate() : days.front(); }
    QDate last() const { return days.empty() ? QDate() : days.back(); }
};

/// The client's substitution dose days: the days of every substitution prescription from its
/// start up to `to`, merged in date order (ClientDoses::categoryDays). `dispensings` are the
/// client's counting dispensings (annulled ones left out).
std::vector<DoseDay> substitutionDoseDays(std::span<const Prescription> clientPrescriptions,
    std::span<const Dispensing *const> dispensings, std::span<const Absence> absences,
    const ClosedDayCalendar &closedDays, const QDate &to, const QDate &today);

/// The run of missed doses at the end of `days`. Missed scheduled days extend it; a scheduled
/// day given, refused or withheld, or a dose given on an unscheduled day, ends it; pending
/// days and other unscheduled days are skipped (absences and closed days never break a run).
/// Every recorded dispensing counts as recorded (late registrations too): this is what
/// happened as far as anyone knows, for the list's "missed in a row" and the antabus flag.
MissedDoseRun trailingMissedRun(std::span<const DoseDay> days);

/// Whether a substitution dispensing on a day is blocked, and why.
struct DoseBlock
{
    bool blocked = false;
    /// When blocked: the consecutive missed doses that reached the block. Otherwise: the
    /// consecutive missed doses just before the day asked about.
    MissedDoseRun run;
    /// The first day of the uninterrupted block that reaches the day asked about.
    QDate since;

    /// A dose reassessment (attended doctor appointment or new prescription) dated after this
    /// day lifts the block.
    QDate liftedByReassessmentAfter() const { return run.last(); }
};

/// The safety rule: a substitution dose on `day` (taken or handed out) is blocked when the
/// client missed 3 or more consecutive scheduled substitution doses before `day` and no dose
/// reassessment is dated after the last of them and on or before `day`. The block stands until
/// that reassessment: doses refused or withheld meanwhile, or given in breach of the block, do
/// not lift it. A late registration a doctor has not confirmed counts as not registered, so
/// it never lifts a block by itself. Every day before `day` and before `today` counts as
/// over (a day still to come is never missed). `dispensings` are the client's counting
/// dispensings. O(days since the first substitution prescription).
DoseBlock substitutionBlockOn(const QDate &day, std::span<const Prescription> clientPrescriptions,
    std::span<const Dispensing *const> dispensings, std::span<const Absence> absences,
    const ClosedDayCalendar &closedDays, const DoseReassessments &reassessments,
    const QDate &today);

/// substitutionBlockOn() for substitution dose days already computed (every day before `day`
/// that is over counts). `days` may begin later than the first prescription's start when
/// hasRunBreakBefore(days, reassessments.lastOnOrBefore(day)) holds: an earlier history
/// cannot change the outcome then (a run that ended before that reassessment is lifted by it).
DoseBlock substitutionBlockOnDays(
    const QDate &day, std::span<const DoseDay> days, const DoseReassessments &reassessments);

/// Whether `days` hold, before `before`, a day that ends a missed run (a dose given, or a
/// scheduled dose refused or withheld). See substitutionBlockOnDays().
bool hasRunBreakBefore(std::span<const DoseDay> days, const QDate &before);

struct BlockedDispensing
{
    const Dispensing *dispensing = nullptr; // points into the caller's dispensings
    MissedDoseRun run; // the missed doses before it
};

/// Every substitution dispensing taken or handed out while blocked (see substitutionBlockOn),
/// in date order, in one pass over the client's substitution dose days. Each dose given before
/// the reassessment is listed, not only the first.
std::vector<BlockedDispensing> dispensingsGivenWhileBlocked(
    std::span<const Prescription> clientPrescriptions,
    std::span<const Dispensing *const> dispensings, std::span<const Absence> absences,
    const ClosedDayCalendar &closedDays, const DoseReassessments &reassessments);

/// The "contact the client" flag of a supervised antabus prescription: the missed doses since
/// the client last came, as of `today` (a dose recorded `missed` today counts the same day).
/// Empty when there is nothing to flag, or the prescription is not supervised antabus.
std::vector<QDate> antabusMissedDoses(
    const Prescription &prescription, const ClientDoses &doses, const QDate &today);

} // namespace mestring::core
