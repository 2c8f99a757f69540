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
                                "The connection to the database server was lost. Nothing more "
                                "was saved. Check the network, then try again."),
            driverText, kind);
    }
    return StorageError(message, driverText, kind);
}

} // namespace mestring::core
