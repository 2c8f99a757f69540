#include "testisolation.h"

// Catch2 2.13 declares its listener base only for these (or with its implementation).
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace mestring::test {

namespace {

QTemporaryDir &processFolder()
{
    static QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/mestring-test-XXXXXX"));
    return folder;
}

// Every QSettings made from now on (the program's own QSettings("Mestring", "Mestring") too)
// reads and writes files in a folder no other test case uses.
void useFreshSettings()
{
    static int testCase = 0;
    const QString folder
        = processFolder().filePath(QStringLiteral("case-%1/config").arg(++testCase));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

struct FreshSettingsPerTestCase : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo &) override { useFreshSettings(); }
};
CATCH_REGISTER_LISTENER(FreshSettingsPerTestCase)

constexpr QStandardPaths::StandardLocation ownFolders[] = {QStandardPaths::AppDataLocation,
    QStandardPaths::AppConfigLocation, QStandardPaths::CacheLocation};

} // namespace

ProcessIsolation::ProcessIsolation()
{
    QStandardPaths::setTestModeEnabled(true);
    // The application's folders (~/.qttest/share/ORGANISATION/APP ...) are this process's own.
    QCoreApplication::setOrganizationName(
        QStringLiteral("mestring-") + QDir(processFolder().path()).dirName());
    useFreshSettings();
}

ProcessIsolation::~ProcessIsolation()
{
    for (const auto location : ownFolders) {
        const QString folder = QStandardPaths::writableLocation(location);
        if (folder.contains(QCoreApplication::organizationName())) QDir(folder).removeRecursively();
    }
}

} // namespace mestring::test
