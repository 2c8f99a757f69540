#include "changefeed.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <libpq-fe.h>

#include "backend.h"
#include "database.h"
#include "serverlogins.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

// A server: how often the LISTEN connection is checked (and opened again when it was lost).
constexpr int checkMs = 5000;

PGconn *libpqConnection(const Database &db)
{
    // Qt's PostgreSQL driver hands out libpq's connection, named after the struct PGconn is.
    const QVariant handle = db.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

} // namespace

QString ChangeFeed::channel()
{
    return QStringLiteral("mestring_changes");
}

ChangeFeed::ChangeFeed(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_timer(new QTimer(this))
{
    // A file announces nothing (see the header).
    if (db.backend().engine() != SqlEngine::PostgreSQL) return;
    m_timer->setInterval(checkMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeFeed::keepListening);
    listen();
    m_timer->start();
}

ChangeFeed::~ChangeFeed()
{
    if (m_probe) {
        m_probe->wait();
        delete m_probe;
    }
}

void ChangeFeed::listen()
{
    auto listener = std::make_unique<Database>(
        QStringLiteral("changes-") + QUuid::createUuid().toString(QUuid::Id128));
    listener->open(m_db.location(), Database::OpenMode::MustExist);
    QSqlDriver *driver = listener->connection().driver();
    if (!driver->subscribeToNotification(channel())) {
        throw StorageError(tr("The program could not ask the server to tell it about changes."),
            driver->lastError().text());
    }
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
            deliver(name, payload.toString());
        });
    m_listener = std::move(listener);
}

void ChangeFeed::deliver(const QString &name, const QString &payload)
{
    if (name != channel()) return;
    // "table session": the session's own changes reach it through its services.
    const QStringList parts = payload.split(QLatin1Char(' '));
    if (parts.size() == 2 && parts[1].toLongLong() == m_db.sessionId()) return;
    Q_EMIT changed({parts.value(0)});
}

bool ChangeFeed::listenerAlive()
{
    // Without waiting: reads what has arrived (the end of the session, when the server ended
    // it or restarted; a network that dropped shows through the connection's keepalives).
    PGconn *connection = libpqConnection(*m_listener);
    if (!connection || PQconsumeInput(connection) == 0 || PQstatus(connection) != CONNECTION_OK)
        return false;
    // What this read took from the socket, the driver will not see arrive.
    while (PGnotify *notice = PQnotifies(connection)) {
        deliver(QString::fromUtf8(notice->relname), QString::fromUtf8(notice->extra));
        PQfreemem(notice);
    }
    return true;
}

void ChangeFeed::setReachable(bool reachable)
{
    if (m_reachable == reachable) return;
    m_reachable = reachable;
    Q_EMIT reachableChanged(reachable);
}

void ChangeFeed::keepListening()
{
    if (m_listener) {
        if (listenerAlive()) return;
        m_listener.reset();
        setReachable(false);
    }
    if (m_probe) {
        if (!m_probe->isFinished()) return; // still asking
        const bool answered = *m_probeAnswer;
        delete std::exchange(m_probe, nullptr);
        if (!answered) return; // still away: the next check asks again
        try {
            listen();
        } catch (const StorageError &) {
            return;
        }
        setReachable(true);
        Q_EMIT changed({}); // what changed while no one listened is unknown
        return;
    }
    m_probeAnswer = std::make_shared<std::atomic<bool>>(false);
    m_probe = QThread::create([answer = m_probeAnswer, where = m_db.location()] {
        *answer = serverlogins::answers(where);
    });
    // Answered: on at once rather than at the next check.
    connect(m_probe, &QThread::finished, this, &ChangeFeed::keepListening);
    m_probe->start();
}

} // namespace mestring::core
