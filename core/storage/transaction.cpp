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
    m_db.ensureConnected();
    try {
        execSql(m_db, m_db.backend().beginWrite());
    } catch (const StorageError &error) {
        // Found lost only now: nothing has happened yet, so it begins on a new connection.
        if (error.kind() != StorageError::Kind::ConnectionLost) throw;
        m_db.ensureConnected();
        execSql(m_db, m_db.backend().beginWrite());
    }
    m_db.transactionStarted();
}

Transaction::~Transaction()
{
    if (!m_done) {
        QSqlQuery rollback(m_db.connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
    m_db.transactionEnded();
}

void Transaction::commit()
{
    const QString witness = m_db.backend().commitWitness(m_db);
    const qint64 session = m_db.sessionId();
    QSqlQuery query(m_db.connection());
    if (query.exec(QStringLiteral("COMMIT"))) {
        m_done = true;
        return;
    }
    const StorageError error = statementError(m_db, query.lastError(),
        QT_TRANSLATE_NOOP("mestring",
            "The changes could not be saved to the database. Nothing was saved; try again."));
    if (error.kind() != StorageError::Kind::ConnectionLost || witness.isEmpty()) throw error;
    // The COMMIT went out and no answer came back: saved or not, only the server knows. Ask it
    // on a new connection; never guess.
    m_done = true;
    try {
        m_db.ensureConnected();
    } catch (const StorageError &) {
        m_db.commitOutcomeUnknown(witness);
        throw StorageError(QCoreApplication::translate("mestring",
                               "The connection to the server went away just as this was being "
                               "saved, and Mestring cannot yet ask the server whether it was "
                               "saved. What you typed is still here. Do not save it again "
                               "yet: Mestring asks the server as soon as the connection is "
                               "back, and tells you."),
            error.driverText(), StorageError::Kind::OutcomeUnknown);
    }
    const std::optional<bool> saved = m_db.backend().committed(m_db, witness, session);
    if (saved == true) return;
    if (saved == false) throw error; // nothing saved, and connected again: safe to repeat
    throw StorageError(QCoreApplication::translate("mestring",
                           "The connection to the server went away just as this was being "
                           "saved, and the server cannot tell whether it was saved. Check the "
                           "list before you save it again."),
        error.driverText(), StorageError::Kind::OutcomeUnknown);
}

void lockForAppend(const Database &db, const char *table)
{
    db.backend().lockForAppend(db, QLatin1StringView(table).toString());
}

} // namespace mestring::core
