#pragma once

#include <vector>

#include <QDate>
#include <QString>
#include <QStringList>

#include "core/domain/staffmember.h"

namespace mestring::core {
class Database;
}

namespace mestring::load {

/// A treatment course still open, and who is responsible for it (whose caseload it is in).
struct OpenCourse
{
    QString id;
    QString client;
    QString responsible;
};

/// One cell of a group register: a member's course at a session held on or before the first
/// day, in a group whose register a session marks.
struct AttendanceCell
{
    QString group;
    QString session;
    QString course;
};

/// What the simulated staff choose from, read once before the sessions start: the database as
/// the demo left it.
struct LoadWorld
{
    QDate firstDay; // the centre's "today" when the run starts
    std::vector<core::StaffMember> staff; // active members who may log in or act
    QStringList searchTexts; // what people type: the first letters of clients' last names
    QStringList clients; // clients to open when a search found nothing
    std::vector<OpenCourse> openCourses;
    std::vector<std::pair<QString, std::vector<AttendanceCell>>> registers; // by group
    QStringList noteTexts; // journal texts as the demo wrote them
};

/// The demo's own "today": the latest day with a dose recorded.
QDate latestDoseDay(const core::Database &db);

/// Reads the world of a run starting on `firstDay`: recent group sessions are those of the
/// eight weeks up to it.
LoadWorld loadWorld(const core::Database &db, const QDate &firstDay, quint32 seed);

} // namespace mestring::load
