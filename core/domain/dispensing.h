#pragma once

#include <optional>

#include <QDate>
#include <QString>

#include "enums.h"
#include "signedreason.h"

namespace mestring::core {

/// One dispensing (udlevering) of a prescription on a day.
struct Dispensing
{
    QString id;
    QString prescription;
    QDate date;
    double doseMg = 0;
    DispensingStatus status = DispensingStatus::Taken;
    int days = 1; // days supplied, the day of handing out included (handed_out only)
    QString staff;
    QString note;
    /// Why a dispensing is registered after its day (efterregistrering); empty when it was
    /// registered on the day.
    QString lateReason;
    /// A doctor's confirmation of a late registration: until then it never lifts a missed-dose
    /// block (domain.md).
    std::optional<SignedReason> lateConfirmed;

    bool isLate() const { return !lateReason.isEmpty(); }
    /// A late registration a doctor has not confirmed (it does not count for the block yet).
    bool awaitsConfirmation() const { return isLate() && !lateConfirmed; }
    /// The last day this dispensing covers (date itself unless a take-home supply).
    QDate lastCoveredDay() const { return date.addDays(days - 1); }

    friend bool operator==(const Dispensing &, const Dispensing &) = default;
};

} // namespace mestring::core
