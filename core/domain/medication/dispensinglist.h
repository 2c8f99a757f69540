#pragma once

#include <optional>
#include <vector>

#include <QDate>
#include <QString>

#include "core/domain/dispensing.h"
#include "core/domain/prescription.h"
#include "dosesafety.h"

namespace mestring::core {

/// One line of the day's dispensing list (Medicin): a prescription given at the centre with a
/// dose due on the day, or a dispensing already recorded for it that day. Days covered by a
/// take-home supply (of this prescription or the one before a dose change), closed days and
/// days inside an absence period are not listed.
struct DispensingListRow
{
    QString clientId;
    QString clientName;
    QDate birthDate;
    QDate day; // the list's day
    Prescription prescription;
    /// The dose is due by the schedule (false: listed only for its recorded dispensing).
    bool scheduled = false;
    /// What came of the day as of today: Pending until the day is over, then Missed when
    /// nothing was recorded (a past day's list shows unrecorded doses as missed).
    DoseState state = DoseState::Pending;
    /// The day's dispensing, once recorded (annulled ones are not listed).
    std::optional<Dispensing> recorded;
    /// The missed-dose safety block of a substitution prescription (substitutionBlockOn).
    DoseBlock block;
    /// Supervised antabus: the missed doses since the client last came ("contact the client").
    std::vector<QDate> antabusMissed;
    /// The closed days right after the day that a supply handed out today covers as well
    /// ("+2 dage til lukkedage"); 0 when none.
    int closedDaysAhead = 0;
    /// The days a supply handed out today should cover, today included.
    int supplyDays = 1;
    /// The first day of a new dose ("dosis ændret"): the dose of the prescription before it.
    std::optional<double> doseChangedFromMg;
    /// The dose is above the centre's limit or changed by more than 50 % and no doctor has
    /// confirmed it: no dose is given until one does.
    bool awaitsDoseConfirmation = false;

    bool isRecorded() const { return recorded.has_value(); }
    /// A dose can be given (taken or handed out) today as far as the list knows.
    bool mayGiveDose() const { return !block.blocked && !awaitsDoseConfirmation; }
    /// The number of doses a supply of supplyDays holds (3 for three days of a daily dose).
    int dosesInPlannedSupply() const { return dosesInSupply(prescription, day, supplyDays); }
};

} // namespace mestring::core
