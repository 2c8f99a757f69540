#include "commandline.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include "command.h"
#include "core/storage/storageerror.h"

namespace mestring::cli {

CommandLine::CommandLine(const char *command, const char *usage, const char *description)
    : m_command(QString::fromLatin1(command))
    , m_usage(QString::fromLatin1(usage))
    , m_description(tr(description))
{
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    addFlag(QStringLiteral("help"), "Show this help and exit.");
}

void CommandLine::addValueOption(
    const QString &name, const QString &valueName, const char *description)
{
    m_parser.addOption(QCommandLineOption(name, tr(description), valueName));
}

void CommandLine::addFlag(const QString &name, const char *description)
{
    m_parser.addOption(QCommandLineOption(name, tr(description)));
}

bool CommandLine::parse(const QStringList &arguments, int positionalCount)
{
    if (!m_parser.parse(QStringList {QStringLiteral("mestring-cli")} + arguments))
        throw usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt's help starts with a usage line naming the program file; ours names the command.
        QString options = m_parser.helpText();
        options = options.mid(options.indexOf(QLatin1Char('\n')) + 1);
        printOut(QStringLiteral("Usage: mestring-cli ") + m_command + QLatin1Char(' ') + m_usage
            + QStringLiteral("\n\n") + m_description + QLatin1Char('\n') + options);
        return false;
    }
    const qsizetype given = m_parser.positionalArguments().size();
    if (given < positionalCount) throw usageError(tr("a file argument is missing."));
    if (given > positionalCount) {
        throw usageError(tr("unexpected argument '%1'.")
                             .arg(m_parser.positionalArguments().at(positionalCount)));
    }
    return true;
}

QString CommandLine::required(const QString &name) const
{
    if (!m_parser.isSet(name) || m_parser.value(name).isEmpty())
        throw usageError(tr("the option --%1 is required.").arg(name));
    return m_parser.value(name);
}

QDate CommandLine::date(const QString &name, const QDate &fallback) const
{
    if (!m_parser.isSet(name) && fallback.isValid()) return fallback;
    const QString text = required(name);
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date
        = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid()) {
        throw usageError(
            tr("--%1 must be a real date written YYYY-MM-DD, not '%2'.").arg(name, text));
    }
    return date;
}

void CommandLine::addPasswordOptions()
{
    addValueOption(QStringLiteral("password-file"), QStringLiteral("FILE"),
        "Read the password from the first line of FILE.");
    addFlag(QStringLiteral("password-stdin"), "Read the password from standard input.");
}

bool CommandLine::hasPassword() const
{
    return isSet(QStringLiteral("password-file")) || isSet(QStringLiteral("password-stdin"));
}

QString CommandLine::password() const
{
    const QString prefix = QStringLiteral("mestring-cli: ") + m_command + QStringLiteral(": ");
    QByteArray bytes;
    if (isSet(QStringLiteral("password-file"))) {
        QFile file(value(QStringLiteral("password-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            throw CliError {prefix
                + tr("the password file %1 cannot be read. Check the path.").arg(file.fileName())};
        }
        bytes = file.readAll();
    } else if (isSet(QStringLiteral("password-stdin"))) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            throw CliError {prefix + tr("standard input cannot be read.")};
        bytes = in.readAll();
    } else {
        throw usageError(tr("give the password with --password-file or --password-stdin."));
    }
    const qsizetype end = bytes.indexOf('\n');
    QString password = QString::fromUtf8(end < 0 ? bytes : bytes.left(end));
    if (password.endsWith(QLatin1Char('\r'))) password.chop(1);
    return password;
}

CliError CommandLine::usageError(const QString &what) const
{
    return {QStringLiteral("mestring-cli: ") + m_command + QStringLiteral(": ") + what
            + QLatin1Char(' ') + tr("Run 'mestring-cli %1 --help' for the options.").arg(m_command),
        ExitUsage};
}

std::unique_ptr<core::Database> openDatabase(
    const QString &command, const QString &path, core::Database::OpenMode mode)
{
    try {
        return openDatabase(command, core::DatabaseLocation::parse(path), mode);
    } catch (const core::StorageError &e) {
        throw CliError {storageFailure(command, e)};
    }
}

std::unique_ptr<core::Database> openDatabase(
    const QString &command, const core::DatabaseLocation &location, core::Database::OpenMode mode)
{
    // A name of its own per database: `copy` has two open at once.
    static int opened = 0;
    auto db = std::make_unique<core::Database>(QStringLiteral("mestring-cli-%1").arg(++opened));
    try {
        db->open(location, mode);
    } catch (const core::StorageError &e) {
        throw CliError {storageFailure(command, e)};
    }
    return db;
}

void removeDatabaseFiles(const QString &path)
{
    if (core::DatabaseLocation::looksLikeServer(path)) return; // a server rolls back instead
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1StringView(suffix));
}

void writeFileAtomically(const QString &command, const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        throw CliError {QStringLiteral("mestring-cli: ") + command + QStringLiteral(": ")
            + tr("cannot write %1: %2. Check the folder and the free space.")
                  .arg(path, file.errorString())};
    }
}

void writeOutput(const QString &command, const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty())
        printOutBytes(bytes);
    else
        writeFileAtomically(command, path, bytes);
}

QString storageFailure(const QString &command, const std::exception &error)
{
    QString text = QStringLiteral("mestring-cli: ") + command + QStringLiteral(": ");
    if (const auto *storage = dynamic_cast<const core::StorageError *>(&error)) {
        text += storage->message();
        if (!storage->driverText().isEmpty())
            text += QStringLiteral(" (") + storage->driverText() + QLatin1Char(')');
    } else {
        text += QString::fromUtf8(error.what());
    }
    return text;
}

} // namespace mestring::cli
