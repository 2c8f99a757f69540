#include "guioptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace mestring::app {

namespace {

const QString serverKey = QStringLiteral("database/server");

QSettings settings()
{
    return QSettings(QStringLiteral("Mestring"), QStringLiteral("Mestring"));
}

} // namespace

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("mestring.sqlite"));
}

QString rememberedServer()
{
    return settings().value(serverKey).toString();
}

void rememberServer(const QString &address)
{
    QSettings s = settings();
    if (address.isEmpty())
        s.remove(serverKey);
    else
        s.setValue(serverKey, address);
}

GuiOptions parseGuiOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("mestring",
        "Journal and effect measurement for addiction "
        "treatment centres."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
        QApplication::translate("mestring",
            "The database file to open (default: %1), or a server's address "
            "postgresql://user@server/database.")
            .arg(QDir::toNativeSeparators(defaultDatabasePath())),
        QApplication::translate("mestring", "path"));
    parser.addOption(db);
    parser.process(app);

    GuiOptions options;
    if (parser.isSet(db)) {
        options.database = core::DatabaseLocation::parse(parser.value(db));
    } else if (const QString server = rememberedServer(); !server.isEmpty()) {
        options.database = core::DatabaseLocation::parse(server);
    } else {
        options.database = core::DatabaseLocation::file(defaultDatabasePath());
        options.isDefaultDatabase = true;
    }
    return options;
}

} // namespace mestring::app
