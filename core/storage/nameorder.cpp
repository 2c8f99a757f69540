#include "nameorder.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QSqlDriver>

#include "core/domain/nameorder.h"
#include "backend.h"
#include "database.h"
#include "storageerror.h"

namespace mestring::core {

namespace {

// Not "danish": a name of our own never meets a collation another tool registers.
constexpr char collationName[] = "mestring_name";

int compareUtf16(void *, int lengthA, const void *a, int lengthB, const void *b)
{
    // SQLITE_UTF16 hands over native-order UTF-16, lengths in bytes: QStringView reads it as is.
    return compareNames(QStringView(static_cast<const char16_t *>(a), lengthA / 2),
        QStringView(static_cast<const char16_t *>(b), lengthB / 2));
}

} // namespace

QString nameOrder(const Database &db, QStringView expression)
{
    return db.backend().nameOrder(expression);
}

QString sqliteNameOrder(QStringView expression)
{
    return expression.toString() + QStringLiteral(" COLLATE ") + QLatin1StringView(collationName);
}

void registerNameOrder(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    sqlite3 *connection = nullptr;
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        connection = *static_cast<sqlite3 *const *>(handle.constData());
    const int result = connection
        ? sqlite3_create_collation(connection, collationName, SQLITE_UTF16, nullptr, compareUtf16)
        : SQLITE_MISUSE;
    if (result != SQLITE_OK) {
        throw StorageError(QCoreApplication::translate("mestring",
                               "The database connection could not be prepared for Danish "
                               "alphabetical order. Reinstall Mestring."),
            QStringLiteral("sqlite3_create_collation: %1").arg(result));
    }
}

} // namespace mestring::core
