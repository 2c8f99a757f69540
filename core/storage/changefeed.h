#pragma once

#include <memory>

#include <QObject>
#include <QSet>
#include <QString>

class QTimer;

namespace mestring::core {

class Database;

/// Tells this program soon after another connection committed a change, so that open lists
/// show it without being asked (issue 17, live lists). On a server the database announces the
/// changes itself (schema step 9: a statement trigger on each table a list shows sends the
/// table's name with NOTIFY, delivered at commit, from any program or tool) to a connection of
/// the feed's own; the writing session's own announcements are left out. On a file, which only
/// the programs of one PC share, the connection's data version (changed by every other
/// connection's commit) is looked at a few times a second.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    /// The channel the server's triggers announce on.
    static QString channel();

    /// Watches what `db` is connected to for changes committed by other connections. `db` is
    /// used on this thread (the GUI's); a server's announcements arrive through this thread's
    /// event loop. Throws StorageError when a server's second connection cannot be opened.
    explicit ChangeFeed(const Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;

Q_SIGNALS:
    /// The tables another connection changed (their SQL names). Empty when the engine does not
    /// say which (a file): then anything may have changed.
    void changed(const QSet<QString> &tables);

private:
    void listen();
    void keepListening();
    void poll();

    const Database &m_db;
    std::unique_ptr<Database> m_listener; // a server's: the LISTEN connection
    qint64 m_ownSession = -1;              // a server's: `m_db`'s backend process id
    qint64 m_dataVersion = -1;             // a file's: PRAGMA data_version last seen
    QTimer *m_timer = nullptr;
};

} // namespace mestring::core
