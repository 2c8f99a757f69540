#pragma once

#include <span>
#include <vector>

#include <QDate>

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
    /// A dose was due: on the schedule, inside start..end, not inside an absence period of the
    /// client and not covered by an earlier take-home supply. Prescriptions dispensed at a
    /// pharmacy have no scheduled days at the centre.
    bool scheduled = false;
    DoseState state = DoseState::Pending;
    /// The day's dispensing, pointing into the caller's dispensings; null when none recorded.
    const Dispensing *dispensing = nullptr;

    bool isMissed() const { return scheduled && state == DoseState::Missed; }
};

/// The dose days of `prescription` in [from, to] (clipped to its start..end), in date order.
/// `dispensings` may hold other prescriptions' dispensings (they are skipped) and must outlive
/// the result; `absences` may hold other clients' absences (skipped). A scheduled day with
/// nothing recorded is Missed when it is before `today`, else Pending. A day counts as covered
/// by a `handed_out` dispensing from the day after it to date + days - 1. O(days + records).
std::vector<DoseDay> doseDays(const Prescription &prescription,
    std::span<const Dispensing> dispensings, std::span<const Absence> absences, const QDate &from,
    const QDate &to, const QDate &today);

/// As above, for dispensings that are already grouped by prescription.
std::vector<DoseDay> doseDays(const Prescription &prescription,
    std::span<const Dispensing *const> dispensings, std::span<const Absence> absences,
    const QDate &from, const QDate &to, const QDate &today);

/// The days in [from, to] on which a dose of `prescription` is due.
std::vector<QDate> scheduledDays(const Prescription &prescription,
    std::span<const Dispensing> dispensings, std::span<const Absence> absences, const QDate &from,
    const QDate &to);

/// The scheduled days in [from, to] that count as missed as of `today`: the dispensing is
/// `missed`, or nothing was recorded and the day is over (before `today`).
std::vector<QDate> missedDays(const Prescription &prescription,
    std::span<const Dispensing> dispensings, std::span<const Absence> absences, const QDate &from,
    const QDate &to, const QDate &today);

} // namespace mestring::core
