#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace mestring::ui {

namespace {

// Marks our translators so removeTranslations() leaves anyone else's alone.
const char *const ownedProperty = "mestringTranslator";

bool installOne(QCoreApplication &app, const QString &file, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    translator->setProperty(ownedProperty, true);
    if (!translator->load(file, directory)) {
        qWarning("Translation %s not found in %s", qPrintable(file), qPrintable(directory));
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QString installTranslations(QCoreApplication &app)
{
    if (qEnvironmentVariable("MESTRING_LANG") == QLatin1StringView("en"))
        return QStringLiteral("en");

    // The Danish locale gives Danish month and weekday names, decimal commas and a Monday
    // week start in calendars; dates we format ourselves use dd-MM-yyyy explicitly.
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    installOne(
        app, QStringLiteral("qtbase_da"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installOne(app, QStringLiteral("mestring_da"), QStringLiteral(":/i18n"));
    return QStringLiteral("da");
}

void removeTranslations(QCoreApplication &app)
{
    const auto translators = app.findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        if (translator->property(ownedProperty).toBool()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    QLocale::setDefault(QLocale::system());
}

} // namespace mestring::ui
