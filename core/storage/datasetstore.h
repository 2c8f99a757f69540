#pragma once

#include "core/domain/dataset.h"

namespace mestring::core {

class Database;

/// Every record of the database, each list in the order its records were stored. Importing a
/// file into an empty database and loading it gives the file's records in the file's order,
/// so export after import reproduces the document. Throws StorageError.
Dataset loadDataset(const Database &db);

/// Inserts every record of `dataset` (parents before children, each INSERT prepared once).
/// Does not check rules: the caller has run checkDataset() and holds the transaction, so a
/// failure (StorageError) leaves nothing behind when the transaction rolls back.
void insertDataset(const Database &db, const Dataset &dataset);

} // namespace mestring::core
