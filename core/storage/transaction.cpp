#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include "backend.h"
#include "database.h"
#include "sqlquery.h"
#include "storageerror.h"

namespace mestring::core {

Transaction::Transaction(const Database &db)
    : m_db(db)
{
    execSql(m_db, m_db.backend().beginWrite());
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
        throw m_db.failure(QCoreApplication::translate("mestring",
                               "The changes could not be saved to the database. Nothing was "
                               "saved; try again."),
            query.lastError());
    }
    m_done = true;
}

void lockForAppend(const Database &db, const char *table)
{
    db.backend().lockForAppend(db, QLatin1StringView(table).toString());
}

} // namespace mestring::core
