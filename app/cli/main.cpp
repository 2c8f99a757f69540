// mestring-cli: a thin shell over core. Parses the subcommand, runs it, prints; every
// subcommand is one file (importcommand.cpp, ...) that registers itself.
#include <algorithm>
#include <exception>

#include <memory>

#include <QCoreApplication>
#ifdef MESTRING_CLI_PDF
#include <QApplication>

#include "ui/translations.h"
#endif

#include "command.h"
#include "commandline.h"
#include "core/domain/clock.h"

using namespace mestring::cli;

namespace {

void printGlobalHelp()
{
    std::vector<const Command *> sorted;
    for (const Command &c : commands())
        sorted.push_back(&c);
    std::sort(sorted.begin(), sorted.end(),
        [](const Command *a, const Command *b) { return qstrcmp(a->name, b->name) < 0; });
    QString text = tr("Usage: mestring-cli COMMAND [options]\n\n"
                      "Mestring's command-line tool: import, export and check a centre's "
                      "database, and create new ones.\n\nCommands:\n");
    for (const Command *c : sorted)
        text
            += QStringLiteral("  %1  %2\n").arg(QLatin1StringView(c->name), -8).arg(tr(c->summary));
    text += tr("\nRun 'mestring-cli COMMAND --help' for the options of a command.\n");
    printOut(text);
}

int run(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        throw CliError {tr("mestring-cli: no command given. Run 'mestring-cli --help' for the "
                           "commands."),
            ExitUsage};
    }
    using mestring::core::Clock;
    if (!Clock::zoneAvailable())
        throw CliError {QStringLiteral("mestring-cli: ") + Clock::zoneMissingMessage()};
    const QString name = arguments.first();
    if (name == QLatin1StringView("--help") || name == QLatin1StringView("-h")
        || name == QLatin1StringView("help")) {
        printGlobalHelp();
        return ExitOk;
    }
    for (const Command &c : commands()) {
        if (name == QLatin1StringView(c.name)) return c.run(arguments.mid(1));
    }
    throw CliError {tr("mestring-cli: unknown command '%1'. Run 'mestring-cli --help' for the "
                       "commands.")
                        .arg(name),
        ExitUsage};
}

#ifdef MESTRING_CLI_PDF
// The value of --format, if given.
QByteArray formatArgument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--format=")) return arg.mid(9);
        if (arg == "--format" && i + 1 < argc) return QByteArray(argv[i + 1]);
    }
    return {};
}

// Painting the PDF (charts are widgets) needs a QApplication; the other commands stay plain
// console programs that start without any display.
bool wantsPdf(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "print") == 0) return true; // always a PDF
    return formatArgument(argc, argv) == "pdf";
}

// The report's spreadsheets are for Danish Excel: Danish titles, whatever the messages' language.
bool wantsSpreadsheet(int argc, char *argv[])
{
    const QByteArray format = formatArgument(argc, argv);
    return argc > 1 && qstrcmp(argv[1], "report") == 0 && (format == "csv" || format == "xlsx");
}
#endif

std::unique_ptr<QCoreApplication> createApplication(int &argc, char *argv[])
{
#ifdef MESTRING_CLI_PDF
    if (wantsSpreadsheet(argc, argv)) {
        auto app = std::make_unique<QCoreApplication>(argc, argv);
        mestring::ui::installTranslations(*app);
        return app;
    }
    if (wantsPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        auto app = std::make_unique<QApplication>(argc, argv);
        mestring::ui::installTranslations(*app);
        return app;
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mestring-cli"));
    try {
        return run(QCoreApplication::arguments().mid(1));
    } catch (const CliError &e) {
        printErrorLine(e.message);
        return e.exitCode;
    } catch (const std::exception &e) {
        // Last resort: a failure no command turned into a message of its own.
        printErrorLine(QStringLiteral("mestring-cli: ") + QString::fromUtf8(e.what()));
        return ExitFailed;
    }
}
