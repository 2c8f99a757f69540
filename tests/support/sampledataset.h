#pragma once

#include "core/domain/dataset.h"

namespace mestring::test {

/// A small centre that keeps every data rule and uses every field of every record at least
/// once, with and without its optional values: the round-trip fixture for storage and exchange.
core::Dataset sampleDataset();

/// One client, Ole Gammel (id "c-old"), whose only course (k-old) ran from 2011 to 31 May 2012
/// and who has nothing dated since: his records may be disposed of from 1 June 2022.
core::Dataset oldClientDataset();

/// "2025-01-17T10:00:00+01:00" as the exchange reader gives it (the offset kept).
QDateTime instant(const char *iso);
QDate day(const char *iso);

} // namespace mestring::test
