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
        const QString driverText = query.lastError().text();
        throw StorageError(QCoreApplication::translate("mestring",
                               "The changes could not be "
                               "saved to the database. Nothing was "
                               "saved; try again."),
            driverText);
    }
    m_done = true;
}

} // namespace mestring::core
