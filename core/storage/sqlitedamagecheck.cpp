#include "sqlitedamagecheck.h"

#include <sqlite3.h>

#include <QCoreApplication>

#include "sqliteconnection.h"
#include "storageerror.h"

namespace mestring::core {

DamageCheck::~DamageCheck()
{
    cancel();
}

std::optional<QString> DamageCheck::check(const QString &path)
{
    try {
        SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite, 5000,
            QCoreApplication::translate("mestring", "The database file could not be opened."));
        {
            const std::lock_guard lock(m_mutex);
            if (m_cancelled) return std::nullopt;
            m_checking = connection.handle();
        }
        // Memory-mapped reads: quick_check visits every page once, and through read() calls it
        // spends as much time in the kernel as checking.
        connection.exec("PRAGMA mmap_size = 1073741824");
        bool ok = false;
        int code = SQLITE_OK;
        const QStringList rows = connection.column("PRAGMA quick_check", &ok, &code);
        const QString error = connection.errorText();
        {
            const std::lock_guard lock(m_mutex);
            m_checking = nullptr;
        }
        if ((code & 0xff) == SQLITE_INTERRUPT) return std::nullopt;
        if (!ok) return error;
        if (rows == QStringList {QStringLiteral("ok")}) return QString();
        return rows.join(QStringLiteral("; "));
    } catch (const StorageError &e) {
        const std::lock_guard lock(m_mutex);
        m_checking = nullptr;
        return e.driverText().isEmpty() ? e.message() : e.driverText();
    }
}

void DamageCheck::start(const QString &path)
{
    const std::lock_guard lock(m_mutex);
    if (m_verdict || m_running || m_thread.joinable()) return;
    m_running = true;
    m_cancelled = false;
    m_thread = std::thread([this, path] {
        const std::optional<QString> verdict = check(path);
        {
            const std::lock_guard done(m_mutex);
            m_running = false;
            if (verdict && !m_cancelled) m_verdict = verdict;
        }
        m_done.notify_all();
    });
}

QString DamageCheck::problem(const QString &path)
{
    {
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [this] { return !m_running; });
        if (m_verdict) return *m_verdict;
        m_running = true;
        m_cancelled = false;
    }
    const std::optional<QString> verdict = check(path);
    const std::lock_guard lock(m_mutex);
    m_running = false;
    m_done.notify_all();
    // Interrupted (the database is being closed): no verdict, and certainly not "sound".
    if (!verdict) return QStringLiteral("interrupted");
    m_verdict = verdict;
    return *m_verdict;
}

void DamageCheck::markSound()
{
    const std::lock_guard lock(m_mutex);
    m_verdict = QString();
}

bool DamageCheck::knownSound() const
{
    const std::lock_guard lock(m_mutex);
    return m_verdict && m_verdict->isEmpty();
}

QString DamageCheck::knownProblem() const
{
    const std::lock_guard lock(m_mutex);
    return m_verdict.value_or(QString());
}

void DamageCheck::cancel()
{
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
        if (m_checking) sqlite3_interrupt(m_checking);
    }
    if (m_thread.joinable()) m_thread.join();
}

} // namespace mestring::core
