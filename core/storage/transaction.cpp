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
    // Damage is found before anything is written: the first write of a connection waits for
    // (or runs) the check of the whole file, before it takes the write lock. A writer that
    // waits past the busy timeout gets Database::failure()'s busy message.
    m_db.requireSound();
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
        throw statementError(m_db, query.lastError(),
            QT_TRANSLATE_NOOP("mestring",
                "The changes could not be saved to the database. Nothing was saved; try again."));
    }
    m_done = true;
}

void lockForAppend(const Database &db, const char *table)
{
    db.backend().lockForAppend(db, QLatin1StringView(table).toString());
}

} // namespace mestring::core
