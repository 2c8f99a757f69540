#include "storageerror.h"

namespace mestring::core {

bool StorageError::isBusy() const
{
    return m_driverText.contains(QLatin1StringView("locked"), Qt::CaseInsensitive)
        || m_driverText.contains(QLatin1StringView("busy"), Qt::CaseInsensitive);
}

} // namespace mestring::core
