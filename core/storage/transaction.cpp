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
    execSql(m_db, QStringLiteral("BEGIN IMMEDIATE"));
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
        throw StorageError(QCoreApplication::translate("mestring", "The changes could not be "
                                                       "saved to the database. Nothing was "
                                                       "saved; try again."),
                           driverText);
    }
    m_done = true;
}

} // namespace mestring::core
