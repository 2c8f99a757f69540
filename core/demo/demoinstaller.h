#pragma once

#include <QDate>
#include <QString>

#include "demogenerator.h"

namespace mestring::core {

class Database;

/// The password of every demo account (listed in the README). Demo databases only.
QString demoPassword();

/// Fills an empty database with the demo centre of the given size and sets the demo
/// accounts' password, in one transaction. Throws StorageError when the database is not empty.
/// Returns the number of records written.
std::size_t installDemoDatabase(const Database &db, DemoSize size, quint32 seed, const QDate &today);

} // namespace mestring::core
