#include "databasesetup.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>

#include "core/demo/demoinstaller.h"
#include "core/domain/clock.h"
#include "core/storage/database.h"
#include "core/storage/newdatabasefile.h"
#include "core/storage/storageerror.h"
#include "guioptions.h"

namespace mestring::app {

namespace {

// Fixed, so every new installation shows the same demo centre (screenshots, manuals, support).
constexpr quint32 demoSeed = 20250101;

bool createDemoDatabase(core::Database &db, const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        throw core::StorageError(
            QCoreApplication::translate("mestring", "The folder %1 could not be created.")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    }
    // The file appears only once filled: a failed start leaves none, and the next start tries
    // again. When another Mestring started at the same moment made it first, that one is used.
    try {
        core::createDatabaseFile(path, [](core::Database &created) {
            core::installDemoDatabase(
                created, core::DemoSize::Small, demoSeed, core::Clock().today());
            return true;
        });
    } catch (const core::StorageError &) {
        if (!QFileInfo::exists(path)) throw;
    }
    db.open(path, core::Database::OpenMode::MustExist);
    return true;
}

} // namespace

bool openDatabase(core::Database &db, const GuiOptions &options)
{
    const QString path = options.database.filePath();
    if (options.isDefaultDatabase && !QFileInfo::exists(path))
        return createDemoDatabase(db, path);
    // A path given with --db, or a server, must hold a Mestring database: a typing error
    // should not silently create an empty one that staff then start writing into.
    db.open(options.database,
        options.isDefaultDatabase ? core::Database::OpenMode::CreateIfMissing
                                  : core::Database::OpenMode::MustExist);
    return false;
}

} // namespace mestring::app
