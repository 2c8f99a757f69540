#include "databasechoice.h"

#include <QFileInfo>

#include "ui/dialogs/serverdialog.h"

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

std::optional<GuiOptions> askForServer(const QString &address, const QString &error)
{
    ui::ServerDialog dialog(address);
    dialog.setError(error);
    const int result = dialog.exec();
    if (result == QDialog::Rejected) return std::nullopt;
    return databaseChosen(
        result == ui::ServerDialog::UseFile ? core::DatabaseLocation() : dialog.location());
}

QString databaseDisplayName(const core::DatabaseLocation &database)
{
    if (!database.isServer()) return QFileInfo(database.filePath()).fileName();
    const QString host = database.host().isEmpty() ? QStringLiteral("localhost") : database.host();
    return host + QLatin1Char('/') + database.databaseName();
}

} // namespace mestring::app
