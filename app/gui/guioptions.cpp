#include "guioptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace mestring::app {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("mestring.sqlite"));
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
        QApplication::translate("mestring", "The database file to open (default: %1).")
            .arg(QDir::toNativeSeparators(defaultDatabasePath())),
        QApplication::translate("mestring", "path"));
    parser.addOption(db);
    parser.process(app);

    GuiOptions options;
    if (parser.isSet(db)) {
        options.databasePath = parser.value(db);
    } else {
        options.databasePath = defaultDatabasePath();
        options.isDefaultDatabase = true;
    }
    return options;
}

} // namespace mestring::app
