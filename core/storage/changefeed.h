#pragma once

#include <atomic>
#include <memory>

#include <QObject>
#include <QSet>
#include <QString>

class QThread;
class QTimer;

namespace mestring::core {

class Database;

/// Tells this program soon after another session committed a change, so that open lists
/// show it without being asked (issue 17, live lists), and tells it when the server went away
/// and came back. On a server the database announces the changes itself (schema step 9: a
/// statement trigger on each table a list shows sends the table's name with NOTIFY, delivered
/// at commit, from any program or tool) to a connection of the feed's own; the program's own
/// announcements are left out. A file announces nothing: SQLite's data version would also
/// change with every access-log entry another program writes when it shows a list, so two
/// programs with a list open would refresh each other for ever. A file is shared only by the
/// programs of one PC; their lists show the latest when refreshed.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    /// The channel the server's triggers announce on.
    static QString channel();

    /// Watches the server `db` is connected to for changes committed by other sessions (nothing
    /// for a file). The announcements arrive through this thread's event loop. Throws
    /// StorageError when the second connection cannot be opened.
    explicit ChangeFeed(const Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;

    /// False from when the feed's connection was found gone (the server restarted, the network
    /// dropped, the server ended the session) until the server answers again.
    bool reachable() const { return m_reachable; }

Q_SIGNALS:
    /// The tables another session changed (their SQL names). Empty after the server was away:
    /// then anything may have changed.
    void changed(const QSet<QString> &tables);
    /// The server went away (false) or answers again (true). The program's own connection
    /// connects again at its next statement (Database::ensureConnected).
    void reachableChanged(bool reachable);

private:
    void listen();
    void keepListening();
    bool listenerAlive();
    void deliver(const QString &name, const QString &payload);
    void setReachable(bool reachable);

    const Database &m_db;
    std::unique_ptr<Database> m_listener; // a server's: the LISTEN connection
    QTimer *m_timer = nullptr;
    bool m_reachable = true;
    // While the server is away: whether it answers is asked on a thread of its own, so that a
    // network that swallows packets never holds up the window.
    QThread *m_probe = nullptr;
    std::shared_ptr<std::atomic<bool>> m_probeAnswer;
};

} // namespace mestring::core
