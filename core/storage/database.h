#pragma once

#include <memory>

#include <QSqlDatabase>
#include <QString>

namespace mestring::core {

class DamageCheck;

/// One connection to a Mestring SQLite file. Keeps only the connection name (style.md): one
/// Database per thread; a report worker opens its own.
class Database
{
public:
    enum class OpenMode {
        CreateIfMissing, // a new file is created and migrated to the latest schema
        MustExist, // refuse when the file does not exist
        // must exist, and the caller has just checked all of it (a restore's copy of a backup,
        // after integrity_check): no second check before the first write
        MustExistChecked,
    };

    /// The marker in SQLite's header (PRAGMA application_id) that says "this is Mestring".
    static constexpr int applicationId = 0x4D455354; // "MEST"
    /// How long a write waits for another connection's write lock before it gives up.
    static constexpr int busyTimeoutMs = 5000;

    explicit Database(QString connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (and when needed creates and migrates) the file. A file from a newer program or
    /// one that is not a Mestring database is refused with a message for the user, and left
    /// untouched. Only the header is read: damage elsewhere is found by the check before the
    /// first write (requireSound) or by SQLite when it reads a damaged page. Throws StorageError.
    void open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    /// An in-memory database with the latest schema (tests).
    void openInMemory();
    void close();

    /// Starts the check for damage of the whole file (SQLite's quick_check) on a thread and
    /// connection of its own, so it is done before the first write needs it (the GUI starts it
    /// while the login dialog waits; knownDamage() tells the verdict).
    void checkInBackground();
    /// Throws StorageError::damaged() unless the file is known to be sound: waits for the check
    /// under way, or checks now when none ran on this connection. Every write transaction calls
    /// it before it begins; a commit without one is checked by SQLite's commit hook.
    void requireSound() const;
    /// What the check found wrong with the file; empty while none is known (no waiting).
    QString knownDamage() const;

    QSqlDatabase connection() const;
    QString connectionName() const { return m_name; }
    QString path() const { return m_path; }
    bool isOpen() const;
    int schemaVersion() const;

private:
    void openConnection(const QString &path);
    void refuseForeignFile(const QString &path);
    void configure();
    static int commitHook(void *database);

    QString m_name;
    QString m_path;
    std::unique_ptr<DamageCheck> m_damage;
};

} // namespace mestring::core
