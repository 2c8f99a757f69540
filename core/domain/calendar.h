#pragma once

#include <vector>

#include <QDate>
#include <QString>

#include "absence.h"
#include "appointment.h"

namespace mestring::core {

/// An appointment as the calendar shows it: with the client it is for.
struct CalendarAppointment
{
    Appointment appointment;
    QString client; // client id
    QString clientName; // Client::displayName(): the alias for anonymous clients
};

/// An absence period as the calendar shows it.
struct CalendarAbsence
{
    Absence absence;
    QString clientName;
};

/// The calendar of one staff member, or of the whole centre, for the days [from, to].
struct CalendarSpan
{
    QDate from;
    QDate to;
    QString staff; // empty: the whole centre
    std::vector<CalendarAppointment> appointments; // by start
    std::vector<CalendarAbsence> absences; // overlapping [from, to], by first day
};

} // namespace mestring::core
