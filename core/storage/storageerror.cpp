#include "storageerror.h"

#include <QCoreApplication>
#include <QDir>

namespace mestring::core {

StorageError StorageError::damaged(const QString &path, const QString &driverText)
{
    return StorageError(QCoreApplication::translate("mestring",
                            "The database %1 is damaged. It has not been changed. Restore "
                            "the latest backup, or ask your IT support for help.")
                            .arg(QDir::toNativeSeparators(path)),
        driverText, Kind::Damaged);
}

} // namespace mestring::core
