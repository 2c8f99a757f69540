#include "schemav5.h"

namespace mestring::core {

// Plain ALTER TABLE ... ADD COLUMN: the same statements run on PostgreSQL.
QStringList schemaV5()
{
    return {
        QStringLiteral("ALTER TABLE staff ADD COLUMN team TEXT"),
        QStringLiteral(
            "ALTER TABLE staff ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0"),
    };
}

} // namespace mestring::core
