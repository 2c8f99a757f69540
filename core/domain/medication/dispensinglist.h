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
/// take-home supply and days inside an absence period are not listed.
struct DispensingListRow
{
    QString clientId;
    QString clientName;
    QDate birthDate;
    Prescription prescription;
    /// The dose is due by the schedule (false: listed only for its recorded dispensing).
    bool scheduled = false;
    /// The day's dispensing, once recorded.
    std::optional<Dispensing> recorded;
    /// The missed-dose safety block of a substitution prescription (substitutionBlockOn).
    DoseBlock block;
    /// Supervised antabus: the missed doses since the client last came ("contact the client").
    std::vector<QDate> antabusMissed;

    bool isRecorded() const { return recorded.has_value(); }
};

} // namespace mestring::core
