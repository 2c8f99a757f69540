#include <catch2/catch.hpp>

#include "core/reports/reportrows.h"
#include "core/reports/reporttitles.h"
#include "core/services/reportservice.h"
#include "core/reports/reportgolden.h"
#include "sheets/csvfile.h"
#include "sheets/reportsheets.h"
#include "sheets/workbook.h"
#include "support/testdatabase.h"
#include "support/xlsxreader.h"

using namespace mestring;
using sheets::Cell;
using sheets::Sheet;

namespace {

Sheet sampleSheet()
{
    Sheet sheet;
    sheet.name = QStringLiteral("Prøve: æøå");
    sheet.rows = {{Cell::heading(QStringLiteral("Effektmål"))},
        {Cell::textCell(QStringLiteral("Tønder; Ærø")), Cell::share(0.475), Cell::decimal(4.9315),
            Cell::integer(12), Cell::points(-3.24), Cell::dateCell(QDate(2025, 3, 31)),
            Cell::empty(), Cell::textCell(QStringLiteral("sagde \"nej\"")), Cell::plain(12.5)},
        {}};
    sheet.headerRow = 0;
    return sheet;
}

// The whole report of tests/data/reports/breakdowns.json for Q1 2025 by municipality, compared
// with last year.
core::ReportDocument breakdownDocument(const core::Database &db)
{
    test::importReportFixture(db, QStringLiteral("breakdowns"));
    return core::ReportService(db).report(core::Actor::system(),
        {QDate(2025, 1, 1), QDate(2025, 3, 31), {core::ReportDimension::Municipality},
            core::CompareMode::LastYear});
}

} // namespace

TEST_CASE("The CSV for Danish Excel has a byte order mark, semicolons, CRLF, decimal commas and "
          "quotes only where a field needs them",
    "[core][sheets]")
{
    const QByteArray csv = sheets::danishCsv({sampleSheet(), sampleSheet()});
    const QByteArray block = QStringLiteral("Effektmål\r\n"
                                            "\"Tønder; Ærø\";47,5%;4,9;12;-3,2;31-03-2025;;"
                                            "\"sagde \"\"nej\"\"\";12,5\r\n"
                                            "\r\n")
                                 .toUtf8();
    CHECK(csv == QByteArray("\xEF\xBB\xBF") + block + "\r\n" + block);
}

TEST_CASE("An xlsx workbook keeps numbers as numbers, shares in a percent format, dates as dates "
          "and æøå as written",
    "[core][sheets]")
{
    const test::XlsxBook book = test::readXlsx(sheets::xlsxWorkbook({sampleSheet()}));
    INFO(book.error.toStdString());
    REQUIRE(book.sheets.size() == 1);
    CHECK(book.sheetNames == QStringList {QStringLiteral("Prøve  æøå")}); // ':' is not allowed
    const auto cell = [&](const char *reference) {
        const test::XlsxCell *c = book.cell(0, QString::fromLatin1(reference));
        REQUIRE(c);
        return *c;
    };
    CHECK(cell("A1").text == QStringLiteral("Effektmål"));
    CHECK(cell("A1").bold);
    CHECK(cell("A2").text == QStringLiteral("Tønder; Ærø"));
    CHECK_FALSE(cell("A2").isNumber);
    CHECK(cell("B2").isNumber);
    CHECK(cell("B2").number == Approx(0.475));
    CHECK(cell("B2").format == QStringLiteral("0.0 %"));
    CHECK(cell("C2").number == Approx(4.9315));
    CHECK(cell("C2").format == QStringLiteral("0.0"));
    CHECK(cell("D2").number == 12);
    CHECK(cell("D2").format == QStringLiteral("0"));
    CHECK(cell("E2").format == QStringLiteral("+0.0;-0.0;0.0"));
    CHECK(cell("F2").isNumber); // a date is a serial day number
    CHECK(cell("F2").number == 45747); // 31-03-2025
    CHECK(cell("F2").format == QStringLiteral("dd-mm-yyyy"));
    CHECK(book.cell(0, QStringLiteral("G2")) == nullptr);
    CHECK(cell("H2").text == QStringLiteral("sagde \"nej\""));
    CHECK(cell("I2").number == 12.5);
    CHECK(cell("I2").format.isEmpty());
}

TEST_CASE("The report's sheets hold the centre's indicators with the comparison and a sheet per "
          "breakdown whose groups add up to the centre",
    "[core][sheets][breakdown]")
{
    test::TestDatabase db;
    const core::ReportDocument document = breakdownDocument(db);
    const std::vector<Sheet> sheets = sheets::reportSheets(document, {QString(), QDate(2025, 4, 2)});
    REQUIRE(sheets.size() == 2);
    const Sheet &centre = sheets[0];
    REQUIRE(centre.headerRow > 0);
    const sheets::Row &header = centre.rows[std::size_t(centre.headerRow)];
    CHECK(header.size() == 13); // 8 columns, 4 for the comparison, the remark
    // The families row: a count held against a pro-rata share of its yearly target of 20.
    const auto rowOf = [](const Sheet &sheet, const QString &indicator, const QString &breakdown) {
        for (const sheets::Row &row : sheet.rows) {
            if (row.size() > 1 && row[0].text == indicator && row[1].text == breakdown) return row;
        }
        FAIL("no row " << indicator.toStdString() << " " << breakdown.toStdString());
        return sheets::Row {};
    };
    const sheets::Row families = rowOf(centre, core::indicatorTitle(u"families_reached"), {});
    CHECK(families[4].kind == Cell::Kind::Number);
    CHECK(families[4].number == 1);
    CHECK(families[5].number == 12); // the baseline
    CHECK(families[6].kind == Cell::Kind::Decimal);
    CHECK(families[6].number == Approx(20.0 * 90 / 365));
    CHECK(families[12].text.contains(QStringLiteral("20")));
    const sheets::Row drug
        = rowOf(centre, core::indicatorTitle(u"no_show_rate"), core::breakdownTitle(u"drug"));
    CHECK(drug[2].number == 1);
    CHECK(drug[3].number == 2);
    CHECK(drug[4].kind == Cell::Kind::Share);
    CHECK(drug[4].number == 0.5);
    CHECK(drug[10].number == Approx(2.0 / 3)); // Q1 2024
    CHECK(drug[11].kind == Cell::Kind::Points);
    CHECK(drug[11].number == Approx((0.5 - 2.0 / 3) * 100));
    CHECK_FALSE(drug[12].text.isEmpty()); // 2 is a small denominator

    // By municipality: the centre's 3 columns and each group's 5 (with the comparison) add up.
    const Sheet &byMunicipality = sheets[1];
    const sheets::Row newCourses = rowOf(
        byMunicipality, core::indicatorTitle(u"new_courses"), core::breakdownTitle(u"all"));
    const std::size_t groups = document.breakdowns.front().groups.size();
    REQUIRE(newCourses.size() == 2 + 5 * (groups + 1));
    double sum = 0;
    for (std::size_t g = 1; g <= groups; ++g)
        sum += newCourses[2 + 5 * g + 2].number;
    CHECK(sum == newCourses[2 + 2].number);
    CHECK(newCourses[4].number == 3);
}
