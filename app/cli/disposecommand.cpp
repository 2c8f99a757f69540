// mestring-cli dispose --db PATH (--list | --client CLIENT_ID [--confirm]) [--today DATE]
// Disposal (kassation) of a client's records after the 10-year retention period.
#include <QDate>

#include "command.h"
#include "commandline.h"
#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/actor.h"
#include "core/services/disposalservice.h"
#include "core/services/serviceerrors.h"

namespace mestring::cli {

namespace {

QString isoOrDash(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
}

void listCandidates(core::DisposalService &disposals, const QDate &today)
{
    const auto candidates = disposals.candidates(core::Actor::system(), today);
    printOut(tr("Clients whose records may be disposed of on %1: %2\n")
                 .arg(today.toString(Qt::ISODate))
                 .arg(candidates.size()));
    for (const core::DisposalCandidate &c : candidates) {
        printOut(QStringLiteral("%1\t%2\t%3\t%4\n")
                     .arg(c.clientId, isoOrDash(c.lastEntry),
                         c.cpr.isEmpty() ? QStringLiteral("-") : c.cpr, c.name));
    }
}

// Shows what disposing of the client would delete; deletes it with `confirm` (decided on the
// real date: the service's clock, not --today).
void disposeClient(
    core::DisposalService &disposals, const QString &client, const QDate &today, bool confirm)
{
    const core::Actor actor = core::Actor::system();
    const core::DisposalCheck check = disposals.check(actor, client, today);
    printOut(tr("Client %1: last entry %2, kept until %3, %4 records.\n")
                 .arg(client, isoOrDash(check.lastEntry), isoOrDash(check.keptUntil))
                 .arg(check.records));
    if (!check.allowed) {
        throw CliError {QStringLiteral("mestring-cli: dispose: ") + check.refusal + QLatin1Char(' ')
            + tr("Nothing was deleted.")};
    }
    if (!confirm) {
        printOut(tr("They may be disposed of on %1. Nothing was deleted; run again with "
                    "--confirm (and without --today) to dispose of them.\n")
                     .arg(today.toString(Qt::ISODate)));
        return;
    }
    const qint64 removed = disposals.dispose(actor, client);
    printOut(tr("Disposed of %1 records of client %2. The access log keeps that it was done, "
                "not what was deleted.\n")
                 .arg(removed)
                 .arg(client));
}

int runDispose(const QStringList &arguments)
{
    CommandLine cl("dispose", "--db PATH|ADDRESS (--list | --client CLIENT_ID [--confirm]) [--today DATE]",
        "Disposal (kassation) of a client's records once the legal retention period has run "
        "out: 10 years after the last entry of any kind. --list shows the clients whose "
        "period has run out; --client shows what disposing of one client would delete, and "
        "deletes it only with --confirm, decided on today's date. The access log keeps who "
        "did it and when (as 'system'), never the content.");
    cl.addValueOption(QStringLiteral("db"), QStringLiteral("PATH|ADDRESS"),
        "The database file, or a server database (postgresql://user@server/name).");
    cl.addFlag(QStringLiteral("list"), "List the clients whose records may be disposed of.");
    cl.addValueOption(QStringLiteral("client"), QStringLiteral("CLIENT_ID"), "The client's id.");
    cl.addFlag(QStringLiteral("confirm"), "Really delete the client's records.");
    cl.addValueOption(QStringLiteral("today"), QStringLiteral("DATE"),
        "Look as on another day (default today); not with --confirm.");
    if (!cl.parse(arguments, 0)) return ExitOk;
    const QString dbPath = cl.required(QStringLiteral("db"));
    const bool list = cl.isSet(QStringLiteral("list"));
    const QString client = cl.value(QStringLiteral("client"));
    if (list == !client.isEmpty())
        throw cl.usageError(tr("give either --list or --client CLIENT_ID."));
    const bool confirm = cl.isSet(QStringLiteral("confirm"));
    if (list && confirm)
        throw cl.usageError(tr("--confirm goes with --client, one client at a time."));
    if (confirm && cl.isSet(QStringLiteral("today")))
        throw cl.usageError(tr("a disposal is decided on today's date; leave out --today."));
    const QDate today = cl.date(QStringLiteral("today"), core::Clock().today());

    auto db = openDatabase(QStringLiteral("dispose"), dbPath, core::Database::OpenMode::MustExist);
    try {
        core::Clock clock;
        core::AccessLog log(*db, clock);
        core::DisposalService disposals(*db, log, clock);
        if (list)
            listCandidates(disposals, today);
        else
            disposeClient(disposals, client, today, confirm);
    } catch (const core::ServiceError &e) {
        throw CliError {QStringLiteral("mestring-cli: dispose: ") + e.message()};
    } catch (const std::exception &e) {
        throw CliError {storageFailure(QStringLiteral("dispose"), e)};
    }
    return ExitOk;
}

const CommandRegistration registration {{"dispose",
    QT_TRANSLATE_NOOP("mestring",
        "Dispose of a client's records after the 10-year retention period (kassation)."),
    runDispose}};

} // namespace

} // namespace mestring::cli
