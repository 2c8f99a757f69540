#pragma once

#include <QSet>
#include <QString>

namespace mestring::core::livelisttables {

// The tables whose changes each live list shows (ChangeFeed announces changes by table): kept
// here, beside the queries, so that no page names a table.

/// The day's dispensing list (DispensingListQueries, the corrections, the day's absences and
/// closed days, the doctor appointments that lift a block).
inline QSet<QString> dispensingList()
{
    return {QStringLiteral("dispensings"), QStringLiteral("corrections"),
        QStringLiteral("prescriptions"), QStringLiteral("absences"), QStringLiteral("closed_days"),
        QStringLiteral("appointments"), QStringLiteral("clients")};
}

/// The calendar's day and week.
inline QSet<QString> calendar()
{
    return {QStringLiteral("appointments"), QStringLiteral("absences"), QStringLiteral("courses"),
        QStringLiteral("clients"), QStringLiteral("feedback"), QStringLiteral("staff")};
}

/// The group courses with their registers.
inline QSet<QString> groups()
{
    return {QStringLiteral("group_courses"), QStringLiteral("group_sessions"),
        QStringLiteral("group_members"), QStringLiteral("group_waiting"),
        QStringLiteral("group_leaders"), QStringLiteral("group_attendance"),
        QStringLiteral("feedback"), QStringLiteral("clients"), QStringLiteral("staff")};
}

/// The caseload overview (Overblik).
inline QSet<QString> overview()
{
    return {QStringLiteral("courses"), QStringLiteral("course_phases"), QStringLiteral("clients"),
        QStringLiteral("appointments"), QStringLiteral("assessments"), QStringLiteral("goals"),
        QStringLiteral("goal_scores"), QStringLiteral("notes"), QStringLiteral("feedback"),
        QStringLiteral("registry_reports"), QStringLiteral("prescriptions"),
        QStringLiteral("dispensings"), QStringLiteral("corrections"), QStringLiteral("staff")};
}

} // namespace mestring::core::livelisttables
