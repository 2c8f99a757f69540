#include "prescription.h"

namespace mestring::core {

bool Schedule::isDueOn(const QDate &day, const QDate &start) const
{
    switch (kind) {
    case Kind::Daily:
        return true;
    case Kind::Weekdays:
        return weekdays.contains(day.dayOfWeek());
    case Kind::EveryDays:
        return everyDays > 0 && start.daysTo(day) >= 0 && start.daysTo(day) % everyDays == 0;
    }
    return false;
}

} // namespace mestring::core
