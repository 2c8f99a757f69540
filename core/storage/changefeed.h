#pragma once

#include <memory>

#include <QObject>
#include <QSet>
#include <QString>

class QTimer;

namespace mestring::core {

class Database;

/// Tells this program soon after another session committed a change, so that open lists
/// show it without being asked (issue 17, live lists). On a server the database announces the
/// changes itself (schema step 9: a statement trigger on each table a list shows sends the
/// table's name with NOTIFY, delivered at commit, from any program or tool) to a connection of
/// the feed's own; the program's own announcements are left out. A file announces nothing:
/// SQLite's data version would also change with every access-log entry another program writes
/// when it shows a list, so two programs with a list open would refresh each other for ever. A
/// file is shared only by the programs of one PC; their lists show the latest when refreshed.
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

Q_SIGNALS:
    /// The tables another session changed (their SQL names). Empty after the server was away:
    /// then anything may have changed.
    void changed(const QSet<QString> &tables);

private:
    void listen();
    void keepListening();

    const Database &m_db;
    std::unique_ptr<Database> m_listener; // a server's: the LISTEN connection
    qint64 m_ownSession = -1; // `m_db`'s backend process id
    QTimer *m_timer = nullptr;
};

} // namespace mestring::core
