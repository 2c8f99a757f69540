#include "caseloadservice.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include "accessdetail.h"
#include "core/domain/clock.h"
#include "accesslog.h"
#include "core/domain/caseloadfacts.h"
#include "core/domain/fitprogress.h"
#include "core/domain/medication/dosesafety.h"
#include "core/domain/nameorder.h"
#include "core/storage/absencerepository.h"
#include "core/storage/closeddayrepository.h"
#include "core/storage/caseloadqueries.h"
#include "core/storage/database.h"
#include "core/storage/feedbackrepository.h"
#include "registryworklist.h"
#include "permissions.h"
#include "serviceerrors.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

/// How far back missed supervised antabus doses are looked for: a longer run is still flagged,
/// counted from this day.
constexpr int antabusWindowDays = 90;

// The medical flag goes to the roles that hold the medication round: nurses, doctors,
// coordinators and managers are exactly the roles that may register dispensings.
bool seesMedicalFlags(const Actor &actor)
{
    return mayDo(actor, Permission::Dispense);
}

// The registry flag goes to those who keep the registry worklist: intake staff, coordinators
// and managers.
bool seesRegistryFlags(const Actor &actor)
{
    return mayDo(actor, Permission::ManageIntake);
}

bool seesFlag(const CaseloadOverview &overview, CaseloadFlagKind kind)
{
    if (isMedicalFlag(kind)) return overview.medicalFlags;
    if (isRegistryFlag(kind)) return overview.registryFlags;
    return true;
}

// The FIT flags per course: from the ratings of the courses still open on `day`.
QHash<QString, std::vector<CaseloadFlag>> fitFlags(
    const Database &db, const QDate &day, const CaseloadQuery &query)
{
    QHash<QString, std::vector<FitRating>> byCourse;
    for (FitRating &r :
        FeedbackRepository(db).ofCoursesOpenOn(day, query.client, query.responsible))
        byCourse[r.course].push_back(std::move(r));
    QHash<QString, std::vector<CaseloadFlag>> flags;
    for (auto it = byCourse.cbegin(); it != byCourse.cend(); ++it) {
        const FitProgress progress = fitProgress(it.value());
        if (progress.lowAlliance()) {
            CaseloadFlag flag {
                CaseloadFlagKind::SrsBelow36, progress.latestSrsDate, progress.latestSrsDate};
            flag.fitScore = *progress.latestSrs;
            flags[it.key()].push_back(flag);
        }
        if (progress.noProgress()) {
            CaseloadFlag flag {CaseloadFlagKind::NoProgress, progress.latestOrsDate,
                progress.firstOrsDate, progress.orsCount};
            flag.fitScore = *progress.latestOrs;
            flags[it.key()].push_back(flag);
        }
    }
    return flags;
}

// Per course with an overdue event: the earliest missed deadline, its event's day and how many.
QHash<QString, CaseloadFlag> overdueRegistryCourses(const Database &db, const QDate &day)
{
    QHash<QString, CaseloadFlag> flags;
    for (const RegistryWorkItem &item : registryWorkItems(db, day)) {
        if (item.state != RegistryState::Overdue) continue;
        auto it = flags.find(item.courseId);
        if (it == flags.end()) {
            flags.insert(item.courseId,
                {CaseloadFlagKind::RegistryOverdue, item.deadline, item.happened, 1});
        } else {
            ++it->count; // the list is by deadline: the first is the earliest
        }
    }
    return flags;
}

struct MissedRun
{
    QDate first;
    QDate last;
    int count = 0;
};

QHash<QString, MissedRun> missedAntabus(const Database &db, const QDate &today)
{
    const QDate from = today.addDays(-antabusWindowDays);
    QHash<QString, MissedRun> result;
    QHash<QString, std::vector<Absence>> absences;
    const ClosedDayCalendar closedDays(ClosedDayRepository(db).all());
    for (const AntabusWatch &watch : CaseloadQueries(db).supervisedAntabus(today, from)) {
        const QString &client = watch.prescription.client;
        auto it = absences.find(client);
        if (it == absences.end())
            it = absences.insert(client, AbsenceRepository(db).forClient(client));
        // A supply of an earlier antabus prescription reaching into this one is left out: the
        // watch reads the current prescriptions' dispensings only.
        const std::vector<DoseDay> days = doseDays(watch.prescription, watch.dispensings,
            DoseContext {*it, &closedDays, {}}, std::max(watch.prescription.start, from), today,
            today);
        const MissedDoseRun run = trailingMissedRun(days);
        if (run.count() == 0) continue;
        MissedRun &known = result[client];
        if (known.count == 0 || run.last() > known.last)
            known = {run.first(), run.last(), run.count()};
    }
    return result;
}

bool passesFilter(const CaseloadRow &row, const std::set<CaseloadFlagKind> &filter)
{
    if (filter.empty()) return true;
    return std::any_of(row.flags.begin(), row.flags.end(),
        [&](const CaseloadFlag &f) { return filter.count(f.kind) > 0; });
}

} // namespace

