#include "schemav7.h"

namespace mestring::core {

QStringList schemaV7()
{
    return {
        // Everything the list counts of a dispensing, so that the history of a prescription
        // (often 90 days) is read from this index without a visit to each row of the table
        // (the rows of one prescription lie scattered among every other client's). The key
        // (prescription, date, entry) is also how an annulled dispensing is left out.
        QStringLiteral("CREATE INDEX dispensings_history ON dispensings "
                       "(prescription, date, entry, status, days, dose_mg, late_reason, "
                       "late_confirmed_at)"),
        // The prescriptions active on a day (the list's clients): the open ones and those
        // ending on or after the day, read from the index alone.
        QStringLiteral("CREATE INDEX prescriptions_open ON prescriptions "
                       "(end_date, start_date, mode, annulled_at, client)"),
        // The attended doctor appointments (dose reassessments) of a course, read from the
        // index alone: led by the course, so it never draws a query about one course into
        // the whole centre's appointments of a type.
        QStringLiteral("CREATE INDEX appointments_course_type ON appointments "
                       "(course, type, status, start_at, start_day)"),
    };
}

} // namespace mestring::core
