#include "recordreaders.h"

#include "core/services/serviceset.h"

namespace mestring::core {

RecordReaders RecordReaders::of(ServiceSet &set)
{
    return {set.clients, set.courses, set.goals, set.assessments, set.appointments, set.notes,
        set.prescriptions, set.caseload, set.staff};
}

} // namespace mestring::core
