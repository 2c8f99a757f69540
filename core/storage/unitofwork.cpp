#include "unitofwork.h"

#include <QRandomGenerator>
#include <QThread>

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
        try {
            Transaction transaction(db);
            work();
            transaction.commit();
            return;
        } catch (const StorageError &error) {
            if (attempt >= policy.attempts || !worthRetrying(error, policy)) throw;
        }
        // Two writers that collided would collide again at once: wait a little, each a
        // different while, before starting again.
        QThread::msleep(5 + QRandomGenerator::global()->bounded(20 * attempt));
    }
}

} // namespace mestring::core
