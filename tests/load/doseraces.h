#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <vector>

#include "core/domain/medication/dispensinglist.h"

namespace mestring::load {

/// Double doses provoked on purpose: one dispensing session offers a row of the day, another
/// takes the offer, and both record that dose at the same instant, as two stations would when
/// two nurses serve one client. The database must accept exactly one of the two.
class DoseRaces
{
public:
    using Instant = std::chrono::steady_clock::time_point;
    enum class Outcome { Accepted, Refused, Failed };

    struct Race
    {
        int id = 0;
        core::DispensingListRow row;
        Instant start;
    };

    /// Offers `row` and waits up to `wait` for another session to take it; the race to run
    /// when one did. One offer at a time: nothing when another is open.
    std::optional<Race> offer(const core::DispensingListRow &row, std::chrono::milliseconds wait);
    /// The open offer, if any, now taken by the caller.
    std::optional<Race> join();
    void report(int raceId, Outcome outcome);

    struct Summary
    {
        int races = 0; // both sides reported
        int oneAccepted = 0; // as it must be
        int bothAccepted = 0; // a double dose
        int noneAccepted = 0; // both refused, or a side failed
    };
    Summary summary() const;

private:
    struct Entry
    {
        Race race;
        bool taken = false;
        int accepted = 0;
        int reports = 0;
    };

    mutable std::mutex m_mutex;
    std::condition_variable m_taken;
    std::vector<Entry> m_races;
    std::optional<std::size_t> m_open; // index into m_races
};

} // namespace mestring::load
