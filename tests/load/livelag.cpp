#include "livelag.h"

#include <algorithm>

namespace mestring::load {

namespace {

double msBetween(LiveLag::Instant from, LiveLag::Instant to)
{
    return std::max(0.0, std::chrono::duration<double, std::milli>(to - from).count());
}

} // namespace

void LiveLag::committed(const QString &dispensingId, const QDate &day, Instant at)
{
    const std::lock_guard lock(m_mutex);
    const auto seen = m_seen.find(dispensingId);
    if (seen != m_seen.end()) {
        m_ms.push_back(msBetween(at, seen->second.second));
        m_untilReadMs.push_back(msBetween(at, seen->second.first));
        return;
    }
    m_pending[dispensingId] = {day, at};
}

void LiveLag::shown(const QDate &day, const std::vector<core::DispensingListRow> &rows,
    Instant readAt, Instant shownAt)
{
    const std::lock_guard lock(m_mutex);
    m_seen.clear();
    for (const core::DispensingListRow &row : rows) {
        if (!row.recorded) continue;
        m_seen.emplace(row.recorded->id, std::pair(readAt, shownAt));
        const auto it = m_pending.find(row.recorded->id);
        if (it == m_pending.end()) continue;
        m_ms.push_back(msBetween(it->second.at, shownAt));
        m_untilReadMs.push_back(msBetween(it->second.at, readAt));
        m_pending.erase(it);
    }
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->second.day < day) {
            ++m_dayMovedOn;
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
}

LiveLag::Summary LiveLag::summary() const
{
    const std::lock_guard lock(m_mutex);
    Summary s;
    s.ms = m_ms;
    std::sort(s.ms.begin(), s.ms.end());
    s.untilReadMs = m_untilReadMs;
    std::sort(s.untilReadMs.begin(), s.untilReadMs.end());
    s.dayMovedOn = m_dayMovedOn;
    s.neverShown = int(m_pending.size());
    return s;
}

} // namespace mestring::load
