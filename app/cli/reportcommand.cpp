// mestring-cli report --db PATH --from DATE --to DATE --format json|csv|pdf [--out FILE]
#include <QDate>

#include "command.h"
#include "commandline.h"
#include "core/domain/clock.h"
#include "core/reports/reportjson.h"
#include "core/reports/reportrows.h"
#include "core/services/actor.h"
#include "core/services/reportservice.h"
#ifdef MESTRING_CLI_PDF
#include "ui/print/effectreportprint.h"
#include "ui/reports/reportbundle.h"
#endif

namespace mestring::cli {

namespace {

enum class ReportFormat { Json, Csv, Pdf };

struct ReportOptions
{
    QString dbPath;
    QDate from;
    QDate to;
    ReportFormat format = ReportFormat::Json;
    QString outPath;
};

ReportFormat formatOption(const CommandLine &cl)
{
    const QString format = cl.required(QStringLiteral("format"));
    if (format == QLatin1StringView("json")) return ReportFormat::Json;
    if (format == QLatin1StringView("csv")) return ReportFormat::Csv;
#ifdef MESTRING_CLI_PDF
    if (format == QLatin1StringView("pdf")) return ReportFormat::Pdf;
    throw cl.usageError(tr("--format must be json, csv or pdf, not '%1'.").arg(format));
#else
    // The printed effect-goal report needs the GUI's print module (MESTRING_BUILD_GUI).
    if (format == QLatin1StringView("pdf"))
        throw cl.usageError(tr("this build has no pdf format (built without the GUI); use json "
                               "or csv."));
    throw cl.usageError(tr("--format must be json or csv, not '%1'.").arg(format));
#endif
}

// Every argument is checked before the database is opened or a file written.
ReportOptions reportOptions(const CommandLine &cl)
{
    ReportOptions o;
    o.dbPath = cl.required(QStringLiteral("db"));
    o.from = cl.date(QStringLiteral("from"));
    o.to = cl.date(QStringLiteral("to"));
    if (o.from > o.to) throw cl.usageError(tr("--from must be on or before --to."));
    o.format = formatOption(cl);
    o.outPath = cl.value(QStringLiteral("out"));
    if (cl.isSet(QStringLiteral("out")) && o.outPath.isEmpty())
        throw cl.usageError(tr("--out needs a file name."));
    return o;
}

QByteArray reportBytes(const core::ReportService &reports, const ReportOptions &o)
{
#ifdef MESTRING_CLI_PDF
    if (o.format == ReportFormat::Pdf) {
        // The same document as the GUI's "Gem som PDF": the report with its monthly charts.
        const ui::ReportBundle bundle
            = ui::computeReportBundle(reports, core::Actor::system(), o.from, o.to);
        return ui::effectReportPdf(
            bundle, {ui::periodText(o.from, o.to), QString(), core::Clock().today()});
    }
#endif
    const core::EffectReport report = reports.effectReport(core::Actor::system(), o.from, o.to);
    return o.format == ReportFormat::Json ? core::effectReportJson(report)
                                          : core::effectReportCsv(report);
}

int runReport(const QStringList &arguments)
{
    CommandLine cl("report", "--db PATH --from DATE --to DATE --format json|csv|pdf [--out FILE]",
        "Computes every indicator of the effect report for the period from --from to --to "
        "(both days included), with the targets of the year the period ends in. JSON is "
        "the report document, CSV one row per indicator and breakdown, PDF the printed "
        "effect-goal report with its charts. Writes to standard "
        "output without --out.");
    cl.addValueOption(QStringLiteral("db"), QStringLiteral("PATH"), "The database file.");
    cl.addValueOption(
        QStringLiteral("from"), QStringLiteral("DATE"), "The first day of the period.");
    cl.addValueOption(QStringLiteral("to"), QStringLiteral("DATE"), "The last day of the period.");
    cl.addValueOption(QStringLiteral("format"), QStringLiteral("FORMAT"), "json, csv or pdf.");
    cl.addValueOption(QStringLiteral("out"), QStringLiteral("FILE"),
        "The file to write (replaced when it exists).");
    if (!cl.parse(arguments, 0)) return ExitOk;
    const ReportOptions o = reportOptions(cl);

    auto db = openDatabase(QStringLiteral("report"), o.dbPath, core::Database::OpenMode::MustExist);
    QByteArray bytes;
    try {
        const core::ReportService reports(*db);
        bytes = reportBytes(reports, o);
    } catch (const std::exception &e) {
        throw CliError {storageFailure(QStringLiteral("report"), e)};
    }
    writeOutput(QStringLiteral("report"), o.outPath, bytes);
    return ExitOk;
}

const CommandRegistration registration {{"report",
    QT_TRANSLATE_NOOP("mestring", "Compute the effect report for a period (JSON, CSV or PDF)."),
    runReport}};

} // namespace

} // namespace mestring::cli
