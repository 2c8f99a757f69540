#include "sessionplan.h"

#include <algorithm>
#include <cmath>
#include <random>

#include "loginfile.h"

namespace mestring::load {

using namespace mestring::core;

namespace {

// Takes staff members of some roles in turn: a shuffled order, those with a login first.
class StaffPool
{
public:
    StaffPool(const LoadWorld &world, std::initializer_list<Role> roles, const LoginFile &logins,
        std::mt19937 &rng)
    {
        for (const StaffMember &member : world.staff) {
            if (std::find(roles.begin(), roles.end(), member.role) != roles.end())
                m_members.push_back(member);
        }
        std::shuffle(m_members.begin(), m_members.end(), rng);
        std::stable_partition(m_members.begin(), m_members.end(),
            [&](const StaffMember &m) { return !m.username.isEmpty() && logins.has(m.username); });
    }

    StaffMember next()
    {
        if (m_members.empty()) throw std::runtime_error("the database has no staff for a role");
        return m_members[m_next++ % m_members.size()];
    }

private:
    std::vector<StaffMember> m_members;
    std::size_t m_next = 0;
};

std::vector<Part> partsFor(int count)
{
    const int dispensing = count >= 2 ? std::max(1, int(std::lround(0.3 * count))) : 0;
    const int coordination = count >= 3 ? std::max(1, int(std::lround(0.05 * count))) : 0;
    const int intake = int(std::lround(0.05 * count));
    std::vector<Part> parts;
    parts.insert(parts.end(), std::size_t(dispensing), Part::Dispensing);
    parts.insert(parts.end(), std::size_t(coordination), Part::Coordination);
    parts.insert(parts.end(), std::size_t(intake), Part::Intake);
    parts.resize(std::size_t(std::max(count, int(parts.size()))), Part::Therapy);
    parts.resize(std::size_t(count));
    return parts;
}

void shareRegisters(const LoadWorld &world, std::vector<SessionSpec> &sessions)
{
    std::vector<SessionSpec *> therapists;
    for (SessionSpec &s : sessions) {
        if (s.part == Part::Therapy) therapists.push_back(&s);
    }
    if (therapists.empty()) return;
    std::size_t next = 0;
    for (const auto &[group, cells] : world.registers) {
        std::vector<AttendanceCell> &own = therapists[next++ % therapists.size()]->cells;
        own.insert(own.end(), cells.begin(), cells.end());
    }
}

void shareCaseloads(const LoadWorld &world, std::vector<SessionSpec> &sessions)
{
    for (SessionSpec &s : sessions) {
        for (const OpenCourse &course : world.openCourses) {
            if (course.responsible == s.staff.id) s.caseload.push_back(course);
        }
    }
    // Someone whose caseload the demo left empty writes in a slice of the centre's courses.
    for (SessionSpec &s : sessions) {
        if (!s.caseload.empty() || world.openCourses.empty()) continue;
        for (std::size_t i = std::size_t(s.index); i < world.openCourses.size(); i += 50)
            s.caseload.push_back(world.openCourses[i]);
    }
}

} // namespace

QString partName(Part part)
{
    switch (part) {
    case Part::Dispensing:
        return QStringLiteral("dispensing");
    case Part::Therapy:
        return QStringLiteral("therapist");
    case Part::Coordination:
        return QStringLiteral("coordinator");
    case Part::Intake:
        return QStringLiteral("intake");
    }
    return {};
}

std::vector<SessionSpec> planSessions(const LoadWorld &world, int count,
    const DatabaseLocation &base, const LoginFile &logins, quint32 seed)
{
    std::mt19937 rng(seed);
    StaffPool nurses(world, {Role::Nurse}, logins, rng);
    StaffPool doctors(world, {Role::Doctor}, logins, rng);
    StaffPool therapists(world, {Role::Therapist, Role::FamilyTherapist}, logins, rng);
    StaffPool coordinators(world, {Role::Coordinator}, logins, rng);
    StaffPool intake(world, {Role::Intake}, logins, rng);
    std::vector<SessionSpec> sessions;
    int dispensers = 0;
    for (const Part part : partsFor(count)) {
        SessionSpec s;
        s.index = int(sessions.size());
        s.part = part;
        switch (part) {
        case Part::Dispensing:
            s.staff = dispensers++ % 6 == 5 ? doctors.next() : nurses.next();
            break;
        case Part::Therapy:
            s.staff = therapists.next();
            break;
        case Part::Coordination:
            s.staff = coordinators.next();
            break;
        case Part::Intake:
            s.staff = intake.next();
            break;
        }
        s.ownLogin = !s.staff.username.isEmpty() && logins.has(s.staff.username);
        s.location = s.ownLogin ? logins.locationFor(base, s.staff.username) : base;
        sessions.push_back(std::move(s));
    }
    shareRegisters(world, sessions);
    shareCaseloads(world, sessions);
    return sessions;
}

} // namespace mestring::load
