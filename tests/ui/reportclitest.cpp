#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include "core/domain/clock.h"
#include "support/xlsxreader.h"

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

namespace {

// tests/data/reports/breakdowns.json in a database of its own, and the report of Q1 2025 by
// home municipality with last year beside it, in `format`.
QByteArray breakdownReport(const QTemporaryDir &dir, const char *format)
{
    const QString db = dir.filePath(QStringLiteral("breakdowns.sqlite"));
    if (!QFile::exists(db)) {
        const Run imported = headlessCli({QStringLiteral("import"), QStringLiteral("--db"), db,
            QStringLiteral(MESTRING_TEST_DATA "/reports/breakdowns.json")});
        REQUIRE(imported.exitCode == 0);
    }
    const QString out = dir.filePath(QStringLiteral("report.") + QLatin1StringView(format));
    const Run report = headlessCli({QStringLiteral("report"), QStringLiteral("--db"), db,
        QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
        QStringLiteral("2025-03-31"), QStringLiteral("--by"), QStringLiteral("municipality"),
        QStringLiteral("--compare"), QStringLiteral("last_year"), QStringLiteral("--format"),
        QLatin1StringView(format), QStringLiteral("--out"), out});
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The row of `sheet` whose column A reads `text`, or 0.
int rowWith(const mestring::test::XlsxBook &book, int sheet, const QString &text, const QString &b = {})
{
    for (int row = 1; row < 200; ++row) {
        const auto *a = book.cell(sheet, QStringLiteral("A%1").arg(row));
        const auto *second = book.cell(sheet, QStringLiteral("B%1").arg(row));
        if (a && a->text == text && (b.isEmpty() || (second && second->text == b))) return row;
    }
    return 0;
}

} // namespace

TEST_CASE("mestring-cli report --format csv writes Danish Excel's CSV, byte for byte",
    "[reports][cli][sheets]")
{
    QTemporaryDir dir;
    const QByteArray csv = breakdownReport(dir, "csv");
    const QString today = mestring::core::Clock().today().toString(QStringLiteral("dd-MM-yyyy"));
    const QByteArray head = QByteArray("\xEF\xBB\xBF")
        + QStringLiteral(
            "Effektmål\r\n"
            "Periode;01-01-2025 – 31-03-2025\r\n"
            "Sammenlignet med;Samme periode sidste år (01-01-2024 – 31-03-2024)\r\n"
            "Filtre;Ingen (alle centrets forløb og borgere)\r\n"
            "Dannet;%1\r\n"
            "\r\n"
            "Indikator;Opdeling;Tæller;Nævner;Faktisk;Udgangspunkt;Mål;Mål nået;"
            "Tæller, sammenligning;Nævner, sammenligning;Faktisk, sammenligning;"
            "Ændring (andele i procentpoint);Bemærkning\r\n"
            "Alkoholforløb med succes;;1;2;50,0%;;;;0;0;;;Få tilfælde (nævner under 10)\r\n"
            "Stofforløb med succes;;0;0;;;;;1;2;50,0%;;\r\n")
              .arg(today)
              .toUtf8();
    CHECK(csv.left(head.size()) == head);
    CHECK(csv.contains(QStringLiteral("Udeblivelser;Stoffer;1;2;50,0%;35,0%;29,0%;Nej;2;3;66,7%;"
                                      "-16,7;Få tilfælde (nævner under 10)\r\n")
                           .toUtf8()));
    CHECK(csv.contains(QStringLiteral("Familier nået;;;;1;12;4,9;Nej;;;0;1;"
                                      "Mål forholdsmæssigt (20 pr. år)\r\n")
                           .toUtf8()));
    // The breakdown follows after an empty line, with its groups in Danish order.
    CHECK(csv.contains(QStringLiteral("\r\n\r\nEffektmål opdelt efter hjemkommune\r\n").toUtf8()));
    CHECK(csv.contains(QStringLiteral(";;Hele centret;;;;;Skive;;;;;Viborg;;;;;Ærø;;;;;"
                                      "Ukendt kommune\r\n")
                           .toUtf8()));
}

TEST_CASE("mestring-cli report --format xlsx writes a workbook with numbers as numbers, shares in "
          "percent and a sheet per breakdown",
    "[reports][cli][sheets]")
{
    QTemporaryDir dir;
    const mestring::test::XlsxBook book = mestring::test::readXlsx(breakdownReport(dir, "xlsx"));
    INFO(book.error.toStdString());
    REQUIRE(book.sheetNames == QStringList {QStringLiteral("Effektmål"), QStringLiteral("Hjemkommune")});
    const auto cell = [&](int sheet, const QString &reference) {
        const auto *c = book.cell(sheet, reference);
        INFO(reference.toStdString());
        REQUIRE(c);
        return *c;
    };
    CHECK(cell(0, QStringLiteral("A1")).text == QStringLiteral("Effektmål"));
    CHECK(cell(0, QStringLiteral("A1")).bold);
    CHECK(cell(0, QStringLiteral("B2")).text == QStringLiteral("01-01-2025 – 31-03-2025"));
    CHECK(cell(0, QStringLiteral("A7")).text == QStringLiteral("Indikator"));
    CHECK(cell(0, QStringLiteral("M7")).text == QStringLiteral("Bemærkning"));

    const int drug = rowWith(book, 0, QStringLiteral("Udeblivelser"), QStringLiteral("Stoffer"));
    REQUIRE(drug > 0);
    const auto at = [&](int sheet, char column, int row) {
        return cell(sheet, QStringLiteral("%1%2").arg(QLatin1Char(column)).arg(row));
    };
    CHECK(at(0, 'C', drug).isNumber);
    CHECK(at(0, 'C', drug).number == 1);
    CHECK(at(0, 'D', drug).number == 2);
    CHECK(at(0, 'E', drug).number == 0.5);
    CHECK(at(0, 'E', drug).format == QStringLiteral("0.0 %"));
    CHECK(at(0, 'F', drug).number == Approx(0.35));
    CHECK(at(0, 'G', drug).number == Approx(0.29));
    CHECK(at(0, 'H', drug).text == QStringLiteral("Nej"));
    CHECK(at(0, 'K', drug).number == Approx(2.0 / 3));
    CHECK(at(0, 'L', drug).number == Approx(-16.6667).epsilon(0.001));
    CHECK(at(0, 'L', drug).format == QStringLiteral("+0.0;-0.0;0.0"));
    const int families = rowWith(book, 0, QStringLiteral("Familier nået"));
    REQUIRE(families > 0);
    CHECK(at(0, 'G', families).number == Approx(20.0 * 90 / 365));
    CHECK(at(0, 'G', families).format == QStringLiteral("0.0"));
    CHECK(at(0, 'M', families).text == QStringLiteral("Mål forholdsmæssigt (20 pr. år)"));

    // By municipality: Ærø as written, and the groups' counts add up to the centre's.
    CHECK(cell(1, QStringLiteral("A1")).text == QStringLiteral("Effektmål opdelt efter hjemkommune"));
    const int groupRow = rowWith(book, 1, QStringLiteral("Indikator")) - 1;
    CHECK(at(1, 'C', groupRow).text == QStringLiteral("Hele centret"));
    CHECK(at(1, 'R', groupRow).text == QStringLiteral("Ærø"));
    const int newCourses = rowWith(book, 1, QStringLiteral("Nye forløb"), QStringLiteral("Alle"));
    REQUIRE(newCourses > 0);
    double sum = 0;
    for (char column : {'J', 'O', 'T', 'Y'}) // each group's Faktisk (5 columns a group)
        sum += at(1, column, newCourses).number;
    CHECK(at(1, 'E', newCourses).number == 3);
    CHECK(sum == 3);
}
