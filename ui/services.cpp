#include "services.h"

#include "core/services/serviceset.h"

namespace mestring::ui {

Services Services::of(core::ServiceSet &set)
{
    return {set.clock, set.auth, set.clients, set.courses, set.staff, set.goals, set.assessments,
        set.appointments, set.absences, set.groups, set.prescriptions, set.dispensings, set.notes,
        set.targets, set.caseload, set.reports, set.accessLog, set.disposals,
        set.medicationSettings, set.feedback, set.waitingLists, set.registry, set.centre,
        set.citizenPlans};
}

} // namespace mestring::ui
