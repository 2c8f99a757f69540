#include "citizenplanservice.h"

#include <algorithm>
#include <tuple>

#include "accesslog.h"
#include "core/domain/clock.h"
#include "core/storage/appointmentrepository.h"
#include "core/storage/courserepository.h"
#include "core/storage/database.h"
#include "core/storage/goalrepository.h"
#include "core/storage/groupcourserepository.h"
#include "core/storage/staffrepository.h"
#include "permissions.h"
#include "servicesupport.h"
#include "centreservice.h"

namespace mestring::core {

namespace {

QString staffName(const Database &db, const QString &staffId)
{
    if (staffId.isEmpty()) return {};
    const std::optional<StaffMember> member = StaffRepository(db).byId(staffId);
    return member ? member->name : QString();
}

bool stillMember(const GroupCourse &group, const QString &courseId, const QDate &day)
{
    return std::any_of(group.members.begin(), group.members.end(), [&](const GroupMember &m) {
        return m.course == courseId && (!m.to.isValid() || m.to >= day);
    });
}

} // namespace

CitizenPlanService::CitizenPlanService(const Database &db, AccessLog &log, const Clock &clock)
    : m_db(db)
    , m_log(log)
    , m_clock(clock)
{
}

CitizenPlan CitizenPlanService::plan(const Actor &actor, const QString &clientId)
{
    requirePermission(actor, Permission::ReadClinical);
    const Client client = requireClient(m_db, clientId);
    CitizenPlan plan;
    plan.today = m_clock.today();
    plan.clientId = clientId;
    plan.name = client.displayName();
    plan.centre = CentreService::read(m_db);
    for (const Course &course : CourseRepository(m_db).forClient(clientId)) {
        if (!course.isOpen()) continue;
        const QString responsible = staffName(m_db, course.responsible);
        if (!responsible.isEmpty() && !plan.contactPersons.contains(responsible))
            plan.contactPersons << responsible;
        for (const Goal &goal : GoalRepository(m_db).forCourse(course.id)) {
            if (goal.status == GoalStatus::Active)
                plan.goals.push_back({goal.theme, goal.text, goal.measure, goal.deadline,
                    goal.subgoals});
        }
        for (const GroupCourse &group : GroupCourseRepository(m_db).forCourse(course.id)) {
            if (!stillMember(group, course.id, plan.today)) continue;
            QStringList leaders;
            for (const QString &leader : group.leaders)
                leaders << staffName(m_db, leader);
            for (const GroupSession &s : group.sessions) {
                if (s.date >= plan.today)
                    plan.groupSessions.push_back({group.name, s.date, s.start, s.topic, leaders});
            }
        }
    }
    for (const Appointment &a : AppointmentRepository(m_db).forClient(clientId, plan.today)) {
        if (a.status != AppointmentStatus::Planned) continue;
        if (int(plan.appointments.size()) == citizenPlanAppointments) break;
        plan.appointments.push_back({Clock::centreTime(a.start), a.minutes, a.type,
            staffName(m_db, a.staff), a.location});
    }
    std::sort(plan.groupSessions.begin(), plan.groupSessions.end(),
        [](const CitizenPlanGroupSession &a, const CitizenPlanGroupSession &b) {
            return std::tie(a.date, a.start) < std::tie(b.date, b.start);
        });
    if (int(plan.groupSessions.size()) > citizenPlanGroupSessions)
        plan.groupSessions.resize(std::size_t(citizenPlanGroupSessions));
    m_log.record(actor, AccessKind::Print, clientId, QStringLiteral("citizen plan"));
    return plan;
}

} // namespace mestring::core
