#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include <QString>

struct sqlite3;

namespace mestring::core {

/// Whether a database file is sound, by SQLite's `PRAGMA quick_check` (every page, b-tree and
/// the free list; it does not compare index entries with their rows, which `mestring-cli check`
/// does). Run once per connection before its first write, on a connection of its own: in the
/// background while the program waits for something else (the login dialog), or when the first
/// write begins. Thread-safe.
class DamageCheck
{
public:
    DamageCheck() = default;
    ~DamageCheck();
    DamageCheck(const DamageCheck &) = delete;
    DamageCheck &operator=(const DamageCheck &) = delete;

    /// Starts checking `path` on a thread of its own; ignored when a check ran or runs.
    void start(const QString &path);
    /// The verdict: waits for a check under way, or checks `path` now on the calling thread when
    /// none has run. Empty when sound; otherwise what SQLite found (its own words).
    QString problem(const QString &path);
    /// A new file, an in-memory database or one just checked by the caller: nothing to check.
    void markSound();
    /// True once the file is known sound (no wait, no check).
    bool knownSound() const;
    /// The damage found so far, without waiting or checking; empty when none is known.
    QString knownProblem() const;
    /// Stops a check under way (closing the database); its verdict is dropped.
    void cancel();

private:
    /// Runs quick_check on a connection of its own; nullopt when interrupted.
    std::optional<QString> check(const QString &path);

    mutable std::mutex m_mutex;
    std::condition_variable m_done;
    std::optional<QString> m_verdict;
    bool m_running = false;
    bool m_cancelled = false;
    sqlite3 *m_checking = nullptr; // the connection of a check under way, to interrupt it
    std::thread m_thread;
};

} // namespace mestring::core
