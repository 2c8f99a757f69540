// mestring-cli print --db PATH (--therapist STAFF_ID | --client CLIENT_ID) [--day DATE] [--out
// FILE] The printed Opfølgning pr. behandler or Borgerstatus as PDF (needs the GUI libraries).
#ifdef MESTRING_CLI_PDF
#include <QDate>

#include "command.h"
#include "commandline.h"
#include "core/domain/clock.h"
#include "core/reports/clientstatusreport.h"
#include "core/reports/followupreport.h"
#include "core/services/serviceerrors.h"
#include "core/services/serviceset.h"
#include "ui/print/clientstatusprint.h"
#include "ui/print/followupreportprint.h"

namespace mestring::cli {

namespace {

struct PrintOptions
{
    QString dbPath;
    QString therapist;
    QString client;
    QDate day;
    QString outPath;
};

PrintOptions printOptions(const CommandLine &cl)
{
    PrintOptions o;
    o.dbPath = cl.required(QStringLiteral("db"));
    o.therapist = cl.value(QStringLiteral("therapist"));
    o.client = cl.value(QStringLiteral("client"));
    if (o.therapist.isEmpty() == o.client.isEmpty())
        throw cl.usageError(tr("give either --therapist STAFF_ID (Opfølgning pr. behandler) or "
                               "--client CLIENT_ID (Borgerstatus)."));
    o.day = cl.date(QStringLiteral("day"), core::Clock().today());
    o.outPath = cl.value(QStringLiteral("out"));
    if (cl.isSet(QStringLiteral("out")) && o.outPath.isEmpty())
        throw cl.usageError(tr("--out needs a file name."));
    return o;
}

int runPrint(const QStringList &arguments)
{
    CommandLine cl("print",
        "--db PATH|ADDRESS (--therapist STAFF_ID | --client CLIENT_ID) [--day DATE] [--out FILE]",
        "Writes a printed record report as PDF: Opfølgning pr. behandler (the active courses "
        "of one therapist) with --therapist, Borgerstatus (one client's status for a plan "
        "meeting) with --client, as on --day (default today). Writes to standard output "
        "without --out.");
    cl.addValueOption(QStringLiteral("db"), QStringLiteral("PATH|ADDRESS"),
        "The database file, or a server database (postgresql://user@server/name).");
    cl.addValueOption(
        QStringLiteral("therapist"), QStringLiteral("STAFF_ID"), "The therapist's staff id.");
    cl.addValueOption(QStringLiteral("client"), QStringLiteral("CLIENT_ID"), "The client's id.");
    cl.addValueOption(QStringLiteral("day"), QStringLiteral("DATE"), "The day reported on.");
    cl.addValueOption(QStringLiteral("out"), QStringLiteral("FILE"),
        "The file to write (replaced when it exists).");
    if (!cl.parse(arguments, 0)) return ExitOk;
    const PrintOptions o = printOptions(cl);

    auto db = openDatabase(QStringLiteral("print"), o.dbPath, core::Database::OpenMode::MustExist);
    QByteArray bytes;
    try {
        core::ServiceSet set(*db);
        const core::RecordReaders readers = core::RecordReaders::of(set);
        const core::Actor actor = core::Actor::system();
        QStringList clients;
        core::AccessDocument document = core::AccessDocument::ClientStatus;
        if (o.therapist.isEmpty()) {
            bytes = ui::clientStatusPdf(
                core::clientStatusReport(readers, actor, o.client, o.day), set.clock.today());
            clients << o.client;
        } else {
            const core::FollowupReport report
                = core::followupReport(readers, actor, o.therapist, o.day);
            bytes = ui::followupReportPdf(report, set.clock.today());
            document = core::AccessDocument::Followup;
            clients = core::clientsOf(report);
        }
        // Recorded before the file is written: nothing leaves unlogged.
        set.accessLog.recordOutput(actor, core::AccessTopic::PrintedPdf, document, clients);
    } catch (const core::NotFound &e) {
        throw CliError {QStringLiteral("mestring-cli: print: ") + e.message()};
    } catch (const std::exception &e) {
        throw CliError {storageFailure(QStringLiteral("print"), e)};
    }
    writeOutput(QStringLiteral("print"), o.outPath, bytes);
    return ExitOk;
}

const CommandRegistration registration {{"print",
    QT_TRANSLATE_NOOP("mestring",
        "Write Opfølgning pr. behandler or Borgerstatus as PDF (a therapist or a client)."),
    runPrint}};

} // namespace

} // namespace mestring::cli
#endif
