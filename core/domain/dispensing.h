#pragma once

#include <QDate>
#include <QString>

#include "enums.h"

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

    /// The last day this dispensing covers (date itself unless a take-home supply).
    QDate lastCoveredDay() const { return date.addDays(days - 1); }

    friend bool operator==(const Dispensing &, const Dispensing &) = default;
};

} // namespace mestring::core
