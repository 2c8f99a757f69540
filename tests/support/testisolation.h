#pragma once

namespace mestring::test {

/// Keeps test processes that run at the same time (ctest -j4) and test cases of one process
/// apart: QStandardPaths' test mode with an organisation name of this process only (its own data,
/// config and cache folders, removed when the object goes) and, for every test case, settings
/// files of its own (QSettings::setPath into a fresh folder; the listener in testisolation.cpp).
/// Made in main(), after the QCoreApplication.
class ProcessIsolation
{
public:
    ProcessIsolation();
    ~ProcessIsolation();
    ProcessIsolation(const ProcessIsolation &) = delete;
    ProcessIsolation &operator=(const ProcessIsolation &) = delete;
};

} // namespace mestring::test
