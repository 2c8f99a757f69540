// mestring-cli report --db PATH --from DATE --to DATE --format json|csv [--out FILE]
#include <QDate>
#include <QRegularExpression>

#include "command.h"
#include "commandline.h"
#include "core/reports/reportjson.h"
#include "core/reports/reportrows.h"
#include "core/services/actor.h"
#include "core/services/reportservice.h"

namespace mestring::cli {

namespace {

enum class ReportFormat { Json, Csv };

struct ReportOptions
{
    QString dbPath;
    QDate from;
    QDate to;
    ReportFormat format = ReportFormat::Json;
    QString outPath;
};

QDate dateOption(const CommandLine &cl, const QString &name)
{
    const QString text = cl.required(name);
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date
        = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid()) {
        throw cl.usageError(
            tr("--%1 must be a real date written YYYY-MM-DD, not '%2'.").arg(name, text));
    }
    return date;
}

ReportFormat formatOption(const CommandLine &cl)
{
    const QString format = cl.required(QStringLiteral("format"));
    if (format == QLatin1StringView("json")) return ReportFormat::Json;
    if (format == QLatin1StringView("csv")) return ReportFormat::Csv;
    // The printed effect-goal report comes with the GUI's print module.
    if (format == QLatin1StringView("pdf"))
        throw cl.usageError(tr("the pdf format is not available yet; use json or csv."));
    throw cl.usageError(tr("--format must be json or csv, not '%1'.").arg(format));
}

// Every argument is checked before the database is opened or a file written.
ReportOptions reportOptions(const CommandLine &cl)
{
    ReportOptions o;
    o.dbPath = cl.required(QStringLiteral("db"));
    o.from = dateOption(cl, QStringLiteral("from"));
    o.to = dateOption(cl, QStringLiteral("to"));
    if (o.from > o.to) throw cl.usageError(tr("--from must be on or before --to."));
    o.format = formatOption(cl);
    o.outPath = cl.value(QStringLiteral("out"));
    if (cl.isSet(QStringLiteral("out")) && o.outPath.isEmpty())
        throw cl.usageError(tr("--out needs a file name."));
    return o;
}

int runReport(const QStringList &arguments)
{
    CommandLine cl("report", "--db PATH --from DATE --to DATE --format json|csv [--out FILE]",
        "Computes every indicator of the effect report for the period from --from to --to "
        "(both days included), with the targets of the year the period ends in. JSON is "
        "the report document, CSV one row per indicator and breakdown. Writes to standard "
        "output without --out.");
    cl.addValueOption(QStringLiteral("db"), QStringLiteral("PATH"), "The database file.");
    cl.addValueOption(
        QStringLiteral("from"), QStringLiteral("DATE"), "The first day of the period.");
    cl.addValueOption(QStringLiteral("to"), QStringLiteral("DATE"), "The last day of the period.");
    cl.addValueOption(QStringLiteral("format"), QStringLiteral("FORMAT"), "json or csv.");
    cl.addValueOption(QStringLiteral("out"), QStringLiteral("FILE"),
        "The file to write (replaced when it exists).");
    if (!cl.parse(arguments, 0)) return ExitOk;
    const ReportOptions o = reportOptions(cl);

    auto db = openDatabase(QStringLiteral("report"), o.dbPath, core::Database::OpenMode::MustExist);
    QByteArray bytes;
    try {
        const core::EffectReport report
            = core::ReportService(*db).effectReport(core::Actor::system(), o.from, o.to);
        bytes = o.format == ReportFormat::Json ? core::effectReportJson(report)
                                               : core::effectReportCsv(report);
    } catch (const std::exception &e) {
        throw CliError {storageFailure(QStringLiteral("report"), e)};
    }
    if (o.outPath.isEmpty())
        printOutBytes(bytes);
    else
        writeFileAtomically(QStringLiteral("report"), o.outPath, bytes);
    return ExitOk;
}

const CommandRegistration registration {{"report",
    QT_TRANSLATE_NOOP("mestring", "Compute the effect report for a period (JSON or CSV)."),
    runReport}};

} // namespace

} // namespace mestring::cli
