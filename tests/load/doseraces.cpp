#include "doseraces.h"

namespace mestring::load {

namespace {

// Long enough for both threads to be waiting for the instant, short beside a dose's time.
constexpr std::chrono::milliseconds startDelay(50);

} // namespace

std::optional<DoseRaces::Race> DoseRaces::offer(
    const core::DispensingListRow &row, std::chrono::milliseconds wait)
{
    std::unique_lock lock(m_mutex);
    if (m_open) return std::nullopt;
    const std::size_t index = m_races.size();
    m_races.push_back({{int(index), row, {}}, false, 0, 0});
    m_open = index;
    if (!m_taken.wait_for(lock, wait, [&] { return m_races[index].taken; })) {
        m_open.reset();
        m_races.pop_back(); // no later offer was made meanwhile: this one is still the last
        return std::nullopt;
    }
    return m_races[index].race;
}

std::optional<DoseRaces::Race> DoseRaces::join()
{
    std::unique_lock lock(m_mutex);
    if (!m_open) return std::nullopt;
    Entry &entry = m_races[*m_open];
    m_open.reset();
    entry.taken = true;
    entry.race.start = std::chrono::steady_clock::now() + startDelay;
    const Race race = entry.race;
    lock.unlock();
    m_taken.notify_all();
    return race;
}

void DoseRaces::report(int raceId, Outcome outcome)
{
    const std::lock_guard lock(m_mutex);
    Entry &entry = m_races[std::size_t(raceId)];
    ++entry.reports;
    if (outcome == Outcome::Accepted) ++entry.accepted;
}

DoseRaces::Summary DoseRaces::summary() const
{
    const std::lock_guard lock(m_mutex);
    Summary s;
    for (const Entry &entry : m_races) {
        if (entry.reports < 2) continue;
        ++s.races;
        if (entry.accepted == 1)
            ++s.oneAccepted;
        else if (entry.accepted == 2)
            ++s.bothAccepted;
        else
            ++s.noneAccepted;
    }
    return s;
}

} // namespace mestring::load
