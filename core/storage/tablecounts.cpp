#include "tablecounts.h"

#include "sqlquery.h"

namespace mestring::core {

std::vector<std::pair<QString, qint64>> recordCounts(const Database &db)
{
    // Interchange list name and table; both our own constants, never user data.
    static const std::pair<const char *, const char *> lists[] = {{"staff", "staff"},
        {"clients", "clients"}, {"courses", "courses"}, {"goals", "goals"},
        {"assessments", "assessments"}, {"appointments", "appointments"}, {"absences", "absences"},
        {"groups", "group_courses"}, {"prescriptions", "prescriptions"},
        {"dispensings", "dispensings"}, {"targets", "effect_targets"}, {"notes", "notes"},
        {"corrections", "corrections"}, {"closed_days", "closed_days"}, {"feedback", "feedback"},
        {"waiting_lists", "waiting_lists"}, {"registry_reports", "registry_reports"}};
    std::vector<std::pair<QString, qint64>> counts;
    for (const auto &[list, table] : lists) {
        SqlQuery q(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1StringView(table));
        counts.emplace_back(QString::fromLatin1(list), q.scalar().toLongLong());
    }
    return counts;
}

} // namespace mestring::core
