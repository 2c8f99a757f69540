#include "databasechoice.h"

#include <QFileInfo>

namespace mestring::app {

GuiOptions databaseChosen(const core::DatabaseLocation &chosen)
{
    GuiOptions options;
    if (chosen.isServer()) {
        rememberServer(chosen.displayText());
        options.database = chosen;
        return options;
    }
    rememberServer({});
    options.database = core::DatabaseLocation::file(defaultDatabasePath());
    options.isDefaultDatabase = true;
    return options;
}

QString databaseDisplayName(const core::DatabaseLocation &database)
{
    if (!database.isServer()) return QFileInfo(database.filePath()).fileName();
    const QString host = database.host().isEmpty() ? QStringLiteral("localhost") : database.host();
    return host + QLatin1Char('/') + database.databaseName();
}

} // namespace mestring::app
