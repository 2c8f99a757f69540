#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>

#include "database.h"
#include "sqlquery.h"
#include "storageerror.h"

namespace mestring::core {

Transaction::Transaction(const Database &db)
    : m_db(db)
{
    // Damage is found before anything is written: the first write of a connection waits for
    // (or runs) the check of the whole file, before it takes the write lock.
    m_db.requireSound();
    // BEGIN IMMEDIATE takes the write lock up front, so a second writer waits for the busy
    // timeout here instead of failing halfway through the transaction.
    try {
        execSql(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    } catch (const StorageError &e) {
        if (!e.isBusy()) throw;
        throw StorageError(QCoreApplication::translate("mestring",
                               "The database is busy: another Mestring "
                               "window or PC has been saving for more "
                               "than %1 seconds. Nothing was saved. Wait "
                               "a moment and try again; if it goes on, "
                               "close Mestring on the other PCs.")
                               .arg(Database::busyTimeoutMs / 1000),
            e.driverText());
    }
}

Transaction::~Transaction()
{
    if (!m_done) {
        QSqlQuery rollback(m_db.connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        throw statementError(m_db, query.lastError(),
            QT_TRANSLATE_NOOP("mestring",
                "The changes could not be saved to the database. Nothing was saved; try again."));
    }
    m_done = true;
}

ReadSnapshot::ReadSnapshot(const Database &db)
    : m_connection(db.connection())
    , m_open(m_connection.transaction())
{
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_open) m_connection.rollback();
}

} // namespace mestring::core
