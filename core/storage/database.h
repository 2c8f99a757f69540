#pragma once

#include <memory>

#include <QSqlDatabase>
#include <QString>

#include "databaselocation.h"
#include "storageerror.h"

class QSqlError;

namespace mestring::core {

class Backend;
class DamageCheck;

/// One connection to a Mestring database: an SQLite file or a database on a PostgreSQL server
/// (DatabaseLocation). Keeps only the connection name (style.md): one Database per thread; a
/// report worker opens its own at location().
class Database
{
public:
    enum class OpenMode {
        CreateIfMissing, // a new file (or a server database without Mestring's schema) is
                         // created and migrated to the latest schema
        MustExist, // refuse when there is no Mestring database there
        // must exist, and the caller has just checked all of it (a restore's copy of a backup,
        // after integrity_check): no second check before the first write
        MustExistChecked,
    };

    /// The marker that says "this is Mestring" (SQLite's application_id, a server schema's
    /// schema_version row).
    static constexpr int applicationId = 0x4D455354; // "MEST"
    /// How long a write waits for another connection's write lock before it gives up.
    static constexpr int busyTimeoutMs = 5000;

    explicit Database(QString connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (and when needed creates and migrates) the database. One from a newer program or
    /// one that is not a Mestring database is refused with a message for the user, and left
    /// untouched. Of a file only the header is read: damage elsewhere is found by the check
    /// before the first write (requireSound) or by SQLite when it reads a damaged page. Throws
    /// StorageError.
    void open(const DatabaseLocation &location, OpenMode mode = OpenMode::CreateIfMissing);
    /// A file path or a server address (DatabaseLocation::parse).
    void open(const QString &pathOrAddress, OpenMode mode = OpenMode::CreateIfMissing);
    /// Opens and migrates only up to `schemaVersion` (tests that build an older release).
    void open(const DatabaseLocation &location, OpenMode mode, int schemaVersion);
    /// An in-memory SQLite database with the latest schema (tests).
    void openInMemory();
    void close();

    /// Starts the check for damage of the whole file (SQLite's quick_check) on a thread and
    /// connection of its own (nothing for a server, which checks its own pages), so it is done before the first write needs it (the GUI starts it
    /// while the login dialog waits; knownDamage() tells the verdict).
    void checkInBackground();
    /// Throws StorageError::damaged() unless the file is known to be sound: waits for the check
    /// under way, or checks now when none ran on this connection. Every write transaction calls
    /// it before it begins; a commit without one is checked by SQLite's commit hook.
    void requireSound() const;
    /// What the check found wrong with the file; empty while none is known (no waiting).
    QString knownDamage() const;
    /// For the engine's commit hook: false when the check finds the file damaged (the commit
    /// is then turned into a rollback). Waits for or runs the check like requireSound().
    bool soundForCommit() const;

    QSqlDatabase connection() const;
    QString connectionName() const { return m_name; }
    /// Where this database is, for opening another connection to it.
    const DatabaseLocation &location() const { return m_location; }
    /// The file's path; empty for a database on a server.
    QString path() const { return m_location.filePath(); }
    bool isOpen() const;
    int schemaVersion() const;
    /// Whether the last open() created Mestring's schema (the database held none before).
    bool createdByOpen() const { return m_createdByOpen; }
    /// The engine this database runs on. Only core/storage asks.
    const Backend &backend() const { return *m_backend; }

    /// A server's connection that went away (the server restarted, the network dropped, the
    /// server ended the session): every statement failed with StorageError::Kind::ConnectionLost
    /// since, until ensureConnected() connected again.
    bool connectionLost() const { return m_lost; }
    /// How many times ensureConnected() connected again: a unit of work whose connection was
    /// replaced meanwhile knows it was lost.
    int reconnections() const { return m_reconnections; }
    /// After a lost connection: connects again to the same server as the same login (the
    /// statement, transaction or snapshot that starts next calls it). Then a commit that was
    /// on its way when the connection went (OutcomeUnknown) is looked up first: when the
    /// server did save it, this throws StorageError (OutcomeUnknown) saying so once, so that no
    /// one saves it twice. Throws StorageError (ConnectionLost) while the server cannot be
    /// reached. Nothing to do for a file or a connection that was not lost.
    void ensureConnected() const;
    /// Whether a transaction or a read snapshot is open: a statement in one is never repeated
    /// on a new connection (a unit of work starts again whole, runUnitOfWork).
    bool inTransaction() const { return m_transactions > 0; }

    /// A StorageError for a failed statement: `message` for the user, the driver's text (with
    /// `sql`, when given) for support, and the kind of failure as the engine reports it.
    StorageError failure(const QString &message, const QSqlError &error,
        const QString &sql = {}) const;

    /// Kept by Transaction and ReadSnapshot (inTransaction()).
    void transactionStarted() const { ++m_transactions; }
    void transactionEnded() const { --m_transactions; }
    /// Transaction::commit() lost the connection on its way and learnt nothing since: `witness`
    /// (Backend::commitWitness) is looked up by the next ensureConnected().
    void commitOutcomeUnknown(const QString &witness) const { m_unresolvedCommit = witness; }
    /// The server's number of this connection's session (Backend::sessionId), read when it
    /// connected: a lost commit's session is ended before its outcome is asked.
    qint64 sessionId() const { return m_sessionId; }

private:
    void openAt(const DatabaseLocation &location, OpenMode mode, int schemaVersion);

    QString m_name;
    DatabaseLocation m_location;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<DamageCheck> m_damage;
    bool m_createdByOpen = false;
    // The connection's state, changed by const users (a Database is shared as const&).
    mutable bool m_lost = false;
    mutable int m_transactions = 0;
    mutable int m_reconnections = 0;
    mutable qint64 m_sessionId = 0;
    mutable QString m_unresolvedCommit;
};

} // namespace mestring::core
