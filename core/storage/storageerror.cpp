#include "storageerror.h"

#include <QCoreApplication>
#include <QDir>

namespace mestring::core {

StorageError StorageError::damaged(const QString &path, const QString &driverText)
{
    StorageError error(QCoreApplication::translate("mestring",
                           "The database %1 is damaged. It has not been changed. Restore "
                           "the latest backup, or ask your IT support for help.")
                           .arg(QDir::toNativeSeparators(path)),
        driverText);
    error.m_damage = true;
    return error;
}

bool StorageError::isBusy() const
{
    return m_driverText.contains(QLatin1StringView("locked"), Qt::CaseInsensitive)
        || m_driverText.contains(QLatin1StringView("busy"), Qt::CaseInsensitive);
}

} // namespace mestring::core
