#include "loadoptions.h"

#include <cstdlib>

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTextStream>

namespace mestring::load {

namespace {

[[noreturn]] void refuse(const QString &message)
{
    QTextStream(stderr) << "mestring-load: " << message << Qt::endl;
    std::exit(2);
}

} // namespace

LoadOptions parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs simulated staff sessions against a Mestring server database for a bounded time, "
        "prints operations per second and latencies per operation, then checks that no "
        "acknowledged write was lost, no dose was given twice, the access log's chain is whole "
        "and `check` is clean. Writes into the database: use a copy."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("The server database (postgresql://...)."),
            QStringLiteral("ADDRESS")},
        {QStringLiteral("sessions"), QStringLiteral("Simulated staff sessions (default 40)."),
            QStringLiteral("N"), QStringLiteral("40")},
        {QStringLiteral("minutes"), QStringLiteral("How long they work (default 10)."),
            QStringLiteral("M"), QStringLiteral("10")},
        {QStringLiteral("seed"), QStringLiteral("Seed of every random choice (default 1)."),
            QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("think-ms"),
            QStringLiteral("Think time between two operations of a session (default 500-3000)."),
            QStringLiteral("MIN-MAX"), QStringLiteral("500-3000")},
        {QStringLiteral("login-file"),
            QStringLiteral("Server logins of the staff: lines `LOGIN PASSWORD [USERNAME]`; "
                           "staff without one use the address's login."),
            QStringLiteral("FILE")},
        {QStringLiteral("today"),
            QStringLiteral("The centre's first day (default: the latest day with a dose, the "
                           "demo's today)."),
            QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("races"),
            QStringLiteral("Per cent of doses two sessions record at once on purpose (default 3)."),
            QStringLiteral("P"), QStringLiteral("3")},
        {QStringLiteral("blocked"),
            QStringLiteral("Per cent of doses tried on a blocked row on purpose (default 2)."),
            QStringLiteral("P"), QStringLiteral("2")},
        {QStringLiteral("live-delay-ms"),
            QStringLiteral("The watcher reads its list this long after a change at the soonest "
                           "(default 150, as the program)."),
            QStringLiteral("MS"), QStringLiteral("150")},
        {QStringLiteral("live-spacing-ms"),
            QStringLiteral("The least time from one reading of the watcher's list to the next "
                           "(default 700, as the program)."),
            QStringLiteral("MS"), QStringLiteral("700")},
        {QStringLiteral("no-feeds"),
            QStringLiteral("Sessions do not listen for changes (one connection each, not two).")},
    });
    parser.process(arguments);
    LoadOptions options;
    options.address = parser.value(QStringLiteral("db"));
    if (options.address.isEmpty()) refuse(QStringLiteral("--db ADDRESS is required"));
    options.sessions = parser.value(QStringLiteral("sessions")).toInt();
    options.minutes = parser.value(QStringLiteral("minutes")).toDouble();
    options.seed = parser.value(QStringLiteral("seed")).toUInt();
    const QRegularExpressionMatch think = QRegularExpression(QStringLiteral("^(\\d+)-(\\d+)$"))
                                              .match(parser.value(QStringLiteral("think-ms")));
    if (!think.hasMatch()) refuse(QStringLiteral("--think-ms takes MIN-MAX, e.g. 500-3000"));
    options.thinkMinMs = think.captured(1).toInt();
    options.thinkMaxMs = think.captured(2).toInt();
    options.loginFile = parser.value(QStringLiteral("login-file"));
    if (parser.isSet(QStringLiteral("today"))) {
        options.firstDay = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.firstDay.isValid()) refuse(QStringLiteral("--today takes YYYY-MM-DD"));
    }
    options.racePercent = parser.value(QStringLiteral("races")).toDouble();
    options.blockedPercent = parser.value(QStringLiteral("blocked")).toDouble();
    options.liveDelayMs = parser.value(QStringLiteral("live-delay-ms")).toInt();
    options.liveSpacingMs = parser.value(QStringLiteral("live-spacing-ms")).toInt();
    options.changeFeeds = !parser.isSet(QStringLiteral("no-feeds"));
    if (options.sessions < 1 || options.minutes <= 0 || options.thinkMinMs > options.thinkMaxMs)
        refuse(QStringLiteral("--sessions, --minutes or --think-ms out of range"));
    return options;
}

} // namespace mestring::load
