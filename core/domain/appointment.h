#pragma once

#include <QDateTime>
#include <QString>

#include "clock.h"
#include "enums.h"

namespace mestring::core {

struct Appointment
{
    QString id;
    QString course;
    QString staff;
    AppointmentType type = AppointmentType::Individual;
    QDateTime start; // an instant; read back from storage in centre time
    int minutes = 60;
    QString location;
    AppointmentStatus status = AppointmentStatus::Planned;
    /// The stored save this record was read at (core/storage/rowversion.h): a save from an
    /// older one is refused (EditConflict).
    int version = 1;

    /// The centre's calendar day of the start (Europe/Copenhagen), whatever its offset.
    QDate startDay() const { return Clock::centreDate(start); }

    friend bool operator==(const Appointment &, const Appointment &) = default;
};

} // namespace mestring::core
