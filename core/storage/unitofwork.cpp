#include "unitofwork.h"

#include <QRandomGenerator>
#include <QThread>

#include "database.h"
#include "storageerror.h"
#include "transaction.h"

namespace mestring::core {

namespace {

bool worthRetrying(const StorageError &error, const RetryPolicy &policy)
{
    return error.kind() == StorageError::Kind::Busy
        || (policy.onUniqueViolation && error.kind() == StorageError::Kind::UniqueViolation);
}

} // namespace

void runInTransaction(
    const Database &db, const std::function<void()> &work, const RetryPolicy &policy, int *attempts)
{
    for (int attempt = 1;; ++attempt) {
        if (attempts) *attempts = attempt;
        const int connection = db.reconnections();
        try {
            Transaction transaction(db);
            work();
            transaction.commit();
            return;
        } catch (const StorageError &error) {
            if (attempt >= policy.attempts) throw;
            // Lost with the connection before the commit, or known not committed (Transaction::
            // commit asks the server): nothing was saved, so it runs again on a new connection
            // (or the user hears that there is none yet). A commit whose outcome is unknown is
            // OutcomeUnknown, never repeated.
            if (error.kind() == StorageError::Kind::ConnectionLost
                && (db.connectionLost() || db.reconnections() != connection)) {
                db.ensureConnected();
                continue;
            }
            if (!worthRetrying(error, policy)) throw;
        }
        // Two writers that collided would collide again at once: wait a little, each a
        // different while, before starting again.
        QThread::msleep(5 + QRandomGenerator::global()->bounded(20 * attempt));
    }
}

} // namespace mestring::core
