// mestring-cli report --db PATH --from DATE --to DATE --format json|csv|xlsx|pdf
//     [--by DIMENSION[,DIMENSION]] [--compare previous|last_year] [--out FILE]
#include <QDate>

#include "command.h"
#include "commandline.h"
#include "core/domain/clock.h"
#include "core/reports/reportjson.h"
#include "core/services/actor.h"
#include "core/services/reportservice.h"
#include "sheets/csvfile.h"
#include "sheets/reportsheets.h"
#include "sheets/workbook.h"
#ifdef MESTRING_CLI_PDF
#include "ui/print/effectreportprint.h"
#include "ui/reports/reportbundle.h"
#endif

namespace mestring::cli {

namespace {

enum class ReportFormat { Json, Csv, Xlsx, Pdf };

struct ReportOptions
{
    QString dbPath;
    core::ReportRequest request;
    ReportFormat format = ReportFormat::Json;
    QString outPath;
};

ReportFormat formatOption(const CommandLine &cl)
{
    const QString format = cl.required(QStringLiteral("format"));
    if (format == QLatin1StringView("json")) return ReportFormat::Json;
    if (format == QLatin1StringView("csv")) return ReportFormat::Csv;
    if (format == QLatin1StringView("xlsx")) return ReportFormat::Xlsx;
#ifdef MESTRING_CLI_PDF
    if (format == QLatin1StringView("pdf")) return ReportFormat::Pdf;
    throw cl.usageError(tr("--format must be json, csv, xlsx or pdf, not '%1'.").arg(format));
#else
    // The printed effect-goal report needs the GUI's print module (MESTRING_BUILD_GUI).
    if (format == QLatin1StringView("pdf"))
        throw cl.usageError(tr("this build has no pdf format (built without the GUI); use json, "
                               "csv or xlsx."));
    throw cl.usageError(tr("--format must be json, csv or xlsx, not '%1'.").arg(format));
#endif
}

std::vector<core::ReportDimension> dimensionsOption(const CommandLine &cl, ReportFormat format)
{
    if (!cl.isSet(QStringLiteral("by"))) return {};
    const auto dimensions = core::parseDimensions(
        cl.value(QStringLiteral("by")).split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (!dimensions || dimensions->empty()) {
        throw cl.usageError(tr("--by must be one or more of %1, not '%2'.")
                                .arg(core::enumCodes<core::ReportDimension>().join(u", "),
                                    cl.value(QStringLiteral("by"))));
    }
    if (format == ReportFormat::Json && dimensions->size() > 1) {
        throw cl.usageError(tr("the JSON report holds one breakdown; give one --by, or use "
                               "xlsx, csv or pdf for several."));
    }
    return *dimensions;
}

std::optional<core::CompareMode> compareOption(const CommandLine &cl)
{
    if (!cl.isSet(QStringLiteral("compare"))) return std::nullopt;
    const QString mode = cl.value(QStringLiteral("compare"));
    const auto parsed = core::parseEnum<core::CompareMode>(mode);
    if (!parsed)
        throw cl.usageError(tr("--compare must be previous or last_year, not '%1'.").arg(mode));
    return parsed;
}

// Every argument is checked before the database is opened or a file written.
ReportOptions reportOptions(const CommandLine &cl)
{
    ReportOptions o;
    o.dbPath = cl.required(QStringLiteral("db"));
    o.request.from = cl.date(QStringLiteral("from"));
    o.request.to = cl.date(QStringLiteral("to"));
    if (o.request.from > o.request.to) throw cl.usageError(tr("--from must be on or before --to."));
    o.format = formatOption(cl);
    o.request.by = dimensionsOption(cl, o.format);
    o.request.compare = compareOption(cl);
    o.outPath = cl.value(QStringLiteral("out"));
    if (cl.isSet(QStringLiteral("out")) && o.outPath.isEmpty())
        throw cl.usageError(tr("--out needs a file name."));
    return o;
}

QByteArray reportBytes(const core::ReportService &reports, const ReportOptions &o)
{
    const QDate today = core::Clock().today();
#ifdef MESTRING_CLI_PDF
    if (o.format == ReportFormat::Pdf) {
        // The same document as the GUI's "Gem som PDF": the report with its monthly charts.
        const ui::ReportBundle bundle
            = ui::computeReportBundle(reports, core::Actor::system(), o.request);
        return ui::effectReportPdf(bundle, {QString(), today});
    }
#endif
    const core::ReportDocument document = reports.report(core::Actor::system(), o.request);
    switch (o.format) {
    case ReportFormat::Csv:
        return sheets::danishCsv(sheets::reportSheets(document, {QString(), today}));
    case ReportFormat::Xlsx:
        return sheets::xlsxWorkbook(sheets::reportSheets(document, {QString(), today}));
    default:
        return core::reportDocumentJson(document);
    }
}

int runReport(const QStringList &arguments)
{
    CommandLine cl("report",
        "--db PATH|ADDRESS --from DATE --to DATE --format json|csv|xlsx|pdf [--by DIMENSION[,...]] "
        "[--compare previous|last_year] [--out FILE]",
        "Computes every indicator of the effect report for the period from --from to --to "
        "(both days included), with the targets of the year the period ends in. JSON is the "
        "report document, CSV (for Danish Excel) and xlsx the report as spreadsheets, PDF the "
        "printed effect-goal report with its charts. --by splits it by responsible, "
        "municipality, legal_basis, program, sex or age_band (several separated by commas, one "
        "for JSON); --compare puts the previous period or the same period last year beside it. "
        "Writes to standard output without --out.");
    cl.addValueOption(QStringLiteral("db"), QStringLiteral("PATH|ADDRESS"),
        "The database file, or a server database (postgresql://user@server/name).");
    cl.addValueOption(
        QStringLiteral("from"), QStringLiteral("DATE"), "The first day of the period.");
    cl.addValueOption(QStringLiteral("to"), QStringLiteral("DATE"), "The last day of the period.");
    cl.addValueOption(
        QStringLiteral("format"), QStringLiteral("FORMAT"), "json, csv, xlsx or pdf.");
    cl.addValueOption(QStringLiteral("by"), QStringLiteral("DIMENSION"),
        "Break the report down by these dimensions.");
    cl.addValueOption(QStringLiteral("compare"), QStringLiteral("MODE"),
        "previous or last_year: the period to compare with.");
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
    QT_TRANSLATE_NOOP("mestring",
        "Compute the effect report for a period (JSON, CSV, xlsx or PDF), broken down or "
        "compared."),
    runReport}};

} // namespace

} // namespace mestring::cli
