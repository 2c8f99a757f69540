#pragma once

#include <deque>
#include <mutex>
#include <random>
#include <vector>

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>

#include "core/domain/medication/dispensinglist.h"

namespace mestring::load {

/// The centre's simulated day, shared by every session. The run starts on the demo's own
/// "today" (its data ends there) and moves to the next day once every dose of the day's list
/// that may be given has been; the time is 08:00 on the day plus the time since it began. Like
/// nurses going down one list, each dispensing session takes the next row, so no two record
/// the same dose by chance (DoseRaces provokes that on purpose).
class DispensingRound
{
public:
    explicit DispensingRound(const QDate &firstDay);

    QDate day() const;
    /// The centre's time now, for the sessions' clocks.
    QDateTime now() const;
    int daysStarted() const;

    enum class Take {
        Row, // `row` is the caller's to record
        Turn, // the day is done: the caller reads the list of nextDay() and calls start()
        Wait, // another session is starting the next day
    };
    Take take(core::DispensingListRow &row);
    /// A row of the day that no dose may be given on (the missed-dose block, a dose awaiting a
    /// doctor), to try on purpose; false when there is none.
    bool blockedRow(std::mt19937 &rng, core::DispensingListRow &row) const;

    /// The day a session told to Turn reads the list of.
    QDate nextDay() const;
    /// Starts `day` with its list: the rows still to be given are queued in list order.
    void start(const QDate &day, const std::vector<core::DispensingListRow> &rows);
    /// The session that was to start the next day could not read its list: another tries.
    void turnFailed();

private:
    mutable std::mutex m_mutex;
    QDate m_day;
    QDate m_next;
    QElapsedTimer m_sinceStart;
    bool m_turning = false;
    int m_days = 0;
    std::deque<core::DispensingListRow> m_open;
    std::vector<core::DispensingListRow> m_blocked;
};

} // namespace mestring::load
