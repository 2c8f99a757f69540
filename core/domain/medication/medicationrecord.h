#pragma once

#include <optional>
#include <vector>

#include "core/domain/correction.h"
#include "dosesafety.h"

namespace mestring::core {

/// A registered dispensing as a client's medication shows it: annulled ones too, struck
/// through, with their correction.
struct DispensingEntry
{
    Dispensing dispensing;
    Drug drug = Drug::Other;
    std::optional<Correction> correction;

    bool isAnnulled() const { return correction.has_value(); }
};

/// A dose day of one prescription (doseDays()) with its dispensing copied, so it outlives
/// the computation.
struct DoseDayEntry
{
    QDate date;
    QString prescriptionId;
    double doseMg = 0;
    bool scheduled = false;
    DoseState state = DoseState::Pending;
    std::optional<Dispensing> dispensing;
    int closedDays = 0;

    bool isMissed() const { return scheduled && state == DoseState::Missed; }
};

/// A client's medication as of a day: what the Medicin tab, its chart and the printed
/// medication overview show, computed once in core with the same rules as the list.
struct MedicationRecord
{
    QDate today;
    std::vector<Prescription> prescriptions; // earliest start first, annulled ones too
    std::vector<DispensingEntry> dispensings; // by date, annulled ones too
    std::vector<DoseDayEntry> doseDays; // of every prescription up to today, by date
    DoseBlock block; // the substitution block of today, if any
};

} // namespace mestring::core
