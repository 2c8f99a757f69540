#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray err;
};

// mestring-cli without a display and without QT_QPA_PLATFORM, as on a server.
Run headlessCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MESTRING_CLI), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardError()};
}

} // namespace

TEST_CASE("mestring-cli report --format pdf writes the printed Effektmål report without a display",
    "[reports][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("centre.sqlite"));
    const Run imported = headlessCli({QStringLiteral("import"), QStringLiteral("--db"), db,
        QStringLiteral(MESTRING_TEST_DATA "/reports/outcomes.json")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    const QString out = dir.filePath(QStringLiteral("effektmaal.pdf"));
    const Run report = headlessCli(
        {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"),
            QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-06-30"),
            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out});
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    QFile pdf(out);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.trimmed().endsWith("%%EOF"));
}
