#pragma once

// Runs the mestring-cli binary of this build (MESTRING_CLI) for the command-line tests.
#include <catch2/catch.hpp>

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace mestring::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs mestring-cli with the arguments, feeding `stdinBytes` to its standard input.
inline CliRun runCli(const QStringList &arguments, const QByteArray &stdinBytes = {})
{
    QProcess process;
    process.start(QStringLiteral(MESTRING_CLI), arguments);
    REQUIRE(process.waitForStarted());
    process.write(stdinBytes);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

/// Exactly one line on stderr, starting with the program's name.
inline void checkOneLineError(const CliRun &run)
{
    INFO(run.err.toStdString());
    CHECK(run.err.startsWith("mestring-cli: "));
    CHECK(run.err.endsWith('\n'));
    CHECK(run.err.count('\n') == 1);
}

} // namespace mestring::test
