#pragma once

#include <functional>
#include <optional>
#include <type_traits>

namespace mestring::core {

class Database;

/// How often a unit of work is tried before its last failure reaches the caller.
struct RetryPolicy
{
    int attempts = 4;
    /// Whether a unique key taken by another writer meanwhile starts the work again. Safe when
    /// the work's own checks then see the other row and refuse with their own message (a CPR
    /// number, a dose already recorded); off where the key is the caller's own (an id given).
    bool onUniqueViolation = true;
};

/// Runs `work` once in one write transaction and commits (the retries of runUnitOfWork).
/// `attempts` counts how many times the work was started, for tests.
void runInTransaction(const Database &db, const std::function<void()> &work,
    const RetryPolicy &policy = {}, int *attempts = nullptr);

/// A unit of work: `work` reads, checks the rules and writes in one write transaction, which
/// is then committed. When the engine gives the transaction up because of another writer (a
/// serialization failure, a deadlock, a lock held past the wait: StorageError::Kind::Busy) or,
/// per `policy`, a unique key another writer took meanwhile, everything is rolled back and the
/// work runs again from its first read, at most `policy.attempts` times in all. Any other
/// failure (a rule refused, the connection lost) ends it at once. The work has no effect
/// outside the transaction; signals and the like follow after it returns.
template <typename Work>
auto runUnitOfWork(const Database &db, Work &&work, RetryPolicy policy = {})
{
    using Result = std::invoke_result_t<Work &>;
    if constexpr (std::is_void_v<Result>) {
        runInTransaction(db, work, policy);
    } else {
        std::optional<Result> result;
        runInTransaction(
            db, [&] { result.emplace(work()); }, policy);
        return std::move(*result);
    }
}

} // namespace mestring::core
