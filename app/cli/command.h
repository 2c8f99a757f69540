#pragma once

#include <functional>
#include <vector>

#include <QString>
#include <QStringList>

namespace mestring::cli {

/// Exit codes of mestring-cli.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1, // refused or failed: the one-line error says what and where
    ExitUsage = 2, // wrong arguments
};

/// A failure the user must see: printed as one line on stderr ("mestring-cli: ..."), then the
/// program exits with `exitCode`.
struct CliError
{
    QString message;
    int exitCode = ExitFailed;
};

/// One subcommand. Each lives in its own file and registers itself with a static
/// CommandRegistration, so adding a subcommand is adding one file.
struct Command
{
    const char *name;
    const char *summary; // English source text; translated when shown
    std::function<int(const QStringList &arguments)> run; // the arguments after the name
};

const std::vector<Command> &commands();

struct CommandRegistration
{
    explicit CommandRegistration(Command command);
};

/// Writes text (UTF-8) to stdout, or one line to stderr.
void printOut(const QString &text);
void printOutBytes(const QByteArray &bytes);
void printErrorLine(const QString &line);

/// The message in the user's language (English source, translated through "mestring").
QString tr(const char *text);

} // namespace mestring::cli
