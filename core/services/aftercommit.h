#pragma once

#include <functional>
#include <vector>

#include "core/storage/unitofwork.h"

namespace mestring::core {

/// A service's unit of work (core/storage/unitofwork.h) with the change signals it sends once
/// it has committed: an attempt that is rolled back and run again sends nothing.
class AfterCommit
{
public:
    /// Inside the work: `signal` is sent after the commit.
    void add(std::function<void()> signal) { m_pending.push_back(std::move(signal)); }

    template <typename Work> auto run(const Database &db, Work &&work, RetryPolicy policy = {})
    {
        auto result = runUnitOfWork(
            db,
            [&] {
                m_pending.clear();
                return work();
            },
            policy);
        std::vector<std::function<void()>> pending;
        pending.swap(m_pending);
        for (const auto &signal : pending)
            signal();
        return result;
    }

private:
    std::vector<std::function<void()>> m_pending;
};

} // namespace mestring::core
