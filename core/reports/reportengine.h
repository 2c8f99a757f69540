#pragma once

#include <QDate>

#include "effectreport.h"

namespace mestring::core {

class Database;

/// Computes every indicator of domain.md section 3 for the period [from, to] (both days
/// included) from one consistent read of the database. Targets are not filled in (see
/// ReportService). The period must be valid with from <= to. Throws StorageError.
EffectReport computeEffectReport(const Database &db, QDate from, QDate to);

} // namespace mestring::core
