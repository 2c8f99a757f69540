#pragma once

#include <QDateTime>
#include <QString>

#include "enums.h"

namespace mestring::core {

struct Appointment
{
    QString id;
    QString course;
    QString staff;
    AppointmentType type = AppointmentType::Individual;
    QDateTime start; // with the offset it was given
    int minutes = 60;
    QString location;
    AppointmentStatus status = AppointmentStatus::Planned;

    /// The calendar day of the start as written (local time of its offset).
    QDate startDay() const { return start.date(); }

    friend bool operator==(const Appointment &, const Appointment &) = default;
};

} // namespace mestring::core
