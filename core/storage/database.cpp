#include "database.h"

#include <QCoreApplication>
#include <QSqlError>

#include "backend.h"
#include "migrations.h"
#include "sqlitedamagecheck.h"

namespace mestring::core {

Database::Database(QString connectionName)
    : m_name(std::move(connectionName))
    , m_backend(Backend::forLocation(DatabaseLocation()))
    , m_damage(std::make_unique<DamageCheck>())
{
}

Database::~Database()
{
    close();
}

void Database::open(const DatabaseLocation &location, OpenMode mode)
{
    openAt(location, mode, latestSchemaVersion());
}

void Database::open(const QString &pathOrAddress, OpenMode mode)
{
    openAt(DatabaseLocation::parse(pathOrAddress), mode, latestSchemaVersion());
}

void Database::open(const DatabaseLocation &location, OpenMode mode, int schemaVersion)
{
    openAt(location, mode, schemaVersion);
}

void Database::openInMemory()
{
    openAt(DatabaseLocation::file(QStringLiteral(":memory:")), OpenMode::CreateIfMissing,
        latestSchemaVersion());
}

void Database::openAt(const DatabaseLocation &location, OpenMode mode, int schemaVersion)
{
    close();
    m_backend = Backend::forLocation(location);
    const bool mayCreate = mode == OpenMode::CreateIfMissing;
    m_backend->connect(m_name, location, mayCreate);
    m_location = location;
    try {
        const bool existing = m_backend->inspect(*this, mayCreate);
        m_createdByOpen = !existing;
        // Nothing to check before the first write: a new database, one the caller has just
        // checked whole, or an engine that checks its own pages.
        if (!existing || mode == OpenMode::MustExistChecked || !m_backend->checksBeforeFirstWrite())
            m_damage->markSound();
        m_backend->configure(*this);
        m_sessionId = m_backend->sessionId(*this);
        migrateTo(*this, schemaVersion);
    } catch (...) {
        close();
        throw;
    }
}

void Database::checkInBackground()
{
    if (isOpen() && m_backend->checksBeforeFirstWrite()) m_damage->start(path());
}

void Database::requireSound() const
{
    if (m_damage->knownSound()) return;
    const QString problem = m_damage->problem(path());
    if (!problem.isEmpty()) throw StorageError::damaged(path(), problem);
}

bool Database::soundForCommit() const
{
    return m_damage->knownSound() || m_damage->problem(path()).isEmpty();
}

QString Database::knownDamage() const
{
    return m_damage->knownProblem();
}

void Database::close()
{
    // A check of this file has nothing to say about the next one opened.
    m_damage->cancel();
    m_damage = std::make_unique<DamageCheck>();
    if (QSqlDatabase::contains(m_name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    m_location = DatabaseLocation();
    m_lost = false;
    m_transactions = 0;
    m_unresolvedCommit.clear();
}

void Database::ensureConnected() const
{
    if (!m_lost) return;
    QSqlDatabase c = connection();
    c.close();
    if (!c.open()) {
        throw StorageError(QCoreApplication::translate("mestring",
                               "There is no connection to the database server at the moment. "
                               "Nothing was saved, and what you typed is still here. Mestring "
                               "keeps trying to connect by itself; try again in a moment. If it "
                               "goes on, check the network or ask your IT department."),
            c.lastError().text(), StorageError::Kind::ConnectionLost);
    }
    m_lost = false;
    ++m_reconnections;
    const qint64 oldSession = std::exchange(m_sessionId, 0);
    m_backend->configure(*this);
    m_sessionId = m_backend->sessionId(*this);
    if (m_unresolvedCommit.isEmpty()) return;
    // Forgotten only once answered: a connection lost again while asking asks again next time.
    const std::optional<bool> saved = m_backend->committed(*this, m_unresolvedCommit, oldSession);
    m_unresolvedCommit.clear();
    if (saved == false) return; // nothing of it was saved: it may be saved again
    throw StorageError(saved ? QCoreApplication::translate("mestring",
                           "The connection to the server is back. What you were saving "
                           "when it went away was saved after all: check the list "
                           "before you save it again.")
                             : QCoreApplication::translate("mestring",
                                 "The connection to the server is back, but the server cannot "
                                 "tell whether what you were saving when it went away was "
                                 "saved. Check the list before you save it again."),
        {}, StorageError::Kind::OutcomeUnknown);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_name) && connection().isOpen();
}

int Database::schemaVersion() const
{
    return m_backend->schemaVersion(*this);
}

StorageError Database::failure(const QString &message, const QSqlError &error,
    const QString &sql) const
{
    QString driverText = error.text();
    if (!sql.isEmpty()) driverText += QLatin1StringView(" [") + sql + QLatin1Char(']');
    const StorageError::Kind kind = m_backend->classify(error);
    if (kind == StorageError::Kind::ConnectionLost) m_lost = true;
    // Whichever statement waited too long, the user learns the same thing.
    if (kind == StorageError::Kind::Busy) {
        return StorageError(QCoreApplication::translate("mestring",
                                "The database is busy: another Mestring window or PC has been "
                                "saving for more than %1 seconds. Nothing was saved. Wait a "
                                "moment and try again; if it goes on, close Mestring on the "
                                "other PCs.")
                                .arg(busyTimeoutMs / 1000),
            driverText, kind);
    }
    if (kind == StorageError::Kind::ConnectionLost) {
        return StorageError(QCoreApplication::translate("mestring",
                                "The connection to the database server was lost. Nothing was "
                                "saved, and what you typed is still here. Mestring connects "
                                "again by itself; try again in a moment."),
            driverText, kind);
    }
    return StorageError(message, driverText, kind);
}

} // namespace mestring::core
