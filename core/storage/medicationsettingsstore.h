#pragma once

#include "core/domain/medication/medicationsettings.h"

namespace mestring::core {

class Database;

/// The centre's medication settings, kept in the settings table (they travel with the file
/// and its backups). A value never set reads as its default (MedicationSettings::defaults()).
MedicationSettings loadMedicationSettings(const Database &db);
/// Call it inside the caller's transaction.
void saveMedicationSettings(const Database &db, const MedicationSettings &settings);

} // namespace mestring::core
