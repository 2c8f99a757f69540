#include "schemav7.h"

namespace mestring::core {

QStringList schemaV7(SqlEngine engine)
{
    QStringList statements;
    // Everything the list counts of a dispensing, so that the history of a prescription (often
    // 90 days) is read from this index without a visit to each row of the table (the rows of
    // one prescription lie scattered among every other client's). The key (prescription, date,
    // entry) is also how an annulled dispensing is left out. Not on a server: it reads the
    // table's rows beside any index unless they are marked all-visible, and a free-text
    // late_reason could pass a server index row's size limit (2.7 kB) and refuse the insert.
    if (engine == SqlEngine::SQLite) {
        statements << QStringLiteral("CREATE INDEX dispensings_history ON dispensings "
                                     "(prescription, date, entry, status, days, dose_mg, "
                                     "late_reason, late_confirmed_at)");
    }
    statements << QStringList {
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
    return statements;
}

} // namespace mestring::core
