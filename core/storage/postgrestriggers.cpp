#include "postgrestriggers.h"

#include <QStringList>

namespace mestring::core {

QString pgTriggerFunctionHead(const char *name)
{
    return QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql "
                          "SET search_path FROM CURRENT AS $$ ")
        .arg(QLatin1StringView(name));
}

QString pgTrigger(const char *name, const char *event, const char *table, const QString &condition,
    const char *function, const char *message, const char *argument)
{
    QString sql = QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW ")
                      .arg(QLatin1StringView(name), QLatin1StringView(event),
                          QLatin1StringView(table));
    if (!condition.isEmpty()) sql += QStringLiteral("WHEN (") + condition + QStringLiteral(") ");
    sql += QStringLiteral("EXECUTE FUNCTION %1('%2'").arg(QLatin1StringView(function), QLatin1StringView(message));
    if (argument) sql += QStringLiteral(", '%1'").arg(QLatin1StringView(argument));
    return sql + QLatin1Char(')');
}

QString pgAnyChanged(std::initializer_list<const char *> columns)
{
    QStringList changed;
    for (const char *column : columns)
        changed << QStringLiteral("NEW.%1 IS DISTINCT FROM OLD.%1").arg(QLatin1StringView(column));
    return changed.join(QStringLiteral(" OR "));
}

} // namespace mestring::core
