#include "schemav5.h"

namespace mestring::core {

// Plain ALTER TABLE ... ADD COLUMN: the same statements run on PostgreSQL, where the flag is a
// BOOLEAN ({bool}: INTEGER 0/1 in a file, as released).
QStringList schemaV5(SqlEngine)
{
    return {
        QStringLiteral("ALTER TABLE staff ADD COLUMN team TEXT"),
        QStringLiteral(
            "ALTER TABLE staff ADD COLUMN must_change_password {bool} NOT NULL DEFAULT {false}"),
    };
}

} // namespace mestring::core
