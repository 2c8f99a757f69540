#include "changefeed.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QTimer>
#include <QUuid>

#include "backend.h"
#include "database.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

// A server: how often the LISTEN connection is checked (and opened again when it was lost).
constexpr int checkMs = 5000;

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
    SqlQuery own(db, QStringLiteral("SELECT pg_backend_pid()"));
    m_ownSession = own.scalar().toLongLong();
    m_timer->setInterval(checkMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeFeed::keepListening);
    listen();
    m_timer->start();
}

ChangeFeed::~ChangeFeed() = default;

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
            if (name != channel()) return;
            // "table session": the session's own changes reach it through its services.
            const QStringList parts = payload.toString().split(QLatin1Char(' '));
            if (parts.size() == 2 && parts[1].toLongLong() == m_ownSession) return;
            Q_EMIT changed({parts.value(0)});
        });
    m_listener = std::move(listener);
}

void ChangeFeed::keepListening()
{
    if (m_listener) {
        try {
            SqlQuery(*m_listener, QStringLiteral("SELECT 1")).exec();
            return;
        } catch (const StorageError &) {
            m_listener.reset(); // the server restarted or the network dropped
        }
    }
    try {
        listen();
    } catch (const StorageError &) {
        return; // still away: the next check tries again
    }
    Q_EMIT changed({}); // what changed while no one listened is unknown
}

} // namespace mestring::core
