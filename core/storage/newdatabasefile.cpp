#include "newdatabasefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include "backend.h"
#include "database.h"
#include "storageerror.h"

namespace mestring::core {

bool createDatabaseFile(const QString &path, const std::function<bool(Database &)> &fill)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString temporary = QFileInfo(path).absoluteDir().filePath(
        QStringLiteral(".mestring-new-") + id + QStringLiteral(".sqlite"));
    bool keep = false;
    try {
        Database db(QStringLiteral("new-database-") + id);
        db.open(temporary, Database::OpenMode::CreateIfMissing);
        keep = fill(db);
    } catch (...) {
        QFile::remove(temporary);
        throw;
    }
    // An empty file at `path` is no database yet (init and demo accept one); anything else
    // stays, and QFile::rename never replaces a file.
    if (keep && QFileInfo(path).exists() && QFileInfo(path).size() == 0) QFile::remove(path);
    if (!keep || !QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        if (!keep) return false;
        throw StorageError(QCoreApplication::translate("mestring",
            "The database %1 could not be created: another program created a file by that "
            "name meanwhile, or the folder may not be written. Nothing has been changed.")
                               .arg(QDir::toNativeSeparators(path)));
    }
    return true;
}

bool createDatabase(const QString &pathOrAddress, const std::function<bool(Database &)> &fill)
{
    if (!DatabaseLocation::looksLikeServer(pathOrAddress))
        return createDatabaseFile(pathOrAddress, fill);
    const DatabaseLocation where = DatabaseLocation::parse(pathOrAddress);
    Database db(QStringLiteral("new-database-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    db.open(where, Database::OpenMode::CreateIfMissing);
    bool keep = false;
    try {
        keep = fill(db);
    } catch (...) {
        if (db.createdByOpen()) db.backend().discardCreated(db);
        throw;
    }
    if (!keep && db.createdByOpen()) db.backend().discardCreated(db);
    return keep;
}

} // namespace mestring::core
