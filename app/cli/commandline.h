#pragma once

#include <memory>

#include <QCommandLineParser>
#include <QDate>

#include "command.h"
#include "core/storage/database.h"

namespace mestring::cli {

/// The options of one subcommand: QCommandLineParser with mestring-cli's help and error
/// conventions (a usage error is one line and exit code 2, never a prompt).
class CommandLine
{
public:
    /// `usage` follows the command name in the help ("--db PATH FILE").
    CommandLine(const char *command, const char *usage, const char *description);

    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addValueOption(const QString &name, const QString &valueName, const char *description);
    void addFlag(const QString &name, const char *description);

    /// Parses the arguments after the command name. Returns false when --help was asked for
    /// (the help has been printed). Throws CliError on unknown options or a wrong number of
    /// positional arguments.
    bool parse(const QStringList &arguments, int positionalCount);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    /// The option's value; a usage error naming the option when it was not given.
    QString required(const QString &name) const;
    /// The option's value as a date written YYYY-MM-DD; `fallback` when the option was not
    /// given (a usage error when there is no fallback). A wrong date is a usage error.
    QDate date(const QString &name, const QDate &fallback = QDate()) const;
    QStringList positional() const { return m_parser.positionalArguments(); }
    /// The password for --password-file FILE or --password-stdin: the first line, without its
    /// line end; never asked for interactively. A usage error when neither option is given.
    QString password() const;
    /// True when --password-file or --password-stdin was given.
    bool hasPassword() const;
    /// Adds --password-file and --password-stdin, read by password().
    void addPasswordOptions();
    /// A usage error of this command ("mestring-cli: import: ... Run ... --help").
    CliError usageError(const QString &what) const;

private:
    QString m_command;
    QString m_usage;
    QString m_description;
    QCommandLineParser m_parser;
};

/// Opens the database file or server database (DatabaseLocation::parse); a StorageError
/// becomes a one-line CliError naming it.
std::unique_ptr<core::Database> openDatabase(
    const QString &command, const QString &path, core::Database::OpenMode mode);
std::unique_ptr<core::Database> openDatabase(const QString &command,
    const core::DatabaseLocation &location, core::Database::OpenMode mode);

/// Removes a database file and SQLite's companions (-wal, -shm): for a file this run created
/// and then could not fill. Nothing for a server address.
void removeDatabaseFiles(const QString &path);

/// Writes a file through QSaveFile (beside the target, renamed at the end), so a failure never
/// leaves a half-written file where a good one was. Throws CliError naming the file.
void writeFileAtomically(const QString &command, const QString &path, const QByteArray &bytes);

/// The command's result: to standard output when `path` is empty, else to the file
/// (writeFileAtomically).
void writeOutput(const QString &command, const QString &path, const QByteArray &bytes);

/// "mestring-cli: <command>: <message> (<driver text>)" for a storage failure.
QString storageFailure(const QString &command, const std::exception &error);

} // namespace mestring::cli
