#pragma once

#include <QStringList>

#include "sqlengine.h"

namespace mestring::core {

/// The access log for many writers (issue 17). On a server the database itself numbers each
/// new entry and links it into the hash chain (a trigger, under one lock, whatever tool
/// appends), and stamps it with the login that wrote it; the program can no longer choose an
/// entry's place in the chain. On both engines an entry may come from another chain (a
/// laptop's, written offline): it keeps that chain's name, its number and hash there, and is
/// carried only once (AccessLog::carryIn).
QStringList schemaV11(SqlEngine engine);

} // namespace mestring::core
