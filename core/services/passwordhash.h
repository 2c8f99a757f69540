#pragma once

#include <QString>

namespace mestring::core {

/// Argon2id (libsodium's crypto_pwhash_str, interactive limits) with a random salt inside the
/// encoded hash. Throws StorageError when libsodium cannot start or runs out of memory.
QString hashPassword(const QString &password);
/// False for an empty hash: an account without a password cannot log in.
bool passwordMatches(const QString &encodedHash, const QString &password);

} // namespace mestring::core