CaseloadService::CaseloadService(const Database &db, AccessLog &log, const Clock &clock)
    : m_db(db)
    , m_log(log)
    , m_clock(clock)
{
}

CaseloadOverview CaseloadService::overview(const Actor &actor, const CaseloadQuery &query)
{
    CaseloadOverview result = compute(actor, query);
    logShown(actor, result);
    return result;
}

CaseloadOverview CaseloadService::compute(const Actor &actor, const CaseloadQuery &query) const
{
    requireAllowed(actor, query);
    CaseloadOverview result;
    result.today = query.today.isValid() ? query.today : m_clock.today();
    result.medicalFlags = seesMedicalFlags(actor);
    result.registryFlags = seesRegistryFlags(actor);
    for (CaseloadFlagKind kind : caseloadFlagKinds()) {
        if (seesFlag(result, kind)) result.counts[kind] = 0;
    }
    const QDate day = result.today;
    const QHash<QString, QDate> reviews
        = result.medicalFlags ? CaseloadQueries(m_db).medicalReviews(day) : QHash<QString, QDate>();
    const QHash<QString, MissedRun> antabus = missedAntabus(m_db, day);
    const QHash<QString, std::vector<CaseloadFlag>> fit = fitFlags(m_db, day, query);
    const QHash<QString, CaseloadFlag> registry
        = result.registryFlags ? overdueRegistryCourses(m_db, day) : QHash<QString, CaseloadFlag>();

    for (CaseloadFacts &facts : CaseloadQueries(m_db).courses(day, query.responsible, query.client)) {
        CaseloadRow &row = facts.row;
        row.flags = caseloadFlags(facts, day);
        if (row.state != CaseloadRowState::Ended) {
            if (const auto it = reviews.constFind(row.clientId); it != reviews.constEnd()) {
                if (it->isNull() || it->addDays(medicalReviewDays) < day) {
                    row.flags.push_back({CaseloadFlagKind::MedicalReviewOverdue,
                        it->isNull() ? QDate() : it->addDays(medicalReviewDays), *it});
                }
            }
            // A contact on or after the last missed day answers it (the nurse's call that day).
            if (const auto it = antabus.constFind(row.clientId); it != antabus.constEnd()
                && !(facts.lastContactDay.isValid() && facts.lastContactDay >= it->last)) {
                row.flags.push_back(
                    {CaseloadFlagKind::ContactAfterMissedAntabus, it->first, it->first, it->count});
            }
            if (const auto it = fit.constFind(row.courseId); it != fit.constEnd())
                row.flags.insert(row.flags.end(), it->begin(), it->end());
        }
        // An ended course's discharge may be the event that is late.
        if (const auto it = registry.constFind(row.courseId); it != registry.constEnd())
            row.flags.push_back(*it);
        std::stable_sort(row.flags.begin(), row.flags.end(),
            [](const CaseloadFlag &a, const CaseloadFlag &b) { return a.kind < b.kind; });
        if (row.state == CaseloadRowState::Ended && row.flags.empty()) {
            continue; // an ended course is listed only while a follow-up is due
        }
        ++result.scopeRows;
        for (const CaseloadFlag &f : row.flags)
            ++result.counts[f.kind];
        if (passesFilter(row, query.flags)) result.rows.push_back(std::move(row));
    }
    std::sort(
        result.rows.begin(), result.rows.end(), [](const CaseloadRow &a, const CaseloadRow &b) {
            const int byName = compareNames(a.clientName, b.clientName);
            if (byName != 0) return byName < 0;
            if (a.birthDate != b.birthDate) return a.birthDate < b.birthDate;
            return a.courseId < b.courseId;
        });
    return result;
}

void CaseloadService::requireAllowed(const Actor &actor, const CaseloadQuery &query) const
{
    requirePermission(actor, Permission::ReadClinical);
    // One client's flags are part of the record the user may read anyway.
    if (!query.client.isEmpty()) return;
    if (!query.responsible.isEmpty() && query.responsible == actor.staffId) return;
    if (mayDo(actor, Permission::ViewReports)) return;
    const bool medicalOnly = !query.flags.empty()
        && std::all_of(query.flags.begin(), query.flags.end(), isMedicalFlag);
    if (medicalOnly && seesMedicalFlags(actor)) return;
    const bool registryOnly = !query.flags.empty()
        && std::all_of(query.flags.begin(), query.flags.end(), isRegistryFlag);
    if (registryOnly && seesRegistryFlags(actor)) return;
    throw PermissionDenied(QCoreApplication::translate("mestring",
        "As %1 you may see your own caseload only. A coordinator or a manager sees every "
        "therapist's caseload.")
                               .arg(roleTitle(actor.role)));
}

void CaseloadService::logShown(const Actor &actor, const CaseloadOverview &overview)
{
    // One entry per client shown, as the calendar does: the log says whose data was seen.
    QSet<QString> clients;
    for (const CaseloadRow &row : overview.rows)
        clients.insert(row.clientId);
    QStringList ordered(clients.begin(), clients.end());
    ordered.sort();
    m_log.recordReads(actor, ordered, accessDetail(AccessTopic::Overview));
}

} // namespace mestring::core
