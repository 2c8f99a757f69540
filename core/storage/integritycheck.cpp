#include "integritycheck.h"

#include "backend.h"
#include "database.h"

namespace mestring::core {

QStringList integrityProblems(const Database &db)
{
    return db.backend().integrityProblems(db);
}

} // namespace mestring::core
