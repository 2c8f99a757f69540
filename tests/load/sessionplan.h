#pragma once

#include <vector>

#include "core/domain/staffmember.h"
#include "core/storage/databaselocation.h"
#include "loadworld.h"

namespace mestring::load {

class LoginFile;

/// The part a simulated staff member plays, which decides their mix of operations.
enum class Part { Dispensing, Therapy, Coordination, Intake };

QString partName(Part part);

/// One simulated staff member at one PC: who they are, where they connect, and their own share
/// of the world (the registers only they mark, their caseload).
struct SessionSpec
{
    int index = 0;
    Part part = Part::Therapy;
    core::StaffMember staff;
    core::DatabaseLocation location;
    bool ownLogin = false; // a login of their own from the login file
    std::vector<AttendanceCell> cells;
    std::vector<OpenCourse> caseload;
};

/// `count` sessions in the proportions of a morning at the centre: 30 % at the dispensing
/// (one doctor to five nurses), 5 % coordinators (at least one), 5 % intake, the rest
/// therapists. Each role's members are taken in a shuffled order, those with a login in
/// `logins` first, again from the start when there are more sessions than members. Each group
/// register goes to one therapist, so a cell has one writer and its last mark is known.
std::vector<SessionSpec> planSessions(const LoadWorld &world, int count,
    const core::DatabaseLocation &base, const LoginFile &logins, quint32 seed);

} // namespace mestring::load
