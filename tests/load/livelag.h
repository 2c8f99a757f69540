#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <vector>

#include <QDate>
#include <QString>

#include "core/domain/medication/dispensinglist.h"

namespace mestring::load {

/// How long a dose recorded at one PC takes to show in another PC's open dispensing list: from
/// the moment the recording session's commit returned to the moment the watcher's list, read
/// again after the change feed told it, holds the dose.
class LiveLag
{
public:
    using Instant = std::chrono::steady_clock::time_point;

    /// A session's dose of `day` was committed at `at`.
    void committed(const QString &dispensingId, const QDate &day, Instant at);
    /// The watcher's list of `day`, read from `readAt` to `shownAt`: the doses it holds are
    /// measured, those of earlier days will not show any more (the day moved on).
    void shown(const QDate &day, const std::vector<core::DispensingListRow> &rows, Instant readAt,
        Instant shownAt);

    struct Summary
    {
        std::vector<double> ms; // sorted
        std::vector<double> untilReadMs; // sorted: of `ms`, the part before the read began
        int dayMovedOn = 0; // the list had moved to the next day before it could show them
        int neverShown = 0; // still not shown when the run ended
    };
    /// Call after the watcher stopped.
    Summary summary() const;

private:
    struct Pending
    {
        QDate day;
        Instant at;
    };
    mutable std::mutex m_mutex;
    std::map<QString, Pending> m_pending;
    // What the latest list showed: a dose seen before its session told its commit (a thread
    // descheduled between the two) is measured when it does.
    std::map<QString, std::pair<Instant, Instant>> m_seen; // read from, shown at
    std::vector<double> m_ms;
    std::vector<double> m_untilReadMs;
    int m_dayMovedOn = 0;
};

} // namespace mestring::load
