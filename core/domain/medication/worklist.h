#pragma once

#include <optional>

#include <QDate>
#include <QString>

#include "core/domain/enums.h"

namespace mestring::core {

/// What the doctor's worklist asks a doctor to resolve.
enum class WorklistKind {
    Blocked, // the missed-dose block stands today: reassess the dose
    DoseAwaitingConfirmation, // a dose above the limit or changed > 50 %, not confirmed
    LateToConfirm, // a late registration inside a blocking run, not confirmed
    ReviewOverdue, // no medical review for more than 6 months
};

/// One line of the doctor's worklist (Overblik). Each opens the client's Medicin tab.
struct WorklistItem
{
    WorklistKind kind = WorklistKind::Blocked;
    QString clientId;
    QString clientName;
    QDate birthDate;
    /// Blocked: the last missed day; dose: the prescription's start; late: the registration's
    /// day; review: the last review (null when none).
    QDate date;
    QString prescriptionId; // blocked, dose
    QString dispensingId; // late
    Drug drug = Drug::Other;
    double doseMg = 0;
    int missedDoses = 0; // blocked
    std::optional<double> limitMg; // dose: the limit it is above
    std::optional<double> previousMg; // dose: the dose it changes from by more than 50 %
};

} // namespace mestring::core
