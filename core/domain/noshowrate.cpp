#include "noshowrate.h"

namespace mestring::core {

NoShowRate noShowRate(
    const std::vector<Appointment> &appointments, const QDate &from, const QDate &to)
{
    NoShowRate result;
    for (const Appointment &a : appointments) {
        const QDate day = a.startDay();
        if ((from.isValid() && day < from) || (to.isValid() && day > to)) continue;
        if (a.status == AppointmentStatus::NoShow) {
            ++result.noShows;
            ++result.counted;
        } else if (a.status == AppointmentStatus::Attended) {
            ++result.counted;
        }
    }
    return result;
}

} // namespace mestring::core
