#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTableView>

#include "ui/models/coursetablemodel.h"
#include "ui/views/clientspage.h"
#include "ui/widgets/clientrecordwidget.h"
#include "uitestdatabase.h"

using mestring::core::Course;
using mestring::test::UiTestDatabase;
using mestring::ui::CourseTableModel;
namespace core = mestring::core;

namespace {

Course course(const QString &id, core::CourseKind kind, const QDate &start, const QDate &end = {})
{
    Course c;
    c.id = id;
    c.client = QStringLiteral("c1");
    c.kind = kind;
    c.legalBasis
        = kind == core::CourseKind::Alcohol ? core::LegalBasis::Sul141 : core::LegalBasis::Sel101;
    c.primarySubstance
        = kind == core::CourseKind::Alcohol ? core::Substance::Alcohol : core::Substance::Cannabis;
    c.requestDate = start.addDays(-7);
    c.startDate = start;
    c.phases = {{core::Phase::Intro, start}};
    if (end.isValid()) {
        c.endDate = end;
        c.endReason = core::EndReason::Completed;
        c.outcome = core::Outcome::Reduced;
    }
    return c;
}

QString cell(const CourseTableModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

TEST_CASE("The course table passes QAbstractItemModelTester and lists the newest course first",
    "[ui][courses]")
{
    CourseTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCourses({course(QStringLiteral("k1"), core::CourseKind::Alcohol, QDate(2023, 2, 1),
                          QDate(2023, 9, 30)),
        course(QStringLiteral("k2"), core::CourseKind::Drug, QDate(2025, 3, 4))});

    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(0, 0), CourseTableModel::CourseIdRole).toString()
        == QLatin1StringView("k2"));
    CHECK(model.data(model.index(0, 0), CourseTableModel::OpenRole).toBool());
    CHECK(cell(model, 0, CourseTableModel::StartColumn) == QLatin1StringView("04-03-2025"));
    CHECK(cell(model, 0, CourseTableModel::EndColumn).isEmpty());
    CHECK(cell(model, 0, CourseTableModel::EndReasonColumn).isEmpty());
    CHECK(cell(model, 0, CourseTableModel::LegalBasisColumn) == QStringLiteral("SEL § 101"));

    CHECK_FALSE(model.data(model.index(1, 0), CourseTableModel::OpenRole).toBool());
    CHECK(cell(model, 1, CourseTableModel::EndColumn) == QLatin1StringView("30-09-2023"));
    CHECK_FALSE(cell(model, 1, CourseTableModel::EndReasonColumn).isEmpty());

    model.setCourses({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Opening a client shows the courses read through the course service",
    "[ui][courses][clientlist]")
{
    UiTestDatabase data;
    const auto client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const auto other = data.addClient(
        QStringLiteral("Karen"), QStringLiteral("Olsen"), QDate(1975, 6, 12), 2346);
    Course alcohol = course(QString(), core::CourseKind::Alcohol, QDate(2024, 5, 6));
    alcohol.client = client.id;
    alcohol.responsible = data.therapist.staffId;
    data.courses.create(data.therapist, alcohol);

    mestring::ui::ClientsPage page(data.services(), data.therapist);
    REQUIRE(page.openClient(client.id));
    auto *table = page.record()->findChild<QTableView *>(QStringLiteral("courseTable"));
    REQUIRE(table);
    CHECK(table->model()->rowCount() == 1);
    CHECK(table->isVisibleTo(page.record()));
    CHECK_FALSE(page.record()
                    ->findChild<QLabel *>(QStringLiteral("noCoursesLabel"))
                    ->isVisibleTo(page.record()));

    // A client without courses says so instead of showing an empty table.
    REQUIRE(page.openClient(other.id));
    CHECK(table->model()->rowCount() == 0);
    CHECK_FALSE(table->isVisibleTo(page.record()));
    CHECK(page.record()
              ->findChild<QLabel *>(QStringLiteral("noCoursesLabel"))
              ->isVisibleTo(page.record()));
}
