#include "command.h"

#include <cstdio>

#include <QCoreApplication>

namespace mestring::cli {

namespace {

std::vector<Command> &registry()
{
    static std::vector<Command> list;
    return list;
}

} // namespace

const std::vector<Command> &commands()
{
    return registry();
}

CommandRegistration::CommandRegistration(Command command)
{
    registry().push_back(std::move(command));
}

void printOut(const QString &text)
{
    printOutBytes(text.toUtf8());
}

void printOutBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErrorLine(const QString &line)
{
    // One line, whatever the message holds: scripts read stderr line by line.
    QString single = line;
    single.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QByteArray bytes = single.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

} // namespace mestring::cli
