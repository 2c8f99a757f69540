#pragma once

#include <QString>

namespace mestring::core {

/// The `format` value that identifies an interchange document (domain.md section 5).
inline QString exchangeFormatName()
{
    return QStringLiteral("mestring-exchange");
}

/// The only interchange `version` this program reads and writes.
inline constexpr int exchangeFormatVersion = 1;

} // namespace mestring::core
