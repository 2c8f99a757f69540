#include "dataset.h"

namespace mestring::core {

std::size_t Dataset::recordCount() const
{
    return staff.size() + clients.size() + courses.size() + goals.size() + assessments.size()
        + appointments.size() + absences.size() + groups.size() + prescriptions.size()
        + dispensings.size() + targets.size() + notes.size() + corrections.size()
        + closedDays.size() + feedback.size() + waitingLists.size() + registryReports.size();
}

} // namespace mestring::core
