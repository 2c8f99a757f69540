#pragma once

#include <map>
#include <mutex>
#include <vector>

#include <QString>

#include "core/domain/dispensing.h"
#include "core/domain/enums.h"
#include "core/domain/journalnote.h"
#include "loadworld.h"

namespace mestring::load {

/// Every write the program acknowledged to a session (the service returned), as the session
/// made it, for the check afterwards that each is stored with its values.
class AckLog
{
public:
    struct Dose
    {
        core::Dispensing dispensing;
        bool wasBlocked = false; // tried on a blocked row on purpose: should have been refused
    };
    struct Mark
    {
        QString group;
        core::AttendanceStatus status = core::AttendanceStatus::Attended;
        bool uncertain = false; // a later mark of the cell failed: it may or may not be stored
    };

    void note(const core::JournalNote &note);
    void dose(const core::Dispensing &dispensing, bool wasBlocked);
    void mark(const AttendanceCell &cell, core::AttendanceStatus status);
    /// A mark whose call failed: it may have been stored all the same.
    void markFailed(const AttendanceCell &cell);

    std::vector<core::JournalNote> notes() const;
    std::vector<Dose> doses() const;
    /// The last mark of each cell, by (session, course).
    std::map<std::pair<QString, QString>, Mark> marks() const;
    int markCount() const;

private:
    mutable std::mutex m_mutex;
    std::vector<core::JournalNote> m_notes;
    std::vector<Dose> m_doses;
    std::map<std::pair<QString, QString>, Mark> m_marks;
    int m_markCount = 0;
};

} // namespace mestring::load
