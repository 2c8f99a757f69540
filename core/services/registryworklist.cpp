#include "registryworklist.h"

#include <algorithm>

#include "core/storage/database.h"
#include "core/storage/registryrepository.h"

namespace mestring::core {

namespace {

bool byUrgency(const RegistryWorkItem &a, const RegistryWorkItem &b)
{
    if (a.state != b.state) return a.state < b.state;
    if (a.state == RegistryState::Reported) {
        if (a.report->reportedOn != b.report->reportedOn)
            return a.report->reportedOn > b.report->reportedOn;
    } else if (a.deadline != b.deadline) {
        return a.deadline < b.deadline;
    }
    if (a.happened != b.happened) return a.happened < b.happened;
    return a.courseId != b.courseId ? a.courseId < b.courseId : a.event < b.event;
}

} // namespace

RegistryState registryStateOn(const QDate &deadline, const QDate &today)
{
    if (!deadline.isValid()) return RegistryState::NotDueYet;
    if (deadline < today) return RegistryState::Overdue;
    const QDate sunday = today.addDays(7 - today.dayOfWeek());
    return deadline <= sunday ? RegistryState::DueThisWeek : RegistryState::Later;
}

std::vector<RegistryWorkItem> registryWorkItems(
    const Database &db, const QDate &today, const QDate &reportedSince)
{
    std::vector<RegistryWorkItem> result;
    for (const RegistryCourseRow &row : RegistryRepository(db).worklistCourses(reportedSince)) {
        const Course &c = row.course;
        const std::optional<Register> reg = registerOf(c, false);
        if (!reg) continue;
        for (const RegistryDue &due : registryEvents(c)) {
            RegistryWorkItem item {c.id, c.client, row.clientName, row.cpr, c.kind, c.legalBasis,
                *reg, due.event, due.happened, due.deadline, row.responsibleName, std::nullopt,
                QString(), registryStateOn(due.deadline, today)};
            for (std::size_t i = 0; i < row.reports.size(); ++i) {
                if (row.reports[i].event != due.event) continue;
                item.report = row.reports[i];
                item.reportedByName = row.reportedByNames[i];
                item.state = RegistryState::Reported;
            }
            const bool shown = !item.report
                || (reportedSince.isValid() && item.report->reportedOn >= reportedSince);
            if (shown) result.push_back(std::move(item));
        }
    }
    std::sort(result.begin(), result.end(), byUrgency);
    return result;
}

} // namespace mestring::core
