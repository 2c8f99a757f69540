#include "reportratio.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "benchtimer.h"

namespace mestring::bench {

namespace {

// Wall time of one whole process in ms, from start to exit; throws when it fails.
double timedProcess(const QString &program, const QStringList &arguments, const QString &input)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    if (!input.isEmpty()) process.setStandardInputFile(input);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        const QString why = QFileInfo(program).fileName() + QStringLiteral(" failed: ")
            + QString::fromLocal8Bit(process.readAllStandardError());
        throw std::runtime_error(why.toStdString());
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

void benchReportRatio(const QString &largePath, const QString &cliPath, const QString &sqlFile,
    const QDate &from, const QDate &to, int runs)
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) throw std::runtime_error("sqlite3 is not installed");
    if (!QFileInfo(cliPath).isExecutable())
        throw std::runtime_error("no mestring-cli (give --cli PATH)");
    QTemporaryDir out;
    const QStringList cliArguments {QStringLiteral("report"), QStringLiteral("--db"), largePath,
        QStringLiteral("--from"), from.toString(Qt::ISODate), QStringLiteral("--to"),
        to.toString(Qt::ISODate), QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--out"), out.filePath(QStringLiteral("report.json"))};
    const QStringList sqliteArguments {QStringLiteral("-readonly"), largePath};
    // One of each first, untimed, so both meet the file in the page cache.
    timedProcess(cliPath, cliArguments, {});
    timedProcess(sqlite3, sqliteArguments, sqlFile);
    std::vector<double> cli, sql;
    for (int i = 0; i < runs; ++i) {
        cli.push_back(timedProcess(cliPath, cliArguments, {}));
        sql.push_back(timedProcess(sqlite3, sqliteArguments, sqlFile));
    }
    const double cliMs = median(cli);
    const double sqlMs = median(sql);
    report(QStringLiteral("mestring-cli report --format json, whole process"), cliMs,
        QStringLiteral("%1 .. %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    report(QStringLiteral("  the same SQL in sqlite3 -readonly, whole process"), sqlMs);
    report(QStringLiteral("  ratio program / sqlite3: %1 (target at most 1.5)")
               .arg(cliMs / sqlMs, 0, 'f', 2),
        cliMs - sqlMs, QStringLiteral("the program's extra time"));
}

} // namespace mestring::bench
