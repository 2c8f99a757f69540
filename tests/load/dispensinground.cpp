#include "dispensinground.h"

#include "core/domain/clock.h"

namespace mestring::load {

DispensingRound::DispensingRound(const QDate &firstDay)
    : m_day(firstDay)
    , m_next(firstDay)
{
    m_sinceStart.start();
}

QDate DispensingRound::day() const
{
    const std::lock_guard lock(m_mutex);
    return m_day;
}

QDateTime DispensingRound::now() const
{
    const std::lock_guard lock(m_mutex);
    return core::Clock::at(m_day, QTime(8, 0)).addMSecs(m_sinceStart.elapsed());
}

int DispensingRound::daysStarted() const
{
    const std::lock_guard lock(m_mutex);
    return m_days;
}

DispensingRound::Take DispensingRound::take(core::DispensingListRow &row)
{
    const std::lock_guard lock(m_mutex);
    if (!m_open.empty()) {
        row = std::move(m_open.front());
        m_open.pop_front();
        return Take::Row;
    }
    if (m_turning) return Take::Wait;
    m_turning = true;
    return Take::Turn;
}

bool DispensingRound::blockedRow(std::mt19937 &rng, core::DispensingListRow &row) const
{
    const std::lock_guard lock(m_mutex);
    if (m_blocked.empty()) return false;
    row = m_blocked[std::uniform_int_distribution<std::size_t>(0, m_blocked.size() - 1)(rng)];
    return true;
}

QDate DispensingRound::nextDay() const
{
    const std::lock_guard lock(m_mutex);
    return m_next;
}

void DispensingRound::start(const QDate &day, const std::vector<core::DispensingListRow> &rows)
{
    const std::lock_guard lock(m_mutex);
    m_open.clear();
    m_blocked.clear();
    for (const core::DispensingListRow &row : rows) {
        if (row.isRecorded()) continue;
        if (row.mayGiveDose())
            m_open.push_back(row);
        else
            m_blocked.push_back(row);
    }
    if (day != m_day) m_sinceStart.start();
    m_day = day;
    m_next = day.addDays(1);
    m_turning = false;
    ++m_days;
}

void DispensingRound::turnFailed()
{
    const std::lock_guard lock(m_mutex);
    m_turning = false;
}

} // namespace mestring::load
