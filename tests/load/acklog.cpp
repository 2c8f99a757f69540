#include "acklog.h"

namespace mestring::load {

void AckLog::note(const core::JournalNote &note)
{
    const std::lock_guard lock(m_mutex);
    m_notes.push_back(note);
}

void AckLog::dose(const core::Dispensing &dispensing, bool wasBlocked)
{
    const std::lock_guard lock(m_mutex);
    m_doses.push_back({dispensing, wasBlocked});
}

void AckLog::mark(const AttendanceCell &cell, core::AttendanceStatus status)
{
    const std::lock_guard lock(m_mutex);
    m_marks[{cell.session, cell.course}] = {cell.group, status, false};
    ++m_markCount;
}

void AckLog::markFailed(const AttendanceCell &cell)
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_marks.find({cell.session, cell.course});
    if (it != m_marks.end()) it->second.uncertain = true;
}

std::vector<core::JournalNote> AckLog::notes() const
{
    const std::lock_guard lock(m_mutex);
    return m_notes;
}

std::vector<AckLog::Dose> AckLog::doses() const
{
    const std::lock_guard lock(m_mutex);
    return m_doses;
}

std::map<std::pair<QString, QString>, AckLog::Mark> AckLog::marks() const
{
    const std::lock_guard lock(m_mutex);
    return m_marks;
}

int AckLog::markCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_markCount;
}

} // namespace mestring::load
